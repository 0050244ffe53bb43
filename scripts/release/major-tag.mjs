#!/usr/bin/env node
// Usage: node scripts/release/major-tag.mjs TAG [EXISTING_TAG...]
// Prints the major tag to move to TAG's commit (v0 for v0.2.0, vN for vN.x.y) on one line.
// Prints nothing (and the reason on stderr) when the major tag must not move: TAG is a
// pre-release, or an EXISTING_TAG of the same major is newer. Exit 1 when TAG is not a
// release tag, 2 on a usage error.
import { majorTagFor } from './tag.mjs';

const [tag, ...existing] = process.argv.slice(2);
if (!tag) {
  console.error('usage: major-tag.mjs TAG [EXISTING_TAG...]');
  process.exit(2);
}
const result = majorTagFor(tag, existing);
if (result.major) {
  console.log(result.major);
} else {
  console.error(result.reason);
  if (result.invalid) process.exit(1);
}
