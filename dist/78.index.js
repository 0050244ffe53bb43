export const id = 78;
export const ids = [78];
export const modules = {

/***/ 5783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ normalizeInspector2Finding),
/* harmony export */   T: () => (/* binding */ isInspector2Finding)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4119);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2766);
/* harmony import */ var _normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5143);
// Inspector v2 findings (ListFindings items, EventBridge `detail`) -> exposures.
// Keyed on `networkReachabilityDetails`, never on the title, whose wording for ranges and
// non-internet paths is undocumented.




const SEVERITY = {
    CRITICAL: 'critical',
    HIGH: 'high',
    MEDIUM: 'medium',
    LOW: 'low',
    INFORMATIONAL: 'informational',
    UNTRIAGED: 'informational',
};
const INTERNET_EDGE = /internet\s*gateway/i;
const PRIVATE_EDGE = /peering|vpn|virtual\s*private\s*gateway|transit\s*gateway|direct\s*connect/i;
function isInspector2Finding(value) {
    return (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) && typeof value.findingArn === 'string' && value.findingArn.includes(':inspector2:');
}
function normalizeInspector2Finding(finding) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(finding))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('finding is not an object');
    const arn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)(finding.findingArn, 'findingArn');
    if (finding.type !== 'NETWORK_REACHABILITY')
        return { kind: 'skipped', reason: `type ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.type)}` };
    if (finding.status !== undefined && finding.status !== 'ACTIVE') {
        return { kind: 'skipped', reason: `status ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.status)}` };
    }
    const resource = (Array.isArray(finding.resources) ? finding.resources : []).find(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv);
    if (!resource)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('resources is empty');
    if (resource.type !== 'AWS_EC2_INSTANCE')
        return { kind: 'skipped', reason: `resource type ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(resource.type)}` };
    const details = finding.networkReachabilityDetails;
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(details))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('networkReachabilityDetails is missing');
    const fromArn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .arnParts */ .wo)(arn);
    const accountId = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.awsAccountId) ?? fromArn?.accountId;
    const region = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(resource.region) ?? fromArn?.region;
    if (!accountId || !region)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('account or region missing and not in findingArn');
    const tags = readTags(resource.tags);
    const steps = readSteps(details.networkPath);
    const severityText = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.severity ?? '').toUpperCase();
    const severity = SEVERITY[severityText];
    if (!severity)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`severity "${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.severity)}" is not one of ${Object.keys(SEVERITY).join(', ')}`);
    return {
        kind: 'exposure',
        exposure: {
            accountId,
            region,
            resource: { type: 'ec2-instance', id: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)(resource.id, 'resources[0].id'), name: tags.Name, tags },
            protocol: readProtocol(details.protocol),
            ports: readPortRange(details.openPortRange),
            severity,
            title: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.title) ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.description) ?? arn,
            // Private only when the path names a private edge and no internet gateway: no path, or
            // components named otherwise, count as internet (a false alarm costs less than a hidden port).
            reachability: steps.some((s) => INTERNET_EDGE.test(s.type)) || !steps.some((s) => PRIVATE_EDGE.test(s.type)) ? 'internet' : 'private',
            path: steps.map((s) => s.id),
            sources: ['inspector2'],
            findingIds: [arn],
            firstSeen: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(finding.firstObservedAt),
            lastSeen: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(finding.lastObservedAt),
        },
    };
}
function readTags(value) {
    return (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) ? Object.entries(value).flatMap(([key, tag]) => (typeof tag === 'string' ? [[key, tag]] : [])) : []);
}
function readSteps(path) {
    const steps = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(path) && Array.isArray(path.steps) ? path.steps : [];
    return steps.filter(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv).map((s) => ({ id: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(s.componentId ?? ''), type: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(s.componentType ?? '') }));
}
function readProtocol(value) {
    const protocol = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(value ?? '').toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`networkReachabilityDetails.protocol "${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(value)}" is not TCP or UDP`);
    }
    return protocol;
}
function readPortRange(value) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('networkReachabilityDetails.openPortRange is missing');
    const from = portNumber(value.begin);
    const to = portNumber(value.end);
    if (from === undefined || to === undefined || from > to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`openPortRange ${JSON.stringify(value)} is not a range within 0-${_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PORT */ .XP}`);
    }
    return { from, to };
}
/**
 * A port is a whole number 0-65535, or its digits as text (`"22 "`). `Number()` would read
 * `null`, `""`, `false` and `[]` as port 0 and report a range nobody has.
 */
