import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ConfigError } from '../core/errors.js';
import { awsFailure } from './errors.js';

export async function callerAccountId(region: string, credentials: AwsCredentialIdentityProvider | undefined): Promise<string> {
  const sts = new STSClient({ region, maxAttempts: 5, ...(credentials ? { credentials } : {}) });
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    if (!identity.Account) throw new Error('STS returned no account');
    return identity.Account;
  } catch (error) {
    // Without an identity nothing can be read; this is configuration, not a partial scan.
    throw new ConfigError(awsFailure('STS GetCallerIdentity', region, error));
  }
}
