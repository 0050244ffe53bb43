import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagOf } from '../../src/cli.js';
import { INPUTS, type InputName } from '../../src/options.js';
import { repoRoot, runCli } from '../support/run-dist.js';

const examples = ['examples/inspector2-findings.json', 'examples/classic-findings.json'];
const demoArgs = ['report', '--findings', ...examples, '--allowlist', 'allowlist.json', '--today', '2026-11-23'];

interface JsonReport {
  exposures: { status: string; resource: { id: string; name: string | null }; protocol: string; ports: { from: number; to: number }; uncovered: { from: number; to: number }[]; rules: string[] }[];
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
    expect(unexpected.map((e) => `${e.resource.name ?? e.resource.id} ${e.protocol} ${e.uncovered.map((u) => `${u.from}-${u.to}`).join(',')}`)).toEqual([
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
    expect(await runCli(['report', '--findings', 'nope.json'])).toMatchObject({ status: 2, stderr: expect.stringContaining('nope.json: cannot read findings file (ENOENT)') });
    expect(await runCli(['report', '--findngs', 'x.json'])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown option --findngs: did you mean --findings?') });
    expect(await runCli([...demoArgs, '--min-severity', 'severe'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--min-severity: must be one of informational, low, medium, high, critical, got "severe"'),
    });
    expect(await runCli(['report', '--source', 'file'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--findings: source file needs at least one findings file') });
    expect(await runCli(['report'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--regions: no region to read inspector2 in: set regions, or AWS_REGION / AWS_DEFAULT_REGION (to read saved exports instead, give findings files)') });
  });

  it('a findings file that is not an Inspector export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-cli-'));
    writeFileSync(join(dir, 'x.json'), '{"Reservations": []}');
    expect(await runCli(['report', '--findings', join(dir, 'x.json')])).toMatchObject({ status: 2, stderr: expect.stringContaining('has no "findings" list') });
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
