// A loopback Security Hub in front of moto. moto serves GetFindings, BatchImportFindings and
// ListMembers (ignoring Filters); what it lacks is answered here with the documented JSON
// shapes: ListFindingAggregators, GetFindingAggregator and BatchUpdateFindings. Every
// BatchUpdateFindings is recorded and its workflow status kept, and GetFindings answers show
// it, so a second run sees what the first one wrote. Chosen operations can fail with AWS's
// error shape.
import { createServer, type Server } from 'node:http';

export interface RecordedRequest {
  operation: string;
  region: string;
  body: Record<string, unknown>;
}

export interface SecurityHubFront {
  url: string;
  log: RecordedRequest[];
  /** Finding id -> workflow status written by BatchUpdateFindings. */
  workflow: Map<string, string>;
  aggregator?: { region: string; mode: string; regions: string[] };
  /** Operation name -> AWS error code to answer with (e.g. AccessDeniedException). */
  failures: Map<string, string>;
  /** Finer-grained failures: the AWS error code for this request, if it should fail. */
  failWhen?: (operation: string, body: Record<string, unknown>) => string | undefined;
  close(): Promise<void>;
}

const OPERATIONS: [string, RegExp, string][] = [
  ['GetFindings', /^\/findings$/, 'POST'],
  ['BatchUpdateFindings', /^\/findings\/batchupdate$/, 'PATCH'],
  ['ListFindingAggregators', /^\/findingAggregator\/list$/, 'GET'],
  ['GetFindingAggregator', /^\/findingAggregator\/get\/.+$/, 'GET'],
  ['ListMembers', /^\/members$/, 'GET'],
];

export async function startSecurityHubFront(moto: string): Promise<SecurityHubFront> {
  const front: SecurityHubFront = { url: '', log: [], workflow: new Map(), failures: new Map(), close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk) => (data += String(chunk)));
      req.on('end', () => resolve(data));
    });
    const path = (req.url ?? '/').split('?')[0]!;
    const operation = OPERATIONS.find(([, pattern, method]) => pattern.test(path) && method === req.method)?.[0] ?? `${req.method} ${path}`;
    const region = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    front.log.push({ operation, region, body });
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const failure = front.failures.get(operation) ?? front.failWhen?.(operation, body);
    if (failure)
      return json(
        failure.includes('Throttl') ? 429 : failure.includes('Internal') ? 500 : 403,
        { message: `${operation} refused by the test` },
        { 'x-amzn-errortype': failure },
      );

    if (operation === 'ListFindingAggregators') {
      return json(200, {
        FindingAggregators: front.aggregator
          ? [{ FindingAggregatorArn: `arn:aws:securityhub:${front.aggregator.region}:123456789012:finding-aggregator/0f1e2d3c` }]
          : [],
      });
    }
    if (operation === 'GetFindingAggregator') {
      const a = front.aggregator!;
      return json(200, {
        FindingAggregatorArn: `arn:aws:securityhub:${a.region}:123456789012:finding-aggregator/0f1e2d3c`,
        FindingAggregationRegion: a.region,
        RegionLinkingMode: a.mode,
        Regions: a.regions,
      });
    }
    if (operation === 'BatchUpdateFindings') {
      const ids = (body.FindingIdentifiers as { Id: string; ProductArn: string }[]) ?? [];
      const status = (body.Workflow as { Status?: string } | undefined)?.Status;
      const note = body.Note as { Text?: string; UpdatedBy?: string } | undefined;
      // The documented rules: at most 100 identifiers; a note needs Text and UpdatedBy, each at most 512.
      if (
        ids.length < 1 ||
        ids.length > 100 ||
        (note && (!note.Text || !note.UpdatedBy || note.Text.length > 512 || note.UpdatedBy.length > 512))
      ) {
        return json(400, { message: 'invalid BatchUpdateFindings request' }, { 'x-amzn-errortype': 'InvalidInputException' });
      }
      for (const id of ids) if (status) front.workflow.set(id.Id, status);
      return json(200, { ProcessedFindings: ids, UnprocessedFindings: [] });
    }

    const upstream = await fetch(`${moto}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length'),
      ) as Record<string, string>,
      ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body: raw }),
    });
    let text = await upstream.text();
    if (operation === 'GetFindings' && upstream.ok) {
      const page = JSON.parse(text) as { Findings: { Id: string; Workflow?: { Status: string } }[] };
      for (const finding of page.Findings) {
        const status = front.workflow.get(finding.Id);
        if (status) finding.Workflow = { Status: status };
      }
      text = JSON.stringify(page);
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  front.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  front.close = () => new Promise((resolve) => server.close(() => resolve()));
  return front;
}
