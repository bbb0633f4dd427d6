import type { SreLevel } from '../../model/index.ts';

interface LevelCount {
  readonly level: SreLevel;
  /**
   * Places (`needed`) and SREs in place (`current`) per location, and of those SREs the ones a
   * rotation needs where they are (`kept`, `neededOnRotations`).
   */
  readonly byLocation: readonly {
    readonly location: string;
    readonly needed: number;
    readonly current: number;
    readonly kept: number;
  }[];
}

/** Where a level's SREs beyond their own site's places are once they are counted for others. */
export interface LeftAt {
  /** SREs here beyond every place they are counted for. */
  readonly left: number;
  /** Of them, those no rotation needs here: they may take another site's places. */
  readonly movable: number;
}

export interface HeldAbove {
  readonly heldAbove: { level: SreLevel; count: number }[];
  readonly holdingBelow: { level: SreLevel; count: number }[];
  /** Places of this level held from above, per location. */
  readonly byLocation: Map<string, number>;
  /**
   * SREs of this level beyond their own site's places counted for the places of the same level
   * nobody holds at another site (redeploy first): only those no rotation needs where they are.
   */
  readonly redeploy: number;
  /** Places of this level neither its SREs, a redeployed one nor one above holds: to hire. */
  readonly short: number;
  /** Per location, the SREs of this level beyond every place they are counted for. */
  readonly left: Map<string, LeftAt>;
}

/**
 * The places of a level that SREs of a higher level take because they are more than their own
 * level needs (§12.10: a senior SRE "has all the responsibilities of a junior SRE plus additional
 * work scope"; a principal SRE, like the junior and senior, agrees SLOs and goes on call), and the
 * places of a level its own SREs beyond another site's places take (redeploy first).
 *
 * A site is people who share working hours, and §12.10.2 places SREs where the teams, domains and
 * product lines they serve sit; an SRE whom a rotation at their own site needs (§12.6) stays on it,
 * so they are counted for places at their own site only: at another site they would leave the
 * rotation short. Of a level's SREs beyond their site's places, those no rotation needs fill the
 * level's places nobody holds at other sites first; then a spare SRE goes to the nearest level
 * below that is short (a principal to a senior's place before a junior's), at their own site
 * before any other, and at another site only if no rotation needs them there. Never the reverse:
 * a junior does not hold a senior's place (that is a promotion, a career decision, §12.10.2).
 * `levels` are ordered junior first.
 */
export function placesHeldAbove(levels: readonly LevelCount[]): Record<SreLevel, HeldAbove> {
  const state = levels.map((l) => {
    const left = new Map<string, { left: number; movable: number }>();
    const gaps = new Map<string, number>();
    for (const x of l.byLocation) {
      const beyond = Math.max(0, x.current - x.needed);
      left.set(x.location, {
        left: beyond,
        movable: Math.min(beyond, Math.max(0, x.current - x.kept)),
      });
      gaps.set(x.location, Math.max(0, x.needed - x.current));
    }
    // The level's own places nobody holds take its movable SREs from other sites first.
    let redeploy = Math.min(sum([...gaps.values()]), sum([...left.values()].map((x) => x.movable)));
    const counted = redeploy;
    for (const x of [...left.values()].sort((a, b) => b.movable - a.movable)) {
      const n = Math.min(redeploy, x.movable);
      x.movable -= n;
      x.left -= n;
      redeploy -= n;
    }
    return {
      left,
      gaps,
      redeploy: counted,
      short: sum([...gaps.values()]) - counted,
    };
  });
  const result = Object.fromEntries(
    levels.map((l, i) => [
      l.level,
      {
        heldAbove: [],
        holdingBelow: [],
        byLocation: new Map<string, number>(),
        redeploy: state[i]?.redeploy ?? 0,
        short: 0,
        left: state[i]?.left ?? new Map(),
      },
    ]),
  ) as unknown as Record<SreLevel, HeldAbove & { short: number }>;
  // The highest short level first, so a spare principal fills a senior's place before a junior's.
  for (let lower = levels.length - 2; lower >= 0; lower--) {
    const below = levels[lower] as LevelCount;
    const lowerState = state[lower];
    if (!lowerState) continue;
    const { gaps } = lowerState;
    for (let upper = lower + 1; upper < levels.length && lowerState.short > 0; upper++) {
      const above = levels[upper] as LevelCount;
      const spare = state[upper]?.left ?? new Map<string, { left: number; movable: number }>();
      let take = 0;
      const place = (location: string, from: { left: number; movable: number }, n: number) => {
        gaps.set(location, (gaps.get(location) ?? 0) - n);
        const held = result[below.level].byLocation;
        held.set(location, (held.get(location) ?? 0) + n);
        from.left -= n;
        // Those who stay at their own site are the ones a rotation needs there.
        from.movable = Math.min(from.movable, from.left);
        lowerState.short -= n;
        take += n;
      };
      // At their own site first: a rotation there keeps them either way.
      for (const [location, gap] of gaps) {
        const at = spare.get(location);
        const n = Math.min(lowerState.short, gap, at?.left ?? 0);
        if (at && n > 0) place(location, at, n);
      }
      // Then at another site, largest gap first, only those no rotation needs where they are.
      for (const [location, gap] of [...gaps].sort((a, b) => b[1] - a[1])) {
        let open = Math.min(gap, lowerState.short);
        for (const from of spare.values()) {
          const n = Math.min(open, from.movable);
          if (n > 0) {
            from.movable -= n;
            place(location, from, n);
            open -= n;
          }
        }
      }
      if (take === 0) continue;
      result[below.level].heldAbove.push({ level: above.level, count: take });
      result[above.level].holdingBelow.push({ level: below.level, count: take });
    }
  }
  levels.forEach((l, i) => {
    result[l.level].short = Math.max(0, state[i]?.short ?? 0);
  });
  return result;
}

function sum(values: readonly number[]): number {
  return values.reduce((n, x) => n + x, 0);
}
