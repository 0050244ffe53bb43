import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZipEntry } from '../../src/github/zip.js';
import { zipOf } from '../support/zip-writer.js';

describe('reading an artifact zip', () => {
  it('finds the entry by name and inflates it, with sizes only in the central directory', () => {
    const zip = zipOf({ 'notes.txt': 'x', 'portwarden-report.json': '{"exposures":[1,2,3]}' });
    expect(readZipEntry(zip, (n) => n.endsWith('.json'))).toEqual({
      name: 'portwarden-report.json',
      data: Buffer.from('{"exposures":[1,2,3]}'),
    });
    expect(readZipEntry(zip, (n) => n === 'missing')).toBeUndefined();
  });

  it('rejects what is not a zip', () => {
    expect(() => readZipEntry(Buffer.from('not a zip at all, just text long enough'), () => true)).toThrow('not a zip archive');
  });
});

const zipCli = spawnSync('sh', ['-c', 'command -v zip'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!zipCli)('a zip written by Info-ZIP', () => {
  it('reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-zip-'));
    writeFileSync(join(dir, 'portwarden-report.json'), '{"exposures":["from info-zip"]}');
    execFileSync('zip', ['-q', 'r.zip', 'portwarden-report.json'], { cwd: dir });
    expect(readZipEntry(readFileSync(join(dir, 'r.zip')), (n) => n.endsWith('.json'))!.data.toString()).toBe(
      '{"exposures":["from info-zip"]}',
    );
  });
});
