import { IANAZone } from 'luxon';
import {
  DAY_MS,
  type EpochMillis,
  epochMillis,
  HOUR_MS,
  instantAtOffset,
  type WallClockMillis,
  wallAtOffset,
} from '../../model/index.ts';
import { dayCache } from './day-cache.ts';

/**
 * Local wall-clock time of a zone (`WallClockMillis`: the epoch milliseconds the same calendar
 * fields would have in UTC). Wall time is where handoffs and business hours are defined ("Mon
 * 09:00 local"), instants are where shifts live; the clock converts between the two.
 */
export interface ZoneClock {
  readonly zone: string;
  /** Offset from UTC in minutes at an instant (positive east of Greenwich). */
  readonly offset: (instant: EpochMillis) => number;
  /** The local wall time at an instant. */
  readonly toWall: (instant: EpochMillis) => WallClockMillis;
  /**
   * The first instant whose wall time is at or after `wall`. A wall time that occurs twice
   * (clocks going back) maps to its first occurrence; one that never occurs (clocks going
   * forward) maps to the moment of the change. The mapping never goes backwards, so handoffs
   * computed from increasing wall times stay in order.
   */
  readonly fromWall: (wall: WallClockMillis) => EpochMillis;
}

interface DayOffsets {
  readonly before: number;
  readonly after: number;
  /** The instant the offset changes within the UTC day; Infinity when it does not. */
  readonly change: number;
}

/**
 * The clock of an IANA zone. It remembers the offsets it looked up (once per UTC day), so keep
 * it: planning takes its clocks from the model's `zoneClocks`.
 */
export function zoneClock(zone: string): ZoneClock {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  // Offsets change at most once per UTC day in every zone in use, and only on whole seconds:
  // the offsets at two midnights (each shared by the days on either side of it), and a binary
  // search on the rare day of a change, give exact offsets. Looking offsets up is most of what
  // a new clock costs, and each model makes its own clocks.
  const midnight = dayCache((day: number): number => iana.offset(day * DAY_MS));
  const dayOffsets = dayCache((day: number): DayOffsets => {
    const start = day * DAY_MS;
    const before = midnight(day);
    const next = midnight(day + 1);
    if (before === next) return { before, after: before, change: Number.POSITIVE_INFINITY };
    let lo = start;
    let hi = start + DAY_MS;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (iana.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    // A change at the next midnight is the next day's.
    if (hi === start + DAY_MS) return { before, after: before, change: Number.POSITIVE_INFINITY };
    return { before, after: next, change: hi };
  });

  const offset = (instant: EpochMillis): number => {
    const d = dayOffsets(Math.floor(instant / DAY_MS));
    return instant < d.change ? d.before : d.after;
  };

  const toWall = (instant: EpochMillis): WallClockMillis => wallAtOffset(instant, offset(instant));

  const fromWall = (wall: WallClockMillis): EpochMillis => {
    // Zone offsets lie within ±18 hours: the instant is in this window around the wall time
    // (the wall time read as an instant is only a place to look the offsets up).
    const early = offset(epochMillis(wall - 18 * HOUR_MS));
    const late = offset(epochMillis(wall + 18 * HOUR_MS));
    if (early === late) {
      const guess = instantAtOffset(wall, early);
      if (offset(guess) === early) return guess;
    }
    // Near a change: try each candidate offset in order of the instant it gives.
    const candidates = [...new Set([early, late, offset(instantAtOffset(wall, early))])]
      .map((o) => instantAtOffset(wall, o))
      .sort((a, b) => a - b);
    for (const t of candidates) if (toWall(t) === wall) return t;
    // A wall time skipped by the change: the first instant after it.
    let lo: number = candidates[0] ?? wall;
    let hi: number = candidates.at(-1) ?? wall;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (toWall(epochMillis(mid)) >= wall) hi = mid;
      else lo = mid;
    }
    return epochMillis(hi);
  };

  return { zone, offset, toWall, fromWall };
}
