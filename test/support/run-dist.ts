// Runs the committed bundles the way users and the Actions runner do: a child process,
// real files, real environment. No module of ours is imported or mocked.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: the nearest folder above this file with action.yml (also from bench's compiled copy). */
export const repoRoot = ((): string => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'action.yml')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous, so servers in the test process (fakes, proxies) keep answering meanwhile. */
function runNode(
  script: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; stdin?: string },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export function runCli(args: string[], cwd = repoRoot, env: Record<string, string> = {}): Promise<ProcessResult> {
  return runNode(join(repoRoot, 'dist/cli/index.js'), args, { cwd, env: { ...cleanEnv(), ...env } });
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…::message` and friends, parsed from stdout. */
  commands: { command: string; properties: Record<string, string>; message: string }[];
}

/** The runner passes inputs as INPUT_<NAME> (upper-cased, hyphens kept) and creates GITHUB_OUTPUT first. */
export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, cwd = repoRoot): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'portwarden-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const result = await runNode(join(repoRoot, 'dist/index.js'), [], {
    cwd,
    env: {
      ...cleanEnv(),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
      ...inputEnv,
      ...env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(result.stdout),
  };
}

function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('INPUT_') && !key.startsWith('GITHUB_') && !key.startsWith('AWS_')) env[key] = value;
  }
  return env;
}

// @actions/core escapes command data as %25, %0D, %0A (and %3A, %2C in properties).
/** The `name<<DELIMITER\nvalue\nDELIMITER` blocks @actions/core writes. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function parseCommands(stdout: string): ActionRun['commands'] {
  const commands: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [key, ...rest] = pair.split('=');
          return [key!, decodeURIComponent(rest.join('='))];
        }),
    );
    commands.push({ command: match[1]!, properties, message: decodeURIComponent(match[3]!) });
  }
  return commands;
}
