export const id = 508;
export const ids = [508];
export const modules = {

/***/ 7508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatchAction: () => (/* binding */ dispatchAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/findings/normalize-inspector2.ts
var normalize_inspector2 = __webpack_require__(5783);
// EXTERNAL MODULE: ./src/core/findings/normalize-shared.ts
var normalize_shared = __webpack_require__(5143);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/aws-ids.ts
var aws_ids = __webpack_require__(3249);
;// CONCATENATED MODULE: ./src/core/findings/dispatch-event.ts
// One Inspector2 finding pushed by EventBridge through repository_dispatch. The payload comes
// from outside the workflow, so it is validated strictly before it can touch an issue.





const DISPATCH_EVENT_TYPE = 'portwarden-finding';
const FINDING_ARN = /^arn:aws[a-z-]*:inspector2:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):finding\/[0-9a-f]{32}$/;
/** `client_payload`: the EventBridge "Inspector2 Finding" event, or its `detail` alone. */
function exposureFromDispatch(payload) {
    if (!(0,normalize_shared/* isObject */.Gv)(payload))
        throw new errors/* FindingShapeError */.LA('client_payload is not an object');
    let finding = payload;
    if ('detail-type' in payload || 'detail' in payload) {
        if (payload['detail-type'] !== 'Inspector2 Finding' || payload.source !== 'aws.inspector2') {
            throw new errors/* FindingShapeError */.LA(`client_payload is an EventBridge event of ${shown(payload['detail-type'])} from ${shown(payload.source)}, not "Inspector2 Finding" from "aws.inspector2"`);
        }
        finding = payload.detail;
    }
    if (!(0,normalize_shared/* isObject */.Gv)(finding))
        throw new errors/* FindingShapeError */.LA('the event has no finding (detail) object');
    const arn = typeof finding.findingArn === 'string' ? FINDING_ARN.exec(finding.findingArn) : null;
    if (!arn)
        throw new errors/* FindingShapeError */.LA(`findingArn ${shown(finding.findingArn)} is not an Inspector2 finding ARN`);
    const result = (0,normalize_inspector2/* normalizeInspector2Finding */.A)(finding);
    if (result.kind === 'skipped')
        return { kind: 'ignored', reason: `${result.reason} (only ACTIVE NETWORK_REACHABILITY findings on EC2 instances open issues)` };
    const e = result.exposure;
    // The account and region must be stated by the finding itself, and agree with its ARN and
    // with the envelope: an event must not be able to speak for another account's issues.
    const resource = Array.isArray(finding.resources) ? finding.resources.find(normalize_shared/* isObject */.Gv) : undefined;
    if (typeof finding.awsAccountId !== 'string' || !(0,aws_ids/* isAccountId */.JG)(finding.awsAccountId))
        throw new errors/* FindingShapeError */.LA(`awsAccountId ${shown(finding.awsAccountId)} is not a 12-digit account id`);
    if (typeof resource?.region !== 'string' || !(0,aws_ids/* isRegion */.Dp)(resource.region))
        throw new errors/* FindingShapeError */.LA(`resources[0].region ${shown(resource?.region)} is not an AWS region such as eu-west-1`);
    const stated = [
        ["the findingArn's account", arn[2], finding.awsAccountId],
        ["the findingArn's region", arn[1], resource.region],
        ["the event's account", payload === finding ? undefined : payload.account, finding.awsAccountId],
        ["the event's region", payload === finding ? undefined : payload.region, resource.region],
    ];
    for (const [where, value, expected] of stated) {
        if (value !== undefined && value !== expected)
            throw new errors/* FindingShapeError */.LA(`${where} ${shown(value)} disagrees with the finding's ${shown(expected)}`);
    }
    if (!(0,aws_ids/* isInstanceId */.zo)(e.resource.id))
        throw new errors/* FindingShapeError */.LA(`resource id ${shown(e.resource.id)} is not an EC2 instance id`);
    return { kind: 'exposure', exposure: e, findingArn: arn[0] };
}
/** A value for an error message: quoted, one line, short (the payload is untrusted). */
function shown(value) {
    return (0,core_text/* plainText */.wh)(JSON.stringify(value) ?? 'undefined', 80);
}

// EXTERNAL MODULE: ./src/core/allowlist/evaluate.ts + 1 modules
var evaluate = __webpack_require__(3667);
// EXTERNAL MODULE: ./src/core/findings/fingerprint.ts
var findings_fingerprint = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/core/issues/plan.ts + 2 modules
var issues_plan = __webpack_require__(1524);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/core/issues/scan-facts.ts

/**
 * What a scan wrote stays: the event only proves that this port is open now. Its Name, tags
 * and path (anyone with events:PutEvents or the dispatch token could have written them) are
 * replaced by the issue's, and its severity can only raise the issue's.
 */
function withScanFacts(exposure, issues) {
    const issue = issues.find((i) => i.state === 'open') ?? issues[0];
    if (!issue)
        return exposure;
    const name = issue.material.name ?? undefined;
    const resource = { ...exposure.resource, tags: { ...issue.tags }, ...(name === undefined ? {} : { name }) };
    if (name === undefined)
        delete resource.name;
    return {
        ...exposure,
        resource,
        path: [...issue.material.path],
        reachability: issue.material.reachability,
        severity: (0,model/* maxSeverity */.eL)(exposure.severity, issue.material.severity),
        sources: [...new Set([...issue.sources, ...exposure.sources])],
    };
}

// EXTERNAL MODULE: ./src/files/allowlist-file.ts
var allowlist_file = __webpack_require__(8181);
// EXTERNAL MODULE: ./src/github/apply-plan.ts + 2 modules
var apply_plan = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/github/issues.ts
var github_issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/session.ts
var session = __webpack_require__(7599);
;// CONCATENATED MODULE: ./src/modes/dispatch/dispatch-mode.ts
// Near-real-time: one finding from EventBridge (repository_dispatch) opens, updates or reopens
// its issue within minutes. It never closes anything: only complete scans may.










async function runDispatch(options, payload, deps) {
    const allowlist = await (0,allowlist_file/* loadAllowlistFile */.A)(options.allowlist);
    const parsed = parsePayload(payload);
    if (parsed.kind === 'ignored')
        return parsed;
    if (!options.github)
        throw new errors/* ConfigError */.xL('repository: a dispatched finding needs the repository that holds the issues');
    const { github, target, own } = await (0,session/* openSession */.f)(options.github, deps.warn, true);
    const listing = await (0,github_issues/* listPortwardenIssues */.T4)(github, target, own);
    for (const warning of (0,github_issues/* listingWarnings */.eP)(listing))
        deps.warn(warning);
    const fingerprint = (0,findings_fingerprint/* fingerprintOf */.ax)((0,findings_fingerprint/* identityOf */.cu)(parsed.exposure));
    const issues = listing.issues.filter((i) => i.fingerprint === fingerprint);
    // The scan's facts go in before the allowlist is asked: the event's own Name and tags must not
    // decide which rules apply (a Name chosen to match a rule would narrow or reopen an issue).
    const verdict = (0,evaluate/* evaluate */._)([withScanFacts(parsed.exposure, issues)], allowlist, options.evaluate).verdicts[0];
    const plan = (0,issues_plan/* planIssues */.ef)({
        verdicts: [verdict],
        scopes: [],
        issues,
        instances: new Map(),
        rules: allowlist.rules,
        options: options.issues,
        pushedFinding: true,
    });
    const applied = options.dryRun ? undefined : await (0,apply_plan/* applyPlan */.g)(plan, github, target, options.issues, deps.sleep, own);
    return { kind: 'planned', plan, ...(applied ? { applied } : {}), status: verdict.status };
}
function parsePayload(payload) {
    try {
        return exposureFromDispatch(payload);
    }
    catch (error) {
        if (error instanceof errors/* FindingShapeError */.LA)
            throw new errors/* ConfigError */.xL(`repository_dispatch portwarden-finding: rejected the payload: ${error.message}. Nothing was changed`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/modes/dispatch/action.ts
// Dispatch mode in the action: the event's payload -> runDispatch -> log, outputs, failure.




async function dispatchAction(options, eventPath) {
    const event = eventPath ? JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8')) : {};
    if (event.action !== DISPATCH_EVENT_TYPE) {
        core/* notice */.lm(`repository_dispatch of type "${String(event.action)}" ignored: Portwarden handles "${DISPATCH_EVENT_TYPE}".`);
        return;
    }
    const outcome = await runDispatch(options, event.client_payload, {
        warn: (message) => core/* warning */.$e(message),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    if (outcome.kind === 'ignored') {
        core/* notice */.lm(`Finding ignored: ${outcome.reason}.`);
        return;
    }
    const failed = outcome.applied?.filter((r) => !r.ok) ?? [];
    const what = (action) => `${action.kind} ${action.kind === 'create' ? 'an issue' : `#${action.issue.number}`}`;
    const changes = outcome.plan.actions.length === 0
        ? 'nothing to change'
        : outcome.applied
            ? outcome.applied.map((r) => (r.ok ? `${r.action.kind} #${r.issueNumber}` : `${what(r.action)} failed`)).join(', ')
            : `would ${outcome.plan.actions.map(what).join(', ')} (dry run)`;
    core/* info */.pq(`Finding is ${outcome.status}; ${changes}.`);
    for (const kind of ['create', 'update', 'reopen']) {
        const output = { create: 'created', update: 'updated', reopen: 'reopened' }[kind];
        core/* setOutput */.uH(output, String(outcome.applied?.filter((r) => r.ok && r.action.kind === kind).length ?? 0));
    }
    if (failed.length > 0)
        core/* setFailed */.C1(`${failed.length} issue change(s) failed: ${failed.map((f) => f.error).join('; ')}`);
}


/***/ })

};
