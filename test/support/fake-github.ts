// A stateful, in-memory GitHub issues API on loopback. Every request and every response is
// validated against GitHub's OpenAPI description; violations are recorded and answered with
// 400 so a wrong call can never pass unnoticed. Faults are injected here, not in our code.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { example, matchOperation, validateRequest, validateResponse } from './openapi.js';

type Json = Record<string, unknown>;

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  user: string;
  comments: { id: number; body: string; user: string }[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface FakeRun {
  id: number;
  event: string;
  conclusion: string | null;
  head_branch: string;
  /** owner/name of the code the run ran (a fork's pull request runs the fork's). */
  head_repository: string;
  updated_at: string;
}

export type Fault = '500-before' | '502-after' | 'secondary-rate-limit' | '429';

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  fault?: Fault;
}

export interface FakeGitHub {
  url: string;
  /** path -> ref -> file text, served by the contents API. */
  files: Map<string, Map<string, string>>;
  /** A fork's pull request: the token may read but every write is refused with 403. */
  readOnly: boolean;
  /** Pull requests, for their conversation comments (the issues comments API); not listed as issues. */
  pulls: Map<number, FakeIssue>;
  /** Collaborator roles for the permission API (absent: read). */
  roles: Map<string, string>;
  /** Branches -> commit sha; the file contents per branch live in `files` keyed by ref. */
  branches: Map<string, string>;
  pullRequests: { number: number; title: string; body: string; head: string; base: string; state: 'open' | 'closed'; user: string }[];
  /** Issue search: 'incomplete' answers with incomplete_results (a timed-out search), 'unavailable' with 503. */
  search: 'ok' | 'incomplete' | 'unavailable';
  /** Refuse pull request creation as GitHub does when Actions may not create them. */
  refusePullRequests: boolean;
  /** Workflow artifacts: the list API shows them, the download API redirects to their zip. */
  artifacts: { id: number; name: string; zip: Buffer; created_at: string; expired?: boolean; runId?: number }[];
  /** Workflow runs by id, for the artifacts that name them. */
  runs: Map<number, FakeRun>;
  /** Numeric account ids by login: trust is decided by these, as on GitHub. */
  userIds: Map<string, number>;
  /** Whether GraphQL `viewer` answers for this token (some tokens cannot read it). */
  viewer: 'ok' | 'forbidden';
  issues: FakeIssue[];
  labels: Map<string, { name: string; color: string; description: string | null }>;
  log: LoggedRequest[];
  violations: string[];
  /** Decides per request whether to inject a fault. */
  faultFor: (request: { method: string; path: string }) => Fault | undefined;
  /** Successful non-GET requests since `from` (default: all). */
  writes(from?: number): LoggedRequest[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  token: string;
  private?: boolean;
  /** The login the token belongs to; `github-actions[bot]` cannot read /user. */
  login?: string;
  pageSize?: number;
}

const BOT = 'github-actions[bot]';

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const login = options.login ?? BOT;
  const fake: FakeGitHub = {
    url: '',
    files: new Map(),
    readOnly: false,
    pulls: new Map(),
    artifacts: [],
    runs: new Map(),
    userIds: new Map([[BOT, 41898282]]),
    viewer: 'ok',
    roles: new Map(),
    branches: new Map([['main', 'c'.repeat(40)]]),
    pullRequests: [],
    refusePullRequests: false,
    search: 'ok',
    issues: [],
    labels: new Map(),
    log: [],
    violations: [],
    faultFor: () => undefined,
    // GraphQL queries are POSTs that change nothing.
    writes: (from = 0) => fake.log.slice(from).filter((r) => r.method !== 'GET' && r.path !== '/graphql' && r.status < 300),
    close: async () => undefined,
  };
  let now = Date.parse('2026-11-23T06:00:00Z');
  const tick = () => new Date((now += 1000)).toISOString().replace('.000', '');
  let commentId = 9000;
  let commitCount = 0;
  const REPO_ID = 4242;
  const runObject = (run: FakeRun) => {
    const template = example('workflow-run');
    const repository = (name: string) => ({
      ...(template.repository as Json),
      full_name: name,
      name: name.split('/')[1],
      id: name === `${options.owner}/${options.repo}` ? REPO_ID : REPO_ID + 1,
    });
    return {
      ...template,
      id: run.id,
      run_number: run.id % 1000,
      event: run.event,
      conclusion: run.conclusion,
      status: 'completed',
      head_branch: run.head_branch,
      updated_at: run.updated_at,
      html_url: `${fake.url}/${options.owner}/${options.repo}/actions/runs/${run.id}`,
      repository: repository(`${options.owner}/${options.repo}`),
      head_repository: repository(run.head_repository),
    };
  };
  const artifactList = (items: FakeGitHub['artifacts']) => ({
    total_count: items.length,
    artifacts: items.map((a) => ({
      id: a.id,
      node_id: `A_${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${base()}/actions/artifacts/${a.id}`,
      archive_download_url: `${base()}/actions/artifacts/${a.id}/zip`,
      expired: a.expired ?? false,
      created_at: a.created_at,
      expires_at: a.created_at,
      updated_at: a.created_at,
      workflow_run: a.runId === undefined ? null : runSummary(a.runId),
    })),
  });
  const runSummary = (id: number) => {
    const run = fake.runs.get(id);
    return {
      id,
      repository_id: REPO_ID,
      head_repository_id: run && run.head_repository !== `${options.owner}/${options.repo}` ? REPO_ID + 1 : REPO_ID,
      head_branch: run?.head_branch ?? 'main',
      head_sha: 'e'.repeat(40),
    };
  };
  const base = () => `${fake.url}/repos/${options.owner}/${options.repo}`;

