export const id = 141;
export const ids = [141];
export const modules = {

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PR: () => (/* binding */ RuleIndex),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   mk: () => (/* binding */ compileRule)
/* harmony export */ });
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2766);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2829);


const nameOf = (e) => (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagValue */ .E)(e.resource.tags, 'Name') ?? e.resource.name;
function compileRule(rule, today) {
    const checks = [];
    const field = (patterns, read) => {
        if (patterns === undefined)
            return;
        const matcher = (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_1__/* .compileMatcher */ .qM)(patterns);
        checks.push((e) => matcher(read(e)));
    };
    field(rule.match.accounts, (e) => e.accountId);
    field(rule.match.regions, (e) => e.region);
    field(rule.match.instanceIds, (e) => e.resource.id);
    field(rule.match.name, nameOf);
    for (const [key, patterns] of Object.entries(rule.match.tags ?? {}))
        field(patterns, (e) => (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagValue */ .E)(e.resource.tags, key));
    return {
        rule,
        // `expires` is the last day the rule holds; ISO dates compare as strings.
        expired: rule.expires !== undefined && rule.expires < today,
        matches: (e) => {
            for (const check of checks)
                if (!check(e))
                    return false;
            return true;
        },
    };
}
/** The literal head of a pattern, before its first `*` or `?` (all of it for a literal). */
function literalHead(pattern) {
    const star = pattern.indexOf('*');
    const question = pattern.indexOf('?');
    const end = Math.min(star < 0 ? pattern.length : star, question < 0 ? pattern.length : question);
    return pattern.slice(0, end);
}
/**
 * A rule that names instance ids, Names or accounts can only match text that starts with one
 * of its patterns' literal heads (the whole text for a literal): it is looked up by the first
 * such field whose every pattern has a head; only the others are scanned, and only those that
 * allow something (or have expired, to be reported). Candidates keep allowlist order, so
 * verdicts are identical to a full scan (a property test holds it to that).
 */
class RuleIndex {
    rules;
    fields = [
        { field: 'instanceIds', read: (e) => e.resource.id, byPrefix: new Map(), lengths: new Set() },
        { field: 'name', read: nameOf, byPrefix: new Map(), lengths: new Set() },
        { field: 'accounts', read: (e) => e.accountId, byPrefix: new Map(), lengths: new Set() },
    ];
    scanned = [];
    scannedRules = [];
    constructor(rules) {
        this.rules = rules;
        rules.forEach((compiled, position) => {
            const index = this.fields.find((f) => compiled.rule.match[f.field]?.every((v) => literalHead(v) !== '') === true);
            if (index) {
                for (const head of new Set(compiled.rule.match[index.field].map(literalHead))) {
                    const positions = index.byPrefix.get(head);
                    if (positions)
                        positions.push(position);
                    else
                        index.byPrefix.set(head, [position]);
                    index.lengths.add(head.length);
                }
                return;
            }
            if (!concerns(compiled))
                return;
            this.scanned.push(position);
            this.scannedRules.push(compiled);
        });
    }
    candidates(exposure) {
        const hits = [];
        for (const index of this.fields) {
            const value = index.read(exposure);
            if (value === undefined)
                continue;
            for (const length of index.lengths) {
                const positions = length <= value.length ? index.byPrefix.get(value.slice(0, length)) : undefined;
                if (positions)
                    for (const position of positions)
                        hits.push(position);
            }
        }
        if (hits.length === 0)
            return this.scannedRules;
        // Merge the scanned positions and the hits (few; one rule can hit through two heads) back
        // into allowlist order, each rule once.
        hits.sort((a, b) => a - b);
        const scanned = this.scanned;
        const merged = [];
        let i = 0;
        let j = 0;
        let last = -1;
        while (i < scanned.length || j < hits.length) {
            const next = j >= hits.length || (i < scanned.length && scanned[i] < hits[j]) ? scanned[i++] : hits[j++];
            if (next !== last)
                merged.push(this.rules[next]);
            last = next;
        }
        return merged;
    }
}
/** A rule that allows nothing and has not expired can change no verdict: it is never scanned. */
function concerns(rule) {
    return rule.expired || (rule.rule.allow.tcp ?? []).length > 0 || (rule.rule.allow.udp ?? []).length > 0;
}


/***/ }),

/***/ 3667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
// EXTERNAL MODULE: ./src/core/ports.ts
var core_ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/findings/fingerprint.ts
var fingerprint = __webpack_require__(1662);
;// CONCATENATED MODULE: ./src/core/allowlist/tag-allow.ts

function parseTagAllow(value) {
    const allow = {};
    const clauses = value
        .split(';')
        .map((c) => c.trim())
        .filter((c) => c !== '');
    if (clauses.length === 0)
        return { ok: false, problem: `"${value}" names no ports: write e.g. "tcp:80,443;udp:1194"` };
    for (const clause of clauses) {
        const match = /^(tcp|udp)\s*:\s*(.+)$/i.exec(clause);
        if (!match)
            return { ok: false, problem: `"${clause}" in "${value}" is not "tcp:PORTS" or "udp:PORTS"` };
        const protocol = match[1].toLowerCase();
        try {
            const ranges = match[2].split(',').map((p) => (0,core_ports/* parsePortSpec */.qy)(p.trim()));
            allow[protocol] = [...(allow[protocol] ?? []), ...ranges];
        }
        catch (error) {
            if (error instanceof core_ports/* PortError */.U7)
                return { ok: false, problem: `${error.message} (tag value "${value}")` };
            throw error;
        }
    }
    return { ok: true, allow };
}

// EXTERNAL MODULE: ./src/core/allowlist/compiled-rules.ts
var compiled_rules = __webpack_require__(2392);
// EXTERNAL MODULE: ./src/core/tags.ts
var tags = __webpack_require__(2766);
;// CONCATENATED MODULE: ./src/core/allowlist/evaluate.ts
// Exposures + allowlist + today -> verdicts. Pure: the same inputs always give the same
// verdicts, so every rule of the allowlist contract is tested with plain data.






function evaluate(exposures, allowlist, options, strategy = { indexed: true }) {
    const rules = allowlist.rules.map((rule) => (0,compiled_rules/* compileRule */.mk)(rule, options.today));
    const matching = strategy.indexed ? resourceMatcher(rules, allowlist.rules) : undefined;
    const usedRules = new Set();
    const verdicts = exposures.map((exposure) => {
        // Plain scan: every rule, matched per exposure (the reference the memoised path is tested against).
        const verdict = matching ? judge(exposure, matching(exposure), options, true) : judge(exposure, rules, options, false);
        for (const id of verdict.rules)
            usedRules.add(id);
        return verdict;
    });
    return {
        verdicts,
        expiredRules: rules.filter((r) => r.expired).map(({ rule }) => ({ id: rule.id, expires: rule.expires ?? '', line: rule.line })),
        staleRules: rules.filter((r) => !r.expired && !usedRules.has(r.rule.id)).map(({ rule }) => ({ id: rule.id, line: rule.line })),
    };
}
/**
 * Whether a rule applies depends on the resource alone (account, region, id, Name, tags), not
 * on the port: each distinct resource is matched once, and its exposures (10 ports of one
 * instance, 200 of an ECS host) only do port arithmetic. The memo key is everything a rule can
 * read, so two resources share an entry only when no rule could tell them apart.
 */
