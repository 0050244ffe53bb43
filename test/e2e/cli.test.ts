import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagOf } from '../../src/cli.js';
import { INPUTS, type InputName } from '../../src/core/options/inputs.js';
import { repoRoot, runCli } from '../support/run-dist.js';

const examples = ['examples/inspector2-findings.json', 'examples/classic-findings.json'];
const demoArgs = ['report', '--findings', ...examples, '--allowlist', 'allowlist.json', '--today', '2026-11-23'];

interface JsonReport {
  exposures: {
    status: string;
    resource: { id: string; name: string | null };
    protocol: string;
    ports: { from: number; to: number };
    uncovered: { from: number; to: number }[];
    rules: string[];
  }[];
  expiredRules: string[];
  staleRules: string[];
}

describe('portwarden report on the bundled examples (the demo)', () => {
  it('prints the unexpected ports first and exits 0', async () => {
    const { status, stdout } = await runCli(demoArgs);
    expect(status).toBe(0);
    const [unexpectedSection] = stdout.split('\n\n');
    expect(unexpectedSection).toMatch(/^Unexpected open ports \(7\):/);
    for (const name of ['bastion-1', 'metrics-1', 'ftp-legacy', 'web-prod-01']) expect(unexpectedSection).toContain(name);
    expect(unexpectedSection).toContain('8080-8100 (of 8000-8100)');
    expect(unexpectedSection).not.toContain('vpn-gw-1');
    expect(stdout).toMatch(/Expired rules .*: legacy-ftp/);
    expect(stdout).toMatch(/Stale rules .*: mail-relay/);
    expect(stdout.trim().split('\n').at(-1)).toBe('7 unexpected, 12 allowed, 1 ignored; 1 expired and 1 stale rules.');
  });

  it('with --json prints only the report on stdout', async () => {
    const { status, stdout } = await runCli([...demoArgs, '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
    expect(
      unexpected.map((e) => `${e.resource.name ?? e.resource.id} ${e.protocol} ${e.uncovered.map((u) => `${u.from}-${u.to}`).join(',')}`),
    ).toEqual([
      'i-0e5f60718293a4b5c tcp 3389-3389',
      'bastion-1 tcp 22-22',
      'metrics-1 tcp 8080-8100',
      'ftp-legacy tcp 21-21',
      'web-prod-01 tcp 22-22',
      'i-0c3d4e5f6aa03c4d tcp 5432-5432',
      'i-0c3d4e5f6aa03c4d tcp 8080-8080',
    ]);
    expect(report.exposures.find((e) => e.resource.name === 'metrics-1')!.rules).toEqual(['metrics-scrape']);
    expect(report).toMatchObject({ expiredRules: ['legacy-ftp'], staleRules: ['mail-relay'] });
  });

  it('exits 1 with --fail-on-unexpected when something is unexpected, 0 when nothing is', async () => {
    expect((await runCli([...demoArgs, '--fail-on-unexpected'])).status).toBe(1);
    expect((await runCli([...demoArgs, '--fail-on-unexpected', '--min-severity', 'critical'])).status).toBe(0);
  });

  it('counts private-path ports only with --include-private-paths', async () => {
    const report = JSON.parse((await runCli([...demoArgs, '--json', '--include-private-paths'])).stdout) as JsonReport;
    expect(report.exposures.find((e) => e.resource.name === 'orders-db')!.status).toBe('unexpected');
  });
});

describe('bad input stops the run with exit 2 and a message that says where', () => {
  const badAllowlist = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-cli-'));
    writeFileSync(join(dir, 'allowlist.json'), text);
    return join(dir, 'allowlist.json');
  };

  it('a broken allowlist: the line:column on stderr, no report on stdout', async () => {
    const good = readFileSync(join(repoRoot, 'allowlist.json'), 'utf8');
    const file = badAllowlist(good.replace('"allow": { "tcp": [80, 443] }', '"alow": { "tcp": [80, 443] }'));
    const { status, stdout, stderr } = await runCli(['report', '--findings', ...examples, '--allowlist', file, '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}:7:7: unknown key "alow"`);
  });

  it('a missing findings file, an unknown flag, a bad severity', async () => {
    expect(await runCli(['report', '--findings', 'nope.json'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('nope.json: cannot read findings file (ENOENT)'),
    });
    expect(await runCli(['report', '--findngs', 'x.json'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown option --findngs: did you mean --findings?'),
    });
    expect(await runCli([...demoArgs, '--min-severity', 'severe'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--min-severity: must be one of informational, low, medium, high, critical, got "severe"'),
    });
    expect(await runCli(['report', '--source', 'file'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--findings: source file needs at least one findings file'),
    });
    expect(await runCli(['report'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining(
        '--regions: no region to read inspector2 in: set regions, or AWS_REGION / AWS_DEFAULT_REGION (to read saved exports instead, give findings files)',
      ),
    });
  });

  it('a findings file that is not an Inspector export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-cli-'));
    writeFileSync(join(dir, 'x.json'), '{"Reservations": []}');
    // Issue #15: it names what it saw and the shapes it accepts.
    expect(await runCli(['report', '--findings', join(dir, 'x.json')])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining(
        'the document is an object with "Reservations": expected the output of "aws inspector2 list-findings"',
      ),
    });
  });
});

describe('--help', () => {
  it('documents every flag the options table defines', async () => {
    const { status, stdout } = await runCli(['--help']);
    expect(status).toBe(0);
    for (const name of Object.keys(INPUTS) as InputName[]) {
      const flag = flagOf(name);
      if (flag !== null) expect(stdout).toContain(`--${flag} `);
    }
    expect(stdout).toContain('--json');
  });
});

describe('odd input to the CLI stops with the input named, never a crash', () => {
  it.each(['2027-13-01', '2027-02-30', 'tomorrow'])('--today %s is exit 2 naming the input', async (today) => {
    const { status, stderr } = await runCli(['report', '--findings', examples[0]!, '--allowlist', 'allowlist.json', '--today', today]);
    expect(status).toBe(2);
    expect(stderr).toBe(`portwarden: today: must be a calendar date YYYY-MM-DD, got "${today}"\n`);
  });

  it('reads a findings file with a byte order mark, refuses UTF-16 and an empty file with the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-odd-'));
    const text = readFileSync(join(repoRoot, examples[0]!), 'utf8');
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${text}`);
    writeFileSync(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'empty.json'), '');
    const allowlist = join(repoRoot, 'allowlist.json');
    expect((await runCli(['report', '--findings', 'bom.json', '--allowlist', allowlist], dir)).status).toBe(0);
    const utf16 = await runCli(['report', '--findings', 'utf16.json', '--allowlist', allowlist], dir);
    expect([utf16.status, utf16.stderr]).toEqual([
      2,
      expect.stringContaining('utf16.json: the file is UTF-16LE, not UTF-8: save it as UTF-8'),
    ]);
    const empty = await runCli(['report', '--findings', 'empty.json', '--allowlist', allowlist], dir);
    expect([empty.status, empty.stderr]).toEqual([2, expect.stringContaining('empty.json: the file is empty')]);
  });

  it('reads 200,000 findings and prints the table (the benchmark measures time and memory)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-many-'));
    const finding = JSON.parse(readFileSync(join(repoRoot, examples[0]!), 'utf8')).findings[0];
    writeFileSync(
      join(dir, 'many.json'),
      JSON.stringify({
        findings: Array.from({ length: 200_000 }, (_, i) => ({
          ...finding,
          resources: [{ ...finding.resources[0], id: `i-${i.toString(16).padStart(17, '0')}` }],
        })),
      }),
    );
    const { status, stdout, stderr } = await runCli(
      ['report', '--findings', 'many.json', '--allowlist', join(repoRoot, 'allowlist.json')],
      dir,
    );
    expect(stderr).not.toMatch(/Maximum call stack|RangeError/);
    expect(status).toBe(0);
    expect(stdout).toMatch(/(Unexpected open ports \(200000\)|Allowed \(200000\))/);
  }, 120_000);

  it.skipIf(Number(process.versions.node.split('.')[0]) >= 22)(
    "says the AWS SDK's Node.js notice once, in one line, and not at all when switched off",
    async () => {
      const env = { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '1' };
      const args = ['report', '--source', 'inspector2', '--regions', 'eu-west-1', '--allowlist', 'allowlist.json'];
      const noisy = await runCli(args, repoRoot, env);
      expect(noisy.stderr.split('\n').filter((l) => /Node\.js >= 22|NodeVersionSupportWarning/.test(l))).toEqual([
        expect.stringMatching(/^Note \(AWS SDK\): it will need Node\.js >= 22/),
      ]);
      const quiet = await runCli(args, repoRoot, { ...env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
      expect(quiet.stderr).not.toMatch(/Node\.js >= 22|NodeVersionSupportWarning/);
    },
  );
});
