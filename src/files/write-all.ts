// Text in pieces to a stream (stdout or a file), honouring back-pressure: the JSON report of
// 200,000 exposures is never one string.
import { once } from 'node:events';

/** Writes the pieces, waiting when the stream's buffer is full; `end` closes the stream (a file). */
export async function writeAll(stream: NodeJS.WritableStream, pieces: Iterable<string>, end = false): Promise<void> {
  for (const piece of pieces) if (!stream.write(piece)) await once(stream, 'drain');
  if (end) {
    stream.end();
    await once(stream, 'finish');
  }
}
