// A real moto_server on a free loopback port, for driving the real AWS SDK clients over HTTP.
// Where moto_server is missing the suites skip and say so; CI sets PORTWARDEN_REQUIRE_MOTO=1
// so a missing moto fails instead of passing silently.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const motoAvailable = spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).status === 0;
if (!motoAvailable) {
  if (process.env.PORTWARDEN_REQUIRE_MOTO === '1')
    throw new Error('moto_server is not installed, and PORTWARDEN_REQUIRE_MOTO=1 requires it');
  console.warn('moto_server not found: skipping the AWS integration tests (pip install "moto[server]")');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Moto {
  url: string;
  stop(): Promise<void>;
  reset(): Promise<void>;
  post(path: string, body: unknown): Promise<void>;
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/moto-api/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`moto_server did not start: ${stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    if (!response.ok) throw new Error(`moto ${path}: ${response.status} ${await response.text()}`);
  };
  return {
    url,
    post,
    reset: () => post('/moto-api/reset', {}),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Static test credentials; moto maps them to its default account 123456789012. */
export const TEST_ACCOUNT = '123456789012';
export const testCredentials = { accessKeyId: 'AKIDPORTWARDENTEST', secretAccessKey: 'portwarden-test-secret' };

/** Environment for a child process or for SDK clients created in this process. */
export function awsEnv(endpoint: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: testCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: testCredentials.secretAccessKey,
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}
