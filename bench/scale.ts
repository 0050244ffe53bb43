// Scale: a synthetic estate of 50,000 exposures on 5,000 instances, an allowlist of 500 rules
// (literal and wildcard names, wildcard tags, ranges) and 5,000 existing issues. Prints the
// time and memory of evaluate + plan. Targets on the 2-core reference machine: < 2 s, < 300 MB.
import { evaluate } from '../src/core/allowlist/evaluate.js';
import { identityOf } from '../src/core/findings/fingerprint.js';
import { materialOf, planIssues } from '../src/core/issues/plan.js';
import type { AllowRule, ExistingIssue, Exposure, Severity } from '../src/core/model.js';

const INSTANCES = 5_000;
const PORTS_PER_INSTANCE = 10;
const RULES = 500;
const ISSUES = 5_000;
const severities: Severity[] = ['informational', 'low', 'medium', 'high', 'critical'];

function estate(): Exposure[] {
  const exposures: Exposure[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    const team = `team-${i % 50}`;
    const tags = {
      Name: `${team}-web-${i}`,
      Team: team,
      'aws:autoscaling:groupName': `asg-${team}-${i % 7}`,
      Environment: i % 3 ? 'production' : 'staging',
    };
    for (let p = 0; p < PORTS_PER_INSTANCE; p++) {
      const port =
        p === 9
          ? { from: 32768, to: 60999 }
          : { from: [22, 80, 443, 3389, 5432, 6379, 8080, 8443, 9200][p]!, to: [22, 80, 443, 3389, 5432, 6379, 8080, 8443, 9200][p]! };
      exposures.push({
        accountId: String(111122223333 + (i % 10)),
        region: ['eu-west-1', 'us-east-1', 'ap-southeast-2'][i % 3]!,
        resource: { type: 'ec2-instance', id: `i-${i.toString(16).padStart(17, '0')}`, name: tags.Name, tags },
        protocol: p % 4 === 3 ? 'udp' : 'tcp',
        ports: port,
        severity: severities[(i + p) % 5]!,
        title: 'Port reachable from an Internet Gateway',
        reachability: 'internet',
        path: ['igw-1', 'sg-1', 'eni-1'],
        sources: ['inspector2'],
        findingIds: [],
      });
    }
  }
  return exposures;
}

function rules(): AllowRule[] {
  return Array.from({ length: RULES }, (_, r): AllowRule => {
    const team = `team-${r % 50}`;
    const kind = r % 4;
    const match =
      kind === 0
        ? { name: [`${team}-web-${r * 7}`, `${team}-web-${r * 7 + 1}`] } // literal names
        : kind === 1
          ? { name: [`${team}-web-1?`], regions: ['eu-*'] } // wildcard names
          : kind === 2
            ? { tags: { 'aws:autoscaling:groupName': [`asg-${team}-*`] }, accounts: [String(111122223333 + (r % 10))] } // wildcard tags
            : { instanceIds: [`i-${(r * 9).toString(16).padStart(17, '0')}`] };
    return {
      id: `rule-${r}`,
      match,
      allow: {
        tcp: [
          { from: 80, to: 80 },
          { from: 443, to: 443 },
          { from: 32768, to: 60999 },
        ],
        udp: [{ from: 8443, to: 8443 }],
      },
      reason: 'bench',
      line: r + 2,
    };
  });
}

function measure<T>(label: string, work: () => T): T {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const result = work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms   heap +${heapMb.toFixed(0)} MB`);
  return result;
}

const exposures = measure('build estate (not counted)', estate);
const allowlist = { file: 'allowlist.json', rules: rules() };
const evalOptions = { today: '2026-11-23', minSeverity: 'informational' as const, includePrivatePaths: false };
measure(`evaluate, naive scan of ${RULES} rules`, () => evaluate(exposures, allowlist, evalOptions, { indexed: false }));
const evaluation = measure(`evaluate ${exposures.length}, indexed rules`, () => evaluate(exposures, allowlist, evalOptions));
const unexpected = evaluation.verdicts.filter((v) => v.status === 'unexpected');
const issues: ExistingIssue[] = unexpected.slice(0, ISSUES).map((v, n) => ({
  number: n + 1,
  state: n % 10 === 0 ? 'closed' : 'open',
  stateReason: n % 10 === 0 ? 'completed' : null,
  title: '',
  body: '',
  labels: ['portwarden'],
  fingerprint: v.fingerprint,
  identity: identityOf(v.exposure),
  sources: ['inspector2'],
  material: { ...materialOf(v), severity: n % 7 === 0 ? 'critical' : v.exposure.severity },
}));
const scopes = [...new Set(exposures.map((e) => `${e.accountId}|${e.region}`))].map((k) => {
  const [accountId, region] = k.split('|') as [string, string];
  return { source: 'inspector2' as const, accountId, region, status: 'complete' as const };
});
const plan = measure(`plan against ${issues.length} issues`, () =>
  planIssues({
    verdicts: evaluation.verdicts,
    scopes,
    issues,
    instances: new Map(),
    rules: allowlist.rules,
    options: {
      maxNewIssues: 25,
      maxWrites: 1000,
      maxCloses: 20,
      allowMassClose: false,
      reopenManuallyClosed: true,
      labels: [],
      assignees: [],
      today: '2026-11-23',
    },
  }),
);
const rss = process.memoryUsage().rss / 2 ** 20;
console.log(
  `verdicts: ${unexpected.length} unexpected of ${evaluation.verdicts.length}; plan: ${plan.actions.length} actions, ${plan.deferred.length} deferred`,
);
console.log(`peak resident memory: ${rss.toFixed(0)} MB`);
