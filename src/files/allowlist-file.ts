import { parseAllowlist } from '../core/allowlist/load.js';
import { ConfigError } from '../core/errors.js';
import type { Allowlist } from '../core/model.js';
import { readText } from './read-text.js';

export async function readAllowlistText(path: string, hint: string): Promise<string> {
  return readText(path, (code) => new ConfigError(`allowlist: cannot read "${path}" (${code}): ${hint}`));
}

/** The allowlist first: a bad one must stop a run before anything else happens. */
export async function loadAllowlistFile(path: string): Promise<Allowlist> {
  return parseAllowlist(await readAllowlistText(path, 'create it (see README#allowlist-format) or set the allowlist path'), path);
}