function resourceMatcher(rules, allowRules) {
    const index = new compiled_rules/* RuleIndex */.PR(rules);
    const tagKeys = [...new Set(allowRules.flatMap((r) => Object.keys(r.match.tags ?? {})))];
    // By instance id first, then every other fact compared in place: no key string is built
    // per exposure (that alone cost more than the matching it saves).
    const byId = new Map();
    return (exposure) => {
        const name = (0,compiled_rules/* nameOf */.Vb)(exposure);
        const entries = byId.get(exposure.resource.id);
        // Loops, not find/every: no closure is made per exposure on this path.
        if (entries) {
            for (const entry of entries)
                if (sameResource(entry, exposure, name, tagKeys))
                    return entry.matched;
        }
        const entry = {
            type: exposure.resource.type,
            accountId: exposure.accountId,
            region: exposure.region,
            name,
            tags: tagKeys.map((key) => (0,tags/* tagValue */.E)(exposure.resource.tags, key)),
            matched: index.candidates(exposure).filter((compiled) => compiled.matches(exposure)),
        };
        if (entries)
            entries.push(entry);
        else
            byId.set(exposure.resource.id, [entry]);
        return entry.matched;
    };
}
function sameResource(entry, exposure, name, tagKeys) {
    if (entry.type !== exposure.resource.type ||
        entry.accountId !== exposure.accountId ||
        entry.region !== exposure.region ||
        entry.name !== name)
        return false;
    for (let i = 0; i < tagKeys.length; i++)
        if (entry.tags[i] !== (0,tags/* tagValue */.E)(exposure.resource.tags, tagKeys[i]))
            return false;
    return true;
}
/** One shared, frozen empty list for the verdicts that have none (most): 200,000 verdicts x 3 lists add up. */
const NONE = Object.freeze([]);
/** `matched`: the rules are known to match the resource (memoised); else each is matched here. */
function judge(exposure, rules, options, matched) {
    // One pass, and lists made only when something goes in them: this runs for every exposure
    // (200,000 in a large export), and most exposures have no expired rule, many no rule at all.
    let covering;
    let expiredRules;
    let allowedRanges;
    const ports = exposure.ports;
    for (const compiled of rules) {
        if (compiled.expired) {
            if (matched || compiled.matches(exposure))
                (expiredRules ??= []).push(compiled.rule.id);
            continue;
        }
        // A rule that allows nothing overlapping these ports cannot change the verdict: its
        // (regex) match is skipped. Plain loops: this runs millions of times at scale.
        const allowed = compiled.rule.allow[exposure.protocol];
        if (allowed === undefined)
            continue;
        let first = -1;
        for (let i = 0; i < allowed.length; i++) {
            if ((0,core_ports/* overlaps */.$f)(allowed[i], ports)) {
                first = i;
                break;
            }
        }
        if (first < 0 || !(matched || compiled.matches(exposure)))
            continue;
        allowedRanges ??= [];
        for (let i = first; i < allowed.length; i++)
            if ((0,core_ports/* overlaps */.$f)(allowed[i], ports))
                allowedRanges.push(allowed[i]);
        (covering ??= []).push(compiled.rule.id);
    }
    const tag = tagAllowance(exposure, options.allowTagKey);
    for (const range of tag.ranges)
        (allowedRanges ??= []).push(range);
    const { uncovered, allowed } = coverage(ports, allowedRanges ?? NONE);
    const ignoredReason = exposure.reachability === 'private' && !options.includePrivatePaths
        ? 'private-path'
        : (0,model/* severityRank */.qs)(exposure.severity) < (0,model/* severityRank */.qs)(options.minSeverity)
            ? 'below-min-severity'
            : undefined;
    const verdict = {
        exposure,
        fingerprint: (0,fingerprint/* exposureFingerprint */.y_)(exposure),
        allowed,
        uncovered,
        rules: covering ?? NONE,
        expiredRules: expiredRules ?? NONE,
        allowedByTag: tag.ranges.length > 0,
        status: ignoredReason ? 'ignored' : uncovered.length === 0 ? 'expected' : 'unexpected',
    };
    if (tag.problem !== undefined)
        verdict.tagProblem = tag.problem;
    if (ignoredReason && verdict.status === 'ignored')
        verdict.ignoredReason = ignoredReason;
    return verdict;
}
function coverage(ports, allowedRanges) {
    // The common cases, nothing or one range covering the port: no range arithmetic, and the
    // exposure's own (never mutated) range object shared instead of copied.
    if (allowedRanges.length === 0)
        return { uncovered: [ports], allowed: NONE };
    const only = allowedRanges.length === 1 ? allowedRanges[0] : undefined;
    if (only && only.from <= ports.from && only.to >= ports.to)
        return { uncovered: NONE, allowed: [ports] };
    return { uncovered: (0,core_ports/* subtractRanges */.N1)(ports, allowedRanges), allowed: (0,core_ports/* intersectRanges */.im)(ports, allowedRanges) };
}
const NO_TAG = Object.freeze({ ranges: NONE });
function tagAllowance(exposure, key) {
    const value = key === undefined ? undefined : (0,tags/* tagValue */.E)(exposure.resource.tags, key);
    if (value === undefined)
        return NO_TAG;
    const parsed = parseTagAllow(value);
    if (!parsed.ok)
        return { ranges: [], problem: `tag ${key}: ${parsed.problem}` };
    return { ranges: (parsed.allow[exposure.protocol] ?? []).filter((r) => (0,core_ports/* overlaps */.$f)(r, exposure.ports)) };
}


/***/ }),

/***/ 6203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ parseAllowlist)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/ports.ts
var core_ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
;// CONCATENATED MODULE: ./src/core/allowlist/positions.ts
// Offsets -> 1-based line:column, and JSON paths -> the node a message should point at.

class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.starts.push(i + 1);
    }
    at(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
}
/** `/rules/0/allow` -> ['rules', 0, 'allow'] (RFC 6901 escapes undone). */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function nodeAt(root, path) {
    // Walk up until something exists: a message about a missing child points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
        const node = (0,main.findNodeAtLocation)(root, path.slice(0, depth));
        if (node)
            return node;
    }
    return root;
}
/** The key node of an object member, so "unknown key" points at the key, not its value. */
function keyNodeOf(objectNode, key) {
    const member = objectNode.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key);
    return member?.children?.[0];
}
function describePath(path) {
    return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('') || 'the document';
}

;// CONCATENATED MODULE: ./src/core/suggest.ts
// "Did you mean": the known word a typo most likely meant (edit distance <= 2).
function closest(word, known) {
    let best;
    for (const candidate of known) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= 2 && (!best || distance < best.distance))
            best = { word: candidate, distance };
    }
    return best?.word;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/allowlist/schema-problems.ts



/** Each schema error once, worded for the person editing the file, at its key or value. */
function schemaProblems(errors, root, value, problemAt) {
    // `"alow"` makes two errors: an unknown key and a missing `allow`. The first says it all.
    const explainedByTypo = new Set(errors
        .filter((e) => e.keyword === 'additionalProperties')
        .map((e) => `${e.instancePath}|${closest(String(e.params.additionalProperty), knownKeys(e)) ?? ''}`));
    return errors
        .filter((error) => !(error.keyword === 'required' && explainedByTypo.has(`${error.instancePath}|${String(error.params.missingProperty)}`)))
        .map((error) => {
        const path = pointerToPath(error.instancePath);
        const node = nodeAt(root, path);
        const message = schemaMessage(error, `${describePath(path)}${ruleLabel(value, path)}`, path.at(-1) === 'reason');
        const at = error.keyword === 'additionalProperties' ? (keyNodeOf(node, String(error.params.additionalProperty)) ?? node) : node;
        return problemAt(at.offset, message);
    });
}
function knownKeys(error) {
    return Object.keys(error.parentSchema?.properties ?? {});
}
function schemaMessage(error, where, isReason) {
    const hint = typeof error.parentSchema?.description === 'string' ? ` ${error.parentSchema.description}` : '';
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const guess = closest(key, knownKeys(error));
            return `unknown key "${key}" in ${where}${guess ? `: did you mean "${guess}"?` : '.'} Allowed keys: ${knownKeys(error).join(', ')}.`;
        }
        case 'required': {
            const missing = String(error.params.missingProperty);
            return `${where} has no "${missing}": add "${missing}": ${exampleFor(missing)}`;
        }
        case 'maximum':
        case 'minimum':
            return `port ${JSON.stringify(error.data)} at ${where} is outside 0-65535: use a port from 0 to 65535, or a range such as "32768-60999".`;
        case 'type':
            return `${where} must be ${typeWords(error.params.type)}, not ${jsonType(error.data)}.${hint}`;
        case 'maxLength':
            return `${where} has ${String(error.data).length} characters, more than ${String(error.params.limit)}: shorten it.${hint}`;
        case 'pattern':
            if (isReason)
                return `${where} is only white space: say why these ports are expected.${hint}`;
            return `${where} ${(0,core_text/* clip */.$Q)(JSON.stringify(error.data), 80)} is not valid (${error.message ?? error.keyword}).${hint}`;
        default:
            return `${where} ${(0,core_text/* clip */.$Q)(JSON.stringify(error.data) ?? '', 80)} is not valid (${error.message ?? error.keyword}).${hint}`;
    }
}
function ruleLabel(value, path) {
    if (path[0] !== 'rules' || typeof path[1] !== 'number')
        return '';
    const rule = value.rules[path[1]];
    return typeof rule?.id === 'string' ? ` (rule "${rule.id}")` : '';
}
function exampleFor(key) {
    const examples = {
        reason: '"why these ports are expected"',
        id: '"a-unique-id"',
        match: '{ "name": "web-*" } (or {} for every resource)',
        allow: '{ "tcp": [443] }',
        rules: '[]',
    };
    return examples[key] ?? '...';
}
function typeWords(type) {
    const words = { integer: 'a whole number', string: 'a string', array: 'a list', object: 'an object' };
    return String(type)
        .split(',')
        .map((t) => words[t] ?? t)
        .join(' or ');
}
function jsonType(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'number')
        return Number.isInteger(value) ? `the number ${value}` : `the fraction ${value}`;
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

