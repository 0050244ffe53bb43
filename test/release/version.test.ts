// The version a user sees (`--version`), the report, the summary and every new marker carry,
// and that an upgrade alone never edits an issue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/core/issues/marker.js';
import { planIssues } from '../../src/core/issues/plan.js';
import { renderBody } from '../../src/core/issues/render.js';
import { buildReport } from '../../src/core/report/report.js';
import { renderSummary } from '../../src/core/report/summary.js';
import { VERSION } from '../../src/core/version.js';
import { toExistingIssue } from '../../src/github/issues.js';
import { completeScope, issueOptions, unexpected } from '../support/issue-builders.js';
import { repoRoot } from '../support/run-dist.js';

describe('the version', () => {
  it("is package.json's", () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('is in the JSON report and the job summary', () => {
    const report = buildReport(
      { verdicts: [unexpected()], expiredRules: [], staleRules: [] },
      { generatedAt: 'now', inputs: [], warnings: [], scopes: [] },
    );
    expect(report.portwardenVersion).toBe(VERSION);
    expect(renderSummary(report)).toContain(`Portwarden ${VERSION}`);
  });

  it('is in every new marker; a marker without it, or from another version, is the same issue and edits nothing', () => {
    const verdict = unexpected();
    const body = renderBody(verdict, issueOptions());
    const read = readMarker(body);
    expect(read.kind === 'valid' && read.marker.by).toBe(`portwarden ${VERSION}`);
    const fields = {
      number: 7,
      state: 'open' as const,
      state_reason: null,
      title: 't',
      labels: [{ name: 'portwarden' }, { name: `severity:${verdict.exposure.severity}` }],
    };
    for (const by of [undefined, 'portwarden 0.1.0', 'portwarden 9.0.0']) {
      const marker = read.kind === 'valid' ? { ...read.marker, by } : undefined;
      if (by === undefined) delete marker!.by;
      const older = body.replace(/<!-- portwarden:.*-->/s, `<!-- portwarden:${JSON.stringify(marker)} -->`);
      const reread = readMarker(older);
      expect(reread.kind).toBe('valid');
      if (reread.kind !== 'valid') continue;
      const issue = toExistingIssue({ ...fields, body: older }, reread.marker);
      const plan = planIssues({
        verdicts: [verdict],
        scopes: [completeScope()],
        issues: [issue],
        instances: new Map(),
        rules: [],
        options: issueOptions(),
      });
      expect({ by, actions: plan.actions }).toEqual({ by, actions: [] });
    }
  });
});
