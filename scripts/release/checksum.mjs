#!/usr/bin/env node
// Usage: node scripts/release/checksum.mjs FILE
// Writes FILE.sha256 in sha256sum's format ("<hex>  <file name>", the name without its
// directory, so `sha256sum -c portwarden.mjs.sha256` works next to the downloaded file) and
// prints the same line.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: checksum.mjs FILE');
  process.exit(2);
}
let data;
try {
  data = readFileSync(file);
} catch (err) {
  console.error(`cannot read ${file}: ${err.message}`);
  process.exit(1);
}
const line = `${createHash('sha256').update(data).digest('hex')}  ${basename(file)}\n`;
writeFileSync(`${file}.sha256`, line);
process.stdout.write(line);
