import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ConfigError } from '../core/errors.js';
import { awsFailure } from './errors.js';

export interface CallerIdentity {
  accountId: string;
  /** aws, aws-cn or aws-us-gov: member role names become ARNs in it. */
  partition: string;
}

export async function callerIdentity(region: string, credentials: AwsCredentialIdentityProvider | undefined): Promise<CallerIdentity> {
  const sts = new STSClient({ region, maxAttempts: 5, ...(credentials ? { credentials } : {}) });
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    if (!identity.Account) throw new Error('STS returned no account');
    return { accountId: identity.Account, partition: /^arn:([\w-]+):/.exec(identity.Arn ?? '')?.[1] ?? 'aws' };
  } catch (error) {
    // Without an identity nothing can be read; this is configuration, not a partial scan.
    throw new ConfigError(awsFailure('STS GetCallerIdentity', region, error));
  }
}
