// Every message parseOptions can give, in process: the input it names, the fix it offers,
// and the README anchor it links. Options come out grouped by the code that consumes them.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { InputName } from '../../src/core/options/inputs.js';
import { parseOptions, type OptionsContext } from '../../src/core/options/parse.js';

const env: OptionsContext['env'] = { AWS_REGION: 'eu-west-1' };

function parse(inputs: Partial<Record<InputName, string>>, context: Partial<OptionsContext> = {}) {
  return parseOptions((name) => inputs[name], { today: '2026-12-02', env, ...context });
}

function failure(inputs: Partial<Record<InputName, string>>, context: Partial<OptionsContext> = {}): InputError {
  try {
    parse(inputs, context);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('parseOptions accepted it');
}

describe('parseOptions messages', () => {
  it.each<[string, Partial<Record<InputName, string>>, Partial<OptionsContext>, InputName, RegExp]>([
    ['an unknown mode', { mode: 'scan' }, {}, 'mode', /must be one of report, check, accept, got "scan"/],
    ['an unknown source', { source: 'guardduty' }, {}, 'source', /must be one of inspector2, .*file, got "guardduty"/],
    ['source file without files', { source: 'file' }, {}, 'findings', /source file needs at least one findings file/],
    [
      'files without source file',
      { source: 'inspector2', findings: 'a.json' },
      {},
      'findings',
      /read only with source file; source is inspector2/,
    ],
    ['no region', {}, { env: {} }, 'regions', /no region to read inspector2 in: set regions, or AWS_REGION/],
    ['a bad region', { regions: 'eu-west-1,Europe' }, {}, 'regions', /"Europe" is not an AWS region/],
    [
      'write-back without securityhub',
      { 'securityhub-workflow-sync': 'true' },
      {},
      'securityhub-workflow-sync',
      /needs source securityhub; source is inspector2/,
    ],
    [
      'security groups with two accounts',
      { source: 'security-groups', accounts: '111122223333,444455556666' },
      {},
      'accounts',
      /security-groups can read other accounts only through member-role, but accounts lists 2 \(111122223333, 444455556666\): set member-role/,
    ],
    [
      'security groups with all accounts and no member role',
      { source: 'security-groups', accounts: 'all' },
      {},
      'accounts',
      /but accounts is all: set member-role/,
    ],
    ['all accounts and a list', { accounts: 'all,111122223333' }, {}, 'accounts', /either all or a list of account ids/],
    ['all regions and a list', { regions: 'all,eu-west-1' }, {}, 'regions', /either all or a list of regions/],
    [
      'all regions without a home region',
      { regions: 'all' },
      { env: {} },
      'regions',
      /STS and Organizations need a region to start in: set AWS_REGION/,
    ],
    [
      'a member role that is neither a name nor a template',
      { 'member-role': 'arn:aws:iam::111122223333:role/Fixed' },
      {},
      'member-role',
      /neither a role name .* nor a role ARN template with \{account\}/,
    ],
    [
      'an external id without a member role',
      { 'member-role-external-id': 'abc123' },
      {},
      'member-role-external-id',
      /only with member-role/,
    ],
    ['an excluded account that is no id', { 'exclude-accounts': 'sandbox' }, {}, 'exclude-accounts', /"sandbox" is not a 12-digit/],
    ['a concurrency of 0', { concurrency: '0' }, {}, 'concurrency', /whole number from 1 to 64/],
    ['a shard beyond its count', { accounts: 'all', 'member-role': 'R', shard: '5/4' }, {}, 'shard', /k\/n with 1 <= k <= n/],
    ['a shard of the default account', { shard: '1/2' }, {}, 'shard', /accounts is not set/],
    ['a short account id', { accounts: '12345' }, {}, 'accounts', /"12345" is not a 12-digit AWS account id/],
    ['a user ARN as the role', { 'role-to-assume': 'arn:aws:iam::111122223333:user/ci' }, {}, 'role-to-assume', /is not an IAM role ARN/],
    [
      'a run ARN as a template',
      { 'assessment-template-arns': 'arn:aws:inspector:eu-west-1:111122223333:target/0-a/template/0-b/run/0-c' },
      {},
      'assessment-template-arns',
      /is not an assessment template ARN/,
    ],
    [
      'an unknown severity',
      { 'min-severity': 'severe' },
      {},
      'min-severity',
      /must be one of informational, low, medium, high, critical, got "severe"/,
    ],
    ['a non-boolean', { 'dry-run': 'yes' }, {}, 'dry-run', /must be true or false, got "yes"/],
    [
      'a number out of range',
      { 'role-duration-seconds': '60' },
      {},
      'role-duration-seconds',
      /must be a whole number from 900 to 43200, got "60"/,
    ],
    ['a fraction', { 'max-new-issues': '2.5' }, {}, 'max-new-issues', /must be a whole number from 0 to 1000/],
    ['a repository that is not owner/name', { repository: 'just-a-name' }, {}, 'repository', /"just-a-name" is not owner\/name/],
    ['no token', { repository: 'octo/security' }, {}, 'github-token', /no token to write issues to octo\/security/],
    [
      'a bot login with a space',
      { repository: 'octo/security', 'github-token': 't', 'bot-login': 'my bot' },
      {},
      'bot-login',
      /"my bot" is not a GitHub login/,
    ],
  ])('%s', (_, inputs, context, input, message) => {
    const error = failure(inputs, context);
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`See README#${input}`);
  });

  it('an impossible --today names it', () => {
    const error = failure({}, { today: '2026-02-30' });
    expect([error.input, error.message]).toEqual(['today', 'today: must be a calendar date YYYY-MM-DD, got "2026-02-30"']);
  });

  it('check mode and a dispatched finding need no region and no source', () => {
    expect(parse({ mode: 'check' }, { env: {} }).mode).toBe('check');
    expect(parse({}, { env: {}, dispatch: true }).read.regions).toEqual([]);
  });
});

