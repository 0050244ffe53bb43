// A quarter of weekly scans of a scripted estate, run through the real evaluate + plan, with
// issues kept in memory the way GitHub would hold them. Shared by bench/quarter.ts (prints)
// and test/unit/quarter.test.ts (asserts).
import { evaluate } from '../src/core/allowlist/evaluate.js';
import { identityOf } from '../src/core/findings/fingerprint.js';
import { materialOf, planIssues } from '../src/core/issues/plan.js';
import type { AllowRule, ExistingIssue, Exposure, InstanceFacts, Plan, Scope } from '../src/core/model.js';

const ACCOUNT = '111122223333';
type Region = 'eu-west-1' | 'us-east-1';

interface Port {
  instance: string;
  region: Region;
  protocol: 'tcp' | 'udp';
  from: number;
  to?: number;
}

function exposureOf(p: Port): Exposure {
  return {
    accountId: ACCOUNT,
    region: p.region,
    resource: { type: 'ec2-instance', id: p.instance, name: p.instance.replace(/^i-/, ''), tags: { Name: p.instance.replace(/^i-/, '') } },
    protocol: p.protocol,
    ports: { from: p.from, to: p.to ?? p.from },
    severity: 'medium',
    title: 'scripted',
    reachability: 'internet',
    path: ['igw-1'],
    sources: ['inspector2'],
    findingIds: [],
  };
}

const rule = (id: string, instance: string, allow: AllowRule['allow'], expires?: string): AllowRule => ({
  id,
  match: { instanceIds: [instance] },
  allow,
  reason: id,
  ...(expires ? { expires } : {}),
  line: 1,
});

export interface Week {
  week: number;
  today: string;
  ports: Port[];
  rules: AllowRule[];
  /** Regions whose scan failed half-way: incomplete scope, no findings read. */
  failedRegions: Region[];
  instanceStates: Record<string, InstanceFacts['state']>;
  /** What a person would call a real change this week: the notifications we owe. */
  trueChanges: number;
}

export function scriptedQuarter(): Week[] {
  const web = (r: Region): Port[] => [
    { instance: 'i-web', region: r, protocol: 'tcp', from: 80 },
    { instance: 'i-web', region: r, protocol: 'tcp', from: 443 },
  ];
  const base = [
    rule('web', 'i-web', {
      tcp: [
        { from: 80, to: 80 },
        { from: 443, to: 443 },
      ],
    }),
    rule('ecs', 'i-ecs', { tcp: [{ from: 32768, to: 60999 }] }),
    rule('vpn', 'i-vpn', { udp: [{ from: 1194, to: 1194 }] }, '2027-02-21'),
  ];
  const withSsh = [...base, rule('bastion-ssh', 'i-bastion', { tcp: [{ from: 22, to: 22 }] })];
  const weeks: Week[] = [];
  for (let week = 1; week <= 12; week++) {
    const today = new Date(Date.UTC(2026, 11, 7 + (week - 1) * 7)).toISOString().slice(0, 10);
    const ports: Port[] = [
      ...web('eu-west-1'),
      { instance: 'i-vpn', region: 'eu-west-1', protocol: 'udp', from: 1194 },
      // ECS rotates its dynamic host port every week, always inside the allowed range.
      { instance: 'i-ecs', region: 'eu-west-1', protocol: 'tcp', from: 33000 + week * 17 },
      { instance: 'i-bastion', region: 'eu-west-1', protocol: 'tcp', from: 22 },
      { instance: 'i-batch', region: 'us-east-1', protocol: 'tcp', from: 9000 },
      // A legacy host nobody has fixed yet: open all quarter.
      { instance: 'i-legacy', region: 'eu-west-1', protocol: 'tcp', from: 21 },
      { instance: 'i-legacy', region: 'eu-west-1', protocol: 'tcp', from: 23 },
      { instance: 'i-legacy', region: 'eu-west-1', protocol: 'tcp', from: 3306 },
    ];
    if (week >= 3 && week < 6) ports.push({ instance: 'i-db', region: 'us-east-1', protocol: 'tcp', from: 5432 });
    if (week % 2 === 0) ports.push({ instance: 'i-flap', region: 'eu-west-1', protocol: 'tcp', from: 8080 });
    if (week >= 10)
      ports.splice(
        ports.findIndex((p) => p.instance === 'i-batch'),
        1,
      ); // stopped in week 10; terminated in 12
    if (week === 11) ports.push({ instance: 'i-batch', region: 'us-east-1', protocol: 'tcp', from: 9000 }); // started again
    // EC2 is asked about every instance of the account each week: all run but i-batch.
    const instanceStates: Record<string, InstanceFacts['state']> = {
      ...Object.fromEntries(['i-bastion', 'i-db', 'i-ecs', 'i-flap', 'i-legacy', 'i-vpn', 'i-web'].map((id) => [id, 'running' as const])),
      'i-batch': week === 10 ? 'stopped' : week === 12 ? 'terminated' : 'running',
    };
    // True changes, as a person would list them:
    const trueChanges = {
      1: 5, // bastion SSH, batch 9000 and the legacy host's three ports: five new issues
      2: 1, // the flapping port opens
      3: 2, // the flapping port closes; the database port opens
      4: 1, // flap opens
      5: 2, // flap closes; the allowlist PR allows bastion SSH (its issue closes)
      6: 2, // flap opens; the database port closes
      7: 1, // flap closes
      8: 1, // flap opens (the vpn rule lasts until 2027-02-21, week 12)
      9: 1, // flap closes; us-east-1's scan fails half-way: nothing there may change
      10: 1, // flap opens; batch is stopped: no change owed, its ports come back when it starts
      11: 1, // flap closes; batch starts again: its port returns, its issue never closed
      12: 3, // batch terminated (close); flap opens; the vpn rule expired (new issue)
    }[week]!;
    weeks.push({
      week,
      today,
      ports,
      rules: week >= 5 ? withSsh : base,
      failedRegions: week === 9 ? ['us-east-1'] : [],
      instanceStates,
      trueChanges,
    });
  }
  return weeks;
}

