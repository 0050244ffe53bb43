export const id = 425;
export const ids = [425];
export const modules = {

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ checkAllowlist)
});

// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/allowlist/evaluate.ts + 1 modules
var evaluate = __webpack_require__(3667);
;// CONCATENATED MODULE: ./src/core/allowlist/diff.ts


function diffAllowlists(base, head) {
    const before = new Map(base.rules.map((r) => [r.id, r]));
    const after = new Map(head.rules.map((r) => [r.id, r]));
    const changes = [];
    for (const rule of head.rules) {
        const old = before.get(rule.id);
        if (!old)
            changes.push({ ruleId: rule.id, kind: 'added', newlyAllowed: portsOf(rule), noLongerAllowed: {}, otherChanges: [] });
        else {
            const change = compare(old, rule);
            if (change)
                changes.push(change);
        }
    }
    for (const rule of base.rules)
        if (!after.has(rule.id))
            changes.push({ ruleId: rule.id, kind: 'removed', newlyAllowed: {}, noLongerAllowed: portsOf(rule), otherChanges: [] });
    return changes;
}
function portsOf(rule) {
    const out = {};
    for (const p of ['tcp', 'udp'])
        if (rule.allow[p]?.length)
            out[p] = (0,ports/* formatRanges */.Gk)((0,ports/* unionRanges */.AO)(rule.allow[p]));
    return out;
}
function minus(a, b) {
    return (0,ports/* formatRanges */.Gk)((0,ports/* unionRanges */.AO)(a ?? []).flatMap((r) => (0,ports/* subtractRanges */.N1)(r, b ?? [])));
}
function compare(old, rule) {
    const newlyAllowed = {};
    const noLongerAllowed = {};
    for (const p of ['tcp', 'udp']) {
        const added = minus(rule.allow[p], old.allow[p]);
        const removed = minus(old.allow[p], rule.allow[p]);
        if (added)
            newlyAllowed[p] = added;
        if (removed)
            noLongerAllowed[p] = removed;
    }
    const otherChanges = [];
    if (JSON.stringify(old.match) !== JSON.stringify(rule.match))
        otherChanges.push('match changed');
    if (old.expires !== rule.expires)
        otherChanges.push(`expires ${old.expires ?? '(none)'} -> ${rule.expires ?? '(none)'}`);
    if (old.reason !== rule.reason)
        otherChanges.push('reason changed');
    if (old.owner !== rule.owner)
        otherChanges.push(`owner ${old.owner ?? '(none)'} -> ${rule.owner ?? '(none)'}`);
    if (Object.keys(newlyAllowed).length + Object.keys(noLongerAllowed).length + otherChanges.length === 0)
        return undefined;
    return { ruleId: rule.id, kind: 'changed', newlyAllowed, noLongerAllowed, otherChanges };
}
function impactOf(exposures, base, head, options) {
    const before = new Map((0,evaluate/* evaluate */._)(exposures, base, options).verdicts.map((v) => [v.fingerprint, v]));
    const after = (0,evaluate/* evaluate */._)(exposures, head, options).verdicts;
    const item = (v, rules) => ({
        fingerprint: v.fingerprint,
        what: `${v.exposure.accountId}/${v.exposure.region} ${v.exposure.resource.id}${v.exposure.resource.name ? ` (${v.exposure.resource.name})` : ''} ${v.exposure.protocol.toUpperCase()} ${(0,ports/* formatRanges */.Gk)([v.exposure.ports])}`,
        rules,
    });
    const wouldClose = [];
    const wouldOpen = [];
    for (const v of after) {
        const old = before.get(v.fingerprint);
        if (old?.status === 'unexpected' && v.status === 'expected')
            wouldClose.push(item(v, v.rules));
        if (old?.status === 'expected' && v.status === 'unexpected')
            wouldOpen.push(item(v, old.rules));
    }
    return { wouldClose, wouldOpen, exposuresConsidered: exposures.length };
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/port-risk.ts
var port_risk = __webpack_require__(6630);
// EXTERNAL MODULE: ./src/core/wildcard.ts
var core_wildcard = __webpack_require__(2829);
;// CONCATENATED MODULE: ./src/core/allowlist/lint.ts
// Risky allowlist rules: valid JSON that would quietly widen the attack surface. Each finding
// has a stable id, says why it is risky and what to write instead, and points at the rule.




const LINT_RULES = {
    'PW001-all-ports': 'a rule allows every port, or more ports than max-ports-per-rule',
    'PW002-empty-match': 'a rule matches every resource in every account and region',
    'PW003-sensitive-wildcard': 'a sensitive port is allowed for a wildcard match',
    'PW004-expiry': 'expires is missing, past, or further ahead than max-expiry-days',
    'PW005-shadowed': 'a rule is fully covered by another rule',
    'PW006-owner': 'owner is not a GitHub user or team handle',
};
function lintAllowlist(allowlist, options) {
    const findings = [];
    const add = (id, rule, message) => findings.push({ id, ruleId: rule.id, line: rule.line, message: `${id}: rule "${rule.id}": ${message}` });
    for (const rule of allowlist.rules)
        lintRule(rule, options, add);
    lintShadowing(allowlist.rules, add);
    return findings.sort((a, b) => a.line - b.line || a.id.localeCompare(b.id));
}
function lintRule(rule, options, add) {
    const ports = totalPorts(rule);
    if (ports.all)
        add('PW001-all-ports', rule, 'allows every port of a protocol: nothing on the matched instances can ever alert. Allow the ports the service listens on.');
    else if (ports.count > options.maxPortsPerRule) {
        add('PW001-all-ports', rule, `allows ${ports.count} ports, more than max-ports-per-rule (${options.maxPortsPerRule}). Narrow the ranges, or split the rule with a reason for each range.`);
    }
    const fields = matchValues(rule);
    if (fields.length === 0)
        add('PW002-empty-match', rule, 'has an empty match, so it applies to every instance in every account and region. Name the accounts, regions, instances, Name or tags it is for.');
    const wildcard = fields.length === 0 || fields.some((v) => (0,core_wildcard/* hasWildcard */.rl)(v));
    const sensitive = sensitiveAllowed(rule);
    if (wildcard && sensitive.length > 0) {
        add('PW003-sensitive-wildcard', rule, `allows ${sensitive.map((p) => `${p} (${port_risk/* SENSITIVE_PORTS */.s[p]})`).join(', ')} for a wildcard match: every instance that ever matches gets it. List the instance ids or exact names instead.`);
    }
    const expiry = expiryProblem(rule, options);
    if (expiry)
        add('PW004-expiry', rule, expiry);
    if (rule.owner !== undefined && !/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(rule.owner)) {
        add('PW006-owner', rule, `owner "${rule.owner}" is not a GitHub handle: write "@user" or "@org/team".`);
    }
}
/**
 * Only rules with the same match can shadow each other: compare within those groups, not
 * every pair (an allowlist of 100,000 rules would take hours).
 */
function lintShadowing(rules, add) {
    const sameMatch = new Map();
    for (const [index, rule] of rules.entries()) {
        const key = JSON.stringify(normalizedMatch(rule));
        const group = sameMatch.get(key);
        if (group)
            group.push({ rule, index });
        else
            sameMatch.set(key, [{ rule, index }]);
    }
    for (const group of sameMatch.values()) {
        if (group.length < 2)
            continue;
        for (const { rule, index } of group) {
            const shadow = group.find(({ rule: other, index: j }) => j !== index && shadows(other, rule) && (j < index || !shadows(rule, other)))?.rule;
            if (shadow)
                add('PW005-shadowed', rule, `is fully covered by rule "${shadow.id}" (same match, its ports include these): remove one of them.`);
        }
    }
}
function totalPorts(rule) {
    let count = 0;
    let all = false;
    for (const protocol of ['tcp', 'udp']) {
        const union = (0,ports/* unionRanges */.AO)(rule.allow[protocol] ?? []);
        count += union.reduce((n, r) => n + (0,ports/* portCount */.$p)(r), 0);
        if (union.some((r) => r.from === 0 && r.to === 65535))
            all = true;
    }
    return { all, count };
}
function matchValues(rule) {
    const m = rule.match;
    return [...(m.accounts ?? []), ...(m.regions ?? []), ...(m.instanceIds ?? []), ...(m.name ?? []), ...Object.values(m.tags ?? {}).flat()];
}
function sensitiveAllowed(rule) {
    const ports = new Set();
    for (const protocol of ['tcp', 'udp'])
        for (const range of rule.allow[protocol] ?? [])
            for (const p of (0,port_risk/* sensitivePortsIn */.K)(range))
                ports.add(p);
    return [...ports].sort((a, b) => a - b);
}
function expiryProblem(rule, options) {
    if (rule.expires === undefined)
        return `has no "expires": every exception should be reviewed again. Add "expires": "${(0,dates/* addDays */.f)(options.today, 90)}" (at most ${options.maxExpiryDays} days ahead).`;
    if (rule.expires < options.today)
        return `expired on ${rule.expires} and allows nothing: renew it with a new date, or remove it.`;
    const limit = (0,dates/* addDays */.f)(options.today, options.maxExpiryDays);
    if (rule.expires > limit)
        return `expires ${rule.expires}, more than max-expiry-days (${options.maxExpiryDays}) ahead: use ${limit} or earlier.`;
    return undefined;
}
function shadows(wide, narrow) {
    if (JSON.stringify(normalizedMatch(wide)) !== JSON.stringify(normalizedMatch(narrow)))
        return false;
    if ((wide.expires ?? '9999-12-31') < (narrow.expires ?? '9999-12-31'))
        return false;
    return ['tcp', 'udp'].every((protocol) => {
        const covered = (0,ports/* unionRanges */.AO)(wide.allow[protocol] ?? []);
        return (narrow.allow[protocol] ?? []).every((range) => covered.some((c) => (0,ports/* contains */.gR)(c, range)));
    });
}
function normalizedMatch(rule) {
    const m = rule.match;
    const sorted = (v) => (v ? [...new Set(v)].sort() : null);
    return {
        accounts: sorted(m.accounts),
        regions: sorted(m.regions),
        instanceIds: sorted(m.instanceIds),
        name: sorted(m.name),
        tags: m.tags
            ? Object.fromEntries(Object.entries(m.tags)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, v]) => [k, sorted(v)]))
            : null,
    };
}
function describePorts(rule) {
    return ['tcp', 'udp']
        .filter((p) => rule.allow[p])
        .map((p) => `${p.toUpperCase()} ${formatRanges(unionRanges(rule.allow[p]))}`)
        .join('; ');
}

