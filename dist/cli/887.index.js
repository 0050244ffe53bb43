export const id = 887;
export const ids = [887];
export const modules = {

/***/ 8069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ mapConcurrently)
/* harmony export */ });
// Describe* calls take at most 10 ARNs; we send the batches a few at a time so a large
// account finishes quickly without tripping the API's throttling.

async function mapConcurrently(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

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
/* unused harmony export IAM_ACTION */
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
    'Organizations ListAccounts': 'organizations:ListAccounts',
    'STS AssumeRole': 'sts:AssumeRole',
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

// EXTERNAL MODULE: ./src/aws/batching.ts
var batching = __webpack_require__(8069);
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
// Stage "enrich": EC2 facts (Name, tags, state) for every (account, region) this run read,
// with that account's credentials: the caller's own, or its member role. One batched lookup
// per place covers the exposures and the open issues whose port is absent, so a stopped
// instance is never mistaken for a closed port. Facts a source already read are not asked
// again. An account without credentials (no member-role) keeps its findings' tags, and the
// plan holds its absent ports; a failed lookup or role makes its scopes incomplete (returned,
// not mutated).



const placeOf = (accountId, region) => `${accountId}\u0000${region}`;
async function enrichWithEc2(found, issues, run) {
    const instances = new Map();
    for (const result of found.results)
        for (const facts of result.instances ?? [])
            instances.set(facts.id, facts);
    const wanted = idsByPlace(found.exposures, issues, instances);
    // Every place a source judged (Security Hub's can lie beyond the configured regions).
    const places = new Map();
    for (const s of found.scopes)
        if (s.source !== 'file' && s.region !== '*')
            places.set(placeOf(s.accountId, s.region), s);
    const unreadable = new Map();
    await (0,batching/* mapConcurrently */.X)([...places.values()], run.concurrency, async ({ accountId, region }) => {
        const ids = wanted.get(placeOf(accountId, region)) ?? [];
        // Nothing to ask: no member role is assumed only to learn nothing.
        if (ids.length === 0)
            return;
        const access = await run.accounts.access(accountId);
        if (!access)
            return;
        if (!access.ok)
            return void unreadable.set(accountId, access.reason);
        const lookup = await describeInstances(region, ids, access.context);
        if (!lookup.ok)
            return void unreadable.set(placeOf(accountId, region), `${lookup.reason}; instance tags and states are unknown`);
        for (const [id, facts] of lookup.facts)
            instances.set(id, facts);
    });
    const why = (s) => unreadable.get(s.accountId) ?? unreadable.get(placeOf(s.accountId, s.region));
    const scopes = found.scopes.map((s) => {
        const reason = s.status === 'complete' && s.source !== 'file' ? why(s) : undefined;
        return reason ? { ...s, status: 'incomplete', reason } : s;
    });
    return { exposures: applyInstanceFacts(found.exposures, instances), instances, scopes };
}
/** The instance ids to look up per place: exposures' and open issues' not already known. */
function idsByPlace(exposures, issues, known) {
    const wanted = new Map();
    const want = (accountId, region, id) => {
        if (known.has(id))
            return;
        const key = placeOf(accountId, region);
        const ids = wanted.get(key) ?? new Set();
        ids.add(id);
        wanted.set(key, ids);
    };
    for (const e of exposures)
        want(e.accountId, e.region, e.resource.id);
    for (const i of issues)
        if (i.state === 'open')
            want(i.identity.accountId, i.identity.region, i.identity.resourceId);
    return new Map([...wanted].map(([key, ids]) => [key, [...ids]]));
}


/***/ })

};
