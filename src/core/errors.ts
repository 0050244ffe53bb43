// Errors that mean "the input is wrong": the run stops before any effect, exits 2, and the
// message names the input (file:line:column, option or finding) and the fix.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An action input or CLI flag with a bad value. */
export class InputError extends ConfigError {
  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`${input}: ${detail}`);
  }
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

export class AllowlistError extends ConfigError {
  constructor(readonly problems: Problem[]) {
    const count = problems.length === 1 ? '1 error' : `${problems.length} errors`;
    super(`allowlist has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/** A findings document that is not what it claims to be; thrown by the pure normalisers. */
export class FindingShapeError extends Error {
  override name = 'FindingShapeError';
}

export class FindingsFileError extends ConfigError {}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
