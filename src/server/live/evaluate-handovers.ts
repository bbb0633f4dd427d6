import { handover } from '../../engine/handover/index.ts';
import type { RunModel } from '../../model/index.ts';
import { dateOfSeconds, epochSecondsOf } from '../../model/index.ts';
import {
  appendRunModelEvent,
  enqueueWebhookDeliveries,
  type RunModelEventRecord,
  type StoreDb,
} from '../../store/index.ts';
import type { RevisionModel } from '../revisions/model-cache.ts';
import { runModelChangedPayload } from '../webhooks/webhook-events.ts';
import { currentRunModels } from './current-run-models.ts';
import { loadLiveData } from './load-live-data.ts';

export interface EvaluateHandoversOptions {
  readonly db: StoreDb;
  readonly revision: RevisionModel;
  readonly now: Date;
  readonly horizonDays: number;
  readonly webhooks: readonly string[];
}

/**
 * Runs the handover engine (§12.5) on the stored data and records every service whose runner
 * changed: one event with the engine's reason, and a message to each outgoing webhook, in one
 * transaction. Two servers doing this at once record each change once (the event sequence is
 * unique per service). Returns the changes recorded by this call.
 */
export async function evaluateHandovers(
  options: EvaluateHandoversOptions,
): Promise<RunModelEventRecord[]> {
  const { db, revision, now } = options;
  const data = await loadLiveData({ db, now, horizonDays: options.horizonDays });
  const report = handover({
    model: revision.model,
    series: data.series,
    incidents: data.incidents,
    asOf: epochSecondsOf(now),
  });
  const state = await currentRunModels(db, revision.model);
  const changes: RunModelEventRecord[] = [];
  for (const service of report.services) {
    const stored = state.runModel(service.name);
    if (stored === service.currentRunModel) continue;
    const decided = [...service.timeline].reverse().find((e) => e.to === service.currentRunModel);
    const event = {
      service: service.name,
      from: stored,
      to: service.currentRunModel,
      reason:
        decided?.reason ??
        `revision ${revision.revision} agrees ${service.currentRunModel as RunModel} and no handover is in force`,
      at: decided ? dateOfSeconds(decided.at).toISOString() : now.toISOString(),
      revisionId: revision.revision,
    };
    const recorded = await db.transaction().execute(async (tx) => {
      const appended = await appendRunModelEvent({
        db: tx,
        after: state.latestEvent(service.name)?.sequence ?? 0,
        event,
      });
      if (appended) {
        await enqueueWebhookDeliveries({
          db: tx,
          urls: options.webhooks,
          event: 'run-model.changed',
          payload: runModelChangedPayload(appended),
          at: now.toISOString(),
        });
      }
      return appended;
    });
    if (recorded) changes.push(recorded);
  }
  return changes;
}