function portNumber(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= 0 && value <= _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PORT */ .XP ? value : undefined;
    if (typeof value === 'string' && /^\s*\d{1,5}\s*$/.test(value))
        return Number(value) <= _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PORT */ .XP ? Number(value) : undefined;
    return undefined;
}


/***/ }),

/***/ 8181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadAllowlistFile),
/* harmony export */   t: () => (/* binding */ readAllowlistText)
/* harmony export */ });
/* harmony import */ var _core_allowlist_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6203);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1499);



async function readAllowlistText(path, hint) {
    return (0,_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .y)(path, (code) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`allowlist: cannot read "${path}" (${code}): ${hint}`));
}
/** The allowlist first: a bad one must stop a run before anything else happens. */
async function loadAllowlistFile(path) {
    return (0,_core_allowlist_load_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllowlist */ .J)(await readAllowlistText(path, 'create it (see README#allowlist-format) or set the allowlist path'), path);
}


/***/ }),

/***/ 1499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Reads a UTF-8 text file; a failure to read becomes the caller's error, told the errno code
 * (ENOENT...). A UTF-8 byte order mark is dropped (RFC 8259 lets a parser ignore it, and
 * PowerShell writes one); UTF-16, which `Out-File` wrote by default for years, is refused
 * with what to do.
 */
async function readText(path, failure) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (error) {
        throw failure(error.code ?? String(error));
    }
    const encoding = utf16Of(bytes);
    if (encoding) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the file is ${encoding}, not UTF-8: save it as UTF-8 (PowerShell: Out-File -Encoding utf8; iconv -f ${encoding === 'UTF-16LE' ? 'UTF-16LE' : 'UTF-16BE'} -t UTF-8)`);
    }
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
/** UTF-16 by its byte order mark, or by the zero bytes every ASCII character gets in it. */
function utf16Of(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'UTF-16LE';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'UTF-16BE';
    if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0)
        return 'UTF-16LE';
    if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0)
        return 'UTF-16BE';
    return undefined;
}


/***/ }),

/***/ 2684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/core/issues/marker.ts
var issues_marker = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/core/issues/plan.ts + 2 modules
var issues_plan = __webpack_require__(1524);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/findings/fingerprint.ts
var fingerprint = __webpack_require__(1662);
;// CONCATENATED MODULE: ./src/core/issues/render.ts






const SEVERITY_COLORS = {
    critical: 'b60205',
    high: 'd93f0b',
    medium: 'fbca04',
    low: 'c5def5',
    informational: 'ededed',
};
/** GitHub's limits, in characters. */
const GITHUB_LIMITS = { title: 256, body: 65_536 };
/** Room kept in every body for the note a close adds on top. */
const CLOSING_NOTE_ROOM = 3_000;
const NOTE_LIMIT = 2_500;
/** Titles render little markdown, but `@name` and `#12` still link. */
function titleText(text, maxLength) {
    return (0,core_text/* withoutAutolinks */.h6)((0,core_text/* plainText */.wh)(text, maxLength));
}
/** A port list for prose: long lists (thousands of gaps) are summarised, not spelled out. */
function portsText(ranges, maxLength) {
    const all = (0,ports/* formatRanges */.Gk)(ranges);
    if (all.length <= maxLength)
        return all;
    return `${ranges.length} ranges in ${ranges[0].from}-${ranges[ranges.length - 1].to}`;
}
function renderTitle(verdict) {
    const e = verdict.exposure;
    const plural = verdict.uncovered.length > 1 || verdict.uncovered.some((r) => r.from !== r.to) ? 'ports' : 'port';
    const id = titleText(e.resource.id, 64);
    const where = e.resource.name ? `${titleText(e.resource.name, 60)} (${id})` : id;
    const title = `Unexpected open ${plural} ${e.protocol.toUpperCase()} ${portsText(verdict.uncovered, 60)} on ${where} in ${titleText(e.accountId, 20)}/${titleText(e.region, 30)}`;
    return (0,core_text/* clip */.$Q)(title, GITHUB_LIMITS.title);
}
function labelsFor(verdict, options, keep = []) {
    const kept = keep.filter((l) => !l.startsWith('severity:') && l !== issues_plan/* PORTWARDEN_LABEL */.uF);
    return [...new Set([issues_plan/* PORTWARDEN_LABEL */.uF, `severity:${verdict.exposure.severity}`, ...options.labels, ...kept])];
}
/** The hidden marker of a verdict's issue: in the body, and once more in the identity comment. */
function markerFor(verdict, previousSources = []) {
    const e = verdict.exposure;
    return (0,issues_marker/* encodeMarker */.$N)({
        v: 1,
        fingerprint: verdict.fingerprint,
        identity: (0,fingerprint/* identityOf */.cu)(e),
        sources: [...new Set([...previousSources, ...e.sources])].sort(),
        material: (0,issues_plan/* materialOf */.Vo)(verdict),
        tags: e.resource.tags,
    });
}
/**
 * `previousSources`: the sources an existing issue recorded. The marker keeps their union, so
 * a source that failed this run stays one whose complete scan is needed before a close.
 */
