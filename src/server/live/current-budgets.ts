import {
  budgetOf,
  DAY,
  type DayTally,
  DEFAULT_WINDOW,
  objectiveOf,
  type PeriodBudget,
  periodContaining,
  policyOf,
  rollingSeconds,
} from '../../engine/budgets/index.ts';
import {
  type CompiledModel,
  durationSeconds,
  type EpochSeconds,
  earlierSeconds,
  type Service,
} from '../../model/index.ts';
import { listSliSamples, type StoreDb } from '../../store/index.ts';
import { type ErrorBudgetNow, errorBudgetNow } from './error-budget-now.ts';
import { seconds } from './load-live-data.ts';
import type { SliDayState } from './sli-day-state.ts';

/** Day edges kept at most; more (many services asked) start afresh. */
const MAX_EDGES = 4_096;

/** The samples of one service on one day, as running sums, read when a window cuts the day. */
interface DayEdge {
  readonly version: number;
  readonly seconds: readonly number[];
  /** Sums of the first i samples: `total[i]`, `good[i]` (length: samples + 1). */
  readonly total: readonly number[];
  readonly good: readonly number[];
}

const NONE: DayTally = { samples: 0, total: 0, good: 0 };

export interface CurrentBudgets {
  /**
   * A service's error budget in its current window at `asOf` (§12.5), from the SLI day sums
   * (refreshed by the caller) and, for the day the window starts or ends within, that day's
   * samples. The same figures as `serviceBudgets` over the samples from `horizon` on.
   */
  readonly of: (options: {
    readonly model: CompiledModel;
    readonly service: Service;
    readonly asOf: EpochSeconds;
    /** The oldest instant the live state looks at, in epoch seconds. */
    readonly horizon: number;
  }) => Promise<ErrorBudgetNow>;
}

/**
 * The runner's error budget from what the server keeps as samples arrive: the whole days of a
 * window are summed from the day sums (at most a month of numbers, whatever the history), and
 * only a day that a rolling window cuts through is read sample by sample, once per change of
 * that day (kept with the live version that counted it).
 */
export function createCurrentBudgets(db: StoreDb, days: SliDayState): CurrentBudgets {
  const edges = new Map<string, Promise<DayEdge>>();
  const edgeOf = (service: string, day: number, version: number): Promise<DayEdge> => {
    const key = `${service} ${day}`;
    const found = edges.get(key);
    if (found) {
      return found.then((edge) =>
        edge.version === version ? edge : readEdge(key, service, day, version),
      );
    }
    return readEdge(key, service, day, version);
  };
  const readEdge = (key: string, service: string, day: number, version: number) => {
    if (edges.size >= MAX_EDGES) edges.clear();
    const read = listSliSamples({
      db,
      service,
      // The samples that count the day (sample-span.ts): day < t ≤ day + DAY.
      from: new Date((day + 1) * 1000).toISOString(),
      to: new Date((day + DAY + 1) * 1000).toISOString(),
    }).then((samples): DayEdge => {
      const at: number[] = [];
      const total = [0];
      const good = [0];
      for (const s of samples) {
        at.push(seconds(s.timestamp));
        total.push((total.at(-1) as number) + s.total);
        good.push((good.at(-1) as number) + s.good);
      }
      return { version, seconds: at, total, good };
    });
    edges.set(key, read);
    // A failure (e.g. the store was briefly unreachable) is not remembered.
    read.catch(() => {
      if (edges.get(key) === read) edges.delete(key);
    });
    return read;
  };

  /** The samples of `service` that count [from, to) of the day starting at `day`. */
  const withinDay = async (
    service: string,
    day: number,
    from: number,
    to: number,
  ): Promise<DayTally> => {
    const tally = days.daysOf(service).get(day);
    const version = days.dayVersion(service, day);
    if (!tally || version === undefined) return NONE;
    if (from <= day && to >= day + DAY) return tally;
    const edge = await edgeOf(service, day, version);
    const first = firstAfter(edge.seconds, from);
    const end = firstAfter(edge.seconds, to);
    return {
      samples: end - first,
      total: (edge.total[end] as number) - (edge.total[first] as number),
      good: (edge.good[end] as number) - (edge.good[first] as number),
    };
  };

  /** The samples of `service` that count [from, to). */
  const within = async (service: string, from: number, to: number): Promise<DayTally> => {
    if (!(from < to)) return NONE;
    const firstDay = Math.floor(from / DAY) * DAY;
    const lastDay = Math.floor((to - 1) / DAY) * DAY;
    if (firstDay === lastDay) return withinDay(service, firstDay, from, to);
    const [head, tail] = await Promise.all([
      withinDay(service, firstDay, from, firstDay + DAY),
      withinDay(service, lastDay, lastDay, to),
    ]);
    let samples = head.samples + tail.samples;
    let total = head.total;
    let good = head.good;
    const held = days.daysOf(service);
    for (let day = firstDay + DAY; day < lastDay; day += DAY) {
      const tally = held.get(day);
      if (!tally) continue;
      samples += tally.samples;
      total += tally.total;
      good += tally.good;
    }
    return { samples, total: total + tail.total, good: good + tail.good };
  };

  return {
    of: async ({ model, service, asOf, horizon }) => {
      const window = policyOf(model, service)?.spec.window ?? DEFAULT_WINDOW;
      const target = service.spec.availabilityTarget;
      if (target === undefined) return errorBudgetNow({ window, objective: null, current: null });
      const objective = objectiveOf(target);
      const length = rollingSeconds(window);
      let current: PeriodBudget | null = null;
      if (length !== undefined) {
        const start = earlierSeconds(asOf, length);
        const period = { label: `last ${window}`, start, end: asOf, complete: true };
        const counted = await within(service.name, Math.max(period.start, horizon), asOf);
        current = budgetOfTally(period, counted, objective);
      } else {
        // A calendar month's budget is its last period: the month holding the last second
        // before `asOf`, once it has a sample before `asOf` (until then it has no period).
        const period = periodContaining(window, earlierSeconds(asOf, durationSeconds(1)), asOf);
        const from = Math.max(period.start, horizon);
        if ((await within(service.name, from, asOf)).samples > 0) {
          current = budgetOfTally(period, await within(service.name, from, period.end), objective);
        }
      }
      return errorBudgetNow({ window, objective, current });
    },
  };
}

function budgetOfTally(
  period: PeriodBudget['period'],
  tally: DayTally,
  objective: ReturnType<typeof objectiveOf>,
): PeriodBudget {
  const { samples, total, good } = tally;
  return budgetOf({ period, samples, total, bad: total - good, objective, exhaustedAt: null });
}

/**
 * The index of the first of the ascending `seconds` after `at`: the first sample that counts
 * events after `at` (a sample at t counts (previous, t]: engine/budgets/sample-span.ts).
 */
function firstAfter(seconds: readonly number[], at: number): number {
  let low = 0;
  let high = seconds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((seconds[middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