// EXTERNAL MODULE: ./src/core/allowlist/load.ts + 4 modules
var load = __webpack_require__(6203);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/allowlist/check.ts
// Check mode: is this allowlist change safe to merge? Validation errors, risky-rule findings,
// the rule diff against the base, and the impact on the current inbox. Pure: the entries
// fetch the texts and exposures and report the result.




function checkAllowlist(input) {
    let head;
    try {
        head = (0,load/* parseAllowlist */.J)(input.headText, input.headFile);
    }
    catch (error) {
        if (!(error instanceof errors/* AllowlistError */.IX))
            throw error;
        return { file: input.headFile, errors: error.problems, warnings: [], changes: [], exitCode: 2 };
    }
    // A base that no longer parses (or is absent) compares as empty: every head rule is new.
    let base = { file: input.headFile, rules: [] };
    if (input.baseText !== undefined) {
        try {
            base = (0,load/* parseAllowlist */.J)(input.baseText, `${input.headFile} (base)`);
        }
        catch {
            base = { file: input.headFile, rules: [] };
        }
    }
    const warnings = lintAllowlist(head, input.lint);
    const evaluateOptions = { today: input.lint.today, minSeverity: 'informational', includePrivatePaths: false };
    return {
        file: input.headFile,
        errors: [],
        warnings,
        changes: diffAllowlists(base, head),
        ...(input.exposures ? { impact: { ...impactOf(input.exposures.list, base, head, evaluateOptions), from: input.exposures.from } } : {}),
        exitCode: input.strict && warnings.length > 0 ? 2 : 0,
    };
}


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ exposuresFromReport),
/* harmony export */   h: () => (/* binding */ exposuresFromIssues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4146);
/* harmony import */ var _normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5143);
// The latest known exposures, for check mode's impact preview without AWS credentials (fork
// pull requests get no OIDC token): from a saved report, or from the open issues' markers.



