import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS } from '../../src/core/options/inputs.js';
import { repoRoot, runAction } from '../support/run-dist.js';

const findings = 'examples/inspector2-findings.json\nexamples/classic-findings.json';

describe('dist/index.js as the runner runs it', () => {
  it('writes the outputs, the report file and the job summary', async () => {
    const run = await runAction({ findings, allowlist: 'allowlist.json' });
    expect(run.status).toBe(0);
    expect(run.outputs.unexpected).toBe('7');
    const reportPath = run.outputs['report-path']!;
    expect(existsSync(reportPath)).toBe(true);
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).summary).toMatchObject({ unexpected: 7, expected: 12, ignored: 1 });
    expect(run.summary).toContain('**7 unexpected** open ports');
    expect(run.summary).toContain('| 111122223333 | eu-west-1 | i-0c9d8e7f6a5b4c3d2 | bastion-1 | TCP | 22 | medium |');
  });

  it('annotates an expired rule at its line in the allowlist', async () => {
    const run = await runAction({ findings, allowlist: 'allowlist.json' });
    const expiredLine = readFileSync(join(repoRoot, 'allowlist.json'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('"id": "legacy-ftp"'));
    expect(run.commands).toContainEqual({
      command: 'warning',
      properties: expect.objectContaining({ file: 'allowlist.json', line: String(expiredLine) }),
      message: expect.stringContaining('Rule "legacy-ftp" expired on 2026-10-31'),
    });
  });

  it('fails on unexpected ports only when asked to', async () => {
    const run = await runAction({ findings, 'fail-on-unexpected': 'true' });
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)).toMatchObject({ command: 'error', message: '7 unexpected open port(s) and fail-on-unexpected is true.' });
  });

  it('turns every allowlist problem into an error annotation at its line and column, and writes no report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-action-'));
    const good = readFileSync(join(repoRoot, 'allowlist.json'), 'utf8');
    writeFileSync(join(dir, 'allowlist.json'), good.replace('"allow": { "tcp": [80, 443] }', '"alow": { "tcp": [80, 70000] }'));
    const run = await runAction({ findings: join(repoRoot, 'examples/inspector2-findings.json'), allowlist: 'allowlist.json' }, {}, dir);
    expect(run.status).toBe(1);
    const annotations = run.commands.filter((c) => c.command === 'error' && c.properties.file === 'allowlist.json');
    expect(annotations.map((a) => `${a.properties.line}:${a.properties.col}`)).toEqual(['7:7']);
    expect(run.outputs).toEqual({});
  });

  it('rejects a bad input value before reading anything', async () => {
    const run = await runAction({ findings, 'include-private-paths': 'yes' });
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)?.message).toBe('include-private-paths: must be true or false, got "yes". See README#include-private-paths');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs of the options table, with the same defaults', async () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort());
    for (const [name, spec] of Object.entries(INPUTS)) {
      expect({ name, default: action.inputs[name]!.default }).toEqual({ name, default: 'default' in spec ? spec.default : undefined });
    }
  });

  it('runs the committed bundle on node24', async () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
