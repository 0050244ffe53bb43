export const id = 343;
export const ids = [343];
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

/***/ 6343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncSecurityHub: () => (/* binding */ syncSecurityHub)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js
var dist_cjs = __webpack_require__(3819);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/core/chunk.ts
var chunk = __webpack_require__(2946);
;// CONCATENATED MODULE: ./src/core/securityhub/workflow.ts
// What Security Hub's workflow should say about each finding this run read, given what the
// GitHub inbox now holds: NOTIFIED (with the issue) when an open issue tracks the port,
// SUPPRESSED (with the rule) when the allowlist allows every port of the finding. Pure.
//
// Nothing is written when the status is already right, and nothing says RESOLVED: Inspector
// archives a finding itself when its port closes. A status a person set (RESOLVED or
// SUPPRESSED with their own note) is theirs: only NEW and Portwarden's own statuses change. A finding Portwarden only ignores (below
// min-severity, a private path) or has not opened an issue for yet (max-new-issues) is left
// as it is.

/** BatchUpdateFindings takes at most 100 finding identifiers. */
const MAX_FINDINGS_PER_UPDATE = 100;
/** Note.UpdatedBy on every note Portwarden writes. */
const UPDATED_BY = 'portwarden';
/** Note.Text is at most 512 characters. */
const MAX_NOTE = 512;
function planWorkflowSync(input) {
    // A finding can hold several exposures (Classic's aggregate lists TCP and UDP ranges):
    // one unexpected, tracked port makes it NOTIFIED; only all ports allowed make it SUPPRESSED.
    const byFinding = new Map();
    for (const verdict of input.verdicts) {
        for (const id of verdict.exposure.findingIds)
            if (input.findings.has(id))
                byFinding.set(id, [...(byFinding.get(id) ?? []), verdict]);
    }
    const rulesById = new Map(input.rules.map((r) => [r.id, r]));
    const wanted = new Map();
    for (const [id, verdicts] of byFinding) {
        const ref = input.findings.get(id);
        const desired = desiredState(verdicts, input, rulesById);
        if (!desired || ref.workflowStatus === desired.status)
            continue;
        if (ref.workflowStatus !== 'NEW' && ref.noteBy !== UPDATED_BY)
            continue;
        const key = `${desired.status}\n${desired.note}`;
        const group = wanted.get(key) ?? { ...desired, findings: [] };
        group.findings.push({ Id: ref.id, ProductArn: ref.productArn });
        wanted.set(key, group);
    }
    const updates = [];
    for (const group of wanted.values()) {
        const findings = [...group.findings].sort((a, b) => a.Id.localeCompare(b.Id));
        for (const batch of (0,chunk/* chunk */.i)(findings, MAX_FINDINGS_PER_UPDATE))
            updates.push({ status: group.status, note: group.note, findings: batch });
    }
    return updates;
}
function desiredState(verdicts, input, rulesById) {
    const tracked = verdicts
        .filter((v) => v.status === 'unexpected')
        .flatMap((v) => {
        const issue = input.openIssues.get(v.fingerprint);
        return issue ? [issue] : [];
    })
        .sort((a, b) => a.number - b.number);
    if (tracked.length > 0) {
        const issue = tracked[0];
        return { status: 'NOTIFIED', note: clip(`Portwarden: tracked in GitHub issue ${input.repository}#${issue.number} ${issue.url}`) };
    }
    if (verdicts.every((v) => v.status === 'expected')) {
        const why = [...new Set(verdicts.flatMap((v) => v.rules))]
            .sort()
            .map((id) => `rule ${id} (${rulesById.get(id)?.reason ?? 'no reason given'})`);
        if (verdicts.some((v) => v.allowedByTag))
            why.push('the instance allow tag');
        return { status: 'SUPPRESSED', note: clip(`Portwarden: allowed by the allowlist of ${input.repository}: ${why.join('; ')}`) };
    }
    return undefined;
}
function clip(text) {
    return text.length <= MAX_NOTE ? text : `${text.slice(0, MAX_NOTE - 1)}…`;
}

