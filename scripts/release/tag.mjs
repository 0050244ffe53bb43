// Release tags: parse, compare, and the major tag a release moves.
// Node built-ins only: these scripts run in the release workflow before `npm ci`.

// vMAJOR.MINOR.PATCH with an optional pre-release (-rc.1) and build (+meta) part, as in
// semver.org; numbers without leading zeros.
const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * @param {string} ref a tag name (v0.2.0) or a full ref (refs/tags/v0.2.0)
 * @returns {{ tag: string, version: string, major: number, minor: number, patch: number, prerelease: string } | undefined}
 */
export function parseTag(ref) {
  const tag = String(ref).replace(/^refs\/tags\//, '');
  const m = TAG.exec(tag);
  if (!m) return undefined;
  return {
    tag,
    version: tag.slice(1),
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ?? '',
  };
}

/** Compares two parsed stable tags by version: negative, 0 or positive. */
export function compareStable(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * The major tag (v0 for v0.2.0) that should point at `tag`'s commit, or undefined with the
 * reason: a pre-release never moves it, and neither does a release older than one already
 * tagged in the same major (re-running v0.1.5 after v0.2.0 must not move v0 back).
 * @param {string} tag
 * @param {string[]} existing the repository's tags (any names; non-release tags are ignored)
 * @returns {{ major: string } | { major: undefined, reason: string, invalid: boolean }}
 */
export function majorTagFor(tag, existing = []) {
  const t = parseTag(tag);
  if (!t) return { major: undefined, reason: `"${tag}" is not a release tag vMAJOR.MINOR.PATCH`, invalid: true };
  if (t.prerelease) {
    return { major: undefined, reason: `${t.tag} is a pre-release: the major tag v${t.major} stays where it is`, invalid: false };
  }
  for (const name of existing) {
    const other = parseTag(name);
    if (other && !other.prerelease && other.major === t.major && compareStable(other, t) > 0) {
      return {
        major: undefined,
        reason: `${other.tag} is newer than ${t.tag}: the major tag v${t.major} stays where it is`,
        invalid: false,
      };
    }
  }
  return { major: `v${t.major}` };
}