;// CONCATENATED MODULE: ./src/core/allowlist/schema.json
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Portwarden allowlist","description":"The ports each server is expected to expose. Every open port that no rule covers becomes a GitHub issue.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, so editors validate and complete the file."},"rules":{"type":"array","description":"The rules. An exposure is expected when the rules that match it together cover its whole port range.","items":{"$ref":"#/definitions/rule"}}},"definitions":{"rule":{"type":"object","description":"One rule: which resources (match) may expose which ports (allow), and why.","additionalProperties":false,"required":["id","match","allow","reason"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$","description":"A unique id such as \\"public-web\\": at most 100 letters, digits, \'.\', \'_\' and \'-\', starting with a letter or digit."},"match":{"type":"object","additionalProperties":false,"description":"Which resources the rule applies to. Every field named must match (AND); within a field\'s list any entry may match (OR). {} matches every resource.","properties":{"accounts":{"$ref":"#/definitions/accountList","description":"AWS account ids such as \\"111122223333\\"; * and ? are wildcards."},"regions":{"$ref":"#/definitions/regionList","description":"AWS regions such as \\"eu-west-1\\"; * and ? are wildcards."},"instanceIds":{"$ref":"#/definitions/instanceList","description":"EC2 instance ids such as \\"i-0abc12345def67890\\"; * and ? are wildcards."},"name":{"$ref":"#/definitions/textList","description":"Values of the instance\'s Name tag, exact unless they hold * or ? (\\"webapps (Prod)\\" is literal). An instance without a Name tag never matches."},"tags":{"type":"object","description":"Tag key -> value or list of values; the instance must carry the tag with a matching value. Keys are exact, values may use * and ?.","propertyNames":{"minLength":1,"maxLength":128},"additionalProperties":{"$ref":"#/definitions/textList"}}}},"allow":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Ports allowed per protocol: { \\"tcp\\": [80, 443, \\"32768-60999\\"], \\"udp\\": [1194] }.","properties":{"tcp":{"$ref":"#/definitions/portList"},"udp":{"$ref":"#/definitions/portList"}}},"reason":{"type":"string","minLength":3,"maxLength":1000,"pattern":"\\\\S","description":"Why these ports are expected, for the reviewer and for the issue that closes because of this rule: 3 to 1,000 characters."},"owner":{"type":"string","minLength":1,"maxLength":100,"description":"Who answers for the rule: a GitHub user (@alice) or team (@acme/web)."},"expires":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$","description":"Last day the rule allows anything, as YYYY-MM-DD such as \\"2027-06-30\\". After it the rule allows nothing and is reported as expired."}}},"portList":{"type":"array","minItems":1,"description":"Ports and inclusive ranges: 443, \\"443\\" or \\"32768-60999\\", each within 0-65535.","items":{"type":["integer","string"],"minimum":0,"maximum":65535,"pattern":"^\\\\s*\\\\d{1,5}\\\\s*(-\\\\s*\\\\d{1,5}\\\\s*)?$","description":"A port such as 443 or a range such as \\"32768-60999\\", within 0-65535."}},"textList":{"type":["string","array"],"minLength":1,"maxLength":256,"minItems":1,"items":{"type":"string","minLength":1,"maxLength":256},"description":"A text or a list of texts of at most 256 characters (AWS\'s limit for a tag value); * and ? are wildcards."},"accountList":{"type":["string","array"],"pattern":"^[0-9*?]{1,12}$","minItems":1,"items":{"type":"string","pattern":"^[0-9*?]{1,12}$"},"description":"12-digit AWS account ids such as \\"111122223333\\"; * and ? are wildcards."},"regionList":{"type":["string","array"],"pattern":"^[a-z0-9*?-]{1,256}$","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9*?-]{1,256}$"},"description":"AWS regions such as \\"eu-west-1\\"; * and ? are wildcards."},"instanceList":{"type":["string","array"],"pattern":"^[a-z0-9*?-]{1,256}$","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9*?-]{1,256}$"},"description":"EC2 instance ids such as \\"i-0abc12345def67890\\"; * and ? are wildcards."}}}');
;// CONCATENATED MODULE: ./src/core/allowlist/load.ts
// allowlist.json text -> Allowlist, or every problem in it with file:line:column and a fix.
// Strict JSON (no comments, no trailing commas) because GitHub, editors and `jq` must all
// read the same file the same way.








const load_ajv = new ajv.Ajv({ allErrors: true, allowUnionTypes: true, verbose: true, strict: true });
const validateSchema = load_ajv.compile(schema_namespaceObject);
/** Deeper than any allowlist needs; past it the parsers below would overflow the stack. */
const MAX_DEPTH = 32;
function parseAllowlist(input, file) {
    const text = input.replace(/^\uFEFF/, '');
    const lines = new LineIndex(text);
    const problemAt = (offset, message) => ({ file, ...lines.at(offset), message });
    if (text.trim() === '')
        throw new errors/* AllowlistError */.IX([problemAt(0, 'the file is empty: write {"rules": []}')]);
    const deep = offsetPastDepth(text, MAX_DEPTH);
    if (deep !== undefined)
        throw new errors/* AllowlistError */.IX([
            problemAt(deep, `nested more than ${MAX_DEPTH} levels deep: an allowlist is {"rules": [{...}]}; see README#allowlist-format`),
        ]);
    const syntaxErrors = [];
    const root = (0,main.parseTree)(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (syntaxErrors.length > 0 || !root) {
        const first = syntaxErrors[0];
        // After the first syntax error the parser's guesses cascade; one precise message beats five.
        throw new errors/* AllowlistError */.IX([
            problemAt(first?.offset ?? 0, first ? syntaxMessage(first, text) : 'the file is empty: write {"rules": []}'),
        ]);
    }
    const value = (0,main.getNodeValue)(root);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* AllowlistError */.IX([
            problemAt(root.offset, `the document is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not an object: write {"rules": [...]}`),
        ]);
    }
    const problems = [...duplicateKeyProblems(root, problemAt)];
    if (!validateSchema(value)) {
        problems.push(...schemaProblems(validateSchema.errors ?? [], root, value, problemAt));
    }
    const rulesNode = nodeAt(root, ['rules']);
    const rawRules = Array.isArray(value.rules) ? value.rules : [];
    problems.push(...semanticProblems(rawRules, root, problemAt));
    if (problems.length > 0)
        throw new errors/* AllowlistError */.IX(sortProblems(problems));
    return {
        file,
        rules: rawRules.map((raw, index) => toRule(raw, lines.at(nodeAt(rulesNode, [index]).offset).line)),
    };
}
function toRule(raw, line) {
    const list = (v) => (Array.isArray(v) ? v : [v]);
    const match = {};
    for (const key of ['accounts', 'regions', 'instanceIds', 'name']) {
        const v = raw.match[key];
        if (v !== undefined)
            match[key] = list(v);
    }
    const tags = raw.match.tags;
    if (tags)
        match.tags = Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, list(v)]));
    const allow = {};
    for (const protocol of ['tcp', 'udp']) {
        const ports = raw.allow[protocol];
        if (ports)
            allow[protocol] = ports.map((p) => (0,core_ports/* parsePortSpec */.qy)(p));
    }
    return {
        id: raw.id,
        match,
        allow,
        reason: raw.reason,
        ...(raw.owner === undefined ? {} : { owner: raw.owner }),
        ...(raw.expires === undefined ? {} : { expires: raw.expires }),
        line,
    };
}
const SYNTAX_HINTS = {
    CommaExpected: 'a comma is missing before this: add "," after the previous value',
    ColonExpected: 'a colon is missing: write "key": value',
    PropertyNameExpected: 'a key in double quotes was expected here; if the previous line ends with ",", remove that trailing comma',
    ValueExpected: 'a value was expected here; if this follows a trailing ",", remove it',
    CloseBraceExpected: 'an object is not closed: add "}"',
    CloseBracketExpected: 'a list is not closed: add "]"',
    EndOfFileExpected: 'there is text after the end of the document: remove it',
    InvalidCommentToken: 'JSON has no comments: remove it, or put the note in the rule\'s "reason"',
    UnexpectedEndOfString: 'a string is not closed: add the closing double quote',
    InvalidSymbol: 'this is not JSON: keys and strings take double quotes',
};
function syntaxMessage(error, text) {
    const code = (0,main.printParseErrorCode)(error.error);
    const found = text.slice(error.offset, error.offset + Math.max(error.length, 1)).trim();
    const hint = SYNTAX_HINTS[code] ?? 'this is not valid JSON';
    return `invalid JSON (${code}${found ? ` at ${JSON.stringify(found.slice(0, 20))}` : ''}): ${hint}`;
}
function semanticProblems(rules, root, problemAt) {
    const problems = [];
    const firstLineOfId = new Map();
    rules.forEach((rule, index) => {
        if (typeof rule !== 'object' || rule === null)
            return;
        const { id, allow, expires } = rule;
        const here = (path) => nodeAt(root, ['rules', index, ...path]).offset;
        if (typeof id === 'string') {
            const seen = firstLineOfId.get(id);
            const offset = here(['id']);
            if (seen !== undefined)
                problems.push(problemAt(offset, `rule id "${id}" is used twice (first at rules[${seen}]): ids must be unique, rename one.`));
            else
                firstLineOfId.set(id, index);
        }
        if (typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !(0,dates/* isCalendarDate */.t)(expires)) {
            problems.push(problemAt(here(['expires']), `expires "${expires}" is not a calendar date: write YYYY-MM-DD, e.g. "2027-06-30".`));
        }
        for (const protocol of ['tcp', 'udp']) {
            const ports = typeof allow === 'object' && allow !== null ? allow[protocol] : undefined;
            if (!Array.isArray(ports))
                continue;
            ports.forEach((port, i) => {
                if (typeof port !== 'string' && typeof port !== 'number')
                    return;
                try {
                    (0,core_ports/* parsePortSpec */.qy)(port);
                }
                catch (error) {
                    // Out-of-range numbers and non-ranges are the schema's messages already.
                    const schemaSaidIt = typeof port === 'number' || !/^\s*\d{1,5}\s*(-\s*\d{1,5}\s*)?$/.test(port);
                    if (error instanceof core_ports/* PortError */.U7 && !schemaSaidIt) {
                        problems.push(problemAt(here(['allow', protocol, i]), `${error.message} (rules[${index}].allow.${protocol}[${i}]).`));
                    }
                }
            });
        }
    });
    return problems;
}
function duplicateKeyProblems(node, problemAt) {
    const problems = [];
    if (node.type === 'object') {
        const seen = new Set();
        for (const member of node.children ?? []) {
            const keyNode = member.children?.[0];
            const key = String(keyNode?.value);
            if (seen.has(key) && keyNode) {
                problems.push(problemAt(keyNode.offset, `key "${key}" appears twice in one object; JSON keeps only the last: merge them.`));
            }
            seen.add(key);
        }
    }
    for (const child of node.children ?? [])
        problems.push(...duplicateKeyProblems(child, problemAt));
    return problems;
}
function sortProblems(problems) {
    const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
    return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** The offset where brackets first nest deeper than `limit` (strings skipped), if they do. */
function offsetPastDepth(text, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i += 1;
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"')
            inString = true;
        else if (ch === '{' || ch === '[') {
            depth += 1;
            if (depth > limit)
                return i;
        }
        else if (ch === '}' || ch === ']')
            depth -= 1;
    }
    return undefined;
}


