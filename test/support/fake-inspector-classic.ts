// Amazon Inspector Classic, which moto lacks: a small JSON 1.1 server answering the calls
// Portwarden makes with the shapes of the API reference, `nextToken` pagination, the
// documented 10-ARN limit of the Describe calls, a request log and injectable errors.
import { createServer, type Server } from 'node:http';

export interface FakeRun {
  arn: string;
  templateArn: string;
  state: string;
  createdAt: Date;
  completedAt?: Date;
  findings: Record<string, unknown>[];
}

export interface ClassicState {
  rulesPackages: { arn: string; name: string }[];
  templates: string[];
  runs: FakeRun[];
  /** The largest page the fake serves, whatever maxResults asks for. */
  pageSize: number;
  /** Operation -> AWS error to answer with. */
  failures: Record<string, { code: string; message: string; status?: number }>;
  failedFindingArns: string[];
}

export interface FakeClassic {
  url: string;
  state: ClassicState;
  log: { operation: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

const epoch = (d: Date | undefined) => (d ? d.getTime() / 1000 : undefined);

export async function startFakeClassic(initial: Partial<ClassicState> = {}): Promise<FakeClassic> {
  const state: ClassicState = {
    rulesPackages: [],
    templates: [],
    runs: [],
    pageSize: 500,
    failures: {},
    failedFindingArns: [],
    ...initial,
  };
  const log: FakeClassic['log'] = [];

  const page = (items: string[], body: Record<string, unknown>, key: string) => {
    const offset = typeof body.nextToken === 'string' ? Number(Buffer.from(body.nextToken, 'base64').toString()) : 0;
    const size = Math.min(Number(body.maxResults ?? 10), state.pageSize);
    const next = offset + size;
    return {
      [key]: items.slice(offset, next),
      ...(next < items.length ? { nextToken: Buffer.from(String(next)).toString('base64') } : {}),
    };
  };
  const describeLimit = (arns: unknown) => {
    if (!Array.isArray(arns) || arns.length < 1 || arns.length > 10)
      throw Object.assign(new Error(`1 to 10 ARNs allowed, got ${Array.isArray(arns) ? arns.length : 'none'}`), {
        code: 'ValidationException',
      });
    return arns as string[];
  };
  const findingsOf = (runArn: string) => state.runs.find((r) => r.arn === runArn)?.findings ?? [];
  const allFindings = () => state.runs.flatMap((r) => r.findings);
  const wireFinding = (f: Record<string, unknown>) => ({ ...f, createdAt: toEpoch(f.createdAt), updatedAt: toEpoch(f.updatedAt) });

  const operations: Record<string, (body: Record<string, unknown>) => unknown> = {
    ListRulesPackages: (body) =>
      page(
        state.rulesPackages.map((p) => p.arn),
        body,
        'rulesPackageArns',
      ),
    DescribeRulesPackages: (body) => ({
      rulesPackages: describeLimit(body.rulesPackageArns).flatMap((arn) => {
        const p = state.rulesPackages.find((x) => x.arn === arn);
        return p ? [{ arn: p.arn, name: p.name, version: '1.1', provider: 'Amazon Web Services, Inc.' }] : [];
      }),
      failedItems: {},
    }),
    ListAssessmentTemplates: (body) => page(state.templates, body, 'assessmentTemplateArns'),
    ListAssessmentRuns: (body) => {
      const templates = (body.assessmentTemplateArns as string[] | undefined) ?? [];
      return page(
        state.runs.filter((r) => templates.length === 0 || templates.includes(r.templateArn)).map((r) => r.arn),
        body,
        'assessmentRunArns',
      );
    },
    DescribeAssessmentRuns: (body) => ({
      assessmentRuns: describeLimit(body.assessmentRunArns).flatMap((arn) => {
        const r = state.runs.find((x) => x.arn === arn);
        return r
          ? [
              {
                arn: r.arn,
                name: `Run ${r.arn.slice(-8)}`,
                assessmentTemplateArn: r.templateArn,
                state: r.state,
                durationInSeconds: 3600,
                rulesPackageArns: state.rulesPackages.map((p) => p.arn),
                userAttributesForFindings: [],
                createdAt: epoch(r.createdAt),
                startedAt: epoch(r.createdAt),
                completedAt: epoch(r.completedAt),
                stateChangedAt: epoch(r.completedAt ?? r.createdAt),
                dataCollected: true,
                stateChanges: [],
                notifications: [],
                findingCounts: {},
              },
            ]
          : [];
      }),
      failedItems: {},
    }),
    ListFindings: (body) => {
      const runs = (body.assessmentRunArns as string[] | undefined) ?? [];
      const packages = (body.filter as { rulesPackageArns?: string[] } | undefined)?.rulesPackageArns ?? [];
      const findings = runs
        .flatMap(findingsOf)
        .filter((f) => packages.length === 0 || packages.includes((f.serviceAttributes as { rulesPackageArn: string }).rulesPackageArn));
      return page(
        findings.map((f) => f.arn as string),
        body,
        'findingArns',
      );
    },
    DescribeFindings: (body) => {
      const arns = describeLimit(body.findingArns);
      const failed = arns.filter((a) => state.failedFindingArns.includes(a));
      return {
        findings: arns
          .filter((a) => !failed.includes(a))
          .flatMap((arn) => allFindings().filter((f) => f.arn === arn))
          .map(wireFinding),
        failedItems: Object.fromEntries(failed.map((a) => [a, { failureCode: 'INTERNAL_ERROR', retryable: true }])),
      };
    },
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += String(chunk)));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').replace('InspectorService.', '');
      const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
      log.push({ operation, body });
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(payload));
      };
      const failure = state.failures[operation];
      if (failure) return reply(failure.status ?? 400, { __type: failure.code, message: failure.message });
      const handler = operations[operation];
      if (!handler) return reply(400, { __type: 'UnknownOperationException', message: operation });
      try {
        reply(200, handler(body));
      } catch (error) {
        reply(400, { __type: (error as { code?: string }).code ?? 'InternalException', message: (error as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, state, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function toEpoch(value: unknown): unknown {
  return typeof value === 'string' ? new Date(value).getTime() / 1000 : value;
}
