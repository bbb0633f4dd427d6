import type { DayTally } from '../../engine/budgets/index.ts';
import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { listSliDays, type StoreDb } from '../../store/index.ts';

const DAY_MS = 86_400_000;

/**
 * The SLI samples of every service summed per UTC day, from the live horizon's first day on,
 * kept in memory as samples arrive. A refresh reads only the days counted since the highest
 * live version seen (by this server or another one on the same database), so it costs what
 * changed, not the history; a new state (a restart) reads them all and holds the same sums.
 * One state serves the handover runner and the runner route: refreshes run one at a time, and
 * every refresh tells each subscriber which services changed, whoever asked for it.
 */
export interface SliDayState {
  /**
   * Reads the days counted since the last refresh and forgets days before `horizonDay`
   * (`YYYY-MM-DD`). Returns the services whose days changed.
   */
  readonly refresh: (horizonDay: string) => Promise<ReadonlySet<string>>;
  /**
   * Refreshes only when the store's live version `live` (read before this call) is newer than
   * what the state already holds, or the horizon moved: a read that finds the state current
   * costs no query.
   */
  readonly refreshTo: (live: number, horizonDay: string) => Promise<void>;
  /** Calls `listener` with the services whose days changed, after each refresh. */
  readonly subscribe: (listener: (services: ReadonlySet<string>) => void) => void;
  /** A service's day sums by the start of the day in epoch seconds (empty when none). */
  readonly daysOf: (service: string) => ReadonlyMap<number, DayTally>;
  /** The live version that last counted a service's day; undefined while it has no samples. */
  readonly dayVersion: (service: string, day: number) => number | undefined;
  /** The start of the first day with samples of any service, in epoch seconds; null: none. */
  readonly firstDay: () => EpochSeconds | null;
  /** Every service with samples, for comparing two states. */
  readonly services: () => readonly string[];
}

interface ServiceDays {
  readonly days: Map<number, DayTally>;
  readonly versions: Map<number, number>;
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
  const listeners: ((services: ReadonlySet<string>) => void)[] = [];
  let seen: number | undefined;
  let horizon = '';
  // The live version the state is known to hold everything of (read before a refresh began).
  let covered = -1;
  let queue: Promise<unknown> = Promise.resolve();
  const firstOf = (days: ReadonlyMap<number, DayTally>) => Math.min(...days.keys());
  const forget = (service: string, held: ServiceDays, day: number) => {
    held.days.delete(day);
    held.versions.delete(day);
    if (held.days.size === 0) byService.delete(service);
    else if (day === held.first) held.first = firstOf(held.days);
  };
  const read = async (fromDay: string): Promise<ReadonlySet<string>> => {
    const changed = new Set<string>();
    if (fromDay > horizon) {
      const start = daySeconds(fromDay);
      for (const [service, held] of byService) {
        if (held.first >= start) continue;
        for (const day of [...held.days.keys()]) if (day < start) forget(service, held, day);
        changed.add(service);
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
        if (held?.days.has(day)) forget(row.service, held, day);
        continue;
      }
      if (!held) {
        held = { days: new Map(), versions: new Map(), first: day };
        byService.set(row.service, held);
      }
      held.days.set(day, { samples: row.samples, total: row.total, good: row.good });
      held.versions.set(day, row.version);
      if (day < held.first) held.first = day;
    }
    for (const listener of listeners) listener(changed);
    return changed;
  };
  const refresh = (fromDay: string, live?: number): Promise<ReadonlySet<string>> => {
    const next = queue.then(async () => {
      const changed = await read(fromDay);
      if (live !== undefined && live > covered) covered = live;
      return changed;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    refresh: (fromDay) => refresh(fromDay),
    refreshTo: async (live, fromDay) => {
      if (live <= covered && fromDay <= horizon) return;
      await refresh(fromDay, live);
    },
    subscribe: (listener) => {
      listeners.push(listener);
    },
    daysOf: (service) => byService.get(service)?.days ?? EMPTY,
    dayVersion: (service, day) => byService.get(service)?.versions.get(day),
    firstDay: () => {
      let first: number | null = null;
      for (const held of byService.values())
        if (first === null || held.first < first) first = held.first;
      return first === null ? null : epochSeconds(first);
    },
    services: () => [...byService.keys()].sort(),
  };
}
