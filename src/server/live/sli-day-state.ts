import type { DayTally } from '../../engine/budgets/index.ts';
import { listSliDays, type StoreDb } from '../../store/index.ts';

const DAY_MS = 86_400_000;

/**
 * The SLI samples of every service summed per UTC day, from the live horizon's first day on,
 * kept in memory as samples arrive. A refresh reads only the days counted since the highest
 * live version seen (by this server or another one on the same database), so it costs what
 * changed, not the history; a new state (a restart) reads them all and holds the same sums.
 */
export interface SliDayState {
  /**
   * Reads the days counted since the last refresh and forgets days before `horizonDay`
   * (`YYYY-MM-DD`). Returns the services whose days changed.
   */
  readonly refresh: (horizonDay: string) => Promise<ReadonlySet<string>>;
  /** A service's day sums by the start of the day in epoch seconds (empty when none). */
  readonly daysOf: (service: string) => ReadonlyMap<number, DayTally>;
  /** The start of the first day with samples of any service, in epoch seconds; null: none. */
  readonly firstDay: () => number | null;
  /** Every service with samples, for comparing two states. */
  readonly services: () => readonly string[];
}

interface ServiceDays {
  readonly days: Map<number, DayTally>;
  /** The first day held, kept so that `firstDay` reads one number per service. */
  first: number;
}

const EMPTY: ReadonlyMap<number, DayTally> = new Map();

/** Epoch seconds of the start of a `YYYY-MM-DD` day. */
export function daySeconds(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`) / 1000;
}

/** The UTC day (`YYYY-MM-DD`) `horizonDays` before `now`: the first day handovers look at. */
export function horizonDay(now: Date, horizonDays: number): string {
  return new Date(now.getTime() - horizonDays * DAY_MS).toISOString().slice(0, 10);
}

export function createSliDayState(db: StoreDb): SliDayState {
  const byService = new Map<string, ServiceDays>();
  let seen: number | undefined;
  let horizon = '';
  const firstOf = (days: ReadonlyMap<number, DayTally>) => Math.min(...days.keys());
  return {
    refresh: async (fromDay) => {
      const changed = new Set<string>();
      if (fromDay > horizon) {
        const start = daySeconds(fromDay);
        for (const [service, held] of byService) {
          if (held.first >= start) continue;
          for (const day of held.days.keys()) if (day < start) held.days.delete(day);
          changed.add(service);
          if (held.days.size === 0) byService.delete(service);
          else held.first = firstOf(held.days);
        }
        horizon = fromDay;
      }
      const rows = await listSliDays({ db, after: seen, from: horizon });
      for (const row of rows) {
        if (seen === undefined || row.version > seen) seen = row.version;
        const day = daySeconds(row.day);
        let held = byService.get(row.service);
        changed.add(row.service);
        if (row.samples === 0) {
          if (!held?.days.delete(day)) continue;
          if (held.days.size === 0) byService.delete(row.service);
          else if (day === held.first) held.first = firstOf(held.days);
          continue;
        }
        if (!held) {
          held = { days: new Map(), first: day };
          byService.set(row.service, held);
        }
        held.days.set(day, { samples: row.samples, total: row.total, good: row.good });
        if (day < held.first) held.first = day;
      }
      return changed;
    },
    daysOf: (service) => byService.get(service)?.days ?? EMPTY,
    firstDay: () => {
      let first: number | null = null;
      for (const held of byService.values())
        if (first === null || held.first < first) first = held.first;
      return first;
    },
    services: () => [...byService.keys()].sort(),
  };
}