/***/ }),

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   y_: () => (/* binding */ exposureFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The identity of an alert. It must not change between runs or sources, or the inbox would
// get a new issue for an old port: so it is built from what the port *is* (where, which
// protocol, which reported range), never from a source's per-run finding ARN.

function identityOf(exposure) {
    return {
        accountId: exposure.accountId,
        region: exposure.region,
        resourceId: exposure.resource.id,
        protocol: exposure.protocol,
        ports: { from: exposure.ports.from, to: exposure.ports.to },
    };
}
function fingerprintOf(identity) {
    return fingerprintOfParts(identity.accountId, identity.region, identity.resourceId, identity.protocol, identity.ports.from, identity.ports.to);
}
/** The same fingerprint straight from an exposure, without building its identity first (evaluate's hot path). */
function exposureFingerprint(e) {
    return fingerprintOfParts(e.accountId, e.region, e.resource.id, e.protocol, e.ports.from, e.ports.to);
}
// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per exposure: at 200,000
// exposures that object is a good part of the run's garbage. Older Node 20 takes createHash.
const sha256Hex = typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash === 'function'
    ? (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash('sha256', text, 'hex')
    : (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(text).digest('hex');
function fingerprintOfParts(accountId, region, resourceId, protocol, from, to) {
    return sha256Hex(`${accountId}|${region}|${resourceId}|${protocol}|${from}|${to}`).slice(0, 20);
}


/***/ }),

/***/ 5143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   VW: () => (/* binding */ requireString),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   wo: () => (/* binding */ arnParts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Tolerant readers for the loosely typed parts of findings: exports come from the CLI
// (ISO strings), the console (its own date form), the SDK (Date objects) and the wire
// (epoch seconds).

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function requireString(value, what) {
    if (typeof value !== 'string' || value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${what} is missing or not a string`);
    }
    return value;
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An instant from its UTC parts, or undefined when a part is out of range (Feb 30, 25:00). */
function utc(year, month, day, hour = 0, minute = 0, second = 0, ms = 0) {
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    const same = date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day &&
        date.getUTCHours() === hour &&
        date.getUTCMinutes() === minute &&
        date.getUTCSeconds() === second;
    return same ? date : undefined;
}
const fraction = (digits) => (digits ? Math.round(Number(`0.${digits}`) * 1000) : 0);
/**
 * The timestamp forms findings come in, each parsed explicitly and never in the machine's
 * time zone (a form without a zone is UTC, as AWS writes it):
 * - ISO 8601 `2024-09-05T13:06:56.334Z`, with an offset, or without a zone;
 * - the console's `Mar 20, 2023, 6:08:05 PM`;
 * - AWS's `Thu Sep 05 13:06:56.334 UTC 2024`;
 * - epoch seconds (the wire) and Date objects (the SDK).
 * Anything else is `undefined` ("not reported"), never a wrong date.
 */
function isoTime(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 && value < 1e11 ? new Date(value * 1000).toISOString() : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
    if (m) {
        const date = utc(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0), fraction(m[7]));
        if (!date)
            return undefined;
        const zone = m[8] && m[8].toUpperCase() !== 'Z' ? /([+-])(\d{2}):?(\d{2})/.exec(m[8]) : null;
        const offsetMinutes = zone ? (zone[1] === '-' ? -1 : 1) * (+zone[2] * 60 + +zone[3]) : 0;
        return new Date(date.getTime() - offsetMinutes * 60_000).toISOString();
    }
    m = /^([A-Za-z]{3}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i.exec(text);
    if (m) {
        const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
        const hour12 = +m[4];
        if (month === 0 || hour12 < 1 || hour12 > 12)
            return undefined;
        const hour = (hour12 % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
        return utc(+m[3], month, +m[2], hour, +m[5], +m[6])?.toISOString();
    }
    m = /^(?:[A-Za-z]{3} )?([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))? UTC (\d{4})$/.exec(text);
    if (m) {
        const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
        if (month === 0)
            return undefined;
        return utc(+m[7], month, +m[2], +m[3], +m[4], +m[5], fraction(m[6]))?.toISOString();
    }
    return undefined;
}
/** `arn:partition:service:region:account:resource` */
function arnParts(arn) {
    const parts = arn.split(':');
    if (parts.length < 6 || parts[0] !== 'arn' || !parts[3] || !parts[4])
        return undefined;
    return { region: parts[3], accountId: parts[4] };
}
/**
 * Any value as text, for messages and comparisons. `String()` throws on hostile objects such
 * as `{"toString": 1}` ("Cannot convert object to primitive value"); this never does.
 */
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    try {
        return JSON.stringify(value) ?? typeof value;
    }
    catch {
        return typeof value;
    }
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ encodeMarker),
/* harmony export */   Km: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   ou: () => (/* binding */ boundMaterial),
/* harmony export */   rH: () => (/* binding */ decodeMarker),
/* harmony export */   t7: () => (/* binding */ readMarker)
/* harmony export */ });
/* unused harmony export LIMITS */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4146);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3323);
// The hidden marker in every Portwarden issue body: the identity and the material facts the
// issue was last written with, so planning never parses titles or prose, and a steady state
// can be recognised without re-rendering anything.
//
// A marker is data from an issue body, which people can edit: it is validated against a
// schema, and one that does not fit makes only its own issue skipped, with the problem in
// words. It is also bounded: whatever AWS or an export says (100 kB names, 50 tags of 256
// characters), the marker stays a few kilobytes, so the body fits GitHub's 65,536 characters.




const MARKER_PREFIX = '<!-- portwarden:';
const PREFIX = MARKER_PREFIX;
const SUFFIX = ' -->';
/** AWS's own limits: a tag key has at most 128 characters, a value (and so a Name) 256. */
const LIMITS = {
    id: 256,
    name: 256,
    tagKey: 128,
    tagValue: 256,
    pathComponent: 128,
    pathChars: 2_000,
    tagChars: 6_000,
    uncovered: 2_000,
};
function encodeMarker(marker) {
    const bounded = {
        ...marker,
        identity: {
            ...marker.identity,
            accountId: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(marker.identity.accountId, LIMITS.id),
            region: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(marker.identity.region, LIMITS.id),
            resourceId: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(marker.identity.resourceId, LIMITS.id),
        },
        material: boundMaterial(marker.material),
        ...(marker.tags ? { tags: boundTags(marker.tags) } : {}),
        by: `portwarden ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
    };
    return `${PREFIX}${escapeJson(JSON.stringify(bounded))}${SUFFIX}`;
}
/** Escape what could end the HTML comment or be read as markup; JSON.parse undoes it. */
function escapeJson(json) {
    return json.replace(/[<>&@#-]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The material facts as a marker can hold them; planning compares these bounded forms. */
function boundMaterial(material) {
    const path = [];
    let used = 0;
    for (const component of material.path) {
        const kept = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(component, LIMITS.pathComponent);
        used += escapeJson(JSON.stringify(kept)).length;
        if (used > LIMITS.pathChars)
            break;
        path.push(kept);
    }
    return {
        ...material,
        name: material.name === null ? null : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(material.name, LIMITS.name),
        path,
        uncovered: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(material.uncovered, LIMITS.uncovered),
    };
}
/**
 * Tags within AWS's limits, while they fit the budget. A tag is kept whole or not at all: a
 * cut value would make `/portwarden allow scope: tag:KEY` write a rule that matches nothing.
 */
function boundTags(tags) {
    const kept = {};
    let used = 0;
    for (const [key, value] of Object.entries(tags)) {
        if (key.length > LIMITS.tagKey || value.length > LIMITS.tagValue)
            continue;
        const size = escapeJson(JSON.stringify(key) + JSON.stringify(value)).length + 2;
        if (used + size > LIMITS.tagChars)
            continue;
        used += size;
        Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return kept;
}
function readMarker(body) {
    if (!body)
        return { kind: 'none' };
    const start = body.lastIndexOf(PREFIX);
    if (start < 0)
        return { kind: 'none' };
    const end = body.indexOf(SUFFIX, start);
    if (end < 0)
        return { kind: 'invalid', problem: 'the marker comment is not closed with "-->"' };
    let value;
    try {
        value = JSON.parse(body.slice(start + PREFIX.length, end));
    }
    catch {
        return { kind: 'invalid', problem: 'the marker is not valid JSON' };
    }
    if (!validate(value))
        return { kind: 'invalid', problem: describeProblem(validate.errors?.[0]) };
    return { kind: 'valid', marker: value };
}
function decodeMarker(body) {
    const read = readMarker(body);
    return read.kind === 'valid' ? read.marker : undefined;
}
const text = { type: 'string' };
const port = { type: 'integer', minimum: 0, maximum: 65535 };
// Unknown fields are allowed: a newer Portwarden may add some, and an older one must not
// call its markers invalid.
const markerSchema = {
    type: 'object',
    required: ['v', 'fingerprint', 'identity', 'sources', 'material'],
    properties: {
        v: { const: 1 },
        fingerprint: { type: 'string', pattern: '^[0-9a-f]{20}$' },
        identity: {
            type: 'object',
            required: ['accountId', 'region', 'resourceId', 'protocol', 'ports'],
            properties: {
                accountId: text,
                region: text,
                resourceId: text,
                protocol: { enum: [..._model_js__WEBPACK_IMPORTED_MODULE_2__/* .PROTOCOLS */ .yv] },
                ports: { type: 'object', required: ['from', 'to'], properties: { from: port, to: port } },
            },
        },
        sources: { type: 'array', items: { enum: _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SOURCES */ .Hl.filter((s) => s !== 'file') } },
        material: {
            type: 'object',
            required: ['severity', 'uncovered', 'name', 'reachability', 'path'],
            properties: {
                severity: { enum: [..._model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC] },
                uncovered: text,
                name: { type: ['string', 'null'] },
                reachability: { enum: ['internet', 'private'] },
                path: { type: 'array', items: text },
            },
        },
        tags: { type: 'object', additionalProperties: text },
        by: text,
    },
};
const validate = new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv({ allErrors: false, strict: false }).compile(markerSchema);
function describeProblem(error) {
    if (!error)
        return 'the marker does not have the expected shape';
    const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const where = field === '' ? 'the marker' : `marker field "${field}"`;
    switch (error.keyword) {
        case 'required':
            return `${where} lacks "${String(error.params.missingProperty)}"`;
        case 'type':
            return `${where} must be ${String(error.params.type).replace(',', ' or ')}`;
        case 'enum':
            return `${where} must be one of ${error.params.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `${where} must be ${JSON.stringify(error.params.allowedValue)} (a marker version this Portwarden does not know)`;
        case 'pattern':
            return `${where} is not a Portwarden fingerprint (20 hexadecimal digits)`;
        default:
            return `${where} ${error.message ?? 'is not valid'}`;
    }
}


/***/ }),

/***/ 1524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uF: () => (/* binding */ PORTWARDEN_LABEL),
  Vo: () => (/* binding */ materialOf),
  ef: () => (/* binding */ planIssues),
  Tb: () => (/* reexport */ writeCost)
});

// UNUSED EXPORTS: materialChanges

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/issues/marker.ts
var marker = __webpack_require__(5980);
;// CONCATENATED MODULE: ./src/core/issues/guards.ts
// The run's limits on the plan: max-new-issues (most severe first), the mass-close guard, and
// the write budget spent strictly in order of urgency.

function applyGuards(actions, held, input) {
    const { options } = input;
    const plan = { actions: [], deferred: [], held };
    const creates = mostSevereFirst(actions.filter((a) => a.kind === 'create'), options.maxNewIssues);
    const tooMany = `max-new-issues (${options.maxNewIssues}) reached`;
    for (let i = options.maxNewIssues; i < creates.length; i++)
        plan.deferred.push({ action: creates[i], limit: 'max-new-issues', why: tooMany });
    const openCount = input.issues.filter((i) => i.state === 'open').length;
    const closes = actions.filter((a) => a.kind === 'close' && a.reason !== 'duplicate');
    const massClose = closes.length > options.maxCloses && closes.length > openCount / 2 && !options.allowMassClose;
    if (massClose) {
        plan.guard =
            `refusing to close ${closes.length} of ${openCount} open issues in one run (more than max-closes ${options.maxCloses} and more than half): ` +
                'this usually means a broken or partial scan. Check the scopes; if the closes are right, run once with allow-mass-close: true';
        for (const action of closes)
            if (action.kind === 'close')
                held.push({ issue: action.issue, reason: 'mass-close-guard', detail: action.detail });
    }
    const heldBack = new Set(closes);
    const order = { create: 0, reopen: 1, update: 2, close: 3 };
    const ordered = [
        ...creates.slice(0, options.maxNewIssues),
        ...actions.filter((a) => a.kind !== 'create' && !(massClose && heldBack.has(a))),
    ].sort((a, b) => order[a.kind] - order[b.kind]);
    // The write budget, spent in that order: a missed alert costs more than a late close.
    const outOfWrites = `max-writes (${options.maxWrites}) reached`;
    let spent = 0;
    let full = false;
    for (const action of ordered) {
        const cost = writeCost(action);
        // Strictly in order: once one change does not fit, no later (less urgent) one jumps ahead.
        full ||= spent + cost > options.maxWrites;
        if (full)
            plan.deferred.push({ action, limit: 'max-writes', why: outOfWrites });
        else {
            spent += cost;
            plan.actions.push(action);
        }
    }
    return plan;
}
/**
 * The GitHub write requests an action makes: its PATCH or POST, and its comment (a close's or
 * a reopen's notice; a new issue's identity comment).
 */
function writeCost(action) {
    return action.kind === 'update' ? 1 : 2;
}
/**
 * The `limit` creates that go first: most severe, then by fingerprint as plain code units (hex,
 * the same in every locale); then every other create, most severe first and otherwise in the
 * order found. Only the chosen few are sorted by fingerprint (a full sort of 35,000 strings
 * was most of planning's time): the deferred rest need a stable order, not a ranking.
 */
function mostSevereFirst(creates, limit) {
    const buckets = model/* SEVERITIES */.oC.map(() => []);
    // An unknown severity (never planned today: evaluate ignores it) ranks lowest rather than failing.
    for (const create of creates)
        buckets[Math.max(0, (0,model/* severityRank */.qs)(create.verdict.exposure.severity))].push(create);
    const chosen = [];
    const rest = [];
    for (let rank = buckets.length - 1; rank >= 0; rank--) {
        const bucket = buckets[rank];
        const room = limit - chosen.length;
        const first = smallestByFingerprint(bucket, room);
        const taken = new Set(first);
        for (const create of first)
            chosen.push(create);
        for (const create of bucket)
            if (!taken.has(create))
                rest.push(create);
    }
    return [...chosen, ...rest];
}
/** The `count` creates with the lowest fingerprints, in order (ties keep their order). */
function smallestByFingerprint(bucket, count) {
    const kept = [];
    if (count <= 0)
        return kept;
    for (const create of bucket) {
        const last = kept[kept.length - 1];
        if (kept.length >= count && last && create.fingerprint >= last.fingerprint)
            continue;
        // Binary search for the first kept fingerprint greater than this one (after equal ones).
        let low = 0;
        let high = kept.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (kept[middle].fingerprint <= create.fingerprint)
                low = middle + 1;
            else
                high = middle;
        }
        kept.splice(low, 0, create);
        if (kept.length > count)
            kept.pop();
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/core/issues/scopes.ts
/**
 * Security Hub relays Inspector's findings: its scope speaks for ports Inspector reported, so
 * issues opened from Inspector can close when a team moves to reading Security Hub.
 */
const RELAYED = { securityhub: ['inspector2', 'inspector-classic'] };
function speaksFor(scope, sources) {
    return sources.includes(scope.source) || (RELAYED[scope.source] ?? []).some((origin) => sources.includes(origin));
}
/**
 * The run's scopes by place, built once per scope list: an organisation has hundreds of
 * places and thousands of issues, and scanning every scope for every issue is quadratic.
 */
const byPlace = new WeakMap();
function scopesAt(input, accountId, region) {
    let places = byPlace.get(input.scopes);
    if (!places) {
        places = new Map();
        for (const scope of input.scopes) {
            const key = `${scope.accountId}\u0000${scope.region}`;
            const list = places.get(key);
            if (list)
                list.push(scope);
            else
                places.set(key, [scope]);
        }
        byPlace.set(input.scopes, places);
    }
    // A scope of region `*` (an account whose regions could not be listed) covers every region.
    const here = places.get(`${accountId}\u0000${region}`) ?? [];
    const everywhere = places.get(`${accountId}\u0000*`);
    return everywhere ? [...here, ...everywhere] : here;
}
/** Scopes this run looked at for a place and sources that can prove a port gone there. */
function scopesFor(input, accountId, region, sources) {
    return scopesAt(input, accountId, region).filter((s) => s.provesAbsence !== false && speaksFor(s, sources));
}
function partialScopes(input, accountId, region, sources) {
    // Any scope of the place that is not complete taints what we know there (EC2 facts failed,
    // one of two sources failed): it must not close or rewrite an issue.
    return scopesAt(input, accountId, region).filter((s) => s.status !== 'complete' && (s.source === 'file' || speaksFor(s, sources)));
}
const partialDetail = (scopes) => scopes.map((s) => `${s.source} ${s.accountId}/${s.region} is ${s.status}`).join('; ');

;// CONCATENATED MODULE: ./src/core/issues/plan.ts
// Verdicts + scopes + existing issues + EC2 facts -> the changes to make, each with its reason.
// Pure, so every row of the lifecycle table is a plain-data test, and `--dry-run` shows
// exactly what a real run would do.






const PORTWARDEN_LABEL = 'portwarden';
/** The facts as the marker holds them (bounded), so what is compared is what was stored. */
function materialOf(verdict) {
    const e = verdict.exposure;
    return (0,marker/* boundMaterial */.ou)({
        severity: e.severity,
        uncovered: (0,ports/* formatRanges */.Gk)(verdict.uncovered),
        name: e.resource.name ?? null,
        reachability: e.reachability,
        path: [...e.path],
    });
}
function materialChanges(before, after) {
    const changes = [];
    if (before.severity !== after.severity)
        changes.push(`severity ${before.severity} -> ${after.severity}`);
    if (before.uncovered !== after.uncovered)
        changes.push(`unexpected ports ${before.uncovered} -> ${after.uncovered}`);
    if (before.name !== after.name)
        changes.push(`Name ${before.name ?? '(none)'} -> ${after.name ?? '(none)'}`);
    // Path order carries no meaning across runs and sources; compare the set of components.
    const pathKey = (path) => [...new Set(path)].sort().join(' ');
    if (before.reachability !== after.reachability || pathKey(before.path) !== pathKey(after.path))
        changes.push('network path changed');
    return changes;
}
function planIssues(input) {
    const issuesByPrint = groupIssues(input.issues);
    const decisions = [...duplicateCloses(issuesByPrint)];
    // Only the verdicts of existing issues are looked up later: index those, not all 50,000.
    const verdicts = new Map();
    for (const verdict of input.verdicts) {
        const group = issuesByPrint.get(verdict.fingerprint);
        if (group)
            verdicts.set(verdict.fingerprint, verdict);
        if (verdict.status === 'unexpected')
            decisions.push(unexpectedDecision(verdict, group?.[0], input));
    }
    const rulesById = new Map(input.rules.map((r) => [r.id, r]));
    for (const [fingerprint, [issue]] of issuesByPrint) {
        const verdict = verdicts.get(fingerprint);
        if (issue?.state === 'open' && verdict?.status !== 'unexpected')
            decisions.push(openIssueDecision(issue, verdict, input, rulesById));
    }
    const actions = [];
    const held = [];
    for (const decision of decisions) {
        if (decision?.kind === 'hold')
            held.push(decision.hold);
        else if (decision)
            actions.push(decision);
    }
    return applyGuards(input.pushedFinding ? actions.filter((a) => a.kind !== 'close') : actions, held, input);
}
/** Earlier failures can leave two issues for one port: keep the oldest open one. */
function duplicateCloses(issuesByPrint) {
    const closes = [];
    for (const [first, ...extra] of issuesByPrint.values()) {
        for (const issue of extra.filter((i) => i.state === 'open'))
            closes.push({ kind: 'close', issue, reason: 'duplicate', detail: `duplicate of #${first.number}` });
    }
    return closes;
}
function unexpectedDecision(verdict, issue, input) {
    if (!issue)
        return { kind: 'create', fingerprint: verdict.fingerprint, verdict, reason: 'new' };
    if (issue.state !== 'open') {
        if (issue.stateReason === 'not_planned' && !input.options.reopenManuallyClosed)
            return { kind: 'hold', hold: { issue, reason: 'acknowledged', detail: 'closed as not planned; reopen-manually-closed is false' } };
        const reason = issue.stateReason === 'not_planned' ? 'reappeared-after-manual-close' : 'reappeared';
        return { kind: 'reopen', issue, verdict, reason };
    }
    const changes = materialChanges(issue.material, materialOf(verdict));
    const partial = partialScopes(input, verdict.exposure.accountId, verdict.exposure.region, [
        ...issue.sources,
        ...verdict.exposure.sources,
    ]);
    if (input.pushedFinding && changes.length > 0 && (0,model/* severityRank */.qs)(verdict.exposure.severity) <= (0,model/* severityRank */.qs)(issue.material.severity))
        return undefined;
    if (changes.length > 0 && partial.length > 0)
        return {
            kind: 'hold',
            hold: { issue, reason: 'scope-incomplete', detail: `not updated (${changes.join('; ')}): ${partialDetail(partial)}` },
        };
    if (changes.length > 0)
        return { kind: 'update', issue, verdict, reason: 'changed', changes };
    if (issue.markerFrom === 'comment')
        return { kind: 'update', issue, verdict, reason: 'marker-missing', changes: [] };
    if (!issue.labels.includes(PORTWARDEN_LABEL))
        return { kind: 'update', issue, verdict, reason: 'label-missing', changes: [] };
    return undefined;
}
/** An open issue whose port is now allowed, ignored, or not reported at all. */
function openIssueDecision(issue, verdict, input, rulesById) {
    if (verdict) {
        const partial = partialScopes(input, issue.identity.accountId, issue.identity.region, [...issue.sources, ...verdict.exposure.sources]);
        if (partial.length > 0)
            return { kind: 'hold', hold: { issue, reason: 'scope-incomplete', detail: `now ${verdict.status}, but ${partialDetail(partial)}` } };
    }
    if (verdict?.status === 'expected') {
        const why = verdict.rules.map((id) => `rule \`${id}\` (${rulesById.get(id)?.reason ?? 'no reason'})`);
        if (verdict.allowedByTag)
            why.push('the instance allow tag');
        return { kind: 'close', issue, reason: 'now-allowed', detail: `now allowed by ${why.join(' and ')}` };
    }
    if (verdict?.status === 'ignored')
        return { kind: 'close', issue, reason: 'now-ignored', detail: `no longer counted: ${verdict.ignoredReason}` };
    return absentPortDecision(issue, input);
}
/** An open issue whose port this run did not report. */
function absentPortDecision(issue, input) {
    const { accountId, region, resourceId } = issue.identity;
    const relevant = scopesFor(input, accountId, region, issue.sources);
    // Another job's account or region, or a source this run did not read: not ours to judge.
    if (relevant.length === 0)
        return undefined;
    const state = input.instances.get(resourceId)?.state;
    if (state === 'terminated' || state === 'shutting-down' || state === 'missing') {
        return {
            kind: 'close',
            issue,
            reason: 'terminated',
            detail: `instance ${resourceId} is ${state === 'missing' ? 'gone (EC2 no longer knows it)' : state}`,
        };
    }
    if (state === 'stopped' || state === 'stopping') {
        return {
            kind: 'hold',
            hold: { issue, reason: 'instance-stopped', detail: `instance ${resourceId} is ${state}; its ports return when it starts` },
        };
    }
    const partial = partialScopes(input, accountId, region, issue.sources);
    if (partial.length > 0)
        return { kind: 'hold', hold: { issue, reason: 'scope-incomplete', detail: partialDetail(partial) } };
    if (state === undefined && !stillReported(input, issue.identity)) {
        // No facts (another account without member-role): a stopped instance drops out of a scan
        // exactly as a closed port does, and closing would reopen it at the next start.
        return {
            kind: 'hold',
            hold: {
                issue,
                reason: 'state-unknown',
                detail: `the state of instance ${resourceId} in ${accountId} is unknown, and it may only be stopped: set member-role to read it (README#member-role), or close this issue by hand if the instance is gone`,
            },
        };
    }
    return {
        kind: 'close',
        issue,
        reason: 'gone',
        detail: `no longer reported by ${relevant.map((s) => s.source).join(', ')} in a complete scan of ${accountId}/${region}`,
    };
}
/** The instance still has other ports in this run: it is running, so this port did close. */
function stillReported(input, identity) {
    let reported = reportedResources.get(input.verdicts);
    if (!reported) {
        reported = new Set(input.verdicts.map((v) => placeKey(v.exposure.accountId, v.exposure.region, v.exposure.resource.id)));
        reportedResources.set(input.verdicts, reported);
    }
    return reported.has(placeKey(identity.accountId, identity.region, identity.resourceId));
}
const reportedResources = new WeakMap();
const placeKey = (accountId, region, resourceId) => `${accountId}\u0000${region}\u0000${resourceId}`;
function groupIssues(issues) {
    const groups = new Map();
    for (const issue of issues)
        groups.set(issue.fingerprint, [...(groups.get(issue.fingerprint) ?? []), issue]);
    for (const group of groups.values())
        group.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.number - b.number);
    return groups;
}


/***/ }),

/***/ 4119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   $p: () => (/* binding */ portCount),
/* harmony export */   AO: () => (/* binding */ unionRanges),
/* harmony export */   Gk: () => (/* binding */ formatRanges),
/* harmony export */   Lu: () => (/* binding */ formatRange),
/* harmony export */   N1: () => (/* binding */ subtractRanges),
/* harmony export */   U7: () => (/* binding */ PortError),
/* harmony export */   XP: () => (/* binding */ MAX_PORT),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   im: () => (/* binding */ intersectRanges),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   qy: () => (/* binding */ parsePortSpec),
/* harmony export */   rA: () => (/* binding */ parseClassicPortList)
/* harmony export */ });
const MAX_PORT = 65535;
class PortError extends Error {
    name = 'PortError';
}
function checkPort(port, text) {
    if (!Number.isInteger(port))
        throw new PortError(`port ${port} in "${text}" is not a whole number`);
    if (port < 0 || port > MAX_PORT)
        throw new PortError(`port ${port} in "${text}" is outside 0-${MAX_PORT}`);
    return port;
}
function rangeOf(from, to, text) {
    checkPort(from, text);
    checkPort(to, text);
    if (from > to)
        throw new PortError(`range "${text}" is reversed: write "${to}-${from}"`);
    return { from, to };
}
const SINGLE_OR_RANGE = /^\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?$/;
/** An allowlist or tag value: `443`, `"443"`, `"32768-60999"`. */
function parsePortSpec(value) {
    if (typeof value === 'number')
        return rangeOf(value, value, String(value));
    const match = SINGLE_OR_RANGE.exec(value);
    if (!match)
        throw new PortError(`"${value}" is not a port or a range: write 443 or "8000-8100"`);
    const from = Number(match[1]);
    return rangeOf(from, match[2] === undefined ? from : Number(match[2]), value.trim());
}
/** A bare Classic `PORT` attribute such as `"22"`. */
function parsePort(text) {
    if (!/^\s*\d{1,6}\s*$/.test(text))
        throw new PortError(`"${text}" is not a port number`);
    const port = Number(text);
    return rangeOf(port, port, text.trim());
}
const CLASSIC_RANGE = /^\s*\[\s*(\d{1,6})\s*-\s*(\d{1,6})\s*\]\s*,?/;
/**
 * A Classic `TCP_PORTS`/`UDP_PORTS` value: `[[80 - 80], [443 - 443]]`, `[]`. Real exports
 * have been seen with and without `, ` between ranges, so separators are optional, but
 * anything that is not a range is an error rather than skipped.
 */
function parseClassicPortList(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) {
        throw new PortError(`"${text}" is not a list of port ranges like "[[80 - 80], [443 - 443]]"`);
    }
    let rest = trimmed.slice(1, -1);
    const ranges = [];
    while (rest.trim() !== '') {
        const match = CLASSIC_RANGE.exec(rest);
        if (!match) {
            throw new PortError(`"${text}" has "${rest.trim()}" where a range like "[80 - 80]" belongs`);
        }
        ranges.push(rangeOf(Number(match[1]), Number(match[2]), match[0].replace(/,$/, '').trim()));
        rest = rest.slice(match[0].length);
    }
    return ranges;
}
function portCount(range) {
    return range.to - range.from + 1;
}
function contains(outer, inner) {
    return outer.from <= inner.from && inner.to <= outer.to;
}
function overlaps(a, b) {
    return a.from <= b.to && b.from <= a.to;
}
/** Sorted, with overlapping and adjacent ranges merged: the canonical form of a port set. */
function unionRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
    const merged = [];
    for (const range of sorted) {
        const last = merged[merged.length - 1];
        if (last && range.from <= last.to + 1)
            last.to = Math.max(last.to, range.to);
        else
            merged.push({ ...range });
    }
    return merged;
}
/** The parts of `range` that none of `removed` covers. */
function subtractRanges(range, removed) {
    const left = [];
    let next = range.from;
    for (const cut of unionRanges(removed)) {
        if (cut.to < next)
            continue;
        if (cut.from > range.to)
            break;
        if (cut.from > next)
            left.push({ from: next, to: cut.from - 1 });
        next = cut.to + 1;
        if (next > range.to)
            return left;
    }
    left.push({ from: next, to: range.to });
    return left.filter((r) => r.from <= r.to);
}
/** The parts of `range` that `ranges` cover. */
function intersectRanges(range, ranges) {
    return unionRanges(ranges)
        .filter((r) => overlaps(r, range))
        .map((r) => ({ from: Math.max(r.from, range.from), to: Math.min(r.to, range.to) }));
}
function formatRange(range) {
    return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}
