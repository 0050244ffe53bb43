// Shared client settings. Endpoints come only from the SDK's standard configuration
// (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>, profiles), so tests use the same code path.
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export interface AwsContext {
  credentials?: AwsCredentialIdentityProvider;
  /** The account the credentials belong to (STS GetCallerIdentity). */
  callerAccountId: string;
}

export function clientConfig(region: string, context: AwsContext) {
  return {
    region,
    // Standard mode retries throttling, 5xx and transient network errors with backoff and
    // a retry quota; AccessDenied and validation errors are not retried.
    retryMode: 'standard' as const,
    maxAttempts: 5,
    ...(context.credentials ? { credentials: context.credentials } : {}),
  };
}
