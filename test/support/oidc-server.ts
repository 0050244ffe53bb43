// The runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), served on loopback.
import { createServer } from 'node:http';

export interface OidcServer {
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  token: string;
  requests: { audience: string | null; authorization: string | undefined }[];
  close(): Promise<void>;
}

export async function startOidcServer(): Promise<OidcServer> {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');
  const claims = Buffer.from(
    JSON.stringify({
      sub: 'repo:acme/security:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
      iss: 'https://token.actions.githubusercontent.com',
    }),
  ).toString('base64url');
  const token = `${header}.${claims}.c2lnbmF0dXJlLW5vdC1jaGVja2VkLWJ5LW1vdG8`;
  const requests: OidcServer['requests'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ audience: url.searchParams.get('audience'), authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: token }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
    },
    token,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
