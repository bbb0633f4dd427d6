/** Days a cache keeps in one array; days further out go to a map. About 110 years. */
const MAX_SPAN = 40_000;
/** How far the array grows past a day asked for, so neighbouring days need no new array. */
const MARGIN = 400;

/**
 * Memoizes a function of whole day numbers (days since 1970 in UTC or in local time). Zone
 * offsets and local days are asked for millions of times while planning a year, always for the
 * same few hundred days: a dense array around them answers faster than a map.
 */
export function dayCache<T>(compute: (day: number) => T): (day: number) => T {
  let base = 0;
  let values: (T | undefined)[] = [];
  const far = new Map<number, T>();
  return (day) => {
    const i = day - base;
    if (i >= 0 && i < values.length) {
      const known = values[i];
      if (known !== undefined) return known;
      const value = compute(day);
      values[i] = value;
      return value;
    }
    const from = Math.min(values.length > 0 ? base : day, day) - MARGIN;
    const to = Math.max(values.length > 0 ? base + values.length : day, day + 1) + MARGIN;
    if (to - from > MAX_SPAN) {
      let value = far.get(day);
      if (value === undefined) {
        value = compute(day);
        far.set(day, value);
      }
      return value;
    }
    const grown: (T | undefined)[] = new Array(to - from).fill(undefined);
    for (let k = 0; k < values.length; k++) grown[base - from + k] = values[k];
    base = from;
    values = grown;
    const value = compute(day);
    values[day - base] = value;
    return value;
  };
}
