import { describe, expect, it } from 'vitest';
import { runQuarter, scriptedQuarter } from '../../bench/quarter-scenario.js';

describe('a quarter of weekly scans', () => {
  const results = runQuarter(scriptedQuarter());

  it('notifies exactly the scripted true changes, week by week', () => {
    expect(results.map((r) => r.notifications)).toEqual(results.map((r) => r.trueChanges));
  });

  it('closes nothing because of the scan that failed half-way', () => {
    expect(results[8]).toMatchObject({ week: 9, closesInFailedScopes: 0 });
    expect(results[8]!.actions).toEqual(['close:i-flap:8080']);
  });

  it('is quiet for the stopped instance and its restart, and closes its issue when terminated', () => {
    expect(results[9]!.actions).toEqual(['reopen:i-flap:8080']);
    expect(results[10]!.actions).toEqual(['close:i-flap:8080']);
    expect(results[11]!.actions).toContain('close:i-batch:9000');
  });

  it('sends far fewer notifications than a naive forwarder', () => {
    const ours = results.reduce((n, r) => n + r.notifications, 0);
    const naive = results.reduce((n, r) => n + r.naiveAlerts, 0);
    expect(ours).toBe(21);
    expect(naive).toBeGreaterThan(2.5 * ours);
  });
});
