import type { CompiledModel, RunModel } from '../../model/index.ts';
import {
  getLatestRunModelEvents,
  type RunModelEventRecord,
  type StoreDb,
} from '../../store/index.ts';
import { runStateOf } from './live-cache.ts';

/** Who runs each service now, and since which event. */
export interface RunState {
  readonly runModel: (service: string) => RunModel;
  readonly latestEvent: (service: string) => RunModelEventRecord | undefined;
}

/**
 * Who runs each service now, read from the store (the live cache keeps the same per store
 * version: `LiveCache.runState`).
 */
export async function currentRunModels(db: StoreDb, model: CompiledModel): Promise<RunState> {
  return runStateOf(await getLatestRunModelEvents({ db }), model);
}
