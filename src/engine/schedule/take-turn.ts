import { type Interval, subtractIntervals, totalLength } from './interval.ts';

/** What the planner knows about one member when a turn comes up. */
export interface TurnCandidate {
  readonly person: string;
  /** The member's position in the lane's member list: what the callbacks below are given. */
  readonly member: number;
  /** Position after the round-robin turn: 0 is whose turn it is, 1 the next member, … */
  readonly order: number;
}

export interface TurnChoice {
  readonly candidates: readonly TurnCandidate[];
  readonly windows: readonly Interval[];
  /**
   * Whether nothing keeps the member from any instant of the windows: the same as
   * `totalLength(free(member, windows)) === totalLength(windows)`, without building the parts.
   */
  readonly whole: (member: number) => boolean;
  /** The windows minus the times the member cannot be on call. */
  readonly free: (member: number, within: readonly Interval[]) => readonly Interval[];
  /**
   * Whether nothing but their on-call on other rotations keeps the member from the windows (no
   * absence, no time off): such a member is owed a share of the turn though they cannot take it.
   */
  readonly present: (member: number) => boolean;
  /** Whether taking these parts keeps the member's time off clear of their other on-call. */
  readonly fits: (member: number, parts: readonly Interval[]) => boolean;
  /** Weighted load carried beyond the fair share so far: the least loaded take the turn. */
  readonly ahead: (member: number) => number;
  /** Among the least loaded, how far behind the member is in what this turn is made of. */
  readonly debt: (member: number) => number;
  /** Whether the member is on call right before or right after the turn (a double turn). */
  readonly adjacent: (member: number) => boolean;
  /** Adds a fraction of this turn to a member's fair share. */
  readonly owe: (member: number, fraction: number) => void;
  /** Loads and debts this close count as equal. */
  readonly tolerance: number;
  /** Gives the member these parts of the turn; called once per taker, after all are chosen. */
  readonly take: (member: number, parts: readonly Interval[]) => void;
  /** Room to work in, kept from turn to turn (see `turnRoom`). */
  readonly room: TurnRoom;
}

/**
 * Room for `takeTurn` to note who can take a turn and each candidate's load and debt, reused
 * from turn to turn: a year of a thousand rotations is hundreds of thousands of turns, and a new
 * list for each adds up. Made once per lane (nothing called while choosing chooses again).
 */
export interface TurnRoom {
  readonly able: TurnCandidate[];
  readonly owed: TurnCandidate[];
  ahead: Float64Array;
  debt: Float64Array;
}

/** Room for a lane of `members`. */
export function turnRoom(members: number): TurnRoom {
  return { able: [], owed: [], ahead: new Float64Array(members), debt: new Float64Array(members) };
}

/**
 * Who takes one turn: the least loaded member among those who can take all of it (see `best`);
 * failing that, whoever can take the most takes what they can, then the next for the rest, and
 * whatever nobody can take stays unstaffed. Everyone present is owed an equal share of it: people
 * who were absent or resting are not made to catch up when back, but someone kept off the turn
 * only by their turn on another rotation is, so a person on two rotations carries about 1/N of
 * each (as staffing counts them) and the turns they miss do not pile up on the others.
 */
export function takeTurn(choice: TurnChoice): void {
  const { candidates } = choice;
  // Who can take all of it and who is owed a share, noted in the lane's room.
  const { able, owed } = choice.room;
  let count = 0;
  let owing = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as TurnCandidate;
    const whole = choice.whole(c.member);
    if (whole && choice.fits(c.member, choice.windows)) able[count++] = c;
    if (whole || choice.present(c.member)) owed[owing++] = c;
  }
  for (let i = 0; i < owing; i++) choice.owe((owed[i] as TurnCandidate).member, 1 / owing);
  const whole = best(able, count, choice);
  if (whole) {
    choice.take(whole.member, choice.windows);
    return;
  }

  const taken: { readonly member: number; readonly parts: readonly Interval[] }[] = [];
  let remaining: readonly Interval[] = choice.windows;
  let pool = choice.candidates;
  while (remaining.length > 0 && pool.length > 0) {
    const partial = pool
      .map((c) => ({ ...c, parts: choice.free(c.member, remaining) }))
      .map((c) => ({ ...c, length: totalLength(c.parts) }))
      .filter((c) => c.length > 0);
    const longest = Math.max(0, ...partial.map((c) => c.length));
    const longestOnes = partial.filter((c) => c.length === longest);
    const pick = best(longestOnes, longestOnes.length, choice);
    if (!pick) break;
    taken.push({ member: pick.member, parts: pick.parts });
    remaining = remaining.flatMap((w) => subtractIntervals(w, pick.parts));
    pool = pool.filter((c) => c.person !== pick.person);
  }
  for (const { member, parts } of taken) choice.take(member, parts);
}

/**
 * The candidate to take a turn: the least loaded (so no load ends more than a turn above
 * another's), among them the one furthest behind in what the turn is made of, then whoever
 * would not be on call twice in a row, then round-robin order.
 */
function best<T extends TurnCandidate>(
  list: readonly T[],
  n: number,
  choice: TurnChoice,
): T | undefined {
  if (n === 0) return undefined;
  if (n === 1) return list[0];
  const { room } = choice;
  if (n > room.ahead.length) {
    room.ahead = new Float64Array(n);
    room.debt = new Float64Array(n);
  }
  const { ahead, debt } = room;
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = choice.ahead((list[i] as T).member);
    ahead[i] = a;
    if (a < least) least = a;
  }
  // Debt among the least loaded; NaN marks the others.
  let min = Number.POSITIVE_INFINITY;
  let fair = 0;
  for (let i = 0; i < n; i++) {
    if ((ahead[i] as number) > least + choice.tolerance) {
      debt[i] = Number.NaN;
      continue;
    }
    const d = choice.debt((list[i] as T).member);
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
    // Behind a rested pick in round-robin order, nothing can make this one the pick: no need
    // to ask whether it would be on call twice in a row.
    if (pick && pickRested && c.order >= pick.order) continue;
    const rested = fair === 1 || !choice.adjacent(c.member);
    if (!pick || (rested && !pickRested) || (rested === pickRested && c.order < pick.order)) {
      pick = c;
      pickRested = rested;
    }
  }
  return pick;
}
