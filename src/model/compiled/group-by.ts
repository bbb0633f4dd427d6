/**
 * Groups values by key, keeping their order; a value whose key is undefined is in no group, and
 * a value with several keys (a set or list) is in each of their groups once.
 */
export function groupBy<T, K>(
  values: readonly T[],
  keyOf: (value: T) => K | Iterable<K> | undefined,
): ReadonlyMap<K, readonly T[]> {
  const groups = new Map<K, T[]>();
  const add = (key: K, value: T) => {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  };
  for (const value of values) {
    const key = keyOf(value);
    if (key === undefined) continue;
    if (isIterableKey(key)) for (const k of new Set(key)) add(k, value);
    else add(key as K, value);
  }
  return groups;
}

function isIterableKey<K>(key: K | Iterable<K>): key is Iterable<K> {
  return typeof key === 'object' && key !== null && Symbol.iterator in key;
}

const NONE: readonly never[] = Object.freeze([]);

/** The group of a key, empty when there is none. */
export function lookup<K, T>(groups: ReadonlyMap<K, readonly T[]>, key: K): readonly T[] {
  return groups.get(key) ?? NONE;
}

/** A value built on first use and kept. */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
