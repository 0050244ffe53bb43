// npm run bench: compile the benchmarks (and the src they import) with tsc, then run each
// in its own process so their memory readings do not mix.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'bench/tsconfig.json')], {
  stdio: 'inherit',
});
const only = process.argv.slice(2);
for (const file of readdirSync(join(root, 'bench')).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('-scenario.ts') && (only.length === 0 || only.includes(f.replace(/\.ts$/, ''))),
)) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(root, '.tmp/bench/bench', file.replace(/\.ts$/, '.js'))], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) process.exitCode = 1;
}
