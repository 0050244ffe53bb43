#!/usr/bin/env node
// Usage: node scripts/release/build-cli.mjs [OUT]   (npm run bundle:release)
// The CLI as one file (default release/portwarden.mjs) that runs alone with Node >= 20: the
// modes dist/cli loads lazily are inlined here, since a downloaded file has no chunks beside it.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = process.argv[2] ?? join(root, 'release/portwarden.mjs');
await build({
  entryPoints: [join(root, 'src/bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD main requires its parts in a way no bundler can follow.
  mainFields: ['module', 'main'],
  // Bundled CommonJS libraries (the AWS SDK's) still call require(): give them one.
  banner: {
    js: "import { createRequire as __portwardenRequire } from 'node:module'; const require = __portwardenRequire(import.meta.url);",
  },
  legalComments: 'eof',
  logLevel: 'warning',
});
console.log(outfile);
