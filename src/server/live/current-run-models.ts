import type { CompiledModel, RunModel } from '../../model/index.ts';
import {
  getLatestRunModelEvents,
  type RunModelEventRecord,
  type StoreDb,
} from '../../store/index.ts';

/** Who runs each service now, and since which event. */
export interface RunState {
  readonly runModel: (service: string) => RunModel;
  readonly latestEvent: (service: string) => RunModelEventRecord | undefined;
}

/**
 * Who runs each service now: the run model of its latest stored change (made by the handover
 * engine, §12.5), else the run model the model's revision agrees.
 */
export async function currentRunModels(db: StoreDb, model: CompiledModel): Promise<RunState> {
  const latest = await getLatestRunModelEvents({ db });
  return {
    latestEvent: (service) => latest.get(service),
    runModel: (service) =>
      (latest.get(service)?.to as RunModel | undefined) ??
      model.services.get(service)?.spec.runModel ??
      'unorganized',
  };
}
