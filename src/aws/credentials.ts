// AWS credentials for a run. With a role: GitHub's OIDC token, exchanged through STS
// AssumeRoleWithWebIdentity (no stored keys). Without one: the SDK's default chain, so the
// action also works after aws-actions/configure-aws-credentials, and the CLI with a profile.
import { fromTemporaryCredentials, fromWebToken } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { ConfigError, messageOf } from '../core/errors.js';

export interface RoleOptions {
  roleArn?: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  /** STS region: the first region of the run. */
  region: string;
}

export interface OidcTokenSource {
  /** False when the job has no `permissions: id-token: write` (the runner then sets no request URL). */
  available: boolean;
  getIdToken(audience: string): Promise<string>;
}

export interface SecretMask {
  (secret: string): void;
}

/**
 * `oidc` undefined means "not in GitHub Actions" (the CLI): the role is then assumed from
 * the caller's current credentials.
 */
export async function resolveCredentials(
  options: RoleOptions,
  oidc: OidcTokenSource | undefined,
  mask: SecretMask,
): Promise<AwsCredentialIdentityProvider | undefined> {
  if (!options.roleArn) return undefined;
  const params = { RoleArn: options.roleArn, RoleSessionName: options.sessionName, DurationSeconds: options.durationSeconds };
  let provider: AwsCredentialIdentityProvider;
  if (oidc) {
    if (!oidc.available) {
      throw new ConfigError(
        'role-to-assume: the job cannot request a GitHub OIDC token. Add `permissions: id-token: write` to the workflow or job (see README#aws-credentials)',
      );
    }
    let token: string;
    try {
      token = await oidc.getIdToken(options.audience);
    } catch (error) {
      throw new ConfigError(`role-to-assume: could not get the GitHub OIDC token for audience "${options.audience}": ${messageOf(error)}`);
    }
    mask(token);
    provider = fromWebToken({
      roleArn: options.roleArn,
      webIdentityToken: token,
      roleSessionName: options.sessionName,
      durationSeconds: options.durationSeconds,
      clientConfig: { region: options.region },
    });
  } else {
    provider = fromTemporaryCredentials({ params, clientConfig: { region: options.region } });
  }

  // Assume once, up front: a trust-policy mistake must stop the run before any source runs,
  // and one STS call serves every client of the run.
  let credentials: AwsCredentialIdentity;
  try {
    credentials = await provider();
  } catch (error) {
    const name = (error as { name?: string }).name ?? 'Error';
    throw new ConfigError(
      `role-to-assume: could not assume ${options.roleArn} with ${oidc ? 'the GitHub OIDC token' : 'the current credentials'}: ${name}: ${messageOf(error)}. ` +
        'Check the role trust policy (see README#aws-credentials)',
    );
  }
  mask(credentials.secretAccessKey);
  if (credentials.sessionToken) mask(credentials.sessionToken);
  return async () => credentials;
}
