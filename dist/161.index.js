export const id = 161;
export const ids = [161];
export const modules = {

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


/***/ }),

/***/ 7161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceptAction: () => (/* binding */ acceptAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/accept/command.ts
// `/portwarden allow reason: "Contractor VPN, see SEC-123" expires: 2027-03-01 scope: name`
// Comment text is untrusted: parsed strictly into data, never executed or interpolated.
/** The allowlist schema's limit on `reason`. */
const MAX_REASON = 1000;
const USAGE = 'write: /portwarden allow reason: "why this port is expected" [expires: YYYY-MM-DD] [scope: instance|name|tag:KEY]';
/**
 * The command lines of a comment: lines that start with `/portwarden` at the margin (up to
 * three spaces, as markdown allows), outside fenced and indented code blocks and quotes. A
 * command shown in a code block, or quoted from someone else's comment, is not a command.
 */
function commandLines(body) {
    const found = [];
    let fence;
    for (const line of body.split(/\r?\n/)) {
        const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence !== undefined) {
            if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener)
                fence = undefined;
            continue;
        }
        if (opener) {
            fence = opener;
            continue;
        }
        if (/^ {0,3}\/portwarden(\s|$)/.test(line))
            found.push(line.trim());
    }
    return found;
}
function parseAcceptComment(body) {
    const line = commandLines(body)[0];
    if (!line)
        return { kind: 'none' };
    const head = /^\/portwarden\s+allow(?:\s+|$)/.exec(line);
    if (!head)
        return { kind: 'invalid', problem: `only "/portwarden allow" is understood; ${USAGE}` };
    const fields = new Map();
    let rest = line.slice(head[0].length);
    while (rest.trim() !== '') {
        const match = /^\s*([a-z]+):\s*("(?:[^"\\]|\\.)*"|[^\s"]+)\s*/.exec(rest);
        if (!match)
            return { kind: 'invalid', problem: `cannot read "${rest.trim().slice(0, 40)}"; ${USAGE}` };
        const key = match[1];
        if (!['reason', 'expires', 'scope'].includes(key))
            return { kind: 'invalid', problem: `unknown field "${key}"; ${USAGE}` };
        if (fields.has(key))
            return { kind: 'invalid', problem: `"${key}" is given twice` };
        const raw = match[2];
        fields.set(key, raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
        rest = rest.slice(match[0].length);
    }
    const reason = fields.get('reason')?.trim();
    if (!reason || reason.length < 3)
        return { kind: 'invalid', problem: `a reason is required (3 to ${MAX_REASON} characters); ${USAGE}` };
    if (reason.length > MAX_REASON)
        return { kind: 'invalid', problem: `the reason has ${reason.length} characters; the allowlist takes at most ${MAX_REASON}` };
    const expires = fields.get('expires');
    if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
        return { kind: 'invalid', problem: `expires "${expires}" is not YYYY-MM-DD` };
    const scopeText = fields.get('scope') ?? 'instance';
    const tag = /^tag:(.+)$/.exec(scopeText);
    const scope = scopeText === 'instance'
        ? { kind: 'instance' }
        : scopeText === 'name'
            ? { kind: 'name' }
            : tag
                ? { kind: 'tag', key: tag[1] }
                : undefined;
    if (!scope)
        return { kind: 'invalid', problem: `scope "${scopeText}" is not instance, name or tag:KEY` };
    return { kind: 'command', command: { reason, ...(expires ? { expires } : {}), scope } };
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/core/tags.ts
var core_tags = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/core/wildcard.ts
var wildcard = __webpack_require__(2829);
// EXTERNAL MODULE: ./src/core/aws-ids.ts
var aws_ids = __webpack_require__(3249);
;// CONCATENATED MODULE: ./src/core/accept/rule-edit.ts
// The rule an accepted issue becomes, and its insertion into allowlist.json. The file is
// edited, not re-serialised (jsonc-parser's modify keeps every other byte as it was), so the
// pull request's diff is exactly the new rule.





