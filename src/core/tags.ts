// Tags are keyed by text that anyone who may tag an instance chooses. A plain object answers
// `tags.constructor` or `tags.__proto__` with a built-in, so a rule `{"tags": {"toString": "*"}}`
// would match every instance. Every lookup goes through here: own properties only.

export type TagMap = Readonly<Record<string, string>>;

export function tagValue(tags: TagMap | undefined, key: string): string | undefined {
  if (tags === undefined || !Object.hasOwn(tags, key)) return undefined;
  const value = tags[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A tag map from key/value pairs; `__proto__` and friends are kept as ordinary own keys
 * (Object.fromEntries defines properties, where `tags[key] = value` would set the prototype).
 * An ordinary object, not a null-prototype one: those are dictionaries, several times larger,
 * and every lookup goes through tagValue anyway.
 */
export function tagMap(entries: Iterable<readonly [string, string]>): Record<string, string> {
  return Object.fromEntries(entries);
}
