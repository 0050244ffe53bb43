import { readFile } from 'node:fs/promises';
import { ConfigError } from '../core/errors.js';

/**
 * Reads a UTF-8 text file; a failure to read becomes the caller's error, told the errno code
 * (ENOENT...). A UTF-8 byte order mark is dropped (RFC 8259 lets a parser ignore it, and
 * PowerShell writes one); UTF-16, which `Out-File` wrote by default for years, is refused
 * with what to do.
 */
export async function readText(path: string, failure: (code: string) => Error): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw failure((error as NodeJS.ErrnoException).code ?? String(error));
  }
  const encoding = utf16Of(bytes);
  if (encoding) {
    throw new ConfigError(
      `${path}: the file is ${encoding}, not UTF-8: save it as UTF-8 (PowerShell: Out-File -Encoding utf8; iconv -f ${encoding === 'UTF-16LE' ? 'UTF-16LE' : 'UTF-16BE'} -t UTF-8)`,
    );
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** UTF-16 by its byte order mark, or by the zero bytes every ASCII character gets in it. */
function utf16Of(bytes: Buffer): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'UTF-16LE';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'UTF-16BE';
  return undefined;
}