function renderBody(verdict, options, closingNote, previousSources = []) {
    const e = verdict.exposure;
    const md = (text, max = 200) => (0,core_text/* markdownText */.p7)(text, max);
    const unexpectedPorts = portsText(verdict.uncovered, 1_000);
    const ruleList = (ids) => listText(ids.map((r) => (0,core_text/* codeSpan */.SS)(r)), 10);
    const partly = verdict.allowed.length > 0
        ? ` (${portsText(verdict.allowed, 500)} of ${(0,ports/* formatRange */.Lu)(e.ports)} allowed by ${ruleList(verdict.rules) || 'the allow tag'})`
        : '';
    const path = e.path.length > 0
        ? listText(e.path.map((p) => (0,core_text/* codeSpan */.SS)(p, 64)), 20, ' → ')
        : '_(not reported)_';
    const lines = [
        ...(closingNote ? [`> [!NOTE]`, `> ${(0,core_text/* clip */.$Q)(closingNote, NOTE_LIMIT)}`, ''] : []),
        `**${e.protocol.toUpperCase()} ${unexpectedPorts}** is open to the ${e.reachability === 'internet' ? 'internet' : 'private network'} on an instance, and no allowlist rule expects it${partly}.`,
        '',
        '| | |',
        '| --- | --- |',
        `| Account / region | ${md(e.accountId, 40)} / ${md(e.region, 40)} |`,
        `| Instance | ${(0,core_text/* codeSpan */.SS)(e.resource.id, 256)}${e.instanceState ? ` (${e.instanceState})` : ''} |`,
        `| Name | ${e.resource.name ? md(e.resource.name, 256) : '_(no Name tag)_'} |`,
        `| Tags | ${tagsText(e.resource.tags) || '_(none)_'} |`,
        `| Protocol / ports | ${e.protocol.toUpperCase()} ${(0,ports/* formatRange */.Lu)(e.ports)} reported, ${unexpectedPorts} unexpected |`,
        `| Severity | ${e.severity} |`,
        `| Source | ${e.sources.join(', ')}: ${md(e.title)} |`,
        `| Network path | ${path} |`,
        `| First / last seen | ${md(e.firstSeen ?? '?', 40)} / ${md(e.lastSeen ?? '?', 40)} |`,
        ...(verdict.expiredRules.length > 0 ? [`| Expired rules | ${ruleList(verdict.expiredRules)} (renew to allow again) |`] : []),
        '',
        '### How to close it',
        '',
        `- If nothing should listen there, remove the ingress for ${e.protocol.toUpperCase()} ${unexpectedPorts} from the security groups on the path (or the network ACL). The next scan closes this issue.`,
        '- If the port is expected, add a rule to `allowlist.json` in a pull request. Closing this issue by hand does not silence it: it reopens while the port stays open.',
        '',
        '<details><summary>Ready-to-paste allowlist rule</summary>',
        '',
        '```json',
        suggestedRule(verdict, options.today),
        '```',
        '',
        '</details>',
        '',
    ];
    return fitBody(lines.join('\n'), markerFor(verdict, previousSources));
}
/**
 * The visible part, cut if it must be so the marker always fits with room for a closing
 * note. With the bounds above it never is; this keeps the limit a property of the code.
 */