function ruleForIssue(issue, command, options) {
    const limit = (0,dates/* addDays */.f)(options.today, options.maxExpiryDays);
    const expires = command.expires ?? limit;
    if (!(0,dates/* isCalendarDate */.t)(expires))
        return { ok: false, problem: `expires ${expires} is not a calendar date: write YYYY-MM-DD` };
    if (expires > limit)
        return {
            ok: false,
            problem: `expires ${expires} is more than max-expiry-days (${options.maxExpiryDays}) ahead: use ${limit} or earlier`,
        };
    if (expires < options.today)
        return { ok: false, problem: `expires ${expires} is in the past` };
    if (issue.material.uncovered.endsWith('…'))
        return { ok: false, problem: 'the issue has too many separate port ranges to allow in one command: write the rule by hand' };
    const { accountId, region, resourceId, protocol } = issue.identity;
    // The identity came from AWS or a saved export: copied into a rule, a `*` there would be a
    // wildcard of someone else's choosing, and an odd id a rule that matches nothing on purpose.
    if (!(0,aws_ids/* isAccountId */.JG)(accountId) || !(0,aws_ids/* isRegion */.Dp)(region) || !(0,aws_ids/* isInstanceId */.zo)(resourceId)) {
        return {
            ok: false,
            problem: `the issue's account, region or instance id (${accountId}/${region}/${resourceId}) is not a plain AWS id: write this rule by hand`,
        };
    }
    const base = { accounts: [accountId], regions: [region] };
    const byInstance = { ...base, instanceIds: [resourceId] };
    let match = byInstance;
    let note;
    // A Name or tag value is written by whoever may tag the instance: copied into a rule, `*`
    // or `?` would become a wildcard of their choosing. Such a value is matched by instance.
    const literalOr = (what, value, scoped) => {
        if (!(0,wildcard/* hasWildcard */.rl)(value))
            return scoped;
        note = `the ${what} holds * or ?, which the allowlist reads as wildcards, so the rule names the instance instead`;
        return byInstance;
    };
    if (command.scope.kind === 'name') {
        if (!issue.material.name)
            return { ok: false, problem: `${resourceId} has no Name tag: use scope: instance` };
        match = literalOr('Name', issue.material.name, { ...base, name: [issue.material.name] });
    }
    else if (command.scope.kind === 'tag') {
        const key = command.scope.key;
        const value = (0,core_tags/* tagValue */.E)(issue.tags, key);
        if (value === undefined)
            return { ok: false, problem: `${resourceId} has no tag "${key}" that Portwarden recorded` };
        match = literalOr(`value of tag "${key}"`, value, { ...base, tags: Object.fromEntries([[key, value]]) });
    }
    const ports = issue.material.uncovered.split(', ').map((r) => (/^\d+$/.test(r) ? Number(r) : r));
    const rule = {
        id: `accept-issue-${issue.number}-${protocol}`,
        match,
        allow: { [protocol]: ports },
        reason: command.reason,
        owner: `@${options.commenter}`,
        expires,
    };
    return { ok: true, rule, ...(note ? { note } : {}) };
}
/**
 * Adds the rule after the last one, or replaces the rule with the same id (a second command
 * on the same issue). Only those bytes change: the earlier rules keep their layout, however
 * compact, so the pull request's diff is the new rule and at most one comma.
 */
function withRule(text, rule) {
    const rules = (0,main.findNodeAtLocation)((0,main.parseTree)(text) ?? {}, ['rules']);
    if (!rules || rules.type !== 'array')
        throw new Error('the allowlist has no "rules" list');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const unit = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const items = rules.children ?? [];
    const same = items.find((item) => (0,main.findNodeAtLocation)(item, ['id'])?.value === rule.id);
    const anchor = same ?? items[items.length - 1];
    const indent = anchor ? (indentAt(text, anchor.offset) ?? unit.repeat(2)) : `${lineIndent(text, rules.offset)}${unit}`;
    const formatted = JSON.stringify(rule, null, unit).split('\n').join(`${eol}${indent}`);
    if (same)
        return `${text.slice(0, same.offset)}${formatted}${text.slice(same.offset + same.length)}`;
    if (anchor) {
        const end = anchor.offset + anchor.length;
        return `${text.slice(0, end)},${eol}${indent}${formatted}${text.slice(end)}`;
    }
    // An empty list: `[]` becomes a list of one rule.
    const open = rules.offset + 1;
    const close = rules.offset + rules.length - 1;
    return `${text.slice(0, open)}${eol}${indent}${formatted}${eol}${lineIndent(text, rules.offset)}${text.slice(close)}`;
}
/** The whitespace before `offset` on its line, when only whitespace stands there. */
function indentAt(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    return /^[ \t]*$/.test(before) ? before : undefined;
}
function lineIndent(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))[0];
}