function formatRanges(ranges) {
    return ranges.map(formatRange).join(', ');
}


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ tagValue),
/* harmony export */   l: () => (/* binding */ tagMap)
/* harmony export */ });
// Tags are keyed by text that anyone who may tag an instance chooses. A plain object answers
// `tags.constructor` or `tags.__proto__` with a built-in, so a rule `{"tags": {"toString": "*"}}`
// would match every instance. Every lookup goes through here: own properties only.
function tagValue(tags, key) {
    if (tags === undefined || !Object.hasOwn(tags, key))
        return undefined;
    const value = tags[key];
    return typeof value === 'string' ? value : undefined;
}
/**
 * A tag map from key/value pairs; `__proto__` and friends are kept as ordinary own keys
 * (Object.fromEntries defines properties, where `tags[key] = value` would set the prototype).
 * An ordinary object, not a null-prototype one: those are dictionaries, several times larger,
 * and every lookup goes through tagValue anyway.
 */
function tagMap(entries) {
    return Object.fromEntries(entries);
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   h6: () => (/* binding */ withoutAutolinks),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
// Text that came from AWS (tags, names, titles) is attacker-controllable: anyone who can tag
// an instance chooses what our terminal table, log and markdown show. Neutralise it here.
const ZWSP = '\u200b';
/** Cuts to at most `maxLength` UTF-16 units, marking the cut, without splitting a surrogate pair. */
function clip(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    let end = Math.max(0, maxLength - 1);
    if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** For terminals and logs: no control characters (ANSI escapes, newlines, `::` workflow commands). */
function plainText(text, maxLength = 80) {
    // Control characters, and the bidirectional overrides that can make "i-1 in A" read as
    // something else (U+202A-202E, U+2066-2069, LRM/RLM, ALM).
    return clip(text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '?'), maxLength);
}
/**
 * GitHub turns `@name` into a mention, `#12` and `GH-12` into issue links, and bare
 * `https://…` and `www.…` into links, after it has decoded entities: only a zero-width space
 * inside the trigger stops each of them.
 */
function withoutAutolinks(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/\b(gh)-(\d)/gi, `$1-${ZWSP}$2`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
/**
 * For GitHub markdown (job summary, issues, comments): no HTML, no markdown structure, no
 * @-mentions, no #123 cross-references, no autolinks, no table-breaking pipes.
 */
function markdownText(text, maxLength = 200) {
    // Autolinks first: the entities written next contain `#` themselves.
    return withoutAutolinks(plainText(text, maxLength))
        .replace(/[\\`*_{}[\]()<>+!|~&]/g, (ch) => `&#${ch.charCodeAt(0)};`)
        .replace(/^([-=]+)/, '\\$1');
}
/**
 * Untrusted text as an inline code span inside a table cell. In code spans GitHub decodes no
 * entities and links nothing, so only backticks (which would end the span), pipes (which end
 * the cell even there, unless escaped) and control characters need care.
 */
function codeSpan(text, maxLength = 100) {
    return `\`${plainText(text, maxLength).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version the report, the summary and new issue markers carry; a test keeps it equal to
// package.json's (the bundles cannot read package.json at run time from every install).
const VERSION = '0.2.0';


/***/ }),

/***/ 2829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qM: () => (/* binding */ compileMatcher),
/* harmony export */   rl: () => (/* binding */ hasWildcard)
/* harmony export */ });
/* unused harmony export compileGlob */
// Allowlist text matching: exact unless the pattern holds `*` or `?`. Every other character
// is literal, so names such as `webapps (Prod)` or `a.b+c` need no escaping.
//
// Whoever can tag an instance chooses the text (a Name of 256 characters is AWS's limit), so
// matching must not backtrack: a regular expression such as /^.*a.*a.*a.*$/ takes exponential
// time on a long non-matching name. The pattern is split at `*` into segments; the first is
// anchored at the start, the last at the end, and each middle one is taken at its leftmost
// place, which is always safe because a later `*` can absorb whatever follows. Work is
// O(text x pattern) at worst, with no state kept between calls.
function hasWildcard(pattern) {
    return pattern.includes('*') || pattern.includes('?');
}
function compileMatcher(patterns) {
    const literals = new Set(patterns.filter((p) => !hasWildcard(p)));
    const globs = patterns.filter(hasWildcard).map(compileGlob);
    return (text) => text !== undefined && (literals.has(text) || globs.some((glob) => glob(text)));
}
/** One wildcard pattern as a matcher; exported for the adversarial tests. */
function compileGlob(pattern) {
    const segments = pattern.split('*');
    if (segments.length === 1)
        return (text) => text.length === pattern.length && segmentAt(text, pattern, 0);
    const head = segments[0];
    const tail = segments[segments.length - 1];
    const middle = segments.slice(1, -1).filter((s) => s !== '');
    const fixed = head.length + tail.length;
    return (text) => {
        if (text.length < fixed || !segmentAt(text, head, 0) || !segmentAt(text, tail, text.length - tail.length))
            return false;
        let from = head.length;
        const end = text.length - tail.length;
        for (const segment of middle) {
            const at = findSegment(text, segment, from, end);
            if (at < 0)
                return false;
            from = at + segment.length;
        }
        return true;
    };
}
/** Whether `segment` (where `?` is any one character) stands in `text` at `at`. */
function segmentAt(text, segment, at) {
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch !== '?' && text[at + i] !== ch)
            return false;
    }
    return true;
}
/** The leftmost place in [from, end) where the whole segment fits, or -1. */
function findSegment(text, segment, from, end) {
    for (let at = from; at + segment.length <= end; at++)
        if (segmentAt(text, segment, at))
            return at;
    return -1;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ createGitHub),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   n6: () => (/* binding */ webUrlOf)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2264);
// Octokit with GitHub's recommended etiquette: the throttling plugin paces writes and waits
// out primary and secondary rate limits (Retry-After); the retry plugin retries 5xx. Creates
// and comments opt out of blind retries (apply.ts checks before repeating them).



const PortwardenOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/** Rate-limit waits we accept before giving up on a request. */
const MAX_RATE_LIMIT_RETRIES = 4;
function createGitHub(token, baseUrl, warn) {
    return new PortwardenOctokit({
        auth: token,
        baseUrl,
        userAgent: 'portwarden',
        log: { debug: () => undefined, info: () => undefined, warn, error: warn },
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                warn(`GitHub rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                warn(`GitHub secondary rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
        },
    });
}
function statusOf(error) {
    return typeof error?.status === 'number' ? error.status : undefined;
}
/** The web address of an API root: api.github.com -> github.com; GHES /api/v3 -> the host. */
function webUrlOf(apiUrl) {
    const url = new URL(apiUrl);
    if (url.hostname.startsWith('api.'))
        return `${url.protocol}//${url.host.slice('api.'.length)}`;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/$/, '')}`;
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ postCommentOnce),
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   V8: () => (/* binding */ ensureStickyComment),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7369);
// Comments are POSTs, which are not idempotent: a 5xx or a dropped connection does not say
// whether GitHub made the comment. Every comment Portwarden writes goes through here, so a
// retry never makes a duplicate.



/** POSTs that create something are not idempotent: never retried blindly. */
const NO_BLIND_RETRY = { request: { retries: 0 } };
const CREATE_ATTEMPTS = 3;
/** Look before trying again, so a retry never makes a duplicate issue or comment. */
async function createOnce(post, existing, sleep) {
    for (let attempt = 1;; attempt++) {
        try {
            return await post();
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
            if (attempt >= CREATE_ATTEMPTS)
                throw error;
            if (status === 429) {
                // Refused, so certainly not created: wait as told and send it again.
                await sleep(retryAfterMs(error));
                continue;
            }
            if (status !== undefined && status < 500)
                throw error;
            await sleep(1000 * attempt);
            const found = await existing();
            if (found !== undefined)
                return found;
        }
    }
}
function retryAfterMs(error) {
    const header = error.response?.headers?.['retry-after'];
    const seconds = Number(header);
    return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) * 1000 : 1000;
}
/**
 * Posts `body` on an issue or pull request once. Reopen and close comments repeat word for
 * word across cycles: only a comment made since this attempt began can be the one a failed
 * response hid.
 */
async function postCommentOnce(github, target, issueNumber, body, sleep) {
    const since = new Date(Date.now() - 60_000).toISOString();
    await createOnce(() => github.rest.issues.createComment({ ...target, issue_number: issueNumber, body, ...NO_BLIND_RETRY }).then((r) => r.data.id), async () => {
        const recent = await github.rest.issues.listComments({ ...target, issue_number: issueNumber, since, per_page: 100 });
        return recent.data.find((c) => c.body === body)?.id;
    }, sleep);
}
/**
 * One comment per pull request, found by its marker among our own account's comments (the
 * author can post one that starts with the marker too), edited in place. A fork's pull
 * request gets a read-only token whatever the workflow asks for, so a 403 is `skipped`.
 */
async function ensureStickyComment(github, target, pullNumber, comment, own, sleep) {
    try {
        const comments = await github.paginate(github.rest.issues.listComments, { ...target, issue_number: pullNumber, per_page: 100 });
        const mine = comments.find((c) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwn */ .N)(c.user, own) && c.body?.startsWith(comment.marker));
        if (mine?.body === comment.body)
            return { outcome: 'unchanged' };
        if (mine) {
            await github.rest.issues.updateComment({ ...target, comment_id: mine.id, body: comment.body });
            return { outcome: 'updated' };
        }
        await postCommentOnce(github, target, pullNumber, comment.body, sleep);
        return { outcome: 'created' };
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 403)
            return { outcome: 'skipped', detail: `the token may not comment (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); fork pull requests get a read-only token` };
        throw error;
    }
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveOwnAccounts),
/* harmony export */   N: () => (/* binding */ isOwn)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
// Which GitHub account Portwarden writes as. Trust in an issue comes from its author, never
// from its text: anyone who may open an issue can paste a marker, so only issues (and pull
// requests and comments) created by these accounts are Portwarden's. Accounts are compared
// by numeric id, which, unlike a login, cannot be renamed onto someone else.


/**
 * GraphQL `viewer` answers for personal, GitHub App installation and job tokens alike (REST
 * `GET /user` refuses the last two). `bot-login` adds former identities, so a team moving from
 * the job token to an App keeps its issues, and states the login when `viewer` cannot answer.
 */
async function resolveOwnAccounts(github, botLogins) {
    const ids = new Set();
    const logins = [];
    let viewerProblem;
    try {
        const { viewer } = await github.graphql('query { viewer { login databaseId } }');
        if (typeof viewer.databaseId !== 'number')
            throw new Error('the answer has no databaseId');
        ids.add(viewer.databaseId);
        logins.push(viewer.login);
    }
    catch (error) {
        viewerProblem = `${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) ?? ''} ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`.replace(/\s+/g, ' ').trim();
    }
    for (const login of botLogins) {
        if (logins.includes(login))
            continue;
        try {
            const { data } = await github.rest.users.getByUsername({ username: login });
            ids.add(data.id);
            logins.push(data.login);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`bot-login: cannot find the GitHub account "${login}" (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) ?? ''} ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}): give the exact login, e.g. github-actions[bot] or my-app[bot]. Nothing was changed`);
        }
    }
    if (ids.size === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`bot-login: cannot tell which account this token writes as (GraphQL viewer: ${viewerProblem ?? 'no answer'}), so Portwarden cannot tell its own issues from forged ones. ` +
            "Set bot-login to the token's login: github-actions[bot] for the job token, <app-slug>[bot] for a GitHub App. Nothing was changed");
    }
    return { ids, logins };
}
function isOwn(user, own) {
    return typeof user?.id === 'number' && own.ids.has(user.id);
}


