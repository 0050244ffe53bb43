// dist/index.js as the runner runs it, reading AWS through GitHub's OIDC token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableEc2Scanning, queueV2Findings, runInstance, v2Finding } from '../support/aws-seed.js';
import { startFaultProxy } from '../support/aws-fault-proxy.js';
import { motoAvailable, startMoto, TEST_ACCOUNT, type Moto } from '../support/moto.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { runAction } from '../support/run-dist.js';

const ROLE = `arn:aws:iam::${TEST_ACCOUNT}:role/portwarden-readonly`;

describe.skipIf(!motoAvailable)('the action with role-to-assume', () => {
  let moto: Moto;
  let oidc: OidcServer;
  beforeAll(async () => {
    moto = await startMoto();
    oidc = await startOidcServer();
    const instance = await runInstance(moto.url, 'eu-west-1', { Name: 'bastion-1' });
    await enableEc2Scanning(moto.url, 'eu-west-1', TEST_ACCOUNT);
    await queueV2Findings(moto, TEST_ACCOUNT, 'eu-west-1', [
      v2Finding({ accountId: TEST_ACCOUNT, region: 'eu-west-1', instanceId: instance, protocol: 'TCP', from: 22 }),
    ]);
  });
  afterAll(async () => {
    await oidc?.close();
    await moto?.stop();
  });

  // No AWS_ACCESS_KEY_ID anywhere: the only way in is the OIDC token.
  const awsOnlyEndpoint = (endpoint: string) => ({ AWS_ENDPOINT_URL: endpoint, AWS_EC2_METADATA_DISABLED: 'true', GITHUB_RUN_ID: '4242' });

  it('exchanges the OIDC token for the role, reads Inspector, and masks the token and keys', async () => {
    const proxy = await startFaultProxy(moto.url, () => undefined);
    try {
      const run = await runAction(
        { source: 'inspector2', regions: 'eu-west-1', 'role-to-assume': ROLE, audience: 'sts.amazonaws.com' },
        { ...awsOnlyEndpoint(proxy.url), ...oidc.env },
      );
      expect(run.stderr).not.toContain('Error');
      expect(run.status).toBe(0);
      expect(run.outputs.unexpected).toBe('1');
      expect(oidc.requests.at(-1)).toEqual({ audience: 'sts.amazonaws.com', authorization: 'Bearer runner-request-token' });
      const assume = proxy.log.find((q) => q.operation === 'AssumeRoleWithWebIdentity')!;
      expect(assume.body).toContain(`RoleArn=${encodeURIComponent(ROLE)}`);
      expect(assume.body).toContain('RoleSessionName=portwarden-4242');
      expect(assume.body).toContain('DurationSeconds=3600');
      const masks = run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
      expect(masks).toContain(oidc.token);
      expect(masks.length).toBeGreaterThanOrEqual(2);
      const printed = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      for (const secret of masks) expect(printed.join('\n')).not.toContain(secret);
    } finally {
      await proxy.close();
    }
  });

  it('says exactly what to add when the job has no id-token permission, and calls no AWS API', async () => {
    const proxy = await startFaultProxy(moto.url, () => undefined);
    try {
      const run = await runAction({ source: 'inspector2', regions: 'eu-west-1', 'role-to-assume': ROLE }, awsOnlyEndpoint(proxy.url));
      expect(run.status).toBe(1);
      expect(run.commands.at(-1)?.message).toContain('Add `permissions: id-token: write` to the workflow or job');
      expect(proxy.log).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('stops with the trust-policy hint when STS refuses the token', async () => {
    const proxy = await startFaultProxy(moto.url, (q) =>
      q.operation === 'AssumeRoleWithWebIdentity'
        ? { status: 403, code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity' }
        : undefined,
    );
    try {
      const run = await runAction(
        { source: 'inspector2', regions: 'eu-west-1', 'role-to-assume': ROLE },
        { ...awsOnlyEndpoint(proxy.url), ...oidc.env },
      );
      expect(run.status).toBe(1);
      expect(run.commands.at(-1)?.message).toMatch(
        /could not assume arn:aws:iam::123456789012:role\/portwarden-readonly with the GitHub OIDC token: AccessDenied: .*Check the role trust policy/,
      );
      expect(proxy.log.map((q) => q.operation)).toEqual(['AssumeRoleWithWebIdentity']);
    } finally {
      await proxy.close();
    }
  });
});