// EXTERNAL MODULE: ./src/core/allowlist/compiled-rules.ts
var compiled_rules = __webpack_require__(2392);
// EXTERNAL MODULE: ./src/core/findings/known-exposures.ts
var known_exposures = __webpack_require__(1038);
;// CONCATENATED MODULE: ./src/core/accept/rule-scope.ts
// The last check on a rule that accept mode is about to propose: it must match the issue's
// own resource, and in the latest trusted report nothing the issue's scope did not name.
// Accept mode writes only literal values, so this holds by construction today; the check
// keeps it true if the rule builder ever changes.



function scopeProblem(rule, issue, known, today) {
    const list = (v) => (Array.isArray(v) ? v.map(String) : undefined);
    const m = rule.match;
    const tags = m.tags && typeof m.tags === 'object' ? Object.fromEntries(Object.entries(m.tags).map(([k, v]) => [k, [String(v)]])) : undefined;
    const allowRule = {
        id: rule.id,
        match: {
            ...(list(m.accounts) ? { accounts: list(m.accounts) } : {}),
            ...(list(m.regions) ? { regions: list(m.regions) } : {}),
            ...(list(m.instanceIds) ? { instanceIds: list(m.instanceIds) } : {}),
            ...(list(m.name) ? { name: list(m.name) } : {}),
            ...(tags ? { tags } : {}),
        },
        allow: {},
        reason: rule.reason,
        line: 0,
    };
    const compiled = (0,compiled_rules/* compileRule */.mk)(allowRule, today);
    const self = (0,known_exposures/* exposuresFromIssues */.h)([{ ...issue, state: 'open' }])[0];
    if (!compiled.matches(self))
        return `the rule would not match ${issue.identity.resourceId} itself`;
    const same = (e) => e.accountId === issue.identity.accountId &&
        e.region === issue.identity.region &&
        (allowRule.match.instanceIds ? e.resource.id === issue.identity.resourceId : true) &&
        (allowRule.match.name ? ((0,core_tags/* tagValue */.E)(e.resource.tags, 'Name') ?? e.resource.name) === issue.material.name : true) &&
        Object.entries(tags ?? {}).every(([key, [value]]) => (0,core_tags/* tagValue */.E)(e.resource.tags, key) === value);
    const broader = [
        ...new Set(known.filter((e) => compiled.matches(e) && !same(e)).map((e) => `${e.accountId}/${e.region}/${e.resource.id}`)),
    ];
    return broader.length > 0
        ? `the rule would also match ${broader.length} other resource(s) in the latest report, such as ${broader[0]}`
        : undefined;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/report-artifact.ts + 1 modules
var report_artifact = __webpack_require__(129);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(651);
// EXTERNAL MODULE: ./src/github/session.ts
var github_session = __webpack_require__(7599);
// EXTERNAL MODULE: ./src/core/allowlist/check.ts + 2 modules
var allowlist_check = __webpack_require__(249);
// EXTERNAL MODULE: ./src/core/report/check-render.ts
var check_render = __webpack_require__(5119);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/github/pull-requests.ts
// Accept mode's branch and pull request: one branch and one pull request per issue, written
// only by Portwarden (modes/accept/branch.ts decides whether a branch may be reused).


/** Every pull request (open or closed) whose head is `branch` in the repository itself. */
async function pullsForBranch(github, target, branch) {
    const pulls = (await github.rest.pulls.list({ ...target, head: `${target.owner}:${branch}`, state: 'all', per_page: 100 })).data;
    return pulls.map((p) => ({ number: p.number, state: p.state, body: p.body, headSha: p.head.sha, user: p.user }));
}
/** The branch's last commit; `undefined` when there is no such branch. */
async function branchHead(github, target, branch) {
    try {
        return (await github.rest.git.getRef({ ...target, ref: `heads/${branch}` })).data.object.sha;
    }
    catch (error) {
        if ((0,client/* statusOf */.c2)(error) === 404)
            return undefined;
        throw error;
    }
}
/** Accept mode's pull request: the branch, the edited allowlist committed there, one pull request per issue. */
async function openOrUpdatePullRequest(github, target, change) {
    const ref = `heads/${change.branch}`;
    if (change.branchAction === 'create')
        await github.rest.git.createRef({ ...target, ref: `refs/${ref}`, sha: change.baseSha });
    if (change.branchAction === 'reset')
        await github.rest.git.updateRef({ ...target, ref, sha: change.baseSha, force: true });
    const sha = (await (0,repository/* readFileAt */._T)(github, target, change.path, change.branch))?.sha;
    const commit = await github.rest.repos.createOrUpdateFileContents({
        ...target,
        path: change.path,
        branch: change.branch,
        message: change.commitMessage,
        content: Buffer.from(change.text).toString('base64'),
        ...(sha ? { sha } : {}),
    });
    const body = change.body(commit.data.commit.sha ?? '');
    if (change.existingPull !== undefined) {
        const pull = await github.rest.pulls.update({ ...target, pull_number: change.existingPull, title: change.title, body });
        return { number: pull.data.number, url: pull.data.html_url, created: false };
    }
    try {
        const pull = await github.rest.pulls.create({ ...target, title: change.title, head: change.branch, base: change.baseBranch, body });
        return { number: pull.data.number, url: pull.data.html_url, created: true };
    }
    catch (error) {
        // A branch with Portwarden's commit but no pull request would be refused next time (its
        // head is recorded nowhere): take it away, so the command can simply be repeated.
        await github.rest.git.deleteRef({ ...target, ref }).catch(() => undefined);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/modes/accept/branch.ts


const ACCEPT_MARKER = '<!-- portwarden-accept:';
async function branchPlan(session, branch, writers) {
    const { github, target } = session;
    const pulls = await pullsForBranch(github, target, branch);
    const open = pulls.find((p) => p.state === 'open');
    if (open) {
        if (!(0,identity/* isOwn */.N)(open.user, writers))
            return {
                kind: 'refuse',
                why: `its open pull request #${open.number} was opened by ${open.user?.login ?? 'another account'}, not by Portwarden`,
            };
        const pushed = recordedHead(open.body);
        if (open.headSha !== pushed)
            return {
                kind: 'refuse',
                why: `pull request #${open.number} has commits Portwarden did not make (its head is ${open.headSha.slice(0, 12)}, Portwarden last pushed ${pushed?.slice(0, 12) ?? 'nothing it recorded'})`,
            };
        return { kind: 'update', pull: open.number };
    }
    const head = await branchHead(github, target, branch);
    if (head === undefined)
        return { kind: 'create' };
    // A branch left by Portwarden's own closed pull request is started again from the base.
    const left = pulls.some((p) => (0,identity/* isOwn */.N)(p.user, writers) && recordedHead(p.body) === head);
    return left
        ? { kind: 'reset' }
        : { kind: 'refuse', why: `the branch exists and its last commit ${head.slice(0, 12)} is not one Portwarden pushed` };
}
function headRecord(issue, head) {
    return `${ACCEPT_MARKER}${JSON.stringify({ issue, head })} -->`;
}
function recordedHead(body) {
    const start = body?.lastIndexOf(ACCEPT_MARKER) ?? -1;
    if (!body || start < 0)
        return undefined;
    try {
        const value = JSON.parse(body.slice(start + ACCEPT_MARKER.length, body.indexOf(' -->', start)));
        return typeof value.head === 'string' ? value.head : undefined;
    }
    catch {
        return undefined;
    }
}
function mergeAccounts(a, b) {
    return { ids: new Set([...a.ids, ...b.ids]), logins: [...new Set([...a.logins, ...b.logins])] };
}

;// CONCATENATED MODULE: ./src/modes/accept/pull-request.ts
// The pull request that adds an accepted rule: the allowlist on the default branch with the
// rule inserted, checked as check mode would, on the issue's own branch.










async function proposePullRequest(request, made, options, warn) {
    const { session, issue, reply } = request;
    const { github, target, own } = session;
    const prGitHub = options.github?.prToken ? (0,client/* createGitHub */.Cl)(options.github.prToken, options.github.apiUrl, warn) : github;
    const writers = prGitHub === github ? own : mergeAccounts(own, await (0,identity/* resolveOwnAccounts */.L)(prGitHub, options.github?.botLogins ?? []));
    const base = await (0,repository/* defaultBranchHead */.Sk)(github, target);
    const path = options.allowlist.replace(/^\.\//, '');
    const file = await (0,repository/* readFileAt */._T)(github, target, path, base.branch);
    if (!file)
        throw new errors/* ConfigError */.xL(`allowlist: ${path} is not a file on ${base.branch}`);
    const text = withRule(file.text, made.rule);
    const check = (0,allowlist_check/* checkAllowlist */.m)({ headFile: path, headText: text, baseText: file.text, lint: options.lint, strict: false });
    if (check.errors.length > 0) {
        const errors = check.errors.map((e) => `- line ${e.line}: ${(0,core_text/* markdownText */.p7)(e.message, 300)}`).join('\n');
        await reply(`The rule would make ${path} invalid, so no pull request was opened:\n\n${errors}`);
        return { kind: 'refused', failure: 'accept: the new rule does not validate' };
    }
    const branch = `portwarden/accept-issue-${issue.number}`;
    const plan = await branchPlan({ ...session, github }, branch, writers);
    if (plan.kind === 'refuse') {
        await reply(`I did not touch \`${branch}\`: ${(0,core_text/* markdownText */.p7)(plan.why, 400)}. Delete the branch (or close that pull request) and comment again.`);
        return { kind: 'refused', failure: `accept: ${plan.why}` };
    }
    // Titles are cut at 256 characters by GitHub's refusal; say the ports short, and cut.
    const uncovered = issue.material.uncovered;
    const ports = `${issue.identity.protocol.toUpperCase()} ${uncovered.length <= 60 ? uncovered : `${uncovered.split(', ').length} ranges`}`;
    const note = made.note ? ` Note: ${made.note}.` : '';
    try {
        const pull = await openOrUpdatePullRequest(prGitHub, target, {
            branch,
            branchAction: plan.kind,
            baseBranch: base.branch,
            baseSha: base.sha,
            path,
            text,
            commitMessage: (0,core_text/* clip */.$Q)(`Allow ${ports} for #${issue.number}`, 256),
            title: (0,core_text/* clip */.$Q)(`Allow ${ports} on ${(0,core_text/* plainText */.wh)(issue.identity.resourceId, 64)} (#${issue.number})`, 256),
            body: (head) => pullBody({ ports, issue: issue.number, login: request.login, note, check, jobToken: !options.github?.prToken, head }),
            ...(plan.kind === 'update' ? { existingPull: plan.pull } : {}),
        });
        const verb = pull.created ? 'Opened' : 'Updated';
        await reply(`${verb} #${pull.number} with rule \`${made.rule.id}\`.${note} This issue closes after it is merged and the next scan runs.`);
        return { kind: 'opened', pull: pull.number };
    }
    catch (error) {
        if ((0,client/* statusOf */.c2)(error) === 403 && /not permitted to create or approve pull requests/i.test((0,errors/* messageOf */.bD)(error))) {
            throw new errors/* ConfigError */.xL('accept: GitHub Actions may not open pull requests here. Enable "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General), or pass pr-token');
        }
        throw error;
    }
}
function pullBody(p) {
    return [
        `Allows ${p.ports} for #${p.issue}, as @${p.login} asked.${p.note}`,
        '',
        'The issue stays open until the next scheduled scan, which closes it as "now allowed by rule" once this is merged.',
        p.jobToken ? '\n> Opened with the job token, so no workflow runs on this pull request; the allowlist check ran here instead:\n' : '',
        (0,check_render/* renderCheckMarkdown */.OL)(p.check, false),
        '',
        headRecord(p.issue, p.head),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/modes/accept/accept-mode.ts
// Accept mode: `/portwarden allow ...` on a Portwarden issue opens (or updates) the pull
// request that adds the rule. Only people with write, maintain or admin permission may, only
// on issues Portwarden's own account opened, and only on a branch Portwarden alone wrote.












const MAY_ACCEPT = ['admin', 'maintain', 'write'];
async function runAccept(options, event, warn) {
    if (!event.issue || !event.comment || event.issue.pull_request)
        return { kind: 'notice', text: 'accept: not a comment on an issue; nothing to do.' };
    const parsed = parseAcceptComment(event.comment.body);
    if (parsed.kind === 'none')
        return { kind: 'notice', text: 'accept: the comment holds no /portwarden command.' };
    if (!options.github)
        throw new errors/* ConfigError */.xL('repository: accept mode needs the repository that holds the issue');
    const session = await (0,github_session/* openSession */.f)(options.github, warn, false);
    const fields = {
        ...event.issue,
        state: event.issue.state === 'closed' ? 'closed' : 'open',
        state_reason: event.issue.state_reason ?? null,
    };
    const read = await (0,issues/* readIssue */.OS)(session.github, session.target, fields, session.own);
    // Anyone can open an issue with a marker in it: only Portwarden's own issues can be accepted.
    if (read.kind !== 'issue') {
        const author = read.kind === 'foreign' ? ` (it was opened by ${read.author}, not by Portwarden)` : '';
        return { kind: 'notice', text: `accept: #${event.issue.number} is not a Portwarden issue${author}; nothing changed.` };
    }
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const request = {
        session,
        issue: read.issue,
        login: event.comment.user.login,
        reply: (text) => (0,comments/* postCommentOnce */.D5)(session.github, session.target, read.issue.number, text, sleep),
    };
    const role = await (0,repository/* roleOf */.kp)(session.github, session.target, request.login);
    if (!MAY_ACCEPT.includes(role)) {
        await request.reply(`Thanks, @${request.login}. Only people with write, maintain or admin permission on this repository can accept an open port; please ask one of them.`);
        return { kind: 'notice', text: `accept: ${request.login} has role ${role}; nothing changed.` };
    }
    if (parsed.kind === 'invalid')
        return refuse(request, `I could not read that command: ${(0,core_text/* markdownText */.p7)(parsed.problem, 400)}`, parsed.problem);
    const made = await ruleFor(request, parsed.command, options);
    if (!made.ok)
        return refuse(request, made.reply, made.failure);
    return proposePullRequest(request, made, options, warn);
}
async function refuse(request, reply, problem) {
    await request.reply(reply);
    return { kind: 'refused', failure: `accept: ${problem}` };
}
/** The rule, checked against the latest trusted report (else the open issues) for its reach. */
async function ruleFor(request, command, options) {
    const { issue, session } = request;
    const settings = { commenter: request.login, today: options.today, maxExpiryDays: options.lint.maxExpiryDays };
    const made = ruleForIssue(issue, command, settings);
    if (!made.ok)
        return { ok: false, reply: `I could not make that rule: ${(0,core_text/* markdownText */.p7)(made.problem, 400)}`, failure: made.problem };
    const report = await (0,report_artifact/* latestReportExposures */.Y)(session.github, session.target, options.check.reportArtifact, new Date());
    const known = report.ok
        ? report.list
        : (0,known_exposures/* exposuresFromIssues */.h)((await (0,issues/* listPortwardenIssues */.T4)(session.github, session.target, session.own)).issues);
    const tooWide = scopeProblem(made.rule, issue, known, options.today);
    if (tooWide)
        return { ok: false, reply: `I did not open a pull request: ${(0,core_text/* markdownText */.p7)(tooWide, 400)}. Use \`scope: instance\`.`, failure: tooWide };
    return made;
}

;// CONCATENATED MODULE: ./src/modes/accept/action.ts
// Accept mode in the action: the issue_comment event -> runAccept -> notice, output or failure.



async function acceptAction(options, eventPath) {
    const event = eventPath ? JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8')) : {};
    const outcome = await runAccept(options, event, (m) => core/* warning */.$e(m));
    if (outcome.kind === 'notice')
        core/* notice */.lm(outcome.text);
    else if (outcome.kind === 'refused')
        core/* setFailed */.C1(outcome.failure);
    else
        core/* setOutput */.uH('pull-request', String(outcome.pull));
}


/***/ })

};
