import { z } from 'zod';
import { changePlan } from '../../../engine/change/index.ts';
import type { BudgetEvidence } from '../../../engine/plan/document/error-budgets.ts';
import { operatingChangeOf } from '../../../engine/plan/scenarios/operating-change.ts';
import type { CompiledModel, EpochMillis } from '../../../model/index.ts';
import type { ServerContext } from '../../context.ts';
import { type LiveData, loadLiveData } from '../../live/load-live-data.ts';
import { AtQuery } from '../as-of-query.ts';
import { engineEndpoint } from '../engine-endpoint.ts';
import { GIVE_SLI_TO_SERVER, planEvidence } from './plan-evidence.ts';

/**
 * What `whorunsit diff --json` prints: the change plan with what the change costs; with error
 * budget evidence, what `diff --sli` prints, each move to SRE checked against it (§12.5).
 */
export function changePlanJson(
  today: CompiledModel,
  target: CompiledModel,
  evidence?: BudgetEvidence,
) {
  return {
    ...changePlan(today, target, evidence, GIVE_SLI_TO_SERVER),
    operatingChange: operatingChangeOf(today, target),
  };
}

/**
 * The change plan as the server gives it everywhere (this endpoint, the console's change plan,
 * the revision comparison): each move to SRE checked against the stored SLI samples and
 * incidents, as `diff --sli --incidents --at` checks it against files, through the same
 * evidence the plan endpoint measures error budgets by. Without stored samples the moves are
 * said to be unchecked, as `diff` says without `--sli`.
 */
export async function storedChangePlan(options: {
  readonly context: ServerContext;
  readonly today: CompiledModel;
  readonly target: CompiledModel;
  readonly now: Date;
  readonly at?: EpochMillis | undefined;
  /** The live data, when the caller has read it already; else read from the store. */
  readonly live?: (() => Promise<LiveData>) | undefined;
}) {
  const { context, today, target, now, at } = options;
  const data = options.live
    ? await options.live()
    : await loadLiveData({
        db: context.store.db,
        now,
        horizonDays: context.config.liveHorizonDays,
      });
  const evidence = planEvidence({ data, context, now, at });
  return changePlanJson(today, target, evidence);
}

/** The change from one revision (today) to another (the target), §12.12. */
export const changePlanEndpoint = engineEndpoint({
  path: 'change-plan',
  summary:
    "The change plan from today's model (`revision`, default the current one) to the target revision (§12.12); each move to SRE checked against the stored SLI samples and incidents (§12.5)",
  command:
    'whorunsit diff <today…> --target <paths…> [--sli FILE --incidents FILE --at TIME] --json',
  query: AtQuery.extend({
    target: z.coerce
      .number()
      .int()
      .positive()
      .describe('The revision that holds the target organization'),
  }),
  // The change plan is plain data: `diff --json` prints it as it is, with what it costs.
  compute: async ({ model, query, now, live, context }) =>
    storedChangePlan({
      context,
      today: model,
      target: (await context.models.at(query.target)).model,
      now,
      at: query.at,
      live,
    }),
});
