// A finding an API returned that Portwarden cannot read. Its ports are unknown, so the place it
// belongs to must not prove any port gone; every other finding, and every other place, still
// counts: one odd finding must not drop the readable ones read with it, nor stop closes
// across an organisation.
import type { Exposure } from '../model.js';
import { plainText } from '../text.js';

export interface UnreadableFinding {
  /** Where it belongs, when the finding says; unknown places taint every place of the request. */
  accountId?: string | undefined;
  region?: string | undefined;
  findingId: string;
  problem: string;
}

export interface FindingsRead {
  exposures: Exposure[];
  unreadable: UnreadableFinding[];
}

/** The reason that makes (accountId, region) incomplete, or undefined when nothing there was unreadable. */
export function unreadableIn(
  unreadable: readonly UnreadableFinding[],
  accountId: string,
  region: string,
  service: string,
): string | undefined {
  const here = unreadable.filter(
    (u) => (u.accountId === undefined || u.accountId === accountId) && (u.region === undefined || u.region === region),
  );
  if (here.length === 0) return undefined;
  const first = here[0]!;
  const more = here.length > 1 ? ` and ${here.length - 1} more` : '';
  return (
    `${service} returned ${here.length} finding(s) in ${accountId}/${region} that Portwarden cannot read (${plainText(first.findingId, 200)}: ${plainText(first.problem, 300)}${more}). ` +
    'Their ports are unknown, so nothing closes here until they can be read; the other findings were read. Report the finding (its JSON) so its shape can be supported'
  );
}
