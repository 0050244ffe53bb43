import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enableEc2Scanning, queueV2Findings, runInstance, v2Finding } from '../support/aws-seed.js';
import { startFaultProxy } from '../support/aws-fault-proxy.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, type Moto } from '../support/moto.js';
import { runCli } from '../support/run-dist.js';

const REGION = 'eu-west-1';

interface Report {
  exposures: {
    status: string;
    resource: { id: string; name: string | null; tags: Record<string, string> };
    protocol: string;
    ports: { from: number; to: number };
    instanceState: string | null;
  }[];
  scopes: { source: string; accountId: string; region: string; status: string; reason?: string }[];
}

function allowlistFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portwarden-it-'));
  const file = join(dir, 'allowlist.json');
  writeFileSync(
    file,
    JSON.stringify({
      rules: [
        { id: 'web', match: { name: 'web-*' }, allow: { tcp: [80, 443] }, reason: 'public web' },
        { id: 'vpn', match: { tags: { Role: 'vpn' } }, allow: { udp: [1194] }, reason: 'office VPN' },
      ],
    }),
  );
  return file;
}

async function report(args: string[], env: Record<string, string>) {
  const result = await runCli(
    ['report', '--source', 'inspector2', '--dry-run', '--json', '--allowlist', allowlistFile(), ...args],
    undefined,
    env,
  );
  return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as Report) : undefined };
}