function exposuresFromReport(document) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(document) || !Array.isArray(document.exposures))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('is not a Portwarden report: it has no "exposures" list');
    return document.exposures.map((item, index) => {
        const e = item;
        const from = Number(e.ports?.from);
        const to = Number(e.ports?.to);
        if (typeof e.accountId !== 'string' ||
            typeof e.region !== 'string' ||
            typeof e.resource?.id !== 'string' ||
            (e.protocol !== 'tcp' && e.protocol !== 'udp') ||
            !Number.isInteger(from) ||
            !Number.isInteger(to)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`exposure ${index} lacks account, region, instance, protocol or ports`);
        }
        const tags = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(e.resource.tags) ? e.resource.tags : {};
        return {
            accountId: e.accountId,
            region: e.region,
            resource: {
                type: 'ec2-instance',
                id: e.resource.id,
                ...(typeof e.resource.name === 'string' ? { name: e.resource.name } : {}),
                tags,
            },
            protocol: e.protocol,
            ports: { from, to },
            severity: _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.includes((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(e.severity)) ? e.severity : 'informational',
            title: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(e.title ?? ''),
            reachability: e.reachability === 'private' ? 'private' : 'internet',
            path: Array.isArray(e.path) ? e.path.map(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1) : [],
            sources: Array.isArray(e.sources) ? e.sources : [],
            findingIds: [],
        };
    });
}
/** Open issues are the unexpected exposures as of the last scheduled run. */
function exposuresFromIssues(issues) {
    return issues
        .filter((i) => i.state === 'open')
        .map((i) => ({
        accountId: i.identity.accountId,
        region: i.identity.region,
        resource: {
            type: 'ec2-instance',
            id: i.identity.resourceId,
            ...(i.material.name ? { name: i.material.name } : {}),
            tags: { ...(i.material.name ? { Name: i.material.name } : {}), ...i.tags },
        },
        protocol: i.identity.protocol,
        ports: i.identity.ports,
        severity: i.material.severity,
        title: i.title,
        reachability: i.material.reachability,
        path: i.material.path,
        sources: i.sources,
        findingIds: [],
    }));
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

/***/ 5119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ renderCheckMarkdown),
/* harmony export */   oj: () => (/* binding */ CHECK_COMMENT_MARKER)
/* harmony export */ });
/* unused harmony export renderCheckText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);


const CHECK_COMMENT_MARKER = '<!-- portwarden:check -->';
/** Items shown per section; the job summary and the log have them all. */
const MOST_ITEMS = 50;
/** GitHub refuses a comment or pull-request body over 65,536 characters. */
const MARKDOWN_LIMIT = 60_000;
/** At most MOST_ITEMS lines of a list, then how many more there are. Loops: lists can be huge. */
function capped(out, items, line, indent = '') {
    for (let i = 0; i < Math.min(items.length, MOST_ITEMS); i++)
        out.push(line(items[i]));
    if (items.length > MOST_ITEMS)
        out.push(`${indent}- … and ${items.length - MOST_ITEMS} more (the job summary and the log list them all)`);
}
/**
 * The check as markdown for the sticky comment, the job summary and accept mode's pull
 * request. Bounded: an allowlist of thousands of rules, or a change that closes thousands of
 * issues, must not make the comment too long for GitHub (and the check fail on every pull request).
 */
