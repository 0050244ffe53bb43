import { addDays } from '../dates.js';
import type { AllowRule, Allowlist } from '../model.js';

/** Active rules whose last day is within `days` of `today` (inclusive). */
export function rulesExpiringSoon(allowlist: Allowlist, today: string, days: number): AllowRule[] {
  const last = addDays(today, days);
  return allowlist.rules.filter((r) => r.expires !== undefined && r.expires >= today && r.expires <= last);
}
