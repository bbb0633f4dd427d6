import type { SreLevel } from '../../model/index.ts';

interface LevelCount {
  readonly level: SreLevel;
  /** Places (`needed`) and SREs in place (`current`) per location. */
  readonly byLocation: readonly { readonly location: string; needed: number; current: number }[];
}

export interface HeldAbove {
  readonly heldAbove: { level: SreLevel; count: number }[];
  readonly holdingBelow: { level: SreLevel; count: number }[];
  /** Places of this level held from above, per location. */
  readonly byLocation: Map<string, number>;
}

/**
 * The places of a level that SREs of a higher level take because they are more than their own
 * level needs (§12.10: a senior SRE "has all the responsibilities of a junior SRE plus additional
 * work scope"; a principal SRE, like the junior and senior, agrees SLOs and goes on call). A spare
 * SRE goes to the nearest level below that is short (a principal to a senior's place before a
 * junior's), and at a location where both the spare and the gap are before any other, since a
 * site is people who share working hours. Never the reverse: a junior does not hold a senior's
 * place (that is a promotion, a career decision, §12.10.2). `levels` are ordered junior first.
 */
export function placesHeldAbove(levels: readonly LevelCount[]): Record<SreLevel, HeldAbove> {
  const total = (l: LevelCount, key: 'needed' | 'current') =>
    l.byLocation.reduce((n, x) => n + x[key], 0);
  const spare = levels.map((l) => Math.max(0, total(l, 'current') - total(l, 'needed')));
  const spareAt = levels.map(
    (l) => new Map(l.byLocation.map((x) => [x.location, Math.max(0, x.current - x.needed)])),
  );
  const result = Object.fromEntries(
    levels.map((l) => [
      l.level,
      { heldAbove: [], holdingBelow: [], byLocation: new Map<string, number>() },
    ]),
  ) as unknown as Record<SreLevel, HeldAbove>;
  // The highest short level first, so a spare principal fills a senior's place before a junior's.
  for (let lower = levels.length - 2; lower >= 0; lower--) {
    const below = levels[lower] as LevelCount;
    const gaps = new Map(
      below.byLocation.map((x) => [x.location, Math.max(0, x.needed - x.current)]),
    );
    let short = Math.max(0, total(below, 'needed') - total(below, 'current'));
    for (let upper = lower + 1; upper < levels.length && short > 0; upper++) {
      const above = levels[upper] as LevelCount;
      const take = Math.min(spare[upper] ?? 0, short);
      if (take === 0) continue;
      spare[upper] = (spare[upper] ?? 0) - take;
      short -= take;
      let left = take;
      const place = (location: string, n: number) => {
        gaps.set(location, (gaps.get(location) ?? 0) - n);
        const held = result[below.level].byLocation;
        held.set(location, (held.get(location) ?? 0) + n);
        left -= n;
      };
      for (const [location, gap] of gaps) {
        const at = spareAt[upper]?.get(location) ?? 0;
        const n = Math.min(left, gap, at);
        if (n > 0) {
          place(location, n);
          spareAt[upper]?.set(location, at - n);
        }
      }
      for (const [location, gap] of [...gaps].sort((a, b) => b[1] - a[1])) {
        const n = Math.min(left, gap);
        if (n > 0) place(location, n);
      }
      result[below.level].heldAbove.push({ level: above.level, count: take });
      result[above.level].holdingBelow.push({ level: below.level, count: take });
    }
  }
  return result;
}