/***/ }),

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ assertPrivateRepository),
/* harmony export */   OS: () => (/* binding */ readIssue),
/* harmony export */   T4: () => (/* binding */ listPortwardenIssues),
/* harmony export */   eP: () => (/* binding */ listingWarnings)
/* harmony export */ });
/* unused harmony export toExistingIssue */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_issues_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5980);
/* harmony import */ var _core_issues_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1524);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7369);
// Reading Portwarden's issues: once per run, by label (state all, 100 per page). An issue whose
// label a person removed is found by one search for our account's unlabelled issues (usually
// none), so it is relabelled, closed or reopened instead of duplicated. Never one search per finding.
//
// Only issues that Portwarden's own account opened count, whatever their label or marker: a
// marker is public facts anyone can paste into an issue of their own.





async function assertPrivateRepository(github, target, allowPublic) {
    let isPrivate;
    try {
        isPrivate = (await github.rest.repos.get({ ...target })).data.private;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`repository: cannot read ${target.owner}/${target.repo} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(error) ?? ''} ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}): check the name and that the token may read it`);
    }
    if (!isPrivate && !allowPublic) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`allow-public-repository: ${target.owner}/${target.repo} is public, and Portwarden issues describe your attack surface. Use a private repository, or set allow-public-repository: true`);
    }
}
async function listPortwardenIssues(github, target, own) {
    const listing = { issues: [], skipped: [], foreign: [] };
    const seen = new Set();
    const labelled = await github.paginate(github.rest.issues.listForRepo, {
        ...target,
        labels: _core_issues_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PORTWARDEN_LABEL */ .uF,
        state: 'all',
        per_page: 100,
    });
    const unlabelled = [];
    for (const login of own.logins)
        unlabelled.push(...(await unlabelledIssuesOf(github, target, login)));
    for (const [item, hasLabel] of [...labelled.map((i) => [i, true]), ...unlabelled.map((i) => [i, false])]) {
        if (item.pull_request || seen.has(item.number))
            continue;
        seen.add(item.number);
        const read = await readIssue(github, target, item, own, hasLabel);
        if (read.kind === 'issue')
            listing.issues.push(read.issue);
        else if (read.kind === 'foreign')
            listing.foreign.push({ number: item.number, author: read.author });
        else if (read.kind === 'skipped')
            listing.skipped.push({ number: item.number, problem: read.problem });
    }
    listing.issues.sort((a, b) => a.number - b.number);
    return listing;
}
/**
 * One issue as Portwarden's, or why not. `hasLabel`: labelled issues without a marker in the
 * body look for it in Portwarden's identity comment; our account's other issues (a personal
 * token's, found by the search) are none of our business.
 */
