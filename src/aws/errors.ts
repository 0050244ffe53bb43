// One sentence for every AWS failure: what we tried, where, what AWS said, and the fix.
import { messageOf } from '../core/errors.js';

/** The IAM action each call needs, so AccessDenied can name it. */
export const IAM_ACTION: Record<string, string> = {
  'Inspector2 BatchGetAccountStatus': 'inspector2:BatchGetAccountStatus',
  'Inspector2 ListFindings': 'inspector2:ListFindings',
  'Inspector ListRulesPackages': 'inspector:ListRulesPackages',
  'Inspector DescribeRulesPackages': 'inspector:DescribeRulesPackages',
  'Inspector ListAssessmentTemplates': 'inspector:ListAssessmentTemplates',
  'Inspector ListAssessmentRuns': 'inspector:ListAssessmentRuns',
  'Inspector DescribeAssessmentRuns': 'inspector:DescribeAssessmentRuns',
  'Inspector ListFindings': 'inspector:ListFindings',
  'Inspector DescribeFindings': 'inspector:DescribeFindings',
  'EC2 DescribeInstances': 'ec2:DescribeInstances',
  'EC2 DescribeSecurityGroups': 'ec2:DescribeSecurityGroups',
  'EC2 DescribeRouteTables': 'ec2:DescribeRouteTables',
  'EC2 GetManagedPrefixListEntries': 'ec2:GetManagedPrefixListEntries',
  'SecurityHub GetFindings': 'securityhub:GetFindings',
  'SecurityHub ListMembers': 'securityhub:ListMembers',
  'SecurityHub ListFindingAggregators': 'securityhub:ListFindingAggregators',
  'SecurityHub GetFindingAggregator': 'securityhub:GetFindingAggregator',
  'SecurityHub BatchUpdateFindings': 'securityhub:BatchUpdateFindings',
  'EC2 DescribeRegions': 'ec2:DescribeRegions',
  'Organizations ListAccounts': 'organizations:ListAccounts',
  'STS AssumeRole': 'sts:AssumeRole',
  'STS GetCallerIdentity': '(none: GetCallerIdentity needs no permission; check the credentials)',
};

export function awsFailure(action: string, where: string, error: unknown): string {
  const name = (error as { name?: string })?.name ?? 'Error';
  const detail = `${action} failed for ${where}: ${name}: ${messageOf(error)}`;
  if (/AccessDenied|UnauthorizedOperation|AccessDeniedException/.test(name)) {
    return `${detail}. The role needs IAM action ${IAM_ACTION[action] ?? 'for this call'} (see README#iam-policies)`;
  }
  if (name === 'InvalidAccessException') {
    return `${detail}. Security Hub is not enabled for this account in this region: enable it, or call it where it is (regions)`;
  }
  if (/ExpiredToken|InvalidClientTokenId|UnrecognizedClient|CredentialsProviderError/.test(name)) {
    return `${detail}. The AWS credentials are missing, invalid or expired: set role-to-assume, or configure credentials before this step`;
  }
  return detail;
}
