// The folders are the layers (README#layout): core <- adapters (aws, github, files) <- modes
// <- entries (src/*.ts). Imports run one way only, and inside the core from the plainest data
// up to the renderers. eslint keeps the core free of I/O; this keeps the layers in order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const ADAPTERS = ['aws', 'github', 'files'];
/** Inside the core, a folder may import only folders listed before it (and itself). */
const CORE_ORDER = ['', 'findings', 'allowlist', 'options', 'issues', 'securityhub', 'report', 'accept'];

interface Place {
  rank: number;
  /** Same-rank folders that may not import each other (two adapters, two modes). */
  unit: string;
}

export function placeOf(file: string): Place {
  const parts = file.split('/');
  if (parts.length === 1) return { rank: 3, unit: 'entry' };
  if (parts[0] === 'core') {
    const sub = parts.length > 2 ? parts[1]! : '';
    if (!CORE_ORDER.includes(sub)) throw new Error(`src/${file}: core/${sub} is not in the core's order; add it to CORE_ORDER`);
    return { rank: CORE_ORDER.indexOf(sub) / CORE_ORDER.length, unit: `core/${sub}` };
  }
  if (ADAPTERS.includes(parts[0]!)) return { rank: 1, unit: parts[0]! };
  if (parts[0] === 'modes') return { rank: 2, unit: `modes/${parts[1]}` };
  throw new Error(`src/${file} is in no layer: put it in core/, an adapter (${ADAPTERS.join(', ')}), modes/ or src/ itself`);
}

/** Every import that points at a lower layer's neighbour, a sibling unit, or upward. */
export function violations(edges: readonly [from: string, to: string][]): string[] {
  const found: string[] = [];
  for (const [from, to] of edges) {
    const a = placeOf(from);
    const b = placeOf(to);
    const sideways = a.rank === b.rank && a.unit !== b.unit && a.rank !== 3;
    if (b.rank > a.rank || sideways) found.push(`src/${from} imports src/${to}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importEdges(): [string, string][] {
  const edges: [string, string][] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'));
      edges.push([relative(SRC, file), relative(SRC, target)]);
    }
  }
  return edges;
}

describe('layers', () => {
  it('every import in src/ runs downward', () => {
    const edges = importEdges();
    expect(edges.length).toBeGreaterThan(100);
    expect(violations(edges)).toEqual([]);
  });

  it('finds an upward, a sideways and an out-of-order core import', () => {
    expect(
      violations([
        ['core/model.ts', 'github/client.ts'],
        ['aws/clients.ts', 'github/client.ts'],
        ['modes/check/action.ts', 'modes/report/report-mode.ts'],
        ['core/allowlist/evaluate.ts', 'core/issues/plan.ts'],
        ['core/issues/plan.ts', 'core/findings/fingerprint.ts'],
        ['main.ts', 'modes/check/action.ts'],
        ['cli.ts', 'main.ts'],
      ]),
    ).toEqual([
      'src/core/model.ts imports src/github/client.ts',
      'src/aws/clients.ts imports src/github/client.ts',
      'src/modes/check/action.ts imports src/modes/report/report-mode.ts',
      'src/core/allowlist/evaluate.ts imports src/core/issues/plan.ts',
    ]);
    expect(() => placeOf('helpers/x.ts')).toThrow(/in no layer/);
  });
});
