export const id = 457;
export const ids = [457];
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

/***/ 6630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sensitivePortsIn),
/* harmony export */   s: () => (/* binding */ SENSITIVE_PORTS)
/* harmony export */ });
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4119);

const SENSITIVE_PORTS = {
    21: 'FTP',
    22: 'SSH',
    23: 'Telnet',
    135: 'MS RPC',
    139: 'NetBIOS',
    445: 'SMB',
    1433: 'SQL Server',
    1521: 'Oracle',
    2049: 'NFS',
    2375: 'Docker API',
    2376: 'Docker API (TLS)',
    2379: 'etcd',
    3306: 'MySQL',
    3389: 'RDP',
    5432: 'PostgreSQL',
    5601: 'Kibana',
    5900: 'VNC',
    5984: 'CouchDB',
    6379: 'Redis',
    6443: 'Kubernetes API',
    8080: 'HTTP proxy / admin consoles',
    9200: 'Elasticsearch',
    9300: 'Elasticsearch transport',
    10250: 'Kubelet',
    11211: 'Memcached',
    27017: 'MongoDB',
};
function sensitivePortsIn(range) {
    return Object.keys(SENSITIVE_PORTS)
        .map(Number)
        .filter((port) => (0,_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .overlaps */ .$f)(range, { from: port, to: port }));
}


/***/ }),

/***/ 457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAwsSources: () => (/* binding */ readAwsSources)
});

// EXTERNAL MODULE: ./src/aws/batching.ts
var batching = __webpack_require__(8069);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/caller.ts



