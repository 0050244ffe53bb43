export const id = 266;
export const ids = [266];
export const modules = {

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

/***/ 6266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/allowlist/evaluate.ts + 2 modules
var evaluate = __webpack_require__(4195);
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

// EXTERNAL MODULE: ./src/core/allowlist/load.ts + 3 modules
var load = __webpack_require__(8012);
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

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
// EXTERNAL MODULE: ./src/core/findings/normalize-shared.ts
var normalize_shared = __webpack_require__(5143);
;// CONCATENATED MODULE: ./src/core/findings/known-exposures.ts
// The latest known exposures, for check mode's impact preview without AWS credentials (fork
// pull requests get no OIDC token): from a saved report, or from the open issues' markers.



function exposuresFromReport(document) {
    if (!(0,normalize_shared/* isObject */.Gv)(document) || !Array.isArray(document.exposures))
        throw new errors/* FindingShapeError */.LA('is not a Portwarden report: it has no "exposures" list');
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
            throw new errors/* FindingShapeError */.LA(`exposure ${index} lacks account, region, instance, protocol or ports`);
        }
        const tags = (0,normalize_shared/* isObject */.Gv)(e.resource.tags) ? e.resource.tags : {};
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
            severity: model/* SEVERITIES */.oC.includes((0,normalize_shared/* asText */.e1)(e.severity)) ? e.severity : 'informational',
            title: (0,normalize_shared/* asText */.e1)(e.title ?? ''),
            reachability: e.reachability === 'private' ? 'private' : 'internet',
            path: Array.isArray(e.path) ? e.path.map(normalize_shared/* asText */.e1) : [],
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

;// CONCATENATED MODULE: ./src/core/report/check-render.ts


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
        : `${clip(text, MARKDOWN_LIMIT)}\n\n_(cut to fit GitHub's limit: the job summary and the log have everything)_`;
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
        capped(out, result.errors, (p) => `- \`${markdownText(result.file)}:${p.line}:${p.column}\` ${markdownText(p.message, 400)}`);
        out.push('');
    }
    if (result.warnings.length > 0) {
        out.push('### Risky rules', '');
        capped(out, result.warnings, (w) => `- line ${w.line}: ${markdownText(w.message, 400)}`);
        out.push('');
    }
    if (result.changes.length > 0) {
        out.push('### Rule changes', '', '| Rule | Change | Newly allowed | No longer allowed | Other |', '| --- | --- | --- | --- | --- |');
        for (const c of result.changes.slice(0, MOST_ITEMS))
            out.push(`| \`${c.ruleId}\` | ${c.kind} | ${check_render_ports(c.newlyAllowed)} | ${check_render_ports(c.noLongerAllowed)} | ${markdownText(c.otherChanges.join('; '))} |`);
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
        capped(out, i.wouldClose, (x) => `  - ${markdownText(x.what)} by ${x.rules.map((r) => `\`${r}\``).join(', ')}`, '  ');
        out.push(i.wouldOpen.length === 0
            ? '- No expected exposure would become unexpected.'
            : `- **${i.wouldOpen.length} exposure(s) would become unexpected** (new issues after merge):`);
        capped(out, i.wouldOpen, (x) => `  - ${markdownText(x.what)} (was allowed by ${x.rules.map((r) => `\`${r}\``).join(', ')})`, '  ');
        out.push('');
    }
    return out.join('\n');
}
function renderCheckText(result) {
    const out = [];
    for (const p of result.errors)
        out.push(`error   ${(0,errors/* formatProblem */.Vw)({ ...p, file: result.file })}`);
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
function check_render_ports(byProtocol) {
    return Object.entries(byProtocol)
        .map(([p, r]) => `${p.toUpperCase()} ${r}`)
        .join('; ');
}
function describe(c) {
    const parts = [
        check_render_ports(c.newlyAllowed) && `+${check_render_ports(c.newlyAllowed)}`,
        check_render_ports(c.noLongerAllowed) && `-${check_render_ports(c.noLongerAllowed)}`,
        ...c.otherChanges,
    ].filter(Boolean);
    return parts.length ? `: ${parts.join('; ')}` : '';
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/files/read-text.ts
var read_text = __webpack_require__(1499);
;// CONCATENATED MODULE: ./src/modes/check/cli.ts
// `portwarden check`: the same check as the pull-request one, from files.






async function checkCommand(options, files) {
    const read = (path, what) => (0,read_text/* readText */.y)(path, (code) => new errors/* ConfigError */.xL(`${what}: cannot read "${path}" (${code})`));
    const result = checkAllowlist({
        headFile: files.allowlist,
        headText: await read(files.allowlist, 'allowlist'),
        ...(files.base === undefined ? {} : { baseText: await read(files.base, '--base') }),
        ...(files.report === undefined
            ? {}
            : { exposures: { from: (0,core_text/* markdownText */.p7)(files.report), list: await reportExposures(files.report, read) } }),
        lint: options.lint,
        strict: options.check.strict,
    });
    process.stdout.write(`${renderCheckText(result)}\n`);
    return result.exitCode;
}
async function reportExposures(path, read) {
    const text = await read(path, '--report');
    try {
        return exposuresFromReport(JSON.parse(text));
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`--report: ${path} ${(0,errors/* messageOf */.bD)(error)}`);
    }
}


/***/ })

};
