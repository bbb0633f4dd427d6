import { z } from 'zod';
import { RUN_MODELS } from '../../model/index.ts';
import type { ServerContext } from '../context.ts';
import { storedChangePlan } from '../engine/endpoints/change-plan.ts';
import type { DeepReadonly } from '../http/add-route.ts';
import { ChangeSummarySchema } from './revision-schemas.ts';
import { summarizeChanges } from './summarize-changes.ts';

const RunModel = z.enum(RUN_MODELS);
const ServiceEntry = z.object({ service: z.string(), runModel: RunModel });
const RoleAndLevel = z.object({ role: z.string().nullable(), level: z.string().nullable() });

/**
 * `diff --json`'s change plan, with the fields of its parts the console shows spelled out (the
 * answer has more: each reporting change's meetings, the rollout, people, questions, the
 * operating change), so the typed client is checked against the engine's types.
 */
const ChangePlanSchema = z.looseObject({
  modelChanges: z.array(
    z.object({
      service: z.string(),
      from: RunModel,
      to: RunModel,
      transition: z.string(),
    }),
  ),
  addedServices: z.array(ServiceEntry),
  removedServices: z.array(ServiceEntry),
  organizationChanges: z.array(z.looseObject({ change: z.string() })),
  reportingChanges: z.array(
    z.object({
      person: z.string(),
      fromManager: z.string().nullable(),
      toManager: z.string().nullable(),
      fromTeam: z.string().nullable(),
      toTeam: z.string().nullable(),
    }),
  ),
  roleChanges: z.array(
    z.object({
      person: z.string(),
      from: RoleAndLevel,
      to: RoleAndLevel,
      change: z.string(),
    }),
  ),
});

export const RevisionDiffSchema = z.object({
  revision: z.int().describe('The revision compared from (today)'),
  target: z.int().describe('The revision compared to (the target)'),
  changes: ChangeSummarySchema.describe(
    'Every entity (`Kind/name`) added, changed or removed from one revision to the other',
  ),
  changePlan: ChangePlanSchema.describe(
    'Exactly what `whorunsit diff <revision> --target <target> --json` prints, with each move to SRE checked against the stored SLI samples and incidents as `--sli` and `--incidents` check it (`moveEvidence`, §12.5)',
  ),
});

type RevisionDiff = DeepReadonly<z.input<typeof RevisionDiffSchema>>;

/**
 * Two stored revisions compared: what the model's entities say differently, and the change plan
 * from the first organization to the second (§12.12), built by the same engine as `diff` and
 * checked against the stored samples as the change-plan endpoint checks it.
 */
export async function revisionDiff(
  context: ServerContext,
  revision: number,
  target: number,
): Promise<RevisionDiff> {
  const [today, goal] = await Promise.all([context.models.at(revision), context.models.at(target)]);
  return {
    revision: today.revision,
    target: goal.revision,
    changes: summarizeChanges(today.model, goal.model),
    changePlan: await storedChangePlan({
      context,
      today: today.model,
      target: goal.model,
      now: context.now(),
    }),
  };
}