async function callerIdentity(region, credentials) {
    const sts = new dist_cjs/* STSClient */.iM({ region, maxAttempts: 5, ...(credentials ? { credentials } : {}) });
    try {
        const identity = await sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
        if (!identity.Account)
            throw new Error('STS returned no account');
        return { accountId: identity.Account, partition: /^arn:([\w-]+):/.exec(identity.Arn ?? '')?.[1] ?? 'aws' };
    }
    catch (error) {
        // Without an identity nothing can be read; this is configuration, not a partial scan.
        throw new errors/* ConfigError */.xL((0,aws_errors/* awsFailure */.M)('STS GetCallerIdentity', region, error));
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(9719);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
// AWS credentials for a run. With a role: GitHub's OIDC token, exchanged through STS
// AssumeRoleWithWebIdentity (no stored keys). Without one: the SDK's default chain, so the
// action also works after aws-actions/configure-aws-credentials, and the CLI with a profile.


/**
 * `oidc` undefined means "not in GitHub Actions" (the CLI): the role is then assumed from
 * the caller's current credentials.
 */
async function resolveCredentials(options, oidc, mask) {
    if (!options.roleArn)
        return undefined;
    const params = { RoleArn: options.roleArn, RoleSessionName: options.sessionName, DurationSeconds: options.durationSeconds };
    let provider;
    if (oidc) {
        if (!oidc.available) {
            throw new errors/* ConfigError */.xL('role-to-assume: the job cannot request a GitHub OIDC token. Add `permissions: id-token: write` to the workflow or job (see README#aws-credentials)');
        }
        let token;
        try {
            token = await oidc.getIdToken(options.audience);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`role-to-assume: could not get the GitHub OIDC token for audience "${options.audience}": ${(0,errors/* messageOf */.bD)(error)}`);
        }
        mask(token);
        provider = (0,credential_providers_dist_cjs/* fromWebToken */.G7)({
            roleArn: options.roleArn,
            webIdentityToken: token,
            roleSessionName: options.sessionName,
            durationSeconds: options.durationSeconds,
            clientConfig: { region: options.region },
        });
    }
    else {
        provider = (0,credential_providers_dist_cjs/* fromTemporaryCredentials */.ss)({ params, clientConfig: { region: options.region } });
    }
    // Assume once, up front: a trust-policy mistake must stop the run before any source runs,
    // and one STS call serves every client of the run.
    let credentials;
    try {
        credentials = await provider();
    }
    catch (error) {
        const name = error.name ?? 'Error';
        throw new errors/* ConfigError */.xL(`role-to-assume: could not assume ${options.roleArn} with ${oidc ? 'the GitHub OIDC token' : 'the current credentials'}: ${name}: ${(0,errors/* messageOf */.bD)(error)}. ` +
            'Check the role trust policy (see README#aws-credentials)');
    }
    mask(credentials.secretAccessKey);
    if (credentials.sessionToken)
        mask(credentials.sessionToken);
    return async () => credentials;
}

// EXTERNAL MODULE: ./src/core/accounts.ts
var core_accounts = __webpack_require__(3871);
;// CONCATENATED MODULE: ./src/aws/member-access.ts
// Credentials for every account a run reads. The caller's own account uses the base
// credentials; another account uses `member-role`, assumed from the base credentials once
// per run (not per region) through the regional STS endpoint of the run's home region: its
// tokens work in every region, opt-in ones included, where global-endpoint tokens do not.



/** Role chaining caps a member session at one hour, whatever the base session allows. */
const CHAINED_SESSION_LIMIT_SECONDS = 3600;
/** Renew a member session this long before it expires: a request signed just before expiry can still fail. */
const RENEW_BEFORE_MS = 5 * 60_000;
class AccountCredentials {
    caller;
    identity;
    settings;
    mask;
    accounts = new Map();
    sts;
    constructor(caller, identity, settings, mask) {
        this.caller = caller;
        this.identity = identity;
        this.settings = settings;
        this.mask = mask;
        this.sts = new dist_cjs/* STSClient */.iM({
            region: settings.region,
            retryMode: 'standard',
            maxAttempts: 5,
            ...(caller.credentials ? { credentials: caller.credentials } : {}),
        });
    }
    get memberRoleSet() {
        return this.settings.memberRole !== undefined;
    }
    roleArn(accountId) {
        return (0,core_accounts/* memberRoleArn */.gm)(this.settings.memberRole ?? '', accountId, this.identity.partition);
    }
    /** `undefined`: another account and no member-role, so nothing can be read there but central findings. */
    access(accountId) {
        let access = this.accounts.get(accountId);
        if (!access) {
            access = this.open(accountId);
            this.accounts.set(accountId, access);
        }
        return access;
    }
    async open(accountId) {
        if (accountId === this.identity.accountId)
            return { ok: true, context: this.caller };
        if (this.settings.memberRole === undefined)
            return undefined;
        const roleArn = this.roleArn(accountId);
        const assume = () => this.assume(roleArn);
        let first;
        try {
            first = await assume();
        }
        catch (error) {
            return {
                ok: false,
                reason: `${(0,aws_errors/* awsFailure */.M)('STS AssumeRole', `${roleArn} (account ${accountId})`, error)}. ` +
                    'The member role must exist in this account and its trust policy must trust the base role (README#member-role; the StackSet in deploy/ creates it in every account); nothing in this account was read',
            };
        }
        return { ok: true, context: { callerAccountId: accountId, credentials: renewing(first, assume) } };
    }
    async assume(roleArn) {
        const response = await this.sts.send(new dist_cjs/* AssumeRoleCommand */.QL({
            RoleArn: roleArn,
            RoleSessionName: this.settings.sessionName,
            DurationSeconds: Math.min(this.settings.durationSeconds, CHAINED_SESSION_LIMIT_SECONDS),
            ...(this.settings.externalId ? { ExternalId: this.settings.externalId } : {}),
        }));
        const c = response.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey)
            throw new Error('STS returned no credentials');
        this.mask(c.SecretAccessKey);
        if (c.SessionToken)
            this.mask(c.SessionToken);
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
            ...(c.Expiration ? { expiration: c.Expiration } : {}),
        };
    }
}
/** One session shared by every client of the account, renewed once when it nears its end. */
function renewing(first, assume) {
    let current = Promise.resolve(first);
    let expiration = first.expiration;
    return async () => {
        if (expiration && expiration.getTime() - Date.now() < RENEW_BEFORE_MS) {
            expiration = undefined;
            current = assume().then((next) => {
                expiration = next.expiration;
                return next;
            });
        }
        return current;
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/organization.ts
// `accounts: all`: the organization's accounts, from the management account or an
// Organizations delegated administrator. Only ACTIVE accounts are read: a suspended or
// closing account has no resources to scan and its role cannot be assumed.




/** ListAccounts' largest page. */
const PAGE_SIZE = 20;
async function organizationAccounts(region, context) {
    const client = new client_organizations_dist_cjs/* OrganizationsClient */.gnq((0,clients/* clientConfig */.y)(region, context));
    const accounts = [];
    try {
        for await (const page of (0,client_organizations_dist_cjs/* paginateListAccounts */.A53)({ client, pageSize: PAGE_SIZE }, { MaxResults: PAGE_SIZE })) {
            for (const account of page.Accounts ?? [])
                if (account.Id && isActive(account))
                    accounts.push(account.Id);
        }
    }
    catch (error) {
        // No list means no idea which accounts exist: nothing may be judged, so the run stops.
        throw new errors/* ConfigError */.xL(`accounts: all needs the organization's account list: ${(0,aws_errors/* awsFailure */.M)('Organizations ListAccounts', context.callerAccountId, error)}. ` +
            'Run from the management account or an Organizations delegated administrator with organizations:ListAccounts, or list the account ids in accounts (see README#accounts)');
    }
    return accounts;
}
/** `State` replaced `Status` (retired in 2026); a response with only `Status` is read as before. */
function isActive(account) {
    const state = account.State ?? account.Status;
    return state === 'ACTIVE';
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
;// CONCATENATED MODULE: ./src/aws/regions.ts
// `regions: all`: the regions enabled for one account (DescribeRegions lists only those
// unless AllRegions is asked for), with that account's credentials: opt-in regions differ
// per account.



async function enabledRegions(homeRegion, context) {
    try {
        const response = await new client_ec2_dist_cjs/* EC2Client */.gu5((0,clients/* clientConfig */.y)(homeRegion, context)).send(new client_ec2_dist_cjs/* DescribeRegionsCommand */.cAn({}));
        const regions = (response.Regions ?? [])
            .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
            .map((r) => r.RegionName)
            .sort();
        return { ok: true, regions };
    }
    catch (error) {
        return {
            ok: false,
            reason: `${(0,aws_errors/* awsFailure */.M)('EC2 DescribeRegions', context.callerAccountId, error)}; its regions are unknown, so nothing in it was read`,
        };
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-inspector/dist-cjs/index.js
var client_inspector_dist_cjs = __webpack_require__(340);
// EXTERNAL MODULE: ./src/core/chunk.ts
var chunk = __webpack_require__(2946);
// EXTERNAL MODULE: ./src/core/findings/normalize-classic.ts
var normalize_classic = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/core/findings/normalize-shared.ts
var normalize_shared = __webpack_require__(5143);
;// CONCATENATED MODULE: ./src/aws/sources/inspector-classic.ts
// Amazon Inspector Classic (legacy; end of support 2026-05-20): the Network Reachability
// findings of each assessment template's newest completed run. Kept small on purpose.







const LIST_PAGE_SIZE = 500;
const DESCRIBE_BATCH = 10;
const DESCRIBE_CONCURRENCY = 4;
const END_OF_SUPPORT = 'Amazon Inspector Classic reached end of support on 2026-05-20: use `source: inspector2` (or security-groups), or export old findings with `aws inspector describe-findings` and read them with the findings input';
class ScopeFailure extends Error {
}
async function readInspectorClassic(region, options, context) {
    const client = new client_inspector_dist_cjs.InspectorClient((0,clients/* clientConfig */.y)(region, context));
    const call = async (action, work) => {
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof ScopeFailure)
                throw error;
            throw new ScopeFailure(`${(0,aws_errors/* awsFailure */.M)(`Inspector ${action}`, `${context.callerAccountId}/${region}`, error)}. ${END_OF_SUPPORT}`);
        }
    };
    try {
        const packageArns = await call('ListRulesPackages', () => collect((0,client_inspector_dist_cjs.paginateListRulesPackages)({ client, pageSize: LIST_PAGE_SIZE }, {}), (p) => p.rulesPackageArns));
        const packageArn = await call('DescribeRulesPackages', () => networkReachabilityPackage(client, packageArns));
        if (!packageArn)
            throw new ScopeFailure(`no "Network Reachability" rules package in ${region} (GovCloud has none). ${END_OF_SUPPORT}`);
        const templateArns = options.templateArns?.length
            ? options.templateArns.filter((arn) => (0,normalize_shared/* arnParts */.wo)(arn)?.region === region)
            : await call('ListAssessmentTemplates', () => collect((0,client_inspector_dist_cjs.paginateListAssessmentTemplates)({ client, pageSize: LIST_PAGE_SIZE }, {}), (p) => p.assessmentTemplateArns));
        const result = await readTemplates({ client, call, region, packageArn, context }, templateArns, options);
        // Listed templates may cover only some instances: their silence says nothing about the rest.
        const subset = Boolean(options.templateArns?.length);
        return { scopes: result.scopes.map((s) => (subset ? { ...s, provesAbsence: false } : s)), exposures: result.exposures };
    }
    catch (error) {
        if (!(error instanceof ScopeFailure || error instanceof errors/* FindingShapeError */.LA))
            throw error;
        return {
            scopes: [{ source: 'inspector-classic', accountId: context.callerAccountId, region, status: 'incomplete', reason: error.message }],
            exposures: [],
        };
    }
}
/** Each template's newest completed run, judged for age and completeness, and its findings. */
async function readTemplates(read, templateArns, options) {
    const { client, call, region, context } = read;
    const scopes = new Map();
    const exposures = [];
    for (const templateArn of templateArns) {
        const accountId = (0,normalize_shared/* arnParts */.wo)(templateArn)?.accountId ?? context.callerAccountId;
        const runs = await call('DescribeAssessmentRuns', () => templateRuns(client, templateArn));
        const verdict = judgeRuns(templateArn, runs, options);
        if (verdict.run) {
            const findings = await call('DescribeFindings', () => runFindings(client, verdict.run.arn, read.packageArn));
            for (const exposure of findings.exposures)
                exposures.push(exposure);
            if (findings.failed > 0) {
                verdict.incomplete = true;
                verdict.problems.push(`${findings.failed} finding(s) of ${verdict.run.arn} could not be described (failedItems)`);
            }
        }
        const status = !verdict.run || verdict.incomplete ? 'incomplete' : verdict.problems.length > 0 ? 'stale' : 'complete';
        const reason = verdict.problems.length ? { reason: verdict.problems.join('; ') } : {};
        mergeScope(scopes, { source: 'inspector-classic', accountId, region, status, ...reason });
    }
    if (scopes.size === 0) {
        const reason = `no assessment templates in ${region}`;
        mergeScope(scopes, { source: 'inspector-classic', accountId: context.callerAccountId, region, status: 'incomplete', reason });
    }
    return { scopes: [...scopes.values()], exposures };
}
async function collect(pages, items) {
    const all = [];
    for await (const page of pages)
        all.push(...(items(page) ?? []));
    return all;
}
/** The rules package ARN differs per region and belongs to an AWS account: find it by name. */
async function networkReachabilityPackage(client, arns) {
    const described = await (0,batching/* mapConcurrently */.X)((0,chunk/* chunk */.i)(arns, DESCRIBE_BATCH), DESCRIBE_CONCURRENCY, (batch) => client.send(new client_inspector_dist_cjs.DescribeRulesPackagesCommand({ rulesPackageArns: batch })));
    return described.flatMap((d) => d.rulesPackages ?? []).find((p) => p.name === 'Network Reachability')?.arn;
}
async function templateRuns(client, templateArn) {
    const arns = await collect((0,client_inspector_dist_cjs.paginateListAssessmentRuns)({ client, pageSize: LIST_PAGE_SIZE }, { assessmentTemplateArns: [templateArn] }), (p) => p.assessmentRunArns);
    const described = await (0,batching/* mapConcurrently */.X)((0,chunk/* chunk */.i)(arns, DESCRIBE_BATCH), DESCRIBE_CONCURRENCY, (batch) => client.send(new client_inspector_dist_cjs.DescribeAssessmentRunsCommand({ assessmentRunArns: batch })));
    return described.flatMap((d) => d.assessmentRuns ?? []);
}
/**
 * The API returns runs in no documented order: take the highest completedAt among COMPLETED
 * runs, and say so when a newer run is unfinished or failed, or the completed one is old.
 */
function judgeRuns(templateArn, runs, options) {
    const time = (d) => d?.getTime() ?? 0;
    const completed = runs.filter((r) => r.state === 'COMPLETED' && r.completedAt).sort((a, b) => time(b.completedAt) - time(a.completedAt));
    const newest = [...runs].sort((a, b) => time(b.createdAt) - time(a.createdAt))[0];
    const run = completed[0];
    const problems = [];
    if (!run) {
        problems.push(`template ${templateArn} has no completed run${newest ? ` (newest ${newest.arn} is ${newest.state})` : ''}`);
        return { incomplete: true, problems };
    }
    if (newest && newest !== run && time(newest.createdAt) > time(run.createdAt)) {
        problems.push(`a newer run ${newest.arn} of ${templateArn} is ${newest.state}; reporting ${run.arn} completed ${run.completedAt?.toISOString()}`);
    }
    const ageDays = (options.now.getTime() - time(run.completedAt)) / 86_400_000;
    if (ageDays > options.maxScanAgeDays) {
        problems.push(`the newest completed run of ${templateArn} finished ${Math.floor(ageDays)} days ago, more than max-scan-age ${options.maxScanAgeDays}`);
    }
    return { run, incomplete: false, problems };
}
async function runFindings(client, runArn, packageArn) {
    const arns = await collect((0,client_inspector_dist_cjs.paginateListFindings)({ client, pageSize: LIST_PAGE_SIZE }, { assessmentRunArns: [runArn], filter: { rulesPackageArns: [packageArn] } }), (p) => p.findingArns);
    const described = await (0,batching/* mapConcurrently */.X)((0,chunk/* chunk */.i)(arns, DESCRIBE_BATCH), DESCRIBE_CONCURRENCY, (batch) => client.send(new client_inspector_dist_cjs.DescribeFindingsCommand({ findingArns: batch, locale: 'EN_US' })));
    const exposures = [];
    let failed = 0;
    for (const page of described) {
        failed += Object.keys(page.failedItems ?? {}).length;
        for (const finding of page.findings ?? []) {
            try {
                const result = (0,normalize_classic/* normalizeClassicFinding */.x)(finding);
                if (result.kind === 'exposures')
                    exposures.push(...result.exposures);
            }
            catch (error) {
                if (error instanceof errors/* FindingShapeError */.LA)
                    throw new errors/* FindingShapeError */.LA(`${finding.arn}: ${error.message}`);
                throw error;
            }
        }
    }
    return { exposures, failed };
}
const STATUS_RANK = { complete: 0, stale: 1, incomplete: 2 };
/** Several templates may cover one account and region: the scope is as good as its worst. */
function mergeScope(scopes, next) {
    const key = `${next.accountId}|${next.region}`;
    const current = scopes.get(key);
    if (!current) {
        scopes.set(key, next);
        return;
    }
    const reasons = [current.reason, next.reason].filter(Boolean).join('; ');
    const status = STATUS_RANK[next.status] > STATUS_RANK[current.status] ? next.status : current.status;
    scopes.set(key, { ...current, status, ...(reasons ? { reason: reasons } : {}) });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-inspector2/dist-cjs/index.js
var client_inspector2_dist_cjs = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/core/findings/normalize-inspector2.ts
var normalize_inspector2 = __webpack_require__(5783);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/findings/unreadable.ts

/** The reason that makes (accountId, region) incomplete, or undefined when nothing there was unreadable. */
function unreadableIn(unreadable, accountId, region, service) {
    const here = unreadable.filter((u) => (u.accountId === undefined || u.accountId === accountId) && (u.region === undefined || u.region === region));
    if (here.length === 0)
        return undefined;
    const first = here[0];
    const more = here.length > 1 ? ` and ${here.length - 1} more` : '';
    return (`${service} returned ${here.length} finding(s) in ${accountId}/${region} that Portwarden cannot read (${(0,core_text/* plainText */.wh)(first.findingId, 200)}: ${(0,core_text/* plainText */.wh)(first.problem, 300)}${more}). ` +
        'Their ports are unknown, so nothing closes here until they can be read; the other findings were read. Report the finding (its JSON) so its shape can be supported');
}

;// CONCATENATED MODULE: ./src/aws/sources/inspector2.ts
// Amazon Inspector (v2) NETWORK_REACHABILITY findings, live. One scope per (account, region):
// complete only when EC2 scanning is enabled for the account and every page was read.








/** ListFindings' largest page. */
const inspector2_PAGE_SIZE = 100;
/** A StringFilter list takes at most 10 entries. */
const ACCOUNTS_PER_FILTER = 10;
/** BatchGetAccountStatus takes at most 100 account ids. */
const ACCOUNTS_PER_STATUS_CALL = 100;
async function readInspector2(region, accountIds, context) {
    const client = new client_inspector2_dist_cjs/* Inspector2Client */.r0C((0,clients/* clientConfig */.y)(region, context));
    const scope = (accountId, status, reason) => ({
        source: 'inspector2',
        accountId,
        region,
        status,
        ...(reason === undefined ? {} : { reason }),
    });
    let statuses;
    try {
        statuses = await ec2ScanningStatuses(client, accountIds);
    }
    catch (error) {
        return {
            scopes: accountIds.map((a) => scope(a, 'incomplete', (0,aws_errors/* awsFailure */.M)('Inspector2 BatchGetAccountStatus', `${a}/${region}`, error))),
            exposures: [],
        };
    }
    const enabled = accountIds.filter((a) => statuses.get(a) === 'ENABLED');
    const scopes = accountIds
        .filter((a) => statuses.get(a) !== 'ENABLED')
        .map((a) => scope(a, 'incomplete', `${statuses.get(a) ?? 'EC2 scanning is not enabled'} for ${a} in ${region}: Inspector reports no ports there, which is not "no open ports". Enable EC2 scanning, or use source security-groups`));
    const exposures = [];
    for (let i = 0; i < enabled.length; i += ACCOUNTS_PER_FILTER) {
        const batch = enabled.slice(i, i + ACCOUNTS_PER_FILTER);
        const where = `${batch.join(',')}/${region}`;
        let read;
        try {
            read = await listNetworkExposures(client, batch);
        }
        catch (error) {
            // Exposures of a failed batch are never added: partial pages must not look like a scan.
            scopes.push(...batch.map((a) => scope(a, 'incomplete', (0,aws_errors/* awsFailure */.M)('Inspector2 ListFindings', where, error))));
            continue;
        }
        // Every readable finding counts; only the place of a finding we cannot read is incomplete.
        for (const exposure of read.exposures)
            exposures.push(exposure);
        for (const accountId of batch) {
            const problem = unreadableIn(read.unreadable, accountId, region, 'Inspector2');
            scopes.push(problem ? scope(accountId, 'incomplete', problem) : scope(accountId, 'complete'));
        }
    }
    return { scopes, exposures };
}
function networkFindingsFilter(accountIds) {
    return {
        findingType: [{ comparison: 'EQUALS', value: 'NETWORK_REACHABILITY' }],
        findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
        resourceType: [{ comparison: 'EQUALS', value: 'AWS_EC2_INSTANCE' }],
        awsAccountId: accountIds.map((value) => ({ comparison: 'EQUALS', value })),
    };
}
async function listNetworkExposures(client, accountIds) {
    const read = { exposures: [], unreadable: [] };
    const pages = (0,client_inspector2_dist_cjs/* paginateListFindings */.uHj)({ client, pageSize: inspector2_PAGE_SIZE }, { filterCriteria: networkFindingsFilter(accountIds), maxResults: inspector2_PAGE_SIZE });
    for await (const page of pages) {
        for (const finding of page.findings ?? []) {
            let result;
            try {
                result = (0,normalize_inspector2/* normalizeInspector2Finding */.A)(finding);
            }
            catch (error) {
                if (!(error instanceof errors/* FindingShapeError */.LA))
                    throw error;
                const fromArn = typeof finding.findingArn === 'string' ? (0,normalize_shared/* arnParts */.wo)(finding.findingArn) : undefined;
                read.unreadable.push({
                    accountId: finding.awsAccountId ?? fromArn?.accountId,
                    findingId: finding.findingArn ?? '(no findingArn)',
                    problem: error.message,
                });
                continue;
            }
            // Filters are applied server-side; re-checking here keeps a lenient server honest.
            if (result.kind === 'exposure' && accountIds.includes(result.exposure.accountId))
                read.exposures.push(result.exposure);
        }
    }
    return read;
}
/** Per account: `ENABLED`, or why its EC2 findings cannot be trusted to be complete. */
async function ec2ScanningStatuses(client, accountIds) {
    const statuses = new Map();
    for (const ids of (0,chunk/* chunk */.i)(accountIds, ACCOUNTS_PER_STATUS_CALL)) {
        const page = await client.send(new client_inspector2_dist_cjs/* BatchGetAccountStatusCommand */.DCO({ accountIds: ids }));
        for (const a of page.accounts ?? []) {
            const status = a.resourceState?.ec2?.status;
            if (a.accountId)
                statuses.set(a.accountId, status === 'ENABLED' ? status : `EC2 scanning is ${status ?? 'not enabled'}`);
        }
        for (const f of page.failedAccounts ?? [])
            if (f.accountId)
                statuses.set(f.accountId, `${f.errorCode ?? 'error'}: ${f.errorMessage ?? ''}`.trim());
    }
    return statuses;
}

// EXTERNAL MODULE: ./src/core/ports.ts
var core_ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/port-risk.ts
var port_risk = __webpack_require__(6630);
;// CONCATENATED MODULE: ./src/core/findings/security-group-exposures.ts


const ANY_V4 = '0.0.0.0/0';
const ANY_V6 = '::/0';
const ALL_PORTS = { from: 0, to: core_ports/* MAX_PORT */.XP };
function exposuresFromNetwork(facts) {
    const exposures = [];
    const skippedProtocols = {};
    for (const instance of facts.instances) {
        const open = { tcp: [], udp: [] };
        for (const eni of instance.interfaces) {
            const route = facts.routes.get(eni.subnetId) ?? {};
            const v4 = eni.publicIpv4 !== undefined && route.ipv4Igw !== undefined;
            const v6 = eni.ipv6Addresses.length > 0 && route.ipv6Igw !== undefined;
            if (!v4 && !v6)
                continue;
            for (const groupId of eni.groupIds) {
                for (const rule of facts.groups.get(groupId) ?? []) {
                    const sources = [...rule.ipv4Cidrs, ...rule.ipv6Cidrs, ...rule.prefixListIds.flatMap((id) => facts.prefixLists.get(id) ?? [])];
                    const reachable = (v4 && sources.includes(ANY_V4)) || (v6 && sources.includes(ANY_V6));
                    if (!reachable)
                        continue;
                    const protocols = protocolsOf(rule);
                    if (protocols.length === 0) {
                        skippedProtocols[rule.protocol] = (skippedProtocols[rule.protocol] ?? 0) + 1;
                        continue;
                    }
                    const edge = v4 && sources.includes(ANY_V4) ? route.ipv4Igw : route.ipv6Igw;
                    for (const protocol of protocols)
                        open[protocol].push({ ports: portsOf(rule), steps: [edge, groupId, eni.id] });
                }
            }
        }
        for (const protocol of ['tcp', 'udp']) {
            // Two groups opening the same port are one exposure: merge into maximal ranges.
            for (const ports of (0,core_ports/* unionRanges */.AO)(open[protocol].map((o) => o.ports))) {
                // The path of a range names only the groups whose rules open part of it, so a rule
                // added for another port does not rewrite this port's issue.
                const steps = [...new Set(open[protocol].filter((o) => (0,core_ports/* overlaps */.$f)(o.ports, ports)).flatMap((o) => o.steps))];
                exposures.push({
                    accountId: facts.accountId,
                    region: facts.region,
                    resource: {
                        type: 'ec2-instance',
                        id: instance.instanceId,
                        ...(instance.tags.Name === undefined ? {} : { name: instance.tags.Name }),
                        tags: { ...instance.tags },
                    },
                    protocol,
                    ports,
                    severity: severityOf(ports),
                    title: `Security groups allow ${protocol.toUpperCase()} ${(0,core_ports/* formatRange */.Lu)(ports)} from the internet`,
                    reachability: 'internet',
                    path: steps,
                    sources: ['security-groups'],
                    findingIds: [],
                });
            }
        }
    }
    return { exposures, skippedProtocols };
}
function protocolsOf(rule) {
    switch (rule.protocol) {
        case '-1':
            return ['tcp', 'udp'];
        case 'tcp':
        case '6':
            return ['tcp'];
        case 'udp':
        case '17':
            return ['udp'];
        default:
            return [];
    }
}
function portsOf(rule) {
    if (rule.protocol === '-1' || rule.fromPort === undefined || rule.toPort === undefined || rule.fromPort < 0)
        return { ...ALL_PORTS };
    return { from: rule.fromPort, to: rule.toPort };
}
function severityOf(ports) {
    if (ports.from === 0 && ports.to === core_ports/* MAX_PORT */.XP)
        return 'critical';
    return (0,port_risk/* sensitivePortsIn */.K)(ports).length > 0 ? 'high' : 'medium';
}

;// CONCATENATED MODULE: ./src/aws/sources/security-groups.ts
// The security-group source: EC2's own configuration, for teams without Inspector and as a
// second opinion for those with it. Reads running instances, their groups, the routes of
// their subnets and the prefix lists the groups reference; the judgement is pure
// (security-group-exposures.ts).





const security_groups_PAGE_SIZE = 1000;
/** EC2 accepts up to 200 values in one filter. */
const VALUES_PER_FILTER = 200;
async function readSecurityGroups(region, context) {
    const ec2 = new client_ec2_dist_cjs/* EC2Client */.gu5((0,clients/* clientConfig */.y)(region, context));
    const scope = { source: 'security-groups', accountId: context.callerAccountId, region };
    let step = 'EC2 DescribeInstances';
    try {
        const instances = await runningInstances(ec2);
        step = 'EC2 DescribeSecurityGroups';
        const groups = await securityGroups(ec2, [...new Set(instances.flatMap((i) => i.interfaces.flatMap((n) => n.groupIds)))]);
        step = 'EC2 DescribeRouteTables';
        const routes = await subnetRoutes(ec2, instances.flatMap((i) => i.interfaces));
        step = 'EC2 GetManagedPrefixListEntries';
        const prefixListIds = [...new Set([...groups.values()].flat().flatMap((r) => r.prefixListIds))];
        const prefixLists = new Map();
        for (const id of prefixListIds)
            prefixLists.set(id, await prefixListCidrs(ec2, id));
        const scan = exposuresFromNetwork({ accountId: context.callerAccountId, region, instances, groups, routes, prefixLists });
        const skipped = Object.entries(scan.skippedProtocols);
        return {
            scopes: [
                {
                    ...scope,
                    status: 'complete',
                    ...(skipped.length
                        ? { reason: `not modelled: internet ingress for protocol ${skipped.map(([p, n]) => `${p} (${n} rule(s))`).join(', ')}` }
                        : {}),
                },
            ],
            exposures: scan.exposures,
            instances: instances.map((i) => ({
                id: i.instanceId,
                state: 'running',
                ...(i.tags.Name === undefined ? {} : { name: i.tags.Name }),
                tags: i.tags,
                publicIps: i.interfaces.flatMap((n) => [...(n.publicIpv4 ? [n.publicIpv4] : []), ...n.ipv6Addresses]),
            })),
        };
    }
    catch (error) {
        return {
            scopes: [{ ...scope, status: 'incomplete', reason: (0,aws_errors/* awsFailure */.M)(step, `${context.callerAccountId}/${region}`, error) }],
            exposures: [],
        };
    }
}
async function runningInstances(ec2) {
    const instances = [];
    // A stopped instance has no auto-assigned public address and is not exposed now; the
    // lifecycle keeps its issues open until it starts again or is terminated.
    const pages = (0,client_ec2_dist_cjs/* paginateDescribeInstances */.H0T)({ client: ec2, pageSize: security_groups_PAGE_SIZE }, { Filters: [{ Name: 'instance-state-name', Values: ['running'] }], MaxResults: security_groups_PAGE_SIZE });
    for await (const page of pages) {
        for (const instance of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
            if (!instance.InstanceId)
                continue;
            instances.push({
                instanceId: instance.InstanceId,
                tags: Object.fromEntries((instance.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key, t.Value ?? ''])),
                interfaces: (instance.NetworkInterfaces ?? []).map((eni) => ({
                    id: eni.NetworkInterfaceId ?? '',
                    subnetId: eni.SubnetId ?? instance.SubnetId ?? '',
                    vpcId: eni.VpcId ?? instance.VpcId ?? '',
                    groupIds: (eni.Groups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
                    ...(eni.Association?.PublicIp ? { publicIpv4: eni.Association.PublicIp } : {}),
                    ipv6Addresses: (eni.Ipv6Addresses ?? []).map((a) => a.Ipv6Address ?? '').filter(Boolean),
                })),
            });
        }
    }
    return instances;
}
async function securityGroups(ec2, groupIds) {
    const groups = new Map();
    for (const ids of (0,chunk/* chunk */.i)(groupIds, VALUES_PER_FILTER)) {
        const pages = (0,client_ec2_dist_cjs/* paginateDescribeSecurityGroups */.nYn)({ client: ec2, pageSize: security_groups_PAGE_SIZE }, { Filters: [{ Name: 'group-id', Values: ids }], MaxResults: security_groups_PAGE_SIZE });
        for await (const page of pages) {
            for (const group of page.SecurityGroups ?? [])
                if (group.GroupId)
                    groups.set(group.GroupId, (group.IpPermissions ?? []).map(toIngressRule));
        }
    }
    return groups;
}
function toIngressRule(permission) {
    return {
        protocol: String(permission.IpProtocol ?? '-1'),
        ...(permission.FromPort === undefined ? {} : { fromPort: permission.FromPort }),
        ...(permission.ToPort === undefined ? {} : { toPort: permission.ToPort }),
        ipv4Cidrs: (permission.IpRanges ?? []).map((r) => r.CidrIp ?? ''),
        ipv6Cidrs: (permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? ''),
        prefixListIds: (permission.PrefixListIds ?? []).map((p) => p.PrefixListId ?? '').filter(Boolean),
    };
}
async function subnetRoutes(ec2, subnets) {
    const tables = [];
    for (const ids of (0,chunk/* chunk */.i)([...new Set(subnets.map((s) => s.vpcId))], VALUES_PER_FILTER)) {
        const pages = (0,client_ec2_dist_cjs/* paginateDescribeRouteTables */.BTv)({ client: ec2, pageSize: 100 }, { Filters: [{ Name: 'vpc-id', Values: ids }], MaxResults: 100 });
        for await (const page of pages)
            tables.push(...(page.RouteTables ?? []));
    }
    const explicit = new Map();
    const main = new Map();
    for (const table of tables) {
        const routes = igwRoutes(table);
        for (const association of table.Associations ?? []) {
            if (association.SubnetId)
                explicit.set(association.SubnetId, routes);
            if (association.Main)
                main.set(table.VpcId ?? '', routes);
        }
    }
    // A subnet without its own association uses its VPC's main route table.
    return new Map(subnets.map((s) => [s.subnetId, explicit.get(s.subnetId) ?? main.get(s.vpcId) ?? {}]));
}
function igwRoutes(table) {
    const viaIgw = (gatewayId, state) => Boolean(gatewayId?.startsWith('igw-') && state !== 'blackhole');
    const v4 = table.Routes?.find((r) => r.DestinationCidrBlock === '0.0.0.0/0' && viaIgw(r.GatewayId, r.State));
    const v6 = table.Routes?.find((r) => r.DestinationIpv6CidrBlock === '::/0' && viaIgw(r.GatewayId, r.State));
    return { ...(v4 ? { ipv4Igw: v4.GatewayId } : {}), ...(v6 ? { ipv6Igw: v6.GatewayId } : {}) };
}
async function prefixListCidrs(ec2, prefixListId) {
    const cidrs = [];
    for await (const page of (0,client_ec2_dist_cjs/* paginateGetManagedPrefixListEntries */.JFg)({ client: ec2, pageSize: 100 }, { PrefixListId: prefixListId, MaxResults: 100 })) {
        cidrs.push(...(page.Entries ?? []).map((e) => e.Cidr ?? ''));
    }
    return cidrs;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js
var client_securityhub_dist_cjs = __webpack_require__(3819);
;// CONCATENATED MODULE: ./src/aws/sources/securityhub-coverage.ts
// What a Security Hub covers: its enabled member accounts, and the regions linked to its
// finding aggregator. Asked on every run, so a place the hub does not receive is never empty.




async function memberAccounts(client) {
    const accounts = [];
    // OnlyAssociated: members whose findings the administrator receives (status Enabled; the
    // check repeats it, case-insensitively, for servers that ignore the parameter).
    for await (const page of (0,client_securityhub_dist_cjs/* paginateListMembers */.$4_)({ client }, { OnlyAssociated: true })) {
        for (const member of page.Members ?? [])
            if (member.AccountId && (member.MemberStatus ?? 'Enabled').toLowerCase() === 'enabled')
                accounts.push(member.AccountId);
    }
    return accounts;
}
/** The aggregation region and the regions linked to it; without an aggregator, the region itself. */
async function linkedRegions(region, context) {
    const client = new client_securityhub_dist_cjs/* SecurityHubClient */.xku((0,clients/* clientConfig */.y)(region, context));
    const arn = (await labelled('SecurityHub ListFindingAggregators', region, () => client.send(new client_securityhub_dist_cjs/* ListFindingAggregatorsCommand */.BWW({}))))
        .FindingAggregators?.[0]?.FindingAggregatorArn;
    if (!arn)
        return { hubRegion: region, regions: [region] };
    const aggregator = await labelled('SecurityHub GetFindingAggregator', region, () => client.send(new client_securityhub_dist_cjs/* GetFindingAggregatorCommand */.etV({ FindingAggregatorArn: arn })));
    const hubRegion = aggregator.FindingAggregationRegion ?? region;
    const listed = aggregator.Regions ?? [];
    switch (aggregator.RegionLinkingMode) {
        case 'SPECIFIED_REGIONS':
            return { hubRegion, regions: [hubRegion, ...listed] };
        case 'ALL_REGIONS':
        case 'ALL_REGIONS_EXCEPT_SPECIFIED': {
            const ec2 = new client_ec2_dist_cjs/* EC2Client */.gu5((0,clients/* clientConfig */.y)(hubRegion, context));
            const enabled = ((await labelled('EC2 DescribeRegions', hubRegion, () => ec2.send(new client_ec2_dist_cjs/* DescribeRegionsCommand */.cAn({})))).Regions ?? []).flatMap((r) => (r.RegionName ? [r.RegionName] : []));
            return {
                hubRegion,
                regions: aggregator.RegionLinkingMode === 'ALL_REGIONS' ? enabled : enabled.filter((r) => r === hubRegion || !listed.includes(r)),
            };
        }
        default:
            // NO_REGIONS, or a mode this version does not know: only what the hub region holds.
            return { hubRegion, regions: [hubRegion] };
    }
}
/** Runs an AWS call; its failure becomes one sentence naming the call, the place and the fix. */
async function labelled(action, where, call) {
    try {
        return await call();
    }
    catch (error) {
        throw new Error((0,aws_errors/* awsFailure */.M)(action, where, error));
    }
}

// EXTERNAL MODULE: ./src/core/findings/normalize-securityhub.ts
var normalize_securityhub = __webpack_require__(4729);
;// CONCATENATED MODULE: ./src/aws/sources/securityhub.ts
// Inspector's network-reachability findings as centralised in AWS Security Hub (ASFF,
// GetFindings), read once from the aggregation region for every linked account and region.
//
// Scopes come from the configuration (inputs), else from Security Hub itself: its member
// accounts and the aggregator's linked regions. Never from the accounts that happen to have
// findings: an account whose last finding disappeared is still a complete scope, so its issues
// can close. A failed call makes the scopes it covers incomplete.








/** GetFindings' largest page. */
const securityhub_PAGE_SIZE = 100;
/** A filter attribute takes at most 20 values. */
const securityhub_VALUES_PER_FILTER = 20;
async function readSecurityHub(settings, context) {
    // What this hub covers is asked every time, also when accounts and regions are configured:
    // a configured place the hub does not receive findings from would otherwise look empty.
    const problems = [];
    let hubRegion = settings.region;
    let linked = [settings.region];
    try {
        ({ hubRegion, regions: linked } = await linkedRegions(settings.region, context));
    }
    catch (error) {
        problems.push((0,errors/* messageOf */.bD)(error));
    }
    const client = new client_securityhub_dist_cjs/* SecurityHubClient */.xku((0,clients/* clientConfig */.y)(hubRegion, context));
    let members = [context.callerAccountId];
    try {
        members = [context.callerAccountId, ...(await memberAccounts(client))];
    }
    catch (error) {
        problems.push((0,aws_errors/* awsFailure */.M)('SecurityHub ListMembers', hubRegion, error));
    }
    const accounts = [...new Set(settings.accounts.length > 0 ? settings.accounts : members)].sort();
    const regions = [...new Set(settings.regions.length > 0 ? settings.regions : linked)].sort();
    if (problems.length > 0) {
        // Without the accounts or regions Security Hub covers, no absence can be proven anywhere.
        const reason = `${problems.join('; ')}; nothing is closed until Portwarden can tell what this hub covers`;
        return {
            hubRegion,
            findings: [],
            exposures: [],
            scopes: accounts.flatMap((a) => regions.map((r) => scope(a, r, 'incomplete', reason))),
        };
    }
    const coverage = { accounts, regions, members, linked, hubRegion, caller: context.callerAccountId };
    const readable = { accounts: accounts.filter((a) => members.includes(a)), regions: regions.filter((r) => linked.includes(r)) };
    const read = await readPlaces(client, readable);
    return { hubRegion, ...read, scopes: [...outsideScopes(coverage), ...read.scopes] };
}
function scope(accountId, region, status, reason) {
    return { source: 'securityhub', accountId, region, status, ...(reason ? { reason } : {}) };
}
/** The places asked for whose findings never reach this hub: incomplete, with the fix. */
function outsideScopes(c) {
    const outside = [];
    for (const a of c.accounts) {
        for (const r of c.regions) {
            if (!c.members.includes(a))
                outside.push(scope(a, r, 'incomplete', `${a} is not an enabled Security Hub member of ${c.caller}, so its findings do not reach this hub: make it a member, or read it with source inspector2`));
            else if (!c.linked.includes(r))
                outside.push(scope(a, r, 'incomplete', `${r} is not linked to Security Hub's aggregation region ${c.hubRegion}, so its findings are not there: link it in the finding aggregator, or read it with source inspector2`));
        }
    }
    return outside;
}
async function readPlaces(client, readable) {
    const scopes = [];
    const exposures = [];
    const findings = [];
    for (const accountBatch of (0,chunk/* chunk */.i)(readable.accounts, securityhub_VALUES_PER_FILTER)) {
        for (const regionBatch of (0,chunk/* chunk */.i)(readable.regions, securityhub_VALUES_PER_FILTER)) {
            const where = `${accountBatch.join(',')} in ${regionBatch.join(',')}`;
            let read;
            try {
                read = await readFindings(client, accountBatch, regionBatch);
            }
            catch (error) {
                const reason = (0,aws_errors/* awsFailure */.M)('SecurityHub GetFindings', where, error);
                scopes.push(...accountBatch.flatMap((a) => regionBatch.map((r) => scope(a, r, 'incomplete', reason))));
                continue;
            }
            // Every readable finding counts; only the place of a finding we cannot read is incomplete.
            for (const exposure of read.exposures)
                exposures.push(exposure);
            for (const finding of read.findings)
                findings.push(finding);
            for (const a of accountBatch) {
                for (const r of regionBatch) {
                    const problem = unreadableIn(read.unreadable, a, r, 'Security Hub');
                    scopes.push(problem ? scope(a, r, 'incomplete', problem) : scope(a, r, 'complete'));
                }
            }
        }
    }
    return { scopes, exposures, findings };
}
/** Active Inspector network-reachability findings on EC2 instances of these accounts and regions. */
function securityHubFilters(accounts, regions) {
    const equals = (value) => ({ Value: value, Comparison: 'EQUALS' });
    return {
        ProductName: [equals('Inspector')],
        RecordState: [equals('ACTIVE')],
        ResourceType: [equals('AwsEc2Instance')],
        // Both versions' network titles say "reachable from" (Classic: "... is reachable from the
        // internet"; v2: "Port 22 is reachable from an Internet Gateway - TCP"), no CVE title does.
        Title: [{ Value: 'reachable from', Comparison: 'CONTAINS' }],
        AwsAccountId: accounts.map(equals),
        Region: regions.map(equals),
    };
}
async function readFindings(client, accounts, regions) {
    const exposures = [];
    const findings = [];
    const unreadable = [];
    const pages = (0,client_securityhub_dist_cjs/* paginateGetFindings */.UGI)({ client, pageSize: securityhub_PAGE_SIZE }, { Filters: securityHubFilters(accounts, regions), MaxResults: securityhub_PAGE_SIZE });
    for await (const page of pages) {
        for (const finding of page.Findings ?? []) {
            // Filters are applied server-side; re-checking here keeps a lenient server honest.
            if (!accounts.includes(finding.AwsAccountId ?? ''))
                continue;
            let result;
            try {
                result = (0,normalize_securityhub/* normalizeSecurityHubFinding */.k)(finding);
            }
            catch (error) {
                if (!(error instanceof errors/* FindingShapeError */.LA))
                    throw error;
                const region = finding.Region ?? finding.Resources?.[0]?.Region;
                unreadable.push({
                    accountId: finding.AwsAccountId,
                    region: region && regions.includes(region) ? region : undefined,
                    findingId: finding.Id ?? '(no Id)',
                    problem: error.message,
                });
                continue;
            }
            if (result.kind === 'skipped')
                continue;
            const inScope = result.exposures.filter((e) => accounts.includes(e.accountId) && regions.includes(e.region));
            if (inScope.length === 0)
                continue;
            exposures.push(...inScope);
            findings.push(result.ref);
        }
    }
    return { exposures, findings, unreadable };
}

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/modes/report/aws-sources.ts
// The AWS sources: base credentials once (OIDC or the default chain), the accounts in scope
// (listed, or the organization's), then every (account, region) unit in one bounded pool.
// Security groups and Inspector Classic read each account with its member role; Inspector v2
// reads its members' findings centrally per region; Security Hub once, from its aggregation
// region.













async function readAwsSources(options, deps) {
    const sources = options.read.sources.filter((s) => s !== 'file');
    const { homeRegion: home, org } = options.read;
    const credentials = await resolveCredentials({ ...options.aws, region: home }, deps.oidc, deps.mask);
    const identity = await callerIdentity(home, credentials);
    const context = { ...(credentials ? { credentials } : {}), callerAccountId: identity.accountId };
    const listed = org.allAccounts ? await organizationAccounts(home, context) : options.read.accounts;
    const accounts = (0,core_accounts/* accountsInScope */.Sx)(listed.length > 0 ? listed : [identity.accountId], org.exclude, org.shard);
    const unread = org.memberRole ? undefined : (0,model/* ownAccountProblem */.x2)(sources, accounts, identity.accountId);
    if (unread)
        throw new errors/* InputError */.dz('accounts', `${unread}. See README#accounts`);
    const role = { ...options.aws, region: home, ...org };
    const run = { context, accounts: new AccountCredentials(context, identity, role, deps.mask), concurrency: org.concurrency };
    const notes = accounts.length > 0 ? [] : [{ kind: 'message', text: noAccountText(options, listed.length) }];
    const regionsOf = regionLister(options);
    const perAccount = sources.filter((s) => s === 'security-groups' || s === 'inspector-classic');
    const opened = perAccount.length > 0
        ? await openAccounts(accounts, perAccount, { options, run, regionsOf, now: deps.now })
        : { tasks: [], results: [] };
    const tasks = [...opened.tasks];
    if (sources.includes('inspector2')) {
        const central = await regionsOf(identity.accountId, context);
        if (central.ok)
            for (const region of central.regions)
                tasks.push(async () => [await readInspector2(region, accounts, context)]);
        else
            opened.results.push(unreadAccount(['inspector2'], identity.accountId, ['*'], central.reason));
    }
    const results = [...opened.results, ...(await (0,batching/* mapConcurrently */.X)(tasks, run.concurrency, (task) => task())).flat()];
    if (!sources.includes('securityhub'))
        return { results, run, notes };
    // One read from the aggregation region covers every linked account and region.
    const hubAccounts = org.allAccounts || options.read.accounts.length > 0 ? accounts : [];
    const securityHub = await readSecurityHub({ region: home, accounts: hubAccounts, regions: options.read.securityHub.regions }, context);
    return { results: [...results, securityHub], run: { ...run, securityHub }, notes };
}
/** The regions to read in an account: the listed ones, or under `regions: all` its enabled ones (asked once). */
function regionLister(options) {
    const asked = new Map();
    return (accountId, context) => {
        if (!options.read.org.allRegions)
            return Promise.resolve({ ok: true, regions: [...options.read.regions] });
        let regions = asked.get(accountId);
        if (!regions) {
            regions = enabledRegions(options.read.homeRegion, context);
            asked.set(accountId, regions);
        }
        return regions;
    };
}
/** Per account, bounded: its credentials and regions, then one task per (account, region). */
async function openAccounts(accounts, sources, { options, run, regionsOf, now }) {
    const configured = options.read.org.allRegions ? ['*'] : options.read.regions;
    const opened = await (0,batching/* mapConcurrently */.X)(accounts, run.concurrency, async (accountId) => {
        const access = await run.accounts.access(accountId);
        // Without member-role only the caller's account gets here (ownAccountProblem).
        if (!access?.ok)
            return { failed: unreadAccount(sources, accountId, configured, access?.reason ?? 'no credentials') };
        const regions = await regionsOf(accountId, access.context);
        if (!regions.ok)
            return { failed: unreadAccount(sources, accountId, ['*'], regions.reason) };
        return {
            tasks: regions.regions.map((region) => () => readUnit(region, sources, options, access.context, now)),
        };
    });
    return {
        tasks: opened.flatMap((o) => o.tasks ?? []),
        results: opened.flatMap((o) => (o.failed ? [o.failed] : [])),
    };
}
async function readUnit(region, sources, options, context, now) {
    const read = [];
    if (sources.includes('inspector-classic')) {
        const { templateArns, maxScanAgeDays } = options.read.classic;
        read.push(await readInspectorClassic(region, { templateArns, maxScanAgeDays, now }, context));
    }
    if (sources.includes('security-groups'))
        read.push(await readSecurityGroups(region, context));
    return read;
}
/** An account nothing could be read in: one incomplete scope per source and region, never a quiet gap. */
function unreadAccount(sources, accountId, regions, reason) {
    const scopes = sources.flatMap((source) => regions.map((region) => ({ source, accountId, region, status: 'incomplete', reason })));
    return { scopes, exposures: [] };
}
function noAccountText(options, listed) {
    const { shard, exclude } = options.read.org;
    const why = shard
        ? `shard ${shard.index}/${shard.count} holds none of the ${listed} account(s)`
        : `exclude-accounts leaves none of the ${listed} account(s)`;
    return `no account to read: ${why}${exclude.length > 0 && shard ? ' left after exclude-accounts' : ''}, so this run judges nothing`;
}


/***/ })

};
