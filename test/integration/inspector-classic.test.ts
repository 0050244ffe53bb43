import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInstance } from '../support/aws-seed.js';
import { startFakeClassic, type FakeClassic, type FakeRun } from '../support/fake-inspector-classic.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, type Moto } from '../support/moto.js';
import { repoRoot, runCli } from '../support/run-dist.js';

const REGION = 'us-east-1';
// Run ages are judged against the real clock of the CLI process.
const NOW = new Date();
const NETWORK = `arn:aws:inspector:${REGION}:316112463485:rulespackage/0-PmNV0Tcd`;
const CVE = `arn:aws:inspector:${REGION}:316112463485:rulespackage/0-gEjTy7T7`;
const TEMPLATE = `arn:aws:inspector:${REGION}:${TEST_ACCOUNT}:target/0-Ab3dEf9H/template/0-Kq7LmN2p`;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

interface Report {
  exposures: { status: string; resource: { id: string; name: string | null }; protocol: string; ports: { from: number; to: number } }[];
  scopes: { source: string; accountId: string; region: string; status: string; reason?: string }[];
}

/** A per-port Classic finding built from the bundled example, pointed at a run and an instance. */
function finding(runArn: string, n: number, instanceId: string, port: number, rulesPackageArn = NETWORK): Record<string, unknown> {
  const template = JSON.parse(readFileSync(join(repoRoot, 'examples/classic-findings.json'), 'utf8')).findings[0];
  return {
    ...template,
    arn: `${runArn}/finding/0-${String(n).padStart(8, '0')}`,
    serviceAttributes: { schemaVersion: 1, assessmentRunArn: runArn, rulesPackageArn },
    assetAttributes: { ...template.assetAttributes, tags: [{ key: 'Name', value: 'stale-name-from-scan' }] },
    attributes: template.attributes.map((a: { key: string; value: string }) =>
      a.key === 'INSTANCE_ID' ? { key: a.key, value: instanceId } : a.key === 'PORT' ? { key: a.key, value: String(port) } : a,
    ),
  };
}

function run(id: string, state: string, createdAt: Date, completedAt?: Date): FakeRun {
  return { arn: `${TEMPLATE}/run/0-${id}`, templateArn: TEMPLATE, state, createdAt, ...(completedAt ? { completedAt } : {}), findings: [] };
}

describe.skipIf(!motoAvailable)('Inspector Classic source against the local Classic server', () => {
  let moto: Moto;
  let classic: FakeClassic;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());
  beforeEach(async () => {
    await moto.reset();
    classic = await startFakeClassic({
      rulesPackages: [
        { arn: CVE, name: 'Common Vulnerabilities and Exposures' },
        { arn: NETWORK, name: 'Network Reachability' },
      ],
      templates: [TEMPLATE],
      pageSize: 2,
    });
  });
  afterEach(async () => classic.close());

  const report = async (extra: string[] = []) => {
    const env = awsEnv(moto.url, { AWS_ENDPOINT_URL_INSPECTOR: classic.url, AWS_REGION: REGION });
    const result = await runCli(
      [
        'report',
        '--source',
        'inspector-classic',
        '--json',
        '--today',
        '2026-11-23',
        '--allowlist',
        join(repoRoot, 'allowlist.json'),
        ...extra,
      ],
      undefined,
      env,
    );
    return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as Report) : undefined };
  };

  it('reads the newest completed run, whatever order the API lists runs in, through every page and 10-ARN batch', async () => {
    const instance = await runInstance(moto.url, REGION, { Name: 'bastion-classic' });
    const older = run('older', 'COMPLETED', daysAgo(9), daysAgo(9));
    const newest = run('newest', 'COMPLETED', daysAgo(2), daysAgo(2));
    older.findings = [finding(older.arn, 1, instance, 3389)];
    newest.findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(newest.arn, i + 1, instance, 20 + i)),
      finding(newest.arn, 99, instance, 9999, CVE),
    ];
    classic.state.runs = [newest, older];

    const { status, report: r } = await report();
    expect(status).toBe(0);
    expect(r!.scopes).toEqual([{ source: 'inspector-classic', accountId: TEST_ACCOUNT, region: REGION, status: 'complete' }]);
    expect(r!.exposures.map((e) => e.ports.from).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => 20 + i));
    expect(new Set(r!.exposures.map((e) => e.resource.name))).toEqual(new Set(['bastion-classic']));

    const describes = classic.log.filter((q) => q.operation === 'DescribeFindings');
    expect(describes.map((q) => (q.body.findingArns as string[]).length)).toEqual([10, 2]);
    const lists = classic.log.filter((q) => q.operation === 'ListFindings');
    expect(lists).toHaveLength(6); // 12 ARNs at the fake's page size of 2
    expect(lists.every((q) => JSON.stringify(q.body.filter) === JSON.stringify({ rulesPackageArns: [NETWORK] }))).toBe(true);
  });

  it('calls the scope stale when a newer run is still running, and names it', async () => {
    const instance = await runInstance(moto.url, REGION, { Name: 'web' });
    const done = run('done', 'COMPLETED', daysAgo(3), daysAgo(3));
    done.findings = [finding(done.arn, 1, instance, 22)];
    classic.state.runs = [done, run('running', 'EVALUATING_RULES', daysAgo(0))];
    const { status, report: r } = await report();
    expect(status).toBe(1);
    expect(r!.scopes[0]).toMatchObject({
      status: 'stale',
      reason: expect.stringMatching(/a newer run .*run\/0-running .* is EVALUATING_RULES/),
    });
    expect(r!.exposures).toHaveLength(1);
  });

  it('calls the scope stale when the newest completed run is older than max-scan-age', async () => {
    const old = run('old', 'COMPLETED', daysAgo(20), daysAgo(20));
    classic.state.runs = [old];
    const { report: r } = await report();
    expect(r!.scopes[0]).toMatchObject({
      status: 'stale',
      reason: expect.stringContaining('finished 20 days ago, more than max-scan-age 8'),
    });
    expect((await report(['--max-scan-age', '30'])).report!.scopes[0]!.status).toBe('complete');
  });

  it('marks the scope incomplete when some findings could not be described', async () => {
    const instance = await runInstance(moto.url, REGION, { Name: 'web' });
    const done = run('done', 'COMPLETED', daysAgo(1), daysAgo(1));
    done.findings = [finding(done.arn, 1, instance, 22), finding(done.arn, 2, instance, 23)];
    classic.state.runs = [done];
    classic.state.failedFindingArns = [done.findings[1]!.arn as string];
    const { report: r } = await report();
    expect(r!.scopes[0]).toMatchObject({ status: 'incomplete', reason: expect.stringContaining('1 finding(s) of') });
  });

  it('turns the end-of-support refusal into an incomplete scope that points to inspector2', async () => {
    classic.state.failures.ListRulesPackages = {
      code: 'AccessDeniedException',
      message: 'Amazon Inspector Classic is no longer available',
    };
    const { status, report: r } = await report();
    expect(status).toBe(1);
    expect(r!.scopes[0]).toMatchObject({ status: 'incomplete' });
    expect(r!.scopes[0]!.reason).toMatch(/Inspector ListRulesPackages failed for 123456789012\/us-east-1: AccessDeniedException/);
    expect(r!.scopes[0]!.reason).toContain('needs IAM action inspector:ListRulesPackages');
    expect(r!.scopes[0]!.reason).toContain('end of support on 2026-05-20: use `source: inspector2`');
  });
});