;// CONCATENATED MODULE: ./src/aws/securityhub-write-back.ts
// Writes the planned workflow changes to Security Hub: one BatchUpdateFindings per update
// (at most 100 findings each, one status and note). Findings Security Hub did not process
// are reported with its error code; the next run plans them again, since only a status that
// is not yet right is ever written.




async function applyWorkflowUpdates(updates, region, context) {
    const result = { updated: { NOTIFIED: 0, SUPPRESSED: 0 }, failures: [] };
    if (updates.length === 0)
        return result;
    const client = new dist_cjs/* SecurityHubClient */.xku((0,clients/* clientConfig */.y)(region, context));
    for (const update of updates) {
        try {
            const response = await client.send(new dist_cjs/* BatchUpdateFindingsCommand */.zlU({
                FindingIdentifiers: update.findings,
                Workflow: { Status: update.status },
                Note: { Text: update.note, UpdatedBy: UPDATED_BY },
            }));
            result.updated[update.status] += response.ProcessedFindings?.length ?? 0;
            for (const failed of response.UnprocessedFindings ?? []) {
                result.failures.push(`${failed.FindingIdentifier?.Id ?? 'a finding'}: ${failed.ErrorCode ?? 'error'} ${failed.ErrorMessage ?? ''}`.trim());
            }
        }
        catch (error) {
            result.failures.push((0,errors/* awsFailure */.M)('SecurityHub BatchUpdateFindings', `${update.findings.length} finding(s) in ${region}`, error));
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/modes/report/securityhub-sync.ts



async function syncSecurityHub(securityHub, context, decided, github, dryRun) {
    const { target } = github;
    const updates = planWorkflowSync({
        findings: new Map(securityHub.findings.map((f) => [f.id, f])),
        verdicts: decided.verdicts,
        openIssues: openIssuesAfter(decided.existing, decided.issues.plan, decided.issues.applied, `${(0,client/* webUrlOf */.n6)(github.apiUrl)}/${target.owner}/${target.repo}/issues/`),
        rules: decided.rules,
        repository: `${target.owner}/${target.repo}`,
    });
    const count = (status) => updates.filter((u) => u.status === status).reduce((n, u) => n + u.findings.length, 0);
    if (dryRun)
        return { applied: false, notified: count('NOTIFIED'), suppressed: count('SUPPRESSED'), requests: updates.length, failures: [] };
    const result = await applyWorkflowUpdates(updates, securityHub.hubRegion, context);
    return {
        applied: true,
        notified: result.updated.NOTIFIED,
        suppressed: result.updated.SUPPRESSED,
        requests: updates.length,
        failures: result.failures,
    };
}
/** The open issue of each fingerprint once the plan is applied (or would be, in a dry run). */
function openIssuesAfter(existing, plan, applied, issueUrl) {
    const open = new Map();
    const track = (fingerprint, number) => open.set(fingerprint, { number, url: `${issueUrl}${number}` });
    for (const issue of existing)
        if (issue.state === 'open' && !open.has(issue.fingerprint))
            track(issue.fingerprint, issue.number);
    const outcomes = applied ?? plan.actions.map((action) => ({ action, ok: true, issueNumber: undefined }));
    for (const { action, ok, issueNumber } of outcomes) {
        if (!ok)
            continue;
        if (action.kind === 'close' && open.get(action.issue.fingerprint)?.number === action.issue.number)
            open.delete(action.issue.fingerprint);
        if (action.kind === 'reopen')
            track(action.issue.fingerprint, action.issue.number);
        // A dry run's new issues have no number yet; they count as tracked for the dry run's tally.
        if (action.kind === 'create' && (issueNumber !== undefined || !applied))
            track(action.fingerprint, issueNumber ?? 0);
    }
    return open;
}


/***/ })

};