describe('an organization', () => {
  it('reads all accounts and regions with a member role, from AWS_REGION as home', () => {
    const { read } = parse(
      {
        source: 'security-groups,inspector2',
        accounts: 'all',
        regions: 'all',
        'exclude-accounts': '444455556666',
        'member-role': 'audit/PortwardenReadOnly',
        'member-role-external-id': 'acme-portwarden',
        concurrency: '16',
        shard: '2/4',
      },
      { env: { AWS_REGION: 'eu-central-1' } },
    );
    expect([read.accounts, read.regions, read.homeRegion]).toEqual([[], [], 'eu-central-1']);
    expect(read.org).toEqual({
      allAccounts: true,
      exclude: ['444455556666'],
      memberRole: 'audit/PortwardenReadOnly',
      externalId: 'acme-portwarden',
      allRegions: true,
      concurrency: 16,
      shard: { index: 2, count: 4 },
    });
  });

  it('lets security groups read listed accounts once a member role is set, from the first listed region as home', () => {
    const { read } = parse({
      source: 'security-groups',
      accounts: '111122223333,444455556666',
      regions: 'us-east-1,eu-west-1',
      'member-role': 'arn:aws-cn:iam::{account}:role/PortwardenReadOnly',
    });
    expect([read.accounts, read.homeRegion, read.org.concurrency, read.org.allAccounts]).toEqual([
      ['111122223333', '444455556666'],
      'us-east-1',
      8,
      false,
    ]);
  });
});

describe('options by consumer', () => {
  it('groups evaluation, reading, AWS, GitHub, issues, lint and exit rules, with today in each that needs it', () => {
    const options = parse(
      {
        'min-severity': 'HIGH',
        'allow-tag-key': 'portwarden:allow',
        accounts: '111122223333',
        'role-to-assume': 'arn:aws:iam::111122223333:role/portwarden',
        repository: 'octo/security',
        'github-token': 'token',
        'max-ports-per-rule': '64',
        'fail-on-unexpected': 'true',
        assignees: '@alice',
      },
      { env: { ...env, GITHUB_RUN_ID: '42' } },
    );
    expect(options.evaluate).toEqual({
      today: '2026-12-02',
      minSeverity: 'high',
      includePrivatePaths: false,
      allowTagKey: 'portwarden:allow',
    });
    expect(options.read).toMatchObject({ sources: ['inspector2'], regions: ['eu-west-1'], accounts: ['111122223333'] });
    expect(options.aws).toEqual({
      roleArn: 'arn:aws:iam::111122223333:role/portwarden',
      audience: 'sts.amazonaws.com',
      durationSeconds: 3600,
      sessionName: 'portwarden-42',
    });
    expect(options.github).toMatchObject({ target: { owner: 'octo', repo: 'security' }, token: 'token', apiUrl: 'https://api.github.com' });
    expect(options.issues).toMatchObject({ assignees: ['alice'], today: '2026-12-02' });
    expect(options.lint).toEqual({ today: '2026-12-02', maxPortsPerRule: 64, maxExpiryDays: 365 });
    expect(options.exit).toEqual({ failOnUnexpected: true, failOnIncomplete: true });
    expect(Object.isFrozen(options.evaluate) && Object.isFrozen(options.read)).toBe(true);
  });
});
