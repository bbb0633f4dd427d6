import type { CompiledModel, RunModel } from '../../model/index.ts';
import {
  getLatestRunModelEvents,
  type RunModelEventRecord,
  type StoreDb,
  type StoreVersions,
} from '../../store/index.ts';
import { type CurrentBudgets, createCurrentBudgets } from './current-budgets.ts';
import type { RunState } from './current-run-models.ts';
import type { SliDayState } from './sli-day-state.ts';

/** Entries kept per store version at most; more (many services, many seconds) start afresh. */
const MAX_ENTRIES = 4_096;

/**
 * What the server derived from the store, kept in memory for as long as the store's versions
 * (the newest revision and the live state's version) stay the same. A request reads the two
 * numbers in one query, then answers from memory; any change of the live state, made by this
 * server or another one on the same database, raises the version and so starts afresh.
 */
export interface LiveCache {
  /** The store's versions now: read them first, then anything derived under them. */
  readonly versions: () => Promise<StoreVersions>;
  /**
   * The value under `key` derived under `versions`, computed (once, also for concurrent
   * callers) when missing. `compute` must read the store only after `versions` was read.
   */
  readonly remember: <T>(
    versions: StoreVersions,
    key: string,
    compute: () => Promise<T>,
  ) => Promise<T>;
  /** Who runs each service under `versions`, with `model`'s agreed run models as defaults. */
  readonly runState: (versions: StoreVersions, model: CompiledModel) => Promise<RunState>;
  /** The SLI day sums, shared with the handover runner; refresh them to the versions read. */
  readonly days: SliDayState;
  /** Each service's error budget now, from the day sums. */
  readonly budgets: CurrentBudgets;
}

interface Generation {
  readonly revision: number;
  readonly live: number;
  readonly entries: Map<string, Promise<unknown>>;
}

export function createLiveCache(
  db: StoreDb,
  versions: () => Promise<StoreVersions>,
  days: SliDayState,
): LiveCache {
  let current: Generation = { revision: -1, live: -1, entries: new Map() };
  const generationOf = (versions: StoreVersions): Generation | undefined => {
    if (versions.revision === current.revision && versions.live === current.live) return current;
    // Versions only grow: a request that read older ones than the newest seen computes afresh
    // without keeping anything, so it cannot put back a state that is already superseded.
    if (versions.revision < current.revision || versions.live < current.live) return undefined;
    current = { revision: versions.revision, live: versions.live, entries: new Map() };
    return current;
  };
  const remember = <T>(
    versions: StoreVersions,
    key: string,
    compute: () => Promise<T>,
  ): Promise<T> => {
    const generation = generationOf(versions);
    if (!generation) return compute();
    const found = generation.entries.get(key);
    if (found) return found as Promise<T>;
    if (generation.entries.size >= MAX_ENTRIES) generation.entries.clear();
    const computed = compute();
    generation.entries.set(key, computed);
    // A failure (e.g. the store was briefly unreachable) is not remembered.
    computed.catch(() => {
      if (generation.entries.get(key) === computed) generation.entries.delete(key);
    });
    return computed;
  };
  return {
    versions,
    remember,
    runState: async (versions, model) =>
      runStateOf(
        await remember(versions, 'latest-run-model-events', () => getLatestRunModelEvents({ db })),
        model,
      ),
    days,
    budgets: createCurrentBudgets(db, days),
  };
}

/**
 * Who runs each service now: the run model of its latest stored change (made by the handover
 * engine, §12.5), else the run model the model's revision agrees.
 */
export function runStateOf(
  latest: ReadonlyMap<string, RunModelEventRecord>,
  model: CompiledModel,
): RunState {
  return {
    latestEvent: (service) => latest.get(service),
    runModel: (service) =>
      (latest.get(service)?.to as RunModel | undefined) ??
      model.services.get(service)?.spec.runModel ??
      'unorganized',
  };
}