function fitBody(visible, marker) {
    const room = GITHUB_LIMITS.body - CLOSING_NOTE_ROOM - marker.length - 2;
    return `${visible.length <= room ? visible : `${(0,core_text/* clip */.$Q)(visible, room - 40)}\n\n_(cut to fit GitHub's limit)_`}\n${marker}`;
}
/** Tag keys and values as code spans, as many as fit 2,000 characters. */
function tagsText(tags) {
    const entries = Object.entries(tags);
    const shown = [];
    let used = 0;
    for (const [key, value] of entries) {
        const text = `${(0,core_text/* codeSpan */.SS)(key, 64)}=${(0,core_text/* codeSpan */.SS)(value, 128)}`;
        if (used + text.length > 2_000)
            break;
        used += text.length + 2;
        shown.push(text);
    }
    return shown.length < entries.length ? `${shown.join(', ')} and ${entries.length - shown.length} more` : shown.join(', ');
}
function listText(items, most, separator = ', ') {
    return items.length <= most
        ? items.join(separator)
        : `${items.slice(0, most).join(separator)}${separator}… and ${items.length - most} more`;
}
/** At most this many ranges in a suggested rule; past it, a rule is better written by hand. */
const SUGGESTED_RANGES = 200;
function suggestedRule(verdict, today) {
    const e = verdict.exposure;
    if (verdict.uncovered.length > SUGGESTED_RANGES)
        return `// ${verdict.uncovered.length} separate ranges: too many to suggest one rule; allow the range you expect instead.`;
    const id = `${(e.resource.name ?? e.resource.id)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40) || 'instance'}-${e.protocol}-${(0,core_text/* clip */.$Q)((0,ports/* formatRanges */.Gk)(verdict.uncovered).replace(/, /g, '_'), 50).replace(/…$/, '')}`;
    const rule = {
        id,
        match: { accounts: [(0,core_text/* clip */.$Q)(e.accountId, 64)], regions: [(0,core_text/* clip */.$Q)(e.region, 64)], instanceIds: [(0,core_text/* clip */.$Q)(e.resource.id, 256)] },
        allow: { [e.protocol]: verdict.uncovered.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)) },
        reason: 'TODO: why this port must be reachable from the internet',
        owner: '@your-org/your-team',
        expires: (0,dates/* addDays */.f)(today, 90),
    };
    // Backticks cannot close the code fence once JSON-escaped.
    return JSON.stringify(rule, null, 2).replace(/`/g, '\\u0060');
}
const NOTE_PREFIX = '> [!NOTE]\n> Closed by Portwarden:';
/**
 * A closed issue's body: the closing note on top (replacing an earlier one), the rest as it
 * was, and the marker at the end, written again from what planning read (so a marker restored
 * from the identity comment is back in the body). A body a person made long is cut to fit.
 */
function renderClosedBody(issue, note) {
    const markerAt = issue.body.lastIndexOf(issues_marker/* MARKER_PREFIX */.Km);
    let visible = markerAt >= 0 ? issue.body.slice(0, markerAt).trimEnd() : issue.body;
    if (visible.startsWith(NOTE_PREFIX))
        visible = visible.slice(visible.indexOf('\n\n') + 2);
    const marker = (0,issues_marker/* encodeMarker */.$N)({
        v: 1,
        fingerprint: issue.fingerprint,
        identity: issue.identity,
        sources: issue.sources,
        material: issue.material,
        ...(issue.tags ? { tags: issue.tags } : {}),
    });
    return fitBody(`> [!NOTE]\n> ${(0,core_text/* clip */.$Q)(note, NOTE_LIMIT)}\n\n${visible}\n`, marker);
}

;// CONCATENATED MODULE: ./src/core/issues/comments.ts


/**
 * Portwarden's first comment on a new issue: a second copy of the marker where only
 * Portwarden writes, so an issue whose body a person edited (marker removed) is still
 * recognised, not duplicated.
 */
function renderIdentityComment(verdict) {
    return `Portwarden tracks this issue by the identity below (account, region, instance, protocol and port range), not by its title or text. Only an allowlist rule silences it.\n\n${markerFor(verdict)}`;
}
function renderActionComment(action) {
    switch (action.kind) {
        case 'close':
            return `Closing: ${closeSentence(action)}.`;
        case 'reopen':
            return action.reason === 'reappeared-after-manual-close'
                ? `Reopening: ${portText(action.verdict)} is open again. This issue was closed by hand, but only an allowlist rule (a reviewed pull request to \`allowlist.json\`) silences an alert; set \`reopen-manually-closed: false\` to let "close as not planned" acknowledge it instead.`
                : `Reopening: ${portText(action.verdict)} is open again.`;
        default:
            return undefined;
    }
}
function closingNoteFor(action) {
    return (0,core_text/* clip */.$Q)(`Closed by Portwarden: ${closeSentence(action)}.`, NOTE_LIMIT);
}
function closeSentence(action) {
    // Details hold ids from AWS and the allowlist's reviewed reasons: escaped like any AWS text.
    // Only our own `duplicate of #12` must still link.
    // Backticks and parentheses stay (rule ids are shown as code); markup, links and references go.
    const detail = action.reason === 'duplicate'
        ? (0,core_text/* plainText */.wh)(action.detail, 100)
        : (0,core_text/* withoutAutolinks */.h6)((0,core_text/* plainText */.wh)(action.detail, 2_000)).replace(/[<>[\]|]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    switch (action.reason) {
        case 'gone':
            return `the port is closed (${detail})`;
        case 'terminated':
            return `the ${detail}`;
        default:
            return detail;
    }
}
function portText(verdict) {
    const e = verdict.exposure;
    return `${e.protocol.toUpperCase()} ${portsText(verdict.uncovered, 1_000)} on ${(0,core_text/* codeSpan */.SS)(e.resource.id, 256)}`;
}

;// CONCATENATED MODULE: ./src/github/apply-plan.ts
// Applies an issue plan item by item; a failed item is recorded and the rest go on, and every
// step is safe to repeat, so the next run converges to one issue per port whatever failed
// half-way.








async function applyPlan(plan, github, target, options, sleep, own) {
    const results = [];
    if (plan.actions.length === 0)
        return results;
    // The plan fits max-writes; labels it could not foresee are spent from the same budget, and
    // an action is started only when all of its writes still fit, never cut half-way.
    let remaining = options.maxWrites;
    try {
        remaining -= await ensureLabels(github, target, plan, options, remaining);
    }
    catch (error) {
        return plan.actions.map((action) => ({ action, ok: false, error: `could not create labels: ${(0,errors/* messageOf */.bD)(error)}` }));
    }
    for (const action of plan.actions) {
        if ((0,issues_plan/* writeCost */.Tb)(action) > remaining)
            remaining = 0;
        if (remaining === 0) {
            results.push({ action, ok: false, deferred: `max-writes (${options.maxWrites}) reached` });
            continue;
        }
        remaining -= (0,issues_plan/* writeCost */.Tb)(action);
        try {
            results.push({ action, ok: true, issueNumber: await applyOne(action, github, target, options, sleep, own) });
        }
        catch (error) {
            results.push({ action, ok: false, error: `${(0,client/* statusOf */.c2)(error) ?? ''} ${(0,errors/* messageOf */.bD)(error)}`.trim() });
        }
    }
    return results;
}
async function applyOne(action, github, target, options, sleep, own) {
    switch (action.kind) {
        case 'create': {
            const params = {
                ...target,
                title: renderTitle(action.verdict),
                body: renderBody(action.verdict, options),
                labels: labelsFor(action.verdict, options),
                assignees: [...options.assignees],
            };
            const number = await (0,comments/* createOnce */.Ur)(() => github.rest.issues.create({ ...params, ...comments/* NO_BLIND_RETRY */.hv }).then((r) => r.data.number), () => findRecentIssue(github, target, action.fingerprint, own), sleep);
            await (0,comments/* postCommentOnce */.D5)(github, target, number, renderIdentityComment(action.verdict), sleep);
            return number;
        }
        case 'update':
        case 'reopen':
            await github.rest.issues.update({
                ...target,
                issue_number: action.issue.number,
                ...(action.kind === 'reopen' ? { state: 'open' } : {}),
                title: renderTitle(action.verdict),
                body: renderBody(action.verdict, options, undefined, action.issue.sources),
                labels: labelsFor(action.verdict, options, action.issue.labels),
            });
            if (action.kind === 'reopen')
                await comment(github, target, action, sleep);
            return action.issue.number;
        case 'close':
            // The state and the reason land in one idempotent PATCH; the comment only notifies.
            await github.rest.issues.update({
                ...target,
                issue_number: action.issue.number,
                state: 'closed',
                state_reason: action.reason === 'duplicate' ? 'duplicate' : 'completed',
                body: renderClosedBody(action.issue, closingNoteFor(action)),
            });
            await comment(github, target, action, sleep);
            return action.issue.number;
    }
}
async function comment(github, target, action, sleep) {
    const body = renderActionComment(action);
    if (body)
        await (0,comments/* postCommentOnce */.D5)(github, target, action.issue.number, body, sleep);
}
/** Only an issue our own account created can be the one a failed response hid: anyone can paste a marker. */
async function findRecentIssue(github, target, fingerprint, own) {
    const recent = await github.rest.issues.listForRepo({
        ...target,
        labels: issues_plan/* PORTWARDEN_LABEL */.uF,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: 30,
    });
    return recent.data.find((i) => (0,identity/* isOwn */.N)(i.user, own) && (0,issues_marker/* decodeMarker */.rH)(i.body)?.fingerprint === fingerprint)?.number;
}
/** Creates the labels the plan uses that the repository lacks; returns the writes it made. */
async function ensureLabels(github, target, plan, options, budget) {
    const wanted = new Set();
    for (const action of plan.actions)
        if (action.kind !== 'close')
            for (const label of labelsFor(action.verdict, options))
                wanted.add(label);
    if (wanted.size === 0)
        return 0;
    const existing = new Set((await github.paginate(github.rest.issues.listLabelsForRepo, { ...target, per_page: 100 })).map((l) => l.name));
    let writes = 0;
    for (const name of wanted) {
        if (existing.has(name))
            continue;
        // Out of budget: issues can still be created with the label, which GitHub then creates plainly.
        if (writes >= budget)
            break;
        writes += 1;
        const color = name === issues_plan/* PORTWARDEN_LABEL */.uF ? '5319e7' : (SEVERITY_COLORS[name.replace('severity:', '')] ?? 'ededed');
        try {
            await github.rest.issues.createLabel({
                ...target,
                name,
                color,
                description: name === issues_plan/* PORTWARDEN_LABEL */.uF ? 'Unexpected open port found by Portwarden' : '',
            });
        }
        catch (error) {
            // Another run created it meanwhile: that is what we wanted.
            if ((0,client/* statusOf */.c2)(error) !== 422)
                throw error;
        }
    }
    return writes;
}


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ openSession)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7369);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5039);



/** Modes that write issues refuse a public repository before anything else is read. */
async function openSession(options, warn, requirePrivate) {
    const github = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHub */ .Cl)(options.token, options.apiUrl, warn);
    if (requirePrivate)
        await (0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .assertPrivateRepository */ .AK)(github, options.target, options.allowPublicRepository);
    const own = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveOwnAccounts */ .L)(github, options.botLogins);
    return { github, target: options.target, own };
}


/***/ })

};
