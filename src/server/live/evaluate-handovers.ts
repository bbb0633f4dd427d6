import { budgetCalendarFrom } from '../../engine/budgets/index.ts';
import { runFromDays } from '../../engine/handover/index.ts';
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
import type { SliDayState } from './sli-day-state.ts';

export interface EvaluateHandoversOptions {
  readonly db: StoreDb;
  readonly revision: RevisionModel;
  readonly now: Date;
  /** The SLI day sums of the live horizon, refreshed by the caller. */
  readonly days: SliDayState;
  /** The services to decide for: those whose data or circumstances changed. */
  readonly services: Iterable<string>;
  readonly webhooks: readonly string[];
}

/**
 * Runs the handover engine (§12.5) for `services` over the SLI day sums and records every
 * service whose runner changed: one event with the engine's reason, and a message to each
 * outgoing webhook, in one transaction. Two servers doing this at once record each change once
 * (the event sequence is unique per service). Returns the changes recorded by this call.
 */
export async function evaluateHandovers(
  options: EvaluateHandoversOptions,
): Promise<RunModelEventRecord[]> {
  const { db, revision, now, days } = options;
  const { model } = revision;
  const calendar = budgetCalendarFrom(days.firstDay(), epochSecondsOf(now));
  const state = await currentRunModels(db, revision.model);
  const changes: RunModelEventRecord[] = [];
  for (const name of options.services) {
    const service = model.services.get(name);
    if (!service) continue;
    const run = runFromDays({ model, service, days: days.daysOf(name), calendar });
    const stored = state.runModel(name);
    if (stored === run.current) continue;
    const decided = [...run.timeline].reverse().find((e) => e.to === run.current);
    const event = {
      service: name,
      from: stored,
      to: run.current,
      reason:
        decided?.reason ??
        `revision ${revision.revision} agrees ${run.current as RunModel} and no handover is in force`,
      at: decided ? dateOfSeconds(decided.at).toISOString() : now.toISOString(),
      revisionId: revision.revision,
    };
    const recorded = await db.transaction().execute(async (tx) => {
      const appended = await appendRunModelEvent({
        db: tx,
        after: state.latestEvent(name)?.sequence ?? 0,
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
