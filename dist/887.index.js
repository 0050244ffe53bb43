export const id = 887;
export const ids = [887];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ clientConfig)
/* harmony export */ });
function clientConfig(region, context) {
    return {
        region,
        // Standard mode retries throttling, 5xx and transient network errors with backoff and
        // a retry quota; AccessDenied and validation errors are not retried.
        retryMode: 'standard',
        maxAttempts: 5,
        ...(context.credentials ? { credentials: context.credentials } : {}),
    };
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ awsFailure)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// One sentence for every AWS failure: what we tried, where, what AWS said, and the fix.

/** The IAM action each call needs, so AccessDenied can name it. */
const IAM_ACTION = {
    'Inspector2 BatchGetAccountStatus': 'inspector2:BatchGetAccountStatus',
    'Inspector2 ListFindings': 'inspector2:ListFindings',
    'Inspector ListRulesPackages': 'inspector:ListRulesPackages',
    'Inspector DescribeRulesPackages': 'inspector:DescribeRulesPackages',
    'Inspector ListAssessmentTemplates': 'inspector:ListAssessmentTemplates',
    'Inspector ListAssessmentRuns': 'inspector:ListAssessmentRuns',
    'Inspector DescribeAssessmentRuns': 'inspector:DescribeAssessmentRuns',
    'Inspector ListFindings': 'inspector:ListFindings',
    'Inspector DescribeFindings': 'inspector:DescribeFindings',
    'EC2 DescribeInstances': 'ec2:DescribeInstances',
    'EC2 DescribeSecurityGroups': 'ec2:DescribeSecurityGroups',
    'EC2 DescribeRouteTables': 'ec2:DescribeRouteTables',
    'EC2 GetManagedPrefixListEntries': 'ec2:GetManagedPrefixListEntries',
    'SecurityHub GetFindings': 'securityhub:GetFindings',
    'SecurityHub ListMembers': 'securityhub:ListMembers',
    'SecurityHub ListFindingAggregators': 'securityhub:ListFindingAggregators',
    'SecurityHub GetFindingAggregator': 'securityhub:GetFindingAggregator',
    'SecurityHub BatchUpdateFindings': 'securityhub:BatchUpdateFindings',
    'EC2 DescribeRegions': 'ec2:DescribeRegions',
    'STS GetCallerIdentity': '(none: GetCallerIdentity needs no permission; check the credentials)',
};
function awsFailure(action, where, error) {
    const name = error?.name ?? 'Error';
    const detail = `${action} failed for ${where}: ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`;
    if (/AccessDenied|UnauthorizedOperation|AccessDeniedException/.test(name)) {
        return `${detail}. The role needs IAM action ${IAM_ACTION[action] ?? 'for this call'} (see README#iam-policies)`;
    }
    if (name === 'InvalidAccessException') {
        return `${detail}. Security Hub is not enabled for this account in this region: enable it, or call it where it is (regions)`;
    }
    if (/ExpiredToken|InvalidClientTokenId|UnrecognizedClient|CredentialsProviderError/.test(name)) {
        return `${detail}. The AWS credentials are missing, invalid or expired: set role-to-assume, or configure credentials before this step`;
    }
    return detail;
}


/***/ }),

/***/ 2946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ chunk)
/* harmony export */ });
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}


/***/ }),

/***/ 5887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  enrichWithEc2: () => (/* binding */ enrichWithEc2)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/core/chunk.ts
var chunk = __webpack_require__(2946);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/aws/ec2-facts.ts
// EC2 facts for the instances a run talks about: Name, tags, state, public addresses.
// An `instance-id` filter, not `InstanceIds`: the latter fails the whole call when one id
// no longer exists, and long-terminated instances are exactly what we need to tell apart.





/** EC2 accepts up to 200 values in one filter. */
const IDS_PER_FILTER = 200;
const PAGE_SIZE = 1000;
async function describeInstances(region, instanceIds, context) {
    const facts = new Map();
    if (instanceIds.length === 0)
        return { ok: true, facts };
    const client = new dist_cjs/* EC2Client */.gu5((0,clients/* clientConfig */.y)(region, context));
    try {
        for (const ids of (0,chunk/* chunk */.i)([...new Set(instanceIds)], IDS_PER_FILTER)) {
            const pages = (0,dist_cjs/* paginateDescribeInstances */.H0T)({ client, pageSize: PAGE_SIZE }, { Filters: [{ Name: 'instance-id', Values: ids }], MaxResults: PAGE_SIZE });
            for await (const page of pages) {
                for (const instance of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
                    if (!instance.InstanceId)
                        continue;
                    const tags = Object.fromEntries((instance.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key, t.Value ?? '']));
                    facts.set(instance.InstanceId, {
                        id: instance.InstanceId,
                        state: stateOf(instance.State?.Name),
                        ...(tags.Name === undefined ? {} : { name: tags.Name }),
                        tags,
                        publicIps: [
                            ...(instance.PublicIpAddress ? [instance.PublicIpAddress] : []),
                            ...(instance.NetworkInterfaces ?? []).flatMap((n) => (n.Ipv6Addresses ?? []).map((a) => a.Ipv6Address ?? '')).filter(Boolean),
                        ],
                    });
                }
            }
            for (const id of ids)
                if (!facts.has(id))
                    facts.set(id, { id, state: 'missing', tags: {}, publicIps: [] });
        }
    }
    catch (error) {
        return { ok: false, reason: (0,errors/* awsFailure */.M)('EC2 DescribeInstances', `${context.callerAccountId}/${region}`, error) };
    }
    return { ok: true, facts };
}
function stateOf(name) {
    return model/* INSTANCE_STATES */.RS.includes(name ?? '') ? name : 'missing';
}

;// CONCATENATED MODULE: ./src/core/findings/apply-facts.ts
function applyInstanceFacts(exposures, facts) {
    return exposures.map((exposure) => {
        const known = facts.get(exposure.resource.id);
        if (!known)
            return exposure;
        if (known.state === 'missing')
            return { ...exposure, instanceState: 'missing' };
        const { name: _stale, ...resource } = exposure.resource;
        return {
            ...exposure,
            resource: { ...resource, tags: { ...known.tags }, ...(known.name === undefined ? {} : { name: known.name }) },
            instanceState: known.state,
        };
    });
}

;// CONCATENATED MODULE: ./src/modes/report/enrich.ts


async function enrichWithEc2(found, issues, regions, context) {
    let { exposures, scopes } = found;
    const instances = new Map();
    const openIssueInstances = issues.filter((i) => i.state === 'open').map((i) => i.identity);
    // Security Hub's scopes can name regions beyond the configured ones.
    const all = [...new Set([...regions, ...scopes.filter((s) => s.source !== 'file').map((s) => s.region)])];
    for (const region of all) {
        const ours = (i) => i.region === region && i.accountId === context.callerAccountId;
        // One batched lookup covers the exposures and the open issues whose port is absent, so
        // stopped and terminated instances are told apart from closed ports.
        const ids = [...exposures.filter(ours).map((e) => e.resource.id), ...openIssueInstances.filter(ours).map((i) => i.resourceId)];
        const lookup = await describeInstances(region, ids, context);
        if (lookup.ok) {
            exposures = applyInstanceFacts(exposures, lookup.facts);
            for (const [id, facts] of lookup.facts)
                instances.set(id, facts);
        }
        else {
            const reason = `${lookup.reason}; instance tags and states are unknown`;
            scopes = scopes.map((s) => (ours(s) && s.status === 'complete' ? { ...s, status: 'incomplete', reason } : s));
        }
    }
    return { exposures, instances, scopes };
}


/***/ })

};
