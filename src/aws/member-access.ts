// Credentials for every account a run reads. The caller's own account uses the base
// credentials; another account uses `member-role`, assumed from the base credentials once
// per run (not per region) through the regional STS endpoint of the run's home region: its
// tokens work in every region, opt-in ones included, where global-endpoint tokens do not.
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { memberRoleArn } from '../core/accounts.js';
import type { CallerIdentity } from './caller.js';
import type { AwsContext } from './clients.js';
import { awsFailure } from './errors.js';
import type { SecretMask } from './credentials.js';

/** Role chaining caps a member session at one hour, whatever the base session allows. */
const CHAINED_SESSION_LIMIT_SECONDS = 3600;
/** Renew a member session this long before it expires: a request signed just before expiry can still fail. */
const RENEW_BEFORE_MS = 5 * 60_000;

export type AccountAccess = { ok: true; context: AwsContext } | { ok: false; reason: string };

export interface MemberRoleSettings {
  memberRole?: string;
  externalId?: string;
  sessionName: string;
  durationSeconds: number;
  /** Where STS is called: the run's home region. */
  region: string;
}

export class AccountCredentials {
  private readonly accounts = new Map<string, Promise<AccountAccess | undefined>>();
  private readonly sts: STSClient;

  constructor(
    readonly caller: AwsContext,
    private readonly identity: CallerIdentity,
    private readonly settings: MemberRoleSettings,
    private readonly mask: SecretMask,
  ) {
    this.sts = new STSClient({
      region: settings.region,
      retryMode: 'standard',
      maxAttempts: 5,
      ...(caller.credentials ? { credentials: caller.credentials } : {}),
    });
  }

  get memberRoleSet(): boolean {
    return this.settings.memberRole !== undefined;
  }

  roleArn(accountId: string): string {
    return memberRoleArn(this.settings.memberRole ?? '', accountId, this.identity.partition);
  }

  /** `undefined`: another account and no member-role, so nothing can be read there but central findings. */
  access(accountId: string): Promise<AccountAccess | undefined> {
    let access = this.accounts.get(accountId);
    if (!access) {
      access = this.open(accountId);
      this.accounts.set(accountId, access);
    }
    return access;
  }

  private async open(accountId: string): Promise<AccountAccess | undefined> {
    if (accountId === this.identity.accountId) return { ok: true, context: this.caller };
    if (this.settings.memberRole === undefined) return undefined;
    const roleArn = this.roleArn(accountId);
    const assume = () => this.assume(roleArn);
    let first: AwsCredentialIdentity;
    try {
      first = await assume();
    } catch (error) {
      return {
        ok: false,
        reason:
          `${awsFailure('STS AssumeRole', `${roleArn} (account ${accountId})`, error)}. ` +
          'The member role must exist in this account and its trust policy must trust the base role (README#member-role; the StackSet in deploy/ creates it in every account); nothing in this account was read',
      };
    }
    return { ok: true, context: { callerAccountId: accountId, credentials: renewing(first, assume) } };
  }

  private async assume(roleArn: string): Promise<AwsCredentialIdentity> {
    const response = await this.sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: this.settings.sessionName,
        DurationSeconds: Math.min(this.settings.durationSeconds, CHAINED_SESSION_LIMIT_SECONDS),
        ...(this.settings.externalId ? { ExternalId: this.settings.externalId } : {}),
      }),
    );
    const c = response.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS returned no credentials');
    this.mask(c.SecretAccessKey);
    if (c.SessionToken) this.mask(c.SessionToken);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  }
}

/** One session shared by every client of the account, renewed once when it nears its end. */
export function renewing(first: AwsCredentialIdentity, assume: () => Promise<AwsCredentialIdentity>): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> = Promise.resolve(first);
  let expiration = first.expiration;
  return async () => {
    if (expiration && expiration.getTime() - Date.now() < RENEW_BEFORE_MS) {
      expiration = undefined;
      current = assume().then((next) => {
        expiration = next.expiration;
        return next;
      });
    }
    return current;
  };
}