  const userId = (name: string) => {
    let id = fake.userIds.get(name);
    if (id === undefined) {
      id = 1000 + [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9_000_000, 7);
      fake.userIds.set(name, id);
    }
    return id;
  };
  const userObject = (name: string) => ({
    ...example('simple-user'),
    login: name,
    id: userId(name),
    node_id: `U_${name}`,
    type: name.endsWith('[bot]') ? 'Bot' : 'User',
  });
  const labelObject = (name: string) => {
    const label = fake.labels.get(name) ?? { name, color: 'ededed', description: null };
    return {
      id: name.length * 1000 + name.charCodeAt(0),
      node_id: `LA_${name}`,
      url: `${base()}/labels/${encodeURIComponent(name)}`,
      name,
      description: label.description,
      color: label.color,
      default: false,
    };
  };
  const issueObject = (issue: FakeIssue) => ({
    ...example('issue'),
    id: 1_000_000 + issue.number,
    node_id: `I_${issue.number}`,
    url: `${base()}/issues/${issue.number}`,
    repository_url: base(),
    labels_url: `${base()}/issues/${issue.number}/labels{/name}`,
    comments_url: `${base()}/issues/${issue.number}/comments`,
    events_url: `${base()}/issues/${issue.number}/events`,
    html_url: `${fake.url}/${options.owner}/${options.repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: userObject(issue.user),
    labels: issue.labels.map(labelObject),
    assignee: issue.assignees[0] ? userObject(issue.assignees[0]) : null,
    assignees: issue.assignees.map(userObject),
    milestone: null,
    locked: false,
    comments: issue.comments.length,
    pull_request: undefined,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_by: null,
    author_association: 'NONE',
  });
  const commentObject = (issue: FakeIssue, c: FakeIssue['comments'][number]) => ({
    ...example('issue-comment'),
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base()}/issues/comments/${c.id}`,
    html_url: `${fake.url}/${options.owner}/${options.repo}/issues/${issue.number}#issuecomment-${c.id}`,
    issue_url: `${base()}/issues/${issue.number}`,
    body: c.body,
    user: userObject(c.user),
    created_at: issue.updated_at,
    updated_at: issue.updated_at,
    author_association: 'NONE',
  });
  const refObject = (ref: string, sha: string) => ({
    ref: `refs/${ref}`,
    node_id: `REF_${ref}`,
    url: `${base()}/git/refs/${ref}`,
    object: { type: 'commit', sha, url: `${base()}/git/commits/${sha}` },
  });
  const pullObject = (pr: FakeGitHub['pullRequests'][number]) => {
    const template = example('pull-request');
    return {
      ...template,
      number: pr.number,
      title: pr.title,
      body: pr.body,
      state: pr.state,
      html_url: `${fake.url}/${options.owner}/${options.repo}/pull/${pr.number}`,
      requested_teams: [],
      requested_reviewers: [],
      user: userObject(pr.user),
      head: { ...(template.head as object), ref: pr.head, sha: fake.branches.get(pr.head) ?? '0'.repeat(40) },
      base: { ...(template.base as object), ref: pr.base },
    };
  };
  const findIssue = (n: string) => fake.issues.find((i) => i.number === Number(n));
  const findConversation = (n: string) => findIssue(n) ?? fake.pulls.get(Number(n));

