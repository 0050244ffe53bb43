import { readFile } from 'node:fs/promises';

/** Reads a UTF-8 file; a failure becomes the caller's error, told the errno code (ENOENT...). */
export async function readText(path: string, failure: (code: string) => Error): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw failure((error as NodeJS.ErrnoException).code ?? String(error));
  }
}