describe.skipIf(!motoAvailable)('Inspector v2 source against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());
  beforeEach(async () => moto.reset());

  async function seedEstate() {
    const web = await runInstance(moto.url, REGION, { Name: 'web-1', Team: 'web' });
    const vpn = await runInstance(moto.url, REGION, { Name: 'vpn-gw', Role: 'vpn' });
    const db = await runInstance(moto.url, REGION, { Name: 'orders-db' });
    await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
    const at = { accountId: TEST_ACCOUNT, region: REGION };
    await queueV2Findings(moto, TEST_ACCOUNT, REGION, [
      v2Finding({ ...at, instanceId: web, protocol: 'TCP', from: 443, tags: { Name: 'web-1' } }),
      v2Finding({ ...at, instanceId: web, protocol: 'TCP', from: 22, tags: { Name: 'web-1' } }),
      // The finding's tags are as old as the scan; EC2 says this instance is the VPN now.
      v2Finding({ ...at, instanceId: vpn, protocol: 'UDP', from: 1194, tags: { Name: 'old-name' } }),
      v2Finding({ ...at, instanceId: vpn, protocol: 'TCP', from: 8443, tags: { Name: 'old-name' } }),
      v2Finding({ ...at, instanceId: db, protocol: 'TCP', from: 5432, severity: 'HIGH' }),
      v2Finding({ ...at, instanceId: db, protocol: 'TCP', from: 3306, path: 'peered' }),
    ]);
    return { web, vpn, db };
  }

  it('lists exactly the unexpected exposures, named from EC2, with a complete scope', async () => {
    const { web, vpn, db } = await seedEstate();
    const { status, report: r, stderr } = await report([], awsEnv(moto.url));
    expect(stderr).not.toContain('portwarden:');
    expect(status).toBe(0);
    const unexpected = r!.exposures
      .filter((e) => e.status === 'unexpected')
      .map((e) => `${e.resource.id} ${e.resource.name} ${e.protocol} ${e.ports.from}`);
    expect(unexpected.sort()).toEqual([`${db} orders-db tcp 5432`, `${vpn} vpn-gw tcp 8443`, `${web} web-1 tcp 22`].sort());
    expect(r!.exposures.find((e) => e.protocol === 'udp')).toMatchObject({
      status: 'expected',
      resource: { name: 'vpn-gw', tags: { Role: 'vpn' } },
      instanceState: 'running',
    });
    expect(r!.exposures.find((e) => e.ports.from === 3306)?.status).toBe('ignored');
    expect(r!.scopes).toEqual([{ source: 'inspector2', accountId: TEST_ACCOUNT, region: REGION, status: 'complete' }]);
  });

  it("keeps every readable finding when one cannot be read; only the odd finding's place is incomplete, and says which finding", async () => {
    const web = await runInstance(moto.url, REGION, { Name: 'web-1' });
    const db = await runInstance(moto.url, REGION, { Name: 'orders-db' });
    await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
    const at = { accountId: TEST_ACCOUNT, region: REGION, protocol: 'TCP' as const };
    const odd = v2Finding({ ...at, instanceId: db, from: 6379 });
    (odd.networkReachabilityDetails as { openPortRange: unknown }).openPortRange = { begin: null, end: 6379 };
    await queueV2Findings(moto, TEST_ACCOUNT, REGION, [
      v2Finding({ ...at, instanceId: web, from: 22 }),
      odd,
      v2Finding({ ...at, instanceId: db, from: 5432 }),
    ]);
    const { status, report: r } = await report([], awsEnv(moto.url));
    expect(r!.exposures.map((e) => `${e.resource.id} ${e.ports.from}`).sort()).toEqual([`${db} 5432`, `${web} 22`].sort());
    expect(r!.scopes).toEqual([
      expect.objectContaining({
        status: 'incomplete',
        reason: expect.stringContaining(
          `Inspector2 returned 1 finding(s) in ${TEST_ACCOUNT}/${REGION} that Portwarden cannot read (${String(odd.findingArn)}: openPortRange`,
        ),
      }),
    ]);
    expect(status).toBe(1);
  });

  it('reports a region whose EC2 scanning is off as incomplete, not as zero findings, and fails the run', async () => {
    await runInstance(moto.url, REGION, { Name: 'web-1' });
    const { status, report: r, stderr } = await report([], awsEnv(moto.url));
    expect(r!.exposures).toEqual([]);
    expect(r!.scopes).toEqual([
      expect.objectContaining({
        source: 'inspector2',
        accountId: TEST_ACCOUNT,
        status: 'incomplete',
        reason: expect.stringMatching(/EC2 scanning is not enabled for 123456789012 in eu-west-1/),
      }),
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('1 scope(s) incomplete or stale, so this run is not an all-clear');
    expect((await report(['--fail-on-incomplete', 'false'], awsEnv(moto.url))).status).toBe(0);
  });

  it('turns AccessDenied into an incomplete scope that names the missing IAM action', async () => {
    await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
    const proxy = await startFaultProxy(moto.url, (request) =>
      request.path.startsWith('/findings/list')
        ? { status: 403, code: 'AccessDeniedException', message: 'User is not authorized to perform: inspector2:ListFindings' }
        : undefined,
    );
    try {
      const { status, report: r } = await report([], awsEnv(proxy.url));
      expect(status).toBe(1);
      expect(r!.scopes[0]).toMatchObject({
        status: 'incomplete',
        reason: expect.stringContaining('Inspector2 ListFindings failed for 123456789012/eu-west-1: AccessDeniedException'),
      });
      expect(r!.scopes[0]!.reason).toContain('needs IAM action inspector2:ListFindings');
      // AccessDenied is not retryable: one attempt, not five.
      expect(proxy.log.filter((q) => q.path.startsWith('/findings/list'))).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('retries throttling and then reads every finding', async () => {
    const { web } = await seedEstate();
    let throttled = 0;
    const proxy = await startFaultProxy(moto.url, (request) =>
      request.path.startsWith('/findings/list') && throttled++ < 2
        ? { status: 429, code: 'ThrottlingException', message: 'Rate exceeded' }
        : undefined,
    );
    try {
      const { status, report: r } = await report([], awsEnv(proxy.url));
      expect(status).toBe(0);
      expect(r!.scopes[0]!.status).toBe('complete');
      expect(r!.exposures.filter((e) => e.resource.id === web)).toHaveLength(2);
      expect(proxy.log.filter((q) => q.path.startsWith('/findings/list'))).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });
});

describe.skipIf(!motoAvailable)('the human report of a broken scan', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('opens with a warning instead of "No unexpected open ports."', async () => {
    const { stdout } = await runCli(['report', '--source', 'inspector2', '--allowlist', allowlistFile()], undefined, awsEnv(moto.url));
    expect(stdout.split('\n')[0]).toBe(
      'WARNING: 1 of 1 scope(s) incomplete or stale (see Scopes below): ports there may be missing. This is not an all-clear.',
    );
    expect(stdout).toMatch(/Scopes:\n  incomplete inspector2 123456789012\/eu-west-1: EC2 scanning is not enabled/);
  });
});