  type Handler = (
    p: Record<string, string>,
    q: URLSearchParams,
    body: Json,
  ) => { status: number; body: unknown; headers?: Record<string, string> };
  const paginate = (items: unknown[], q: URLSearchParams, path: string) => {
    const perPage = Math.min(Number(q.get('per_page') ?? 30), options.pageSize ?? 100);
    const page = Number(q.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      headers.link = `<${fake.url}${path}?${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  };

  const routes: Record<string, Handler> = {
    'GET /repos/{owner}/{repo}': () => ({
      status: 200,
      // The spec's example nests fork parents that lack fields the schema requires; a plain repository has none.
      body: {
        ...withoutForkParents(example('full-repository-default-response')),
        language: null,
        default_branch: 'main',
        name: options.repo,
        full_name: `${options.owner}/${options.repo}`,
        private: options.private ?? true,
        visibility: options.private === false ? 'public' : 'private',
      },
    }),
    'GET /users/{username}': (p) => ({
      status: 200,
      body: { ...example('public-user-default-response'), ...userObject(p.username!), user_view_type: 'public' },
    }),
    'GET /user': () =>
      login.endsWith('[bot]')
        ? {
            status: 403,
            body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
          }
        : { status: 200, body: { ...example('private-user'), login } },
    'GET /repos/{owner}/{repo}/issues': (_, q) => {
      const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
      const state = q.get('state') ?? 'open';
      let items = fake.issues.filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          labels.every((l) => i.labels.includes(l)) &&
          (!q.get('creator') || i.user === q.get('creator')),
      );
      items = [...items].sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      return paginate(items.map(issueObject), q, `/repos/${options.owner}/${options.repo}/issues`);
    },
    'GET /search/issues': (_, q) => {
      if (fake.search === 'unavailable')
        return { status: 503, body: { message: 'Service Unavailable', documentation_url: 'x', code: '503' } };
      // The qualifiers Portwarden sends; anything else is an error here, so a changed query is noticed.
      const tests: ((i: FakeIssue) => boolean)[] = [];
      for (const term of (q.get('q') ?? '').split(/\s+/).filter(Boolean)) {
        const [, not, key, value] = /^(-?)([a-z]+):(.+)$/.exec(term) ?? [];
        const unquoted = value?.replace(/^"(.*)"$/, '$1');
        if (key === 'repo' && unquoted === `${options.owner}/${options.repo}`) continue;
        if (key === 'is' && unquoted === 'issue') continue;
        if (key === 'label') tests.push((i) => i.labels.includes(unquoted!) !== (not === '-'));
        else if (key === 'author') tests.push((i) => i.user === unquoted!.replace(/^app\/(.+)$/, '$1[bot]'));
        else
          return {
            status: 422,
            body: { message: 'Validation Failed', documentation_url: 'x', errors: [{ resource: 'Search', field: 'q', code: 'invalid' }] },
          };
      }
      const found = fake.issues.filter((i) => tests.every((t) => t(i))).map((i) => ({ ...issueObject(i), score: 1 }));
      const page = paginate(found, q, '/search/issues');
      return {
        ...page,
        body: { total_count: found.length, incomplete_results: fake.search === 'incomplete', items: page.body, search_type: 'lexical' },
      };
    },
    'POST /repos/{owner}/{repo}/issues': (_, __, body) => {
      const issue: FakeIssue = {
        number: fake.issues.length + 1,
        title: String(body.title),
        body: (body.body as string | undefined) ?? null,
        state: 'open',
        state_reason: null,
        labels: ((body.labels as string[] | undefined) ?? []).map(String),
        assignees: (body.assignees as string[] | undefined) ?? [],
        user: login,
        comments: [],
        created_at: tick(),
        updated_at: tick(),
        closed_at: null,
      };
      for (const name of issue.labels) if (!fake.labels.has(name)) fake.labels.set(name, { name, color: 'ededed', description: null });
      fake.issues.push(issue);
      return { status: 201, body: issueObject(issue) };
    },
    'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (p, _, body) => {
      const issue = findIssue(p.issue_number!);
      if (!issue) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (Array.isArray(body.labels)) issue.labels = body.labels.map(String);
      if (body.state === 'closed' && issue.state !== 'closed') {
        issue.state = 'closed';
        issue.closed_at = tick();
      }
      if (body.state === 'open' && issue.state !== 'open') {
        issue.state = 'open';
        issue.closed_at = null;
        issue.state_reason = 'reopened';
      }
      if (body.state === 'closed') issue.state_reason = (body.state_reason as string | undefined) ?? 'completed';
      issue.updated_at = tick();
      return { status: 200, body: issueObject(issue) };
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (p, q) => {
      const issue = findConversation(p.issue_number!);
      return issue
        ? paginate(
            issue.comments.map((c) => commentObject(issue, c)),
            q,
            `/repos/${options.owner}/${options.repo}/issues/${issue.number}/comments`,
          )
        : { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (p, _, body) => {
      const issue = findConversation(p.issue_number!);
      if (!issue) return { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
      const comment = { id: ++commentId, body: String(body.body), user: login };
      issue.comments.push(comment);
      issue.updated_at = tick();
      return { status: 201, body: commentObject(issue, comment) };
    },
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p, _, body) => {
      for (const issue of [...fake.issues, ...fake.pulls.values()]) {
        const comment = issue.comments.find((c) => c.id === Number(p.comment_id));
        if (comment) {
          comment.body = String(body.body);
          return { status: 200, body: commentObject(issue, comment) };
        }
      }
      return { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
    },
    'GET /repos/{owner}/{repo}/contents/{path}': (p, q) => {
      const text = fake.files.get(p.path!)?.get(q.get('ref') ?? 'main');
      if (text === undefined) return { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
      const content = Buffer.from(text).toString('base64');
      const url = `${base()}/contents/${p.path}`;
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: text.length,
          name: p.path!.split('/').pop(),
          path: p.path,
          content,
          sha: 'a'.repeat(40),
          url,
          git_url: url,
          html_url: url,
          download_url: url,
          _links: { self: url, git: url, html: url },
        },
      };
    },
    'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (p) => {
      const role = fake.roles.get(p.username!) ?? 'read';
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      return {
        status: 200,
        body: {
          permission,
          role_name: role,
          user: {
            ...userObject(p.username!),
            role_name: role,
            permissions: {
              admin: role === 'admin',
              maintain: role === 'maintain',
              push: ['admin', 'maintain', 'write'].includes(role),
              triage: role !== 'read',
              pull: true,
            },
          },
        },
      };
    },
    'GET /repos/{owner}/{repo}/git/ref/{ref}': (p) => {
      const sha = fake.branches.get(p.ref!.replace(/^heads\//, ''));
      return sha ? { status: 200, body: refObject(p.ref!, sha) } : { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
    },
    'POST /repos/{owner}/{repo}/git/refs': (_, __, body) => {
      const name = String(body.ref).replace(/^refs\/heads\//, '');
      if (fake.branches.has(name)) return { status: 422, body: { message: 'Reference already exists', documentation_url: 'x' } };
      fake.branches.set(name, String(body.sha));
      // A new branch starts with main's files.
      for (const refs of fake.files.values()) refs.set(name, refs.get('main') ?? '');
      return { status: 201, body: refObject(`heads/${name}`, String(body.sha)) };
    },
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (p, _, body) => {
      const name = p.ref!.replace(/^heads\//, '');
      fake.branches.set(name, String(body.sha));
      for (const refs of fake.files.values()) refs.set(name, refs.get('main') ?? '');
      return { status: 200, body: refObject(p.ref!, String(body.sha)) };
    },
    'DELETE /repos/{owner}/{repo}/git/refs/{ref}': (p) => {
      const name = p.ref!.replace(/^heads\//, '');
      if (!fake.branches.delete(name)) return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'x' } };
      return { status: 204, body: undefined };
    },
    'PUT /repos/{owner}/{repo}/contents/{path}': (p, _, body) => {
      const branch = String(body.branch ?? 'main');
      const refs = fake.files.get(p.path!) ?? new Map<string, string>();
      refs.set(branch, Buffer.from(String(body.content), 'base64').toString('utf8'));
      fake.files.set(p.path!, refs);
      const sha = (++commitCount).toString(16).padStart(40, 'd');
      fake.branches.set(branch, sha);
      return {
        status: 200,
        body: {
          content: {
            name: p.path,
            path: p.path,
            sha: 'a'.repeat(40),
            size: 1,
            url: base(),
            html_url: base(),
            git_url: base(),
            download_url: base(),
            type: 'file',
            _links: { self: base(), git: base(), html: base() },
          },
          commit: { ...(example('file-commit').commit as Json), sha },
        },
      };
    },
    'GET /repos/{owner}/{repo}/pulls': (_, q) => {
      const head = q.get('head')?.split(':').pop();
      const items = fake.pullRequests.filter(
        (pr) => (!head || pr.head === head) && (q.get('state') === 'all' || pr.state === (q.get('state') ?? 'open')),
      );
      return { status: 200, body: items.map((pr) => pullObject(pr)) };
    },
    'POST /repos/{owner}/{repo}/pulls': (_, __, body) => {
      if (fake.refusePullRequests)
        return {
          status: 403,
          body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'x' },
        };
      const pr = {
        number: 500 + fake.pullRequests.length + 1,
        title: String(body.title),
        body: String(body.body ?? ''),
        head: String(body.head),
        base: String(body.base),
        state: 'open' as const,
        user: login,
      };
      fake.pullRequests.push(pr);
      return { status: 201, body: pullObject(pr) };
    },
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (p, _, body) => {
      const pr = fake.pullRequests.find((x) => x.number === Number(p.pull_number));
      if (!pr) return { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
      if (typeof body.title === 'string') pr.title = body.title;
      if (typeof body.body === 'string') pr.body = body.body;
      return { status: 200, body: pullObject(pr) };
    },
    'GET /repos/{owner}/{repo}/actions/artifacts': (_, q) => ({
      status: 200,
      body: artifactList(fake.artifacts.filter((a) => !q.get('name') || a.name === q.get('name'))),
    }),
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': (p, q) => ({
      status: 200,
      body: artifactList(fake.artifacts.filter((a) => a.runId === Number(p.run_id) && (!q.get('name') || a.name === q.get('name')))),
    }),
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (p) => {
      const run = fake.runs.get(Number(p.run_id));
      return run ? { status: 200, body: runObject(run) } : { status: 404, body: { message: 'Not Found', documentation_url: 'x' } };
    },
    // The filters Portwarden uses: branch, event, status (success is a conclusion, as on GitHub).
    'GET /repos/{owner}/{repo}/actions/runs': (_, q) => {
      const runs = [...fake.runs.values()]
        .filter(
          (r) =>
            (!q.get('branch') || r.head_branch === q.get('branch')) &&
            (!q.get('event') || r.event === q.get('event')) &&
            (!q.get('status') || r.conclusion === q.get('status')),
        )
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
        .slice(0, Number(q.get('per_page') ?? 30));
      return { status: 200, body: { total_count: runs.length, workflow_runs: runs.map(runObject) } };
    },
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': (p) =>
      // Like GitHub: a short-lived redirect to blob storage, which needs no token.
      fake.artifacts.some((a) => a.id === Number(p.artifact_id))
        ? { status: 302, body: undefined, headers: { location: `${fake.url}/_blobs/${p.artifact_id}.zip` } }
        : { status: 404, body: { message: 'Not Found', documentation_url: 'x' } },
    'GET /repos/{owner}/{repo}/labels': (_, q) =>
      paginate([...fake.labels.keys()].map(labelObject), q, `/repos/${options.owner}/${options.repo}/labels`),
    'POST /repos/{owner}/{repo}/labels': (_, __, body) => {
      const name = String(body.name);
      if (fake.labels.has(name))
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            documentation_url: 'x',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          },
        };
      fake.labels.set(name, { name, color: String(body.color ?? 'ededed'), description: (body.description as string | undefined) ?? null });
      return { status: 201, body: labelObject(name) };
    },
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk) => (data += String(chunk)));
      req.on('end', () => resolve(data));
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const body = raw ? (JSON.parse(raw) as Json) : undefined;
    const entry: LoggedRequest = { method, path: url.pathname, query: url.search, body, status: 0 };
    fake.log.push(entry);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(now / 1000) + 3600),
        ...headers,
      });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    const blob = /^\/_blobs\/(\d+)\.zip$/.exec(url.pathname);
    if (blob) {
      const artifact = fake.artifacts.find((a) => a.id === Number(blob[1]));
      entry.status = artifact ? 200 : 404;
      res.writeHead(entry.status, { 'content-type': 'application/zip' });
      res.end(artifact?.zip ?? '');
      return;
    }
    if (req.headers.authorization !== `token ${options.token}` && req.headers.authorization !== `Bearer ${options.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    // GraphQL has no OpenAPI description: the one query Portwarden sends is answered here,
    // in GitHub's shape (errors come with status 200).
    if (method === 'POST' && url.pathname === '/graphql') {
      const query = String((body as { query?: unknown } | undefined)?.query ?? '');
      if (!/^query \{ viewer \{ login databaseId \} \}$/.test(query)) {
        fake.violations.push(`POST /graphql: unexpected query ${query}`);
        return send(200, { errors: [{ message: 'unexpected query' }] });
      }
      if (fake.viewer === 'forbidden')
        return send(200, {
          data: { viewer: null },
          errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }],
        });
      return send(200, { data: { viewer: { login, databaseId: userId(login) } } });
    }
    const matched = matchOperation(method, url.pathname);
    if (!matched) {
      fake.violations.push(`${method} ${url.pathname}: no such operation in the OpenAPI description`);
      return send(404, { message: 'Not Found' });
    }
    const requestProblems = validateRequest(matched, url.searchParams, body);
    if (requestProblems.length > 0) {
      fake.violations.push(...requestProblems.map((p) => `${method} ${url.pathname}${url.search}: ${p}`));
      return send(400, { message: requestProblems.join('; ') });
    }
    const handler = routes[`${method} ${matched.operation.template}`];
    if (!handler) {
      fake.violations.push(`${method} ${matched.operation.template}: not implemented by the fake`);
      return send(501, { message: 'not implemented' });
    }

    if (fake.readOnly && method !== 'GET') {
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    }
    const fault = fake.faultFor({ method, path: url.pathname });
    entry.fault = fault;
    if (fault === '500-before') return send(500, { message: 'Server Error' });
    if (fault === 'secondary-rate-limit') {
      return send(
        403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        { 'retry-after': '1' },
      );
    }
    if (fault === '429') return send(429, { message: 'Too Many Requests' }, { 'retry-after': '1' });

    // GitHub's own limits on text, enforced as GitHub does (422), so a test sees what users would.
    const tooLong = textLimitProblem(method, matched.operation.template, body ?? {});
    if (tooLong)
      return send(422, {
        message: 'Validation Failed',
        documentation_url: 'x',
        errors: [{ resource: 'Issue', code: 'custom', message: tooLong }],
      });
    const result = handler(matched.pathParams, url.searchParams, body ?? {});
    const responseProblems = validateResponse(matched, result.status, result.body);
    if (responseProblems.length > 0) fake.violations.push(...responseProblems.map((p) => `${method} ${matched.operation.template}: ${p}`));
    // The change is made, but the client sees a gateway error: the case that duplicates issues.
    if (fault === '502-after') return send(502, { message: 'Bad Gateway' });
    send(result.status, result.body, result.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

function withoutForkParents(repository: Json): Json {
  const { source: _source, parent: _parent, template_repository: _template, ...rest } = repository;
  return rest;
}

const TEXT_LIMITS = { title: 256, body: 65_536 };

/** Titles over 256 characters and bodies or comments over 65,536 are refused. */
function textLimitProblem(method: string, template: string, body: Json): string | undefined {
  if (method !== 'POST' && method !== 'PATCH') return undefined;
  if (!/\/issues(\/\{issue_number\})?(\/comments)?$|\/issues\/comments\/\{comment_id\}$|\/pulls(\/\{pull_number\})?$/.test(template))
    return undefined;
  if (typeof body.title === 'string' && [...body.title].length > TEXT_LIMITS.title)
    return `title is too long (maximum is ${TEXT_LIMITS.title} characters)`;
  if (typeof body.body === 'string' && [...body.body].length > TEXT_LIMITS.body)
    return `body is too long (maximum is ${TEXT_LIMITS.body} characters)`;
  return undefined;
}
