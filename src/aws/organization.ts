// `accounts: all`: the organization's accounts, from the management account or an
// Organizations delegated administrator. Only ACTIVE accounts are read: a suspended or
// closing account has no resources to scan and its role cannot be assumed.
import { OrganizationsClient, paginateListAccounts, type Account } from '@aws-sdk/client-organizations';
import { ConfigError } from '../core/errors.js';
import { clientConfig, type AwsContext } from './clients.js';
import { awsFailure } from './errors.js';

/** ListAccounts' largest page. */
const PAGE_SIZE = 20;

export async function organizationAccounts(region: string, context: AwsContext): Promise<string[]> {
  const client = new OrganizationsClient(clientConfig(region, context));
  const accounts: string[] = [];
  try {
    for await (const page of paginateListAccounts({ client, pageSize: PAGE_SIZE }, { MaxResults: PAGE_SIZE })) {
      for (const account of page.Accounts ?? []) if (account.Id && isActive(account)) accounts.push(account.Id);
    }
  } catch (error) {
    // No list means no idea which accounts exist: nothing may be judged, so the run stops.
    throw new ConfigError(
      `accounts: all needs the organization's account list: ${awsFailure('Organizations ListAccounts', context.callerAccountId, error)}. ` +
        'Run from the management account or an Organizations delegated administrator with organizations:ListAccounts, or list the account ids in accounts (see README#accounts)',
    );
  }
  return accounts;
}

/** `State` replaced `Status` (retired in 2026); a response with only `Status` is read as before. */
function isActive(account: Account): boolean {
  const state = account.State ?? account.Status;
  return state === 'ACTIVE';
}
