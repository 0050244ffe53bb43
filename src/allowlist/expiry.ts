import type { AllowRule, Allowlist } from '../model.js';

/** Active rules whose last day is within `days` of `today` (inclusive). */
export function rulesExpiringSoon(allowlist: Allowlist, today: string, days: number): AllowRule[] {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + days);
  const last = limit.toISOString().slice(0, 10);
  return allowlist.rules.filter((r) => r.expires !== undefined && r.expires >= today && r.expires <= last);
}
