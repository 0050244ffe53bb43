export const id = 488;
export const ids = [488];
export const modules = {

/***/ 4195:
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

// EXTERNAL MODULE: ./src/core/tags.ts
var tags = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/core/wildcard.ts
var wildcard = __webpack_require__(2829);
;// CONCATENATED MODULE: ./src/core/allowlist/compiled-rules.ts


const nameOf = (e) => (0,tags/* tagValue */.E)(e.resource.tags, 'Name') ?? e.resource.name;
function compileRule(rule, today) {
    const checks = [];
    const field = (patterns, read) => {
        if (patterns === undefined)
            return;
        const matcher = (0,wildcard/* compileMatcher */.qM)(patterns);
        checks.push((e) => matcher(read(e)));
    };
    field(rule.match.accounts, (e) => e.accountId);
    field(rule.match.regions, (e) => e.region);
    field(rule.match.instanceIds, (e) => e.resource.id);
    field(rule.match.name, nameOf);
    for (const [key, patterns] of Object.entries(rule.match.tags ?? {}))
        field(patterns, (e) => (0,tags/* tagValue */.E)(e.resource.tags, key));
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

;// CONCATENATED MODULE: ./src/core/allowlist/evaluate.ts
// Exposures + allowlist + today -> verdicts. Pure: the same inputs always give the same
// verdicts, so every rule of the allowlist contract is tested with plain data.






function evaluate(exposures, allowlist, options, strategy = { indexed: true }) {
    const rules = allowlist.rules.map((rule) => compileRule(rule, options.today));
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
    const index = new RuleIndex(rules);
    const tagKeys = [...new Set(allowRules.flatMap((r) => Object.keys(r.match.tags ?? {})))];
    // By instance id first, then every other fact compared in place: no key string is built
    // per exposure (that alone cost more than the matching it saves).
    const byId = new Map();
    return (exposure) => {
        const name = nameOf(exposure);
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

/***/ 8012:
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

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/allowlist/schema-problems.ts



/** Each schema error once, worded for the person editing the file, at its key or value. */
function schemaProblems(errors, root, value, problemAt) {
    // `"alow"` makes two errors: an unknown key and a missing `allow`. The first says it all.
    const explainedByTypo = new Set(errors
        .filter((e) => e.keyword === 'additionalProperties')
        .map((e) => `${e.instancePath}|${(0,suggest/* closest */.k)(String(e.params.additionalProperty), knownKeys(e)) ?? ''}`));
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
            const guess = (0,suggest/* closest */.k)(key, knownKeys(error));
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
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   y_: () => (/* binding */ exposureFingerprint)
/* harmony export */ });
/* unused harmony export fingerprintOf */
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


/***/ })

};
