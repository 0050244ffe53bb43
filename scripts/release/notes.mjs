#!/usr/bin/env node
// Usage: node scripts/release/notes.mjs TAG
// Prints a release's notes in Markdown: one line "- <subject>" per commit since the previous
// release (git log --format='- %s' PREV..TAG), newest first; for the first release, every
// commit reachable from TAG. PREV is the highest stable release tag (vX.Y.Z, no pre-release)
// reachable from TAG and lower than TAG, so the major tag (v0) and release candidates are
// never taken for the previous release. Runs git in the current directory.
// With GITHUB_SERVER_URL and GITHUB_REPOSITORY set (as in a workflow) a compare link follows.
import { execFileSync } from 'node:child_process';
import { compareStable, parseTag } from './tag.mjs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const [ref] = process.argv.slice(2);
const tag = ref && parseTag(ref);
if (!tag) {
  console.error(ref ? `"${ref}" is not a release tag vMAJOR.MINOR.PATCH.` : 'usage: notes.mjs TAG');
  process.exit(ref ? 1 : 2);
}
try {
  git('rev-parse', '--verify', '--quiet', `refs/tags/${tag.tag}^{commit}`);
} catch {
  console.error(`No tag ${tag.tag} in this repository (a shallow clone? check out with fetch-depth: 0).`);
  process.exit(1);
}

let previous;
for (const name of git('tag', '--merged', `refs/tags/${tag.tag}`).split('\n')) {
  const t = parseTag(name.trim());
  if (!t || t.prerelease || t.tag === tag.tag) continue;
  if (compareStable(t, tag) >= 0) continue; // the same version or a higher one is not a previous release
  if (!previous || compareStable(t, previous) > 0) previous = t;
}

const range = previous ? `refs/tags/${previous.tag}..refs/tags/${tag.tag}` : `refs/tags/${tag.tag}`;
const commits = git('log', '--format=- %s', range).trimEnd();

const lines = [previous ? `## Changes since ${previous.tag}` : `## Changes`, ''];
lines.push(commits === '' ? '- No commits since the previous release.' : commits);
const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
if (server && repo) {
  lines.push('');
  lines.push(
    previous
      ? `**Full diff**: ${server}/${repo}/compare/${previous.tag}...${tag.tag}`
      : `**Full history**: ${server}/${repo}/commits/${tag.tag}`,
  );
}
console.log(lines.join('\n'));
