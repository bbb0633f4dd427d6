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
    /**
     * Of `current`, those the next level's places may take by promotion (not shown to fail a
     * §12.10.2 criterion), and of them those no rotation needs here. Without them nobody is set
     * aside for a promotion.
     */
    readonly promotable?: number;
    readonly promotableFree?: number;
  }[];
  /**
   * Places that are not site-bound (a principal SRE per business line, §12.10.2): per location of
   * the level's places, the sites whose SREs may hold them where they sit. Without it a place is
   * held by people at its own site, or by one free to move there.
   */
  readonly reach?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Where a level's SREs beyond their own site's places are once they are counted for others. */
export interface LeftAt {
  /** SREs here beyond every place they are counted for. */
  readonly left: number;
  /** Of them, those no rotation needs here: they may take another site's places. */
  readonly movable: number;
  /**
   * SREs here set aside for the next level's open places by promotion (§12.10.2), before they
   * hold places below: not in `left`.
   */
  readonly reserved: number;
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
 * level's places nobody holds at other sites first. Then, from the highest level down, the next
 * level's open places set aside the spare SREs who may grow into them (`reserved`, §12.10.2: the
 * ladder is grown from inside before it is hired from outside); a place that is not site-bound
 * (`reach`: the principal SRE of a business line) takes one from any site of what it serves, who
 * stays there. Only then does a spare SRE go to the nearest level below that is short (a principal
 * to a senior's place before a junior's), at their own site before any other, and at another site
 * only if no rotation needs them there. A senior in a junior's place while a principal is hired
 * would be the wrong way round: the junior place is the one to hire for. A junior does not hold a
 * senior's place unpromoted (a career decision, §12.10.2). `levels` are ordered junior first.
 */
export function placesHeldAbove(levels: readonly LevelCount[]): Record<SreLevel, HeldAbove> {
  const state = levels.map((l) => {
    const left = new Map<string, Spare>();
    const gaps = new Map<string, number>();
    for (const x of l.byLocation) {
      const beyond = Math.max(0, x.current - x.needed);
      left.set(x.location, {
        left: beyond,
        movable: Math.min(beyond, Math.max(0, x.current - x.kept)),
        reserved: 0,
        promotable: x.promotable ?? 0,
        promotableFree: x.promotableFree ?? 0,
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
    reserveForPromotion(levels[lower + 1], state[lower + 1], lowerState, state[lower - 1]);
    const { gaps } = lowerState;
    for (let upper = lower + 1; upper < levels.length && lowerState.short > 0; upper++) {
      const above = levels[upper] as LevelCount;
      const spare = state[upper]?.left ?? new Map<string, Spare>();
      let take = 0;
      const place = (location: string, from: Spare, n: number) => {
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

interface Spare {
  left: number;
  movable: number;
  reserved: number;
  promotable: number;
  promotableFree: number;
}

interface LevelState {
  readonly left: Map<string, Spare>;
  readonly gaps: Map<string, number>;
  short: number;
}

/**
 * Sets aside the spare SREs of a level whom the next level's open places may take by promotion
 * (§12.10.2), before they hold places below. A site-bound place takes those at its own site, or
 * one no rotation needs where they are; a place that is not site-bound (`reach`) takes one from
 * any of its sites, who stays there. Of the sites that could give one, the one whose own places
 * below need its spare SREs least gives first.
 */
function reserveForPromotion(
  upper: LevelCount | undefined,
  upperState: LevelState | undefined,
  own: LevelState,
  below: LevelState | undefined,
): void {
  if (!upper || !upperState || upperState.short <= 0) return;
  let open = upperState.short;
  const room = (site: string, x: Spare) =>
    Math.min(x.left, x.promotable) - (below?.gaps.get(site) ?? 0);
  for (const [location, gap] of [...upperState.gaps].sort((a, b) => b[1] - a[1])) {
    let want = Math.min(gap, open);
    if (want <= 0) continue;
    const reach = upper.reach?.get(location);
    const sources = [...own.left]
      .filter(([site]) => site === location || reach?.has(site) === true || !upper.reach)
      .sort((a, b) => room(b[0], b[1]) - room(a[0], a[1]));
    for (const [site, x] of sources) {
      // Where it sits: a site-bound place elsewhere takes only one free to move.
      const where = site === location || reach !== undefined;
      const n = Math.min(
        want,
        where ? Math.min(x.left, x.promotable) : Math.min(x.movable, x.promotableFree),
      );
      if (n <= 0) continue;
      x.left -= n;
      x.reserved += n;
      x.promotable -= n;
      // Those a rotation keeps where they are are set aside first: a promotion keeps them there.
      x.movable = where ? Math.min(x.movable, x.left) : x.movable - n;
      x.promotableFree = Math.min(x.promotableFree, x.promotable);
      want -= n;
      open -= n;
    }
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((n, x) => n + x, 0);
}
