// A loopback proxy in front of an AWS endpoint (moto or a fake) that answers chosen requests
// with AWS's own error shapes, so failure handling is tested through the real SDK.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface AwsFault {
  status: number;
  /** e.g. AccessDeniedException, ThrottlingException */
  code: string;
  message: string;
}

export interface RequestInfo {
  method: string;
  path: string;
  /** X-Amz-Target for JSON-protocol services, or the query Action for EC2/STS. */
  operation: string;
  /** From the SigV4 credential scope: every region shares one endpoint here. */
  region: string;
  /** The SigV4 access key id: whose credentials made the call (an assumed role's keys name its account). */
  accessKeyId: string;
  body: string;
}

export interface FaultProxy {
  url: string;
  log: RequestInfo[];
  close(): Promise<void>;
}

/** Rewrites a successful upstream response body: how a test changes what "AWS" reports. */
export type ResponseRewrite = (request: RequestInfo, body: string) => string;

export interface FaultProxyOptions {
  /**
   * Latency added to every request (faults included) before it is answered or forwarded, in
   * ms, or per request: how a benchmark gives a local endpoint a real service's round trip.
   */
  delayMs?: number | ((request: RequestInfo) => number);
}

export async function startFaultProxy(
  target: string,
  faultFor: (request: RequestInfo) => AwsFault | undefined,
  rewrite: ResponseRewrite = (_request, body) => body,
  options: FaultProxyOptions = {},
): Promise<FaultProxy> {
  const log: RequestInfo[] = [];
  const { delayMs = 0 } = options;
  const delayOf = typeof delayMs === 'function' ? delayMs : () => delayMs;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const scope = /Credential=([^/]+)\/\d{8}\/([a-z0-9-]+)\//.exec(String(req.headers.authorization ?? ''));
    const info: RequestInfo = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      operation: operationOf(req, body),
      region: scope?.[2] ?? '',
      accessKeyId: scope?.[1] ?? '',
      body,
    };
    log.push(info);
    const delay = delayOf(info);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const fault = faultFor(info);
    if (fault) {
      // rest-json and json protocols read x-amzn-errortype or __type; query protocols read XML.
      const isQuery = /Action=/.test(body);
      res.writeHead(fault.status, { 'x-amzn-errortype': fault.code, 'content-type': isQuery ? 'text/xml' : 'application/x-amz-json-1.1' });
      res.end(
        isQuery
          ? `<ErrorResponse><Error><Type>Sender</Type><Code>${fault.code}</Code><Message>${fault.message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`
          : JSON.stringify({ __type: fault.code, message: fault.message }),
      );
      return;
    }
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length'),
      ) as Record<string, string>,
      ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }),
    });
    const headers: Record<string, string> = {};
    upstream.headers.forEach((value, key) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)) headers[key] = value;
    });
    res.writeHead(upstream.status, headers);
    const text = await upstream.text();
    res.end(upstream.ok ? rewrite(info, text) : text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function operationOf(req: IncomingMessage, body: string): string {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop() ?? target;
  const action = /(?:^|&)Action=([^&]+)/.exec(body);
  if (action) return action[1]!;
  return `${req.method} ${(req.url ?? '').split('?')[0]}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => resolve(body));
  });
}
