// Amazon Inspector Classic (legacy; end of support 2026-05-20): the Network Reachability
// findings of each assessment template's newest completed run. Kept small on purpose.
import {
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  DescribeRulesPackagesCommand,
  InspectorClient,
  paginateListAssessmentRuns,
  paginateListAssessmentTemplates,
  paginateListFindings,
  paginateListRulesPackages,
  type AssessmentRun,
} from '@aws-sdk/client-inspector';
import { chunk, mapConcurrently } from '../batching.js';
import { clientConfig, type AwsContext } from '../clients.js';
import { awsFailure } from '../errors.js';
import { FindingShapeError } from '../../core/errors.js';
import type { Exposure, Scope, SourceResult } from '../../core/model.js';
import { normalizeClassicFinding } from '../../core/findings/normalize-classic.js';
import { arnParts } from '../../core/findings/normalize-shared.js';

const LIST_PAGE_SIZE = 500;
const DESCRIBE_BATCH = 10;
const DESCRIBE_CONCURRENCY = 4;
const END_OF_SUPPORT =
  'Amazon Inspector Classic reached end of support on 2026-05-20: use `source: inspector2` (or security-groups), or export old findings with `aws inspector describe-findings` and read them with the findings input';

export interface ClassicOptions {
  templateArns?: readonly string[];
  maxScanAgeDays: number;
  now: Date;
}

class ScopeFailure extends Error {}

type Call = <T>(action: string, work: () => Promise<T>) => Promise<T>;

export async function readInspectorClassic(region: string, options: ClassicOptions, context: AwsContext): Promise<SourceResult> {
  const client = new InspectorClient(clientConfig(region, context));
  const call: Call = async (action, work) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ScopeFailure) throw error;
      throw new ScopeFailure(`${awsFailure(`Inspector ${action}`, `${context.callerAccountId}/${region}`, error)}. ${END_OF_SUPPORT}`);
    }
  };
  try {
    const packageArns = await call('ListRulesPackages', () =>
      collect(paginateListRulesPackages({ client, pageSize: LIST_PAGE_SIZE }, {}), (p) => p.rulesPackageArns),
    );
    const packageArn = await call('DescribeRulesPackages', () => networkReachabilityPackage(client, packageArns));
    if (!packageArn) throw new ScopeFailure(`no "Network Reachability" rules package in ${region} (GovCloud has none). ${END_OF_SUPPORT}`);
    const templateArns = options.templateArns?.length
      ? options.templateArns.filter((arn) => arnParts(arn)?.region === region)
      : await call('ListAssessmentTemplates', () =>
          collect(paginateListAssessmentTemplates({ client, pageSize: LIST_PAGE_SIZE }, {}), (p) => p.assessmentTemplateArns),
        );
    const result = await readTemplates({ client, call, region, packageArn, context }, templateArns, options);
    // Listed templates may cover only some instances: their silence says nothing about the rest.
    const subset = Boolean(options.templateArns?.length);
    return { scopes: result.scopes.map((s) => (subset ? { ...s, provesAbsence: false } : s)), exposures: result.exposures };
  } catch (error) {
    if (!(error instanceof ScopeFailure || error instanceof FindingShapeError)) throw error;
    return {
      scopes: [{ source: 'inspector-classic', accountId: context.callerAccountId, region, status: 'incomplete', reason: error.message }],
      exposures: [],
    };
  }
}

interface ClassicRead {
  client: InspectorClient;
  call: Call;
  region: string;
  packageArn: string;
  context: AwsContext;
}

/** Each template's newest completed run, judged for age and completeness, and its findings. */
async function readTemplates(read: ClassicRead, templateArns: readonly string[], options: ClassicOptions): Promise<SourceResult> {
  const { client, call, region, context } = read;
  const scopes = new Map<string, Scope>();
  const exposures: Exposure[] = [];
  for (const templateArn of templateArns) {
    const accountId = arnParts(templateArn)?.accountId ?? context.callerAccountId;
    const runs = await call('DescribeAssessmentRuns', () => templateRuns(client, templateArn));
    const verdict = judgeRuns(templateArn, runs, options);
    if (verdict.run) {
      const findings = await call('DescribeFindings', () => runFindings(client, verdict.run!.arn!, read.packageArn));
      for (const exposure of findings.exposures) exposures.push(exposure);
      if (findings.failed > 0) {
        verdict.incomplete = true;
        verdict.problems.push(`${findings.failed} finding(s) of ${verdict.run.arn} could not be described (failedItems)`);
      }
    }
    const status: Scope['status'] = !verdict.run || verdict.incomplete ? 'incomplete' : verdict.problems.length > 0 ? 'stale' : 'complete';
    const reason = verdict.problems.length ? { reason: verdict.problems.join('; ') } : {};
    mergeScope(scopes, { source: 'inspector-classic', accountId, region, status, ...reason });
  }
  if (scopes.size === 0) {
    const reason = `no assessment templates in ${region}`;
    mergeScope(scopes, { source: 'inspector-classic', accountId: context.callerAccountId, region, status: 'incomplete', reason });
  }
  return { scopes: [...scopes.values()], exposures };
}