async function readIssue(github, target, item, own, hasLabel = true) {
    const read = (0,_core_issues_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .readMarker */ .t7)(item.body);
    if (!(0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwn */ .N)(item.user, own))
        return read.kind === 'none' ? { kind: 'none' } : { kind: 'foreign', author: item.user?.login ?? 'an unknown account' };
    if (read.kind === 'valid')
        return { kind: 'issue', issue: toExistingIssue(item, read.marker, 'body') };
    if (!hasLabel && read.kind === 'none')
        return { kind: 'none' };
    const restored = await markerFromIdentityComment(github, target, item.number, own);
    if (restored)
        return { kind: 'issue', issue: toExistingIssue(item, restored, 'comment') };
    return { kind: 'skipped', problem: read.kind === 'invalid' ? read.problem : 'its body has no Portwarden marker' };
}
/** Portwarden's first comment on an issue holds a second copy of the marker. */
async function markerFromIdentityComment(github, target, issueNumber, own) {
    const { data } = await github.rest.issues.listComments({ ...target, issue_number: issueNumber, per_page: 100 });
    for (const comment of data) {
        if (!(0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwn */ .N)(comment.user, own))
            continue;
        const read = (0,_core_issues_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .readMarker */ .t7)(comment.body);
        if (read.kind === 'valid')
            return read.marker;
    }
    return undefined;
}
/** One line for the log and the summary: which issues were left alone, and why. */
function listingWarnings(listing) {
    const warnings = listing.skipped.map((s) => `issue #${s.number} was skipped: ${s.problem}. Portwarden leaves it alone; restore its marker from Portwarden's first comment on it, or close it`);
    if (listing.foreign.length > 0) {
        const shown = listing.foreign.slice(0, 10).map((f) => `#${f.number} (by ${f.author})`);
        warnings.push(`${listing.foreign.length} issue(s) carry a Portwarden marker but were not opened by Portwarden (${listing.foreign.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ')}): ignored. ` +
            'Only issues Portwarden opened can track or silence a port');
    }
    return warnings;
}
/**
 * The creator's issues without our label. The search costs one request where listing all of the
 * creator's issues would cost as many pages as the label listing again; when the search cannot
 * answer completely (an error, a timed-out search, over its 1,000-result cap) the exact listing
 * is used at once, without retries. The search index trails writes by seconds: a label removed in the moment before a run
 * is found by the next run, and an issue opened meanwhile is closed then as a duplicate.
 */
