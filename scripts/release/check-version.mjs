#!/usr/bin/env node
// Usage: node scripts/release/check-version.mjs TAG [PACKAGE_JSON]
// Exits 0 when TAG (v0.2.0 or refs/tags/v0.2.0) is "v" + package.json's version, 1 with the
// fix otherwise, 2 on a usage error. PACKAGE_JSON defaults to this repository's package.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTag } from './tag.mjs';

const [ref, pkgPath = fileURLToPath(new URL('../../package.json', import.meta.url))] = process.argv.slice(2);
if (!ref) {
  console.error('usage: check-version.mjs TAG [PACKAGE_JSON]');
  process.exit(2);
}

let version;
try {
  version = JSON.parse(readFileSync(pkgPath, 'utf8')).version;
} catch (err) {
  console.error(`cannot read the version from ${pkgPath}: ${err.message}`);
  process.exit(1);
}
if (typeof version !== 'string' || version === '') {
  console.error(`${pkgPath} has no "version".`);
  process.exit(1);
}

const tag = parseTag(ref);
if (!tag) {
  console.error(`"${ref}" is not a release tag: push a tag vMAJOR.MINOR.PATCH such as v${version}.`);
  process.exit(1);
}
if (tag.version !== version) {
  console.error(
    `Tag ${tag.tag} does not match package.json's version ${version}. ` +
      `Either set "version": "${tag.version}" in package.json (and package-lock.json), commit and tag that commit, ` +
      `or tag the release commit as v${version}. Then delete the wrong tag: git push --delete origin ${tag.tag}`,
  );
  process.exit(1);
}
console.log(`Tag ${tag.tag} matches package.json's version ${version}.`);