async function collect<P>(pages: AsyncIterable<P>, items: (page: P) => string[] | undefined): Promise<string[]> {
  const all: string[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

/** The rules package ARN differs per region and belongs to an AWS account: find it by name. */
async function networkReachabilityPackage(client: InspectorClient, arns: string[]): Promise<string | undefined> {
  const described = await mapConcurrently(chunk(arns, DESCRIBE_BATCH), DESCRIBE_CONCURRENCY, (batch) =>
    client.send(new DescribeRulesPackagesCommand({ rulesPackageArns: batch })),
  );
  return described.flatMap((d) => d.rulesPackages ?? []).find((p) => p.name === 'Network Reachability')?.arn;
}

async function templateRuns(client: InspectorClient, templateArn: string): Promise<AssessmentRun[]> {
  const arns = await collect(
    paginateListAssessmentRuns({ client, pageSize: LIST_PAGE_SIZE }, { assessmentTemplateArns: [templateArn] }),
    (p) => p.assessmentRunArns,
  );
  const described = await mapConcurrently(chunk(arns, DESCRIBE_BATCH), DESCRIBE_CONCURRENCY, (batch) =>
    client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: batch })),
  );
  return described.flatMap((d) => d.assessmentRuns ?? []);
}

interface RunVerdict {
  run?: AssessmentRun;
  incomplete: boolean;
  problems: string[];
}

/**
 * The API returns runs in no documented order: take the highest completedAt among COMPLETED
 * runs, and say so when a newer run is unfinished or failed, or the completed one is old.
 */
export function judgeRuns(
  templateArn: string,
  runs: readonly AssessmentRun[],
  options: Pick<ClassicOptions, 'maxScanAgeDays' | 'now'>,
): RunVerdict {
  const time = (d: Date | undefined) => d?.getTime() ?? 0;
  const completed = runs.filter((r) => r.state === 'COMPLETED' && r.completedAt).sort((a, b) => time(b.completedAt) - time(a.completedAt));
  const newest = [...runs].sort((a, b) => time(b.createdAt) - time(a.createdAt))[0];
  const run = completed[0];
  const problems: string[] = [];
  if (!run) {
    problems.push(`template ${templateArn} has no completed run${newest ? ` (newest ${newest.arn} is ${newest.state})` : ''}`);
    return { incomplete: true, problems };
  }
  if (newest && newest !== run && time(newest.createdAt) > time(run.createdAt)) {
    problems.push(
      `a newer run ${newest.arn} of ${templateArn} is ${newest.state}; reporting ${run.arn} completed ${run.completedAt?.toISOString()}`,
    );
  }
  const ageDays = (options.now.getTime() - time(run.completedAt)) / 86_400_000;
  if (ageDays > options.maxScanAgeDays) {
    problems.push(
      `the newest completed run of ${templateArn} finished ${Math.floor(ageDays)} days ago, more than max-scan-age ${options.maxScanAgeDays}`,
    );
  }
  return { run, incomplete: false, problems };
}

async function runFindings(
  client: InspectorClient,
  runArn: string,
  packageArn: string,
): Promise<{ exposures: Exposure[]; failed: number }> {
  const arns = await collect(
    paginateListFindings({ client, pageSize: LIST_PAGE_SIZE }, { assessmentRunArns: [runArn], filter: { rulesPackageArns: [packageArn] } }),
    (p) => p.findingArns,
  );
  const described = await mapConcurrently(chunk(arns, DESCRIBE_BATCH), DESCRIBE_CONCURRENCY, (batch) =>
    client.send(new DescribeFindingsCommand({ findingArns: batch, locale: 'EN_US' })),
  );
  const exposures: Exposure[] = [];
  let failed = 0;
  for (const page of described) {
    failed += Object.keys(page.failedItems ?? {}).length;
    for (const finding of page.findings ?? []) {
      try {
        const result = normalizeClassicFinding(finding);
        if (result.kind === 'exposures') exposures.push(...result.exposures);
      } catch (error) {
        if (error instanceof FindingShapeError) throw new FindingShapeError(`${finding.arn}: ${error.message}`);
        throw error;
      }
    }
  }
  return { exposures, failed };
}

const STATUS_RANK = { complete: 0, stale: 1, incomplete: 2 } as const;

/** Several templates may cover one account and region: the scope is as good as its worst. */
function mergeScope(scopes: Map<string, Scope>, next: Scope): void {
  const key = `${next.accountId}|${next.region}`;
  const current = scopes.get(key);
  if (!current) {
    scopes.set(key, next);
    return;
  }
  const reasons = [current.reason, next.reason].filter(Boolean).join('; ');
  const status = STATUS_RANK[next.status] > STATUS_RANK[current.status] ? next.status : current.status;
  scopes.set(key, { ...current, status, ...(reasons ? { reason: reasons } : {}) });
}