function renderCheckMarkdown(result, strict) {
    const text = renderUnbounded(result, strict);
    return text.length <= MARKDOWN_LIMIT
        ? text
        : `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(text, MARKDOWN_LIMIT)}\n\n_(cut to fit GitHub's limit: the job summary and the log have everything)_`;
}
function renderUnbounded(result, strict) {
    const out = [CHECK_COMMENT_MARKER, '## Portwarden allowlist check', ''];
    const verdict = result.errors.length > 0
        ? `**${result.errors.length} error(s)**: this allowlist cannot be used.`
        : result.warnings.length > 0
            ? `${result.warnings.length} warning(s)${strict ? ' (strict: they fail the check)' : ''}.`
            : 'No problems found.';
    out.push(verdict, '');
    if (result.errors.length > 0) {
        out.push('### Errors', '');
        capped(out, result.errors, (p) => `- \`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(result.file)}:${p.line}:${p.column}\` ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(p.message, 400)}`);
        out.push('');
    }
    if (result.warnings.length > 0) {
        out.push('### Risky rules', '');
        capped(out, result.warnings, (w) => `- line ${w.line}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(w.message, 400)}`);
        out.push('');
    }
    if (result.changes.length > 0) {
        out.push('### Rule changes', '', '| Rule | Change | Newly allowed | No longer allowed | Other |', '| --- | --- | --- | --- | --- |');
        for (const c of result.changes.slice(0, MOST_ITEMS))
            out.push(`| \`${c.ruleId}\` | ${c.kind} | ${ports(c.newlyAllowed)} | ${ports(c.noLongerAllowed)} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c.otherChanges.join('; '))} |`);
        if (result.changes.length > MOST_ITEMS)
            out.push(`| … | ${result.changes.length - MOST_ITEMS} more | | | |`);
        out.push('');
    }
    else if (result.errors.length === 0) {
        out.push('No rule changes.', '');
    }
    if (result.impact) {
        const i = result.impact;
        // `from` is markdown made by our own code (it may link the run whose report it used).
        out.push(`### Impact on the ${i.exposuresConsidered} exposures of ${i.from}`, '');
        out.push(i.wouldClose.length === 0 ? '- No open issue would close.' : `- **${i.wouldClose.length} open issue(s) would close** (now allowed):`);
        capped(out, i.wouldClose, (x) => `  - ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(x.what)} by ${x.rules.map((r) => `\`${r}\``).join(', ')}`, '  ');
        out.push(i.wouldOpen.length === 0
            ? '- No expected exposure would become unexpected.'
            : `- **${i.wouldOpen.length} exposure(s) would become unexpected** (new issues after merge):`);
        capped(out, i.wouldOpen, (x) => `  - ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(x.what)} (was allowed by ${x.rules.map((r) => `\`${r}\``).join(', ')})`, '  ');
        out.push('');
    }
    return out.join('\n');
}
function renderCheckText(result) {
    const out = [];
    for (const p of result.errors)
        out.push(`error   ${formatProblem({ ...p, file: result.file })}`);
    for (const w of result.warnings)
        out.push(`warning ${result.file}:${w.line}: ${w.message}`);
    if (result.changes.length > 0)
        out.push('', 'Rule changes:');
    for (const c of result.changes)
        out.push(`  ${c.kind.padEnd(8)} ${c.ruleId}${describe(c)}`);
    if (result.impact) {
        const i = result.impact;
        out.push('', `Impact on ${i.exposuresConsidered} exposures of ${i.from}: ${i.wouldClose.length} issue(s) would close, ${i.wouldOpen.length} exposure(s) would become unexpected.`);
        for (const x of i.wouldClose)
            out.push(`  would close: ${x.what} (${x.rules.join(', ')})`);
        for (const x of i.wouldOpen)
            out.push(`  would open:  ${x.what}`);
    }
    out.push('', `${result.errors.length} error(s), ${result.warnings.length} warning(s), ${result.changes.length} rule change(s).`);
    return out.join('\n');
}
function ports(byProtocol) {
    return Object.entries(byProtocol)
        .map(([p, r]) => `${p.toUpperCase()} ${r}`)
        .join('; ');
}
function describe(c) {
    const parts = [
        ports(c.newlyAllowed) && `+${ports(c.newlyAllowed)}`,
        ports(c.noLongerAllowed) && `-${ports(c.noLongerAllowed)}`,
        ...c.otherChanges,
    ].filter(Boolean);
    return parts.length ? `: ${parts.join('; ')}` : '';
}


/***/ }),

/***/ 129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ latestReportExposures)
});

// EXTERNAL MODULE: ./src/core/accounts.ts
var accounts = __webpack_require__(3871);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/findings/known-exposures.ts
var known_exposures = __webpack_require__(1038);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/github/zip.ts
// Reads one file out of a zip archive (what the artifacts API serves). Upload-artifact writes
// sizes only in the central directory, so read that, not the local headers' sizes.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function readZipEntry(zip, wanted) {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
        if (zip.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new Error('not a zip archive (no end of central directory)');
    const entries = zip.readUInt16LE(eocd + 10);
    let at = zip.readUInt32LE(eocd + 16);
    for (let n = 0; n < entries; n++) {
        if (zip.readUInt32LE(at) !== CENTRAL)
            throw new Error('corrupt zip central directory');
        const method = zip.readUInt16LE(at + 10);
        const compressedSize = zip.readUInt32LE(at + 20);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const localOffset = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (!wanted(name))
            continue;
        if (zip.readUInt32LE(localOffset) !== LOCAL)
            throw new Error(`corrupt zip entry ${name}`);
        const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const raw = zip.subarray(start, start + compressedSize);
        if (method === 0)
            return { name, data: Buffer.from(raw) };
        if (method === 8)
            return { name, data: (0,external_node_zlib_.inflateRawSync)(raw) };
        throw new Error(`zip entry ${name} uses compression method ${method}`);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/github/report-artifact.ts
// The scheduled workflow's latest `portwarden-report` artifact: the exposures check mode
// previews an allowlist change against, with no AWS credentials (fork pull requests).
//
// Any workflow run can upload an artifact of that name, the pull request's own included (an
// empty report would make the preview say "no issue would close"), and as many of them as it
// likes. So the artifact is looked up from the runs, not the runs from the artifacts: the
// latest successful `schedule` or `workflow_dispatch` runs on the default branch of this
// repository, and that run's own artifact of the name.





const TRUSTED_EVENTS = ['schedule', 'workflow_dispatch'];
/** Trusted runs looked at, newest first, for one that still has its artifact. */
const MOST_RUNS = 5;
async function latestReportExposures(github, target, name, now) {
    try {
        const repository = (await github.rest.repos.get({ ...target })).data;
        const branch = repository.default_branch;
        const runs = [];
        for (const event of TRUSTED_EVENTS) {
            const { data } = await github.rest.actions.listWorkflowRunsForRepo({
                ...target,
                branch,
                event,
                status: 'success',
                per_page: MOST_RUNS,
            });
            runs.push(...data.workflow_runs.slice(0, MOST_RUNS));
        }
        // The filters are the server's; each is checked again on the run itself.
        const trusted = runs
            .filter((run) => TRUSTED_EVENTS.includes(run.event) && run.conclusion === 'success' && run.head_branch === branch)
            .filter((run) => run.head_repository?.full_name === repository.full_name && run.repository.full_name === repository.full_name)
            .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
            .slice(0, MOST_RUNS);
        let missing;
        for (const run of trusted) {
            const { data } = await github.rest.actions.listWorkflowRunArtifacts({ ...target, run_id: run.id, per_page: 100 });
            const live = data.artifacts.filter((a) => !a.expired);
            const whole = (0,accounts/* wholeReportArtifacts */.nR)(live.map((a) => a.name), name);
            if (!whole)
                continue;
            if ('missing' in whole) {
                missing ??= `run ${run.id}: ${whole.missing}`;
                continue;
            }
            const list = await downloadExposures(github, target, live, whole.names);
            if (typeof list === 'string')
                return { ok: false, why: `artifact "${list}" of run ${run.id} holds no JSON report` };
            const age = ageText(now.getTime() - Date.parse(run.updated_at));
            const what = whole.names.length === 1 ? `the "${name}" artifact` : `the ${whole.names.length} "${name}-k-of-n" shard artifacts`;
            return {
                ok: true,
                from: `${what} of ${run.event} run [#${run.run_number}](${run.html_url}) on ${(0,core_text/* markdownText */.p7)(branch)}, ${age} old`,
                list,
            };
        }
        return {
            ok: false,
            why: trusted.length === 0
                ? `no successful scheduled run on ${branch}`
                : `no unexpired "${name}" artifact${missing ? ` (${missing})` : ''} in the last ${trusted.length} successful scheduled run(s) on ${branch}`,
        };
    }
    catch (error) {
        return { ok: false, why: `cannot read the "${name}" artifact: ${(0,errors/* messageOf */.bD)(error)}` };
    }
}
/** Every named artifact's exposures, or the name of one that holds no report. */
async function downloadExposures(github, target, artifacts, names) {
    const list = [];
    for (const name of names) {
        const artifact = artifacts.find((a) => a.name === name);
        const download = await github.rest.actions.downloadArtifact({ ...target, artifact_id: artifact.id, archive_format: 'zip' });
        const entry = readZipEntry(Buffer.from(download.data), (file) => file.endsWith('.json'));
        if (!entry)
            return name;
        for (const exposure of (0,known_exposures/* exposuresFromReport */.J)(JSON.parse(entry.data.toString('utf8'))))
            list.push(exposure);
    }
    return list;
}
function ageText(ms) {
    const hours = Math.max(0, Math.round(ms / 3_600_000));
    return hours < 48 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.round(hours / 24)} days`;
}


/***/ }),

/***/ 651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ defaultBranchHead),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   kp: () => (/* binding */ roleOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
// Reads of the repository itself: files at a ref, the default branch, a person's role.


/** A file's text at `ref`; `undefined` when the file (or the ref) does not exist. */
async function readFileAt(github, target, path, ref, 
/** Check mode compares with whatever the base had: a directory or submodule there is no allowlist. */
nonFile = 'error') {
    try {
        const { data } = await github.rest.repos.getContent({ ...target, path: path.replace(/^\.\//, ''), ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
            if (nonFile === 'absent')
                return undefined;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${path} is not a file at ${ref}`);
        }
        return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 404)
            return undefined;
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`cannot read ${path} at ${ref}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`);
    }
}
async function defaultBranchHead(github, target) {
    const branch = (await github.rest.repos.get({ ...target })).data.default_branch;
    const sha = (await github.rest.git.getRef({ ...target, ref: `heads/${branch}` })).data.object.sha;
    return { branch, sha };
}
/** admin, maintain, write, triage, read or none. */
async function roleOf(github, target, login) {
    return (await github.rest.repos.getCollaboratorPermissionLevel({ ...target, username: login })).data.role_name;
}


/***/ })

};
