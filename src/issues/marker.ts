// The hidden marker in every Portwarden issue body: the identity and the material facts the
// issue was last written with, so planning never parses titles or prose, and a steady state
// can be recognised without re-rendering anything.
import type { ExposureIdentity, FindingOrigin, MaterialFacts } from '../model.js';

export interface IssueMarker {
  v: 1;
  fingerprint: string;
  identity: ExposureIdentity;
  sources: FindingOrigin[];
  /** What an update is for: a change in any of these is worth a notification. */
  material: MaterialFacts;
  /** The instance's tags when written, so check mode can evaluate rules that match tags. */
  tags?: Record<string, string>;
}

const PREFIX = '<!-- portwarden:';
const SUFFIX = ' -->';

export function encodeMarker(marker: IssueMarker): string {
  // Escape what could end the HTML comment, be read as markup, or mention and link (a Name
  // tag is attacker-controlled even in a comment); JSON.parse undoes it.
  const json = JSON.stringify(marker).replace(/[<>&@#-]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${PREFIX}${json}${SUFFIX}`;
}

export function decodeMarker(body: string | null | undefined): IssueMarker | undefined {
  if (!body) return undefined;
  const start = body.lastIndexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(SUFFIX, start);
  if (end < 0) return undefined;
  try {
    const marker = JSON.parse(body.slice(start + PREFIX.length, end)) as IssueMarker;
    return marker.v === 1 && typeof marker.fingerprint === 'string' && marker.identity && marker.material ? marker : undefined;
  } catch {
    return undefined;
  }
}
