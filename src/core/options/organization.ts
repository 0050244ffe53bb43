// The inputs that widen a run from one account to an organization: which accounts (a list or
// `all`), which regions (`all`: each account's enabled ones), the member role that reads
// them, how many units at once, and this job's shard.
import { ROLE_ARN_TEMPLATE, ROLE_NAME, type Shard } from '../accounts.js';
import { isAccountId } from '../aws-ids.js';
import { ownAccountProblem, type SourceName } from '../model.js';
import type { InputName } from './inputs.js';
import { inputError, list, wholeNumber } from './values.js';

export interface OrganizationOptions {
  /** `accounts: all`: the organization's active accounts, listed at run time. */
  allAccounts: boolean;
  exclude: readonly string[];
  /** A role name or an ARN template with `{account}` (see core/accounts.ts). */
  memberRole?: string;
  externalId?: string;
  /** `regions: all`: every region enabled for each account. */
  allRegions: boolean;
  concurrency: number;
  shard?: Shard;
}

type Text = (name: InputName) => string;

export function accountIds(name: InputName, text: string): string[] {
  const ids = list(text);
  for (const id of ids) if (!isAccountId(id)) throw inputError(name, `"${id}" is not a 12-digit AWS account id`);
  return ids;
}

export function organizationOptions(
  text: Text,
  read: { sources: readonly SourceName[]; accounts: readonly string[]; regions: readonly string[]; readsSources: boolean },
): OrganizationOptions {
  const allAccounts = read.accounts.includes('all');
  if (allAccounts && read.accounts.length > 1)
    throw inputError('accounts', `is either all or a list of account ids, got "${read.accounts.join(',')}"`);
  const allRegions = read.regions.includes('all');
  if (allRegions && read.regions.length > 1)
    throw inputError('regions', `is either all or a list of regions, got "${read.regions.join(',')}"`);
  const memberRole = text('member-role');
  if (memberRole && !ROLE_NAME.test(memberRole) && !ROLE_ARN_TEMPLATE.test(memberRole))
    throw inputError(
      'member-role',
      `"${memberRole}" is neither a role name (PortwardenReadOnly) nor a role ARN template with {account} (arn:aws:iam::{account}:role/PortwardenReadOnly)`,
    );
  const externalId = text('member-role-external-id');
  if (externalId && !memberRole) throw inputError('member-role-external-id', 'is used only with member-role, which is not set');
  if (externalId && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId))
    throw inputError('member-role-external-id', 'must be 2-1224 characters of letters, digits and +=,.@:/-');
  const mixed = read.readsSources && !memberRole ? ownAccountProblem(read.sources, allAccounts ? 'all' : read.accounts) : undefined;
  if (mixed) throw inputError('accounts', mixed);
  const shard = shardOption(text('shard'));
  if (shard && !allAccounts && read.accounts.length === 0)
    throw inputError('shard', 'splits the accounts to read, but accounts is not set: set accounts to all or to a list of ids');
  return Object.freeze({
    allAccounts,
    exclude: Object.freeze(accountIds('exclude-accounts', text('exclude-accounts'))),
    ...(memberRole ? { memberRole } : {}),
    ...(externalId ? { externalId } : {}),
    allRegions,
    concurrency: wholeNumber('concurrency', text('concurrency'), 1, 64),
    ...(shard ? { shard } : {}),
  });
}

function shardOption(text: string): Shard | undefined {
  if (text === '') return undefined;
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || index < 1 || count < 1 || index > count || count > 1000)
    throw inputError('shard', `must be k/n with 1 <= k <= n <= 1000 (e.g. 2/4 for the second of four matrix jobs), got "${text}"`);
  return Object.freeze({ index, count });
}