export interface WeekResult {
  week: number;
  notifications: number;
  trueChanges: number;
  naiveAlerts: number;
  closesInFailedScopes: number;
  actions: string[];
}

/** Runs the quarter; `issues` plays GitHub's part: the plan is applied to it as GitHub would. */
export function runQuarter(weeks: readonly Week[]): WeekResult[] {
  let issues: ExistingIssue[] = [];
  let next = 1;
  const results: WeekResult[] = [];
  for (const w of weeks) {
    const regions: Region[] = ['eu-west-1', 'us-east-1'];
    const scopes: Scope[] = regions.map((region) => ({
      source: 'inspector2',
      accountId: ACCOUNT,
      region,
      status: w.failedRegions.includes(region) ? 'incomplete' : 'complete',
    }));
    const exposures = w.ports.filter((p) => !w.failedRegions.includes(p.region)).map(exposureOf);
    const allowlist = { file: 'allowlist.json', rules: w.rules };
    const { verdicts } = evaluate(exposures, allowlist, { today: w.today, minSeverity: 'informational', includePrivatePaths: false });
    const instances = new Map(Object.entries(w.instanceStates).map(([id, state]) => [id, { id, state, tags: {}, publicIps: [] }]));
    const plan = planIssues({
      verdicts,
      scopes,
      issues,
      instances,
      rules: w.rules,
      options: {
        maxNewIssues: 25,
        maxWrites: 1000,
        maxCloses: 20,
        allowMassClose: false,
        reopenManuallyClosed: true,
        labels: [],
        assignees: [],
        today: w.today,
      },
    });
    ({ issues, next } = applyInMemory(plan, issues, next));
    // The common Lambda-on-SNS design: one alert per non-allowed finding of every scan.
    const naiveAlerts = verdicts.filter((v) => v.status === 'unexpected').length;
    results.push({
      week: w.week,
      notifications: plan.actions.filter((a) => a.kind !== 'update').length,
      trueChanges: w.trueChanges,
      naiveAlerts,
      closesInFailedScopes: plan.actions.filter((a) => a.kind === 'close' && w.failedRegions.includes(a.issue.identity.region as Region))
        .length,
      actions: plan.actions.map(
        (a) =>
          `${a.kind}:${a.kind === 'create' ? a.verdict.exposure.resource.id : a.issue.identity.resourceId}:${a.kind === 'create' ? a.verdict.exposure.ports.from : a.issue.identity.ports.from}`,
      ),
    });
  }
  return results;
}

function applyInMemory(plan: Plan, issues: ExistingIssue[], next: number): { issues: ExistingIssue[]; next: number } {
  const byNumber = new Map(issues.map((i) => [i.number, { ...i }]));
  for (const action of plan.actions) {
    if (action.kind === 'create') {
      const v = action.verdict;
      byNumber.set(next, {
        number: next,
        state: 'open',
        stateReason: null,
        title: '',
        body: '',
        labels: ['portwarden'],
        fingerprint: v.fingerprint,
        identity: identityOf(v.exposure),
        sources: v.exposure.sources,
        material: materialOf(v),
      });
      next += 1;
    } else {
      const issue = byNumber.get(action.issue.number)!;
      if (action.kind === 'close') Object.assign(issue, { state: 'closed', stateReason: 'completed' });
      else
        Object.assign(issue, {
          state: 'open',
          stateReason: action.kind === 'reopen' ? 'reopened' : issue.stateReason,
          material: materialOf(action.verdict),
          labels: ['portwarden'],
        });
    }
  }
  return { issues: [...byNumber.values()], next };
}