async function unlabelledIssuesOf(github, target, creator) {
    const author = creator.endsWith('[bot]') ? `app/${creator.slice(0, -'[bot]'.length)}` : creator;
    const q = `repo:${target.owner}/${target.repo} is:issue -label:${_core_issues_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PORTWARDEN_LABEL */ .uF} author:${author}`;
    try {
        // Page by page: octokit's paginate would drop the per-request `retries` option.
        const found = [];
        for (let page = 1;; page++) {
            const { data } = await github.rest.search.issuesAndPullRequests({ q, per_page: 100, page, request: { retries: 0 } });
            if (data.incomplete_results || data.total_count > 1000)
                throw new Error('incomplete search');
            found.push(...data.items);
            if (data.items.length < 100 || found.length >= data.total_count)
                break;
        }
        return found;
    }
    catch {
        const all = await github.paginate(github.rest.issues.listForRepo, { ...target, creator, state: 'all', per_page: 100 });
        return all.filter((i) => !i.labels.some((l) => (typeof l === 'string' ? l : l.name) === _core_issues_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PORTWARDEN_LABEL */ .uF));
    }
}
function toExistingIssue(item, marker, markerFrom = 'body') {
    return {
        number: item.number,
        state: item.state === 'closed' ? 'closed' : 'open',
        stateReason: (item.state_reason ?? null),
        title: item.title,
        body: item.body ?? '',
        labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        fingerprint: marker.fingerprint,
        identity: marker.identity,
        sources: marker.sources,
        material: marker.material,
        ...(marker.tags ? { tags: marker.tags } : {}),
        ...(markerFrom === 'comment' ? { markerFrom } : {}),
    };
}


/***/ })

};
