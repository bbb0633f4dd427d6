// The schedule engine's src/engine/schedule/take-turn.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import { type Interval, subtractIntervals, totalLength } from './interval.ts';

/** What the planner knows about one member when a turn comes up. */
export interface TurnCandidate {
  readonly person: string;
  /** Position after the round-robin turn: 0 is whose turn it is, 1 the next member, … */
  readonly order: number;
}

export interface TurnChoice {
  readonly candidates: readonly TurnCandidate[];
  readonly windows: readonly Interval[];
  /** The windows minus the times the person cannot be on call. */
  readonly free: (person: string, within: readonly Interval[]) => readonly Interval[];
  /** Whether nothing but their on-call on other rotations keeps the person from the windows. */
  readonly present: (person: string) => boolean;
  /** Whether taking these parts keeps the person's time off clear of their other on-call. */
  readonly fits: (person: string, parts: readonly Interval[]) => boolean;
  /** Weighted load carried beyond the fair share so far: the least loaded take the turn. */
  readonly ahead: (person: string) => number;
  /** Among the least loaded, how far behind the person is in what this turn is made of. */
  readonly debt: (person: string) => number;
  /** Whether the person is on call right before or right after the turn (a double turn). */
  readonly adjacent: (person: string) => boolean;
  /** Adds a fraction of this turn to a person's fair share. */
  readonly owe: (person: string, fraction: number) => void;
  /** Loads and debts this close count as equal. */
  readonly tolerance: number;
}

export interface Taken {
  readonly person: string;
  readonly parts: readonly Interval[];
}

/**
 * Who takes one turn: the least loaded member among those who can take all of it (see `best`);
 * failing that, whoever can take the most takes what they can, then the next for the rest, and
 * whatever nobody can take stays unstaffed. Everyone present (not absent, not resting) is owed
 * an equal share of it, also who is kept off it by their turn on another rotation.
 */
export function takeTurn(choice: TurnChoice): Taken[] {
  const length = totalLength(choice.windows);
  const able = choice.candidates.filter(
    (c) =>
      totalLength(choice.free(c.person, choice.windows)) === length &&
      choice.fits(c.person, choice.windows),
  );
  // Everyone present is owed a share, also who is on call elsewhere (changed since c0e11df).
  const owed = choice.candidates.filter((c) => able.includes(c) || choice.present(c.person));
  for (const c of owed) choice.owe(c.person, 1 / owed.length);
  const whole = best(able, choice);
  if (whole) return [{ person: whole.person, parts: choice.windows }];

  const taken: Taken[] = [];
  let remaining: readonly Interval[] = choice.windows;
  let pool = choice.candidates;
  while (remaining.length > 0 && pool.length > 0) {
    const partial = pool
      .map((c) => ({ ...c, parts: choice.free(c.person, remaining) }))
      .map((c) => ({ ...c, length: totalLength(c.parts) }))
      .filter((c) => c.length > 0);
    const longest = Math.max(0, ...partial.map((c) => c.length));
    const pick = best(
      partial.filter((c) => c.length === longest),
      choice,
    );
    if (!pick) break;
    taken.push({ person: pick.person, parts: pick.parts });
    remaining = remaining.flatMap((w) => subtractIntervals(w, pick.parts));
    pool = pool.filter((c) => c.person !== pick.person);
  }
  return taken;
}

/**
 * The candidate to take a turn: the least loaded (so no load ends more than a turn above
 * another's), among them the one furthest behind in what the turn is made of, then whoever
 * would not be on call twice in a row, then round-robin order.
 */
function best<T extends TurnCandidate>(list: readonly T[], choice: TurnChoice): T | undefined {
  const n = list.length;
  if (n <= 1) return list[0];
  const ahead = new Float64Array(n);
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = choice.ahead((list[i] as T).person);
    ahead[i] = a;
    if (a < least) least = a;
  }
  // Debt among the least loaded; NaN marks the others.
  const debt = new Float64Array(n).fill(Number.NaN);
  let min = Number.POSITIVE_INFINITY;
  let fair = 0;
  for (let i = 0; i < n; i++) {
    if ((ahead[i] as number) > least + choice.tolerance) continue;
    const d = choice.debt((list[i] as T).person);
    debt[i] = d;
    if (d < min) min = d;
    fair++;
  }
  let pick: T | undefined;
  let pickRested = false;
  for (let i = 0; i < n; i++) {
    const d = debt[i] as number;
    if (Number.isNaN(d) || d > min + choice.tolerance) continue;
    const c = list[i] as T;
    const rested = fair === 1 || !choice.adjacent(c.person);
    if (!pick || (rested && !pickRested) || (rested === pickRested && c.order < pick.order)) {
      pick = c;
      pickRested = rested;
    }
  }
  return pick;
}
