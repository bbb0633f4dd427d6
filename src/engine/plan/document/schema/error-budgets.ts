import { z } from 'zod';
import { NamesSchema, RunModelSchema, TierSchema } from './common.ts';

/** One service's error budget over its policy's current window, and who runs it now (§12.5). */
export const ServiceBudgetStatusSchema = z.strictObject({
  name: z.string(),
  tier: TierSchema.nullable(),
  /** Availability target in percent; null when the service states none (then no budget). */
  target: z.number().nullable(),
  policy: z.string().nullable(),
  window: z.string(),
  /** The window measured: `last 28d` for rolling windows, the month for calendar months. */
  period: z.string().nullable(),
  /** Whether that period had ended at `asOf`. */
  complete: z.boolean().nullable(),
  /** `no-target`: no availability target, so no budget; the others as `budgets` says. */
  status: z.enum(['within', 'depleted', 'no-data', 'no-target']),
  /** Bad events over allowed bad events (1 = the whole budget); null without data. */
  consumedShare: z.number().nullable(),
  /** Allowed bad events left in the period (negative when depleted); null without data. */
  remaining: z.number().nullable(),
  /** When the budget ran out in that period (ISO 8601); null if it did not. */
  exhaustedAt: z.string().nullable(),
  /** The run model the files agree on, and the one its policy has it in now (handbacks). */
  agreedRunModel: RunModelSchema,
  currentRunModel: RunModelSchema,
  notes: z.array(z.string()),
});

/**
 * Error budget status per service from SLI samples (`plan --sli`), as `budgets` and
 * `handover` compute it; `given: false` when the plan was made without SLI data.
 */
export const ErrorBudgetsSchema = z.discriminatedUnion('given', [
  z.strictObject({
    given: z.literal(false),
    /** How to give the SLI samples, in the words of the edge that made the plan (a CLI flag, a server endpoint); code in backticks. */
    howToGive: z.string(),
  }),
  z.strictObject({
    given: z.literal(true),
    /** The time the budgets are measured up to (ISO 8601). */
    asOf: z.string(),
    /** The SLI samples file, and the incidents file the handover read (or null). */
    sli: z.string(),
    incidents: z.string().nullable(),
    services: z.array(ServiceBudgetStatusSchema),
    /** Services in the data but not in the model: said, never silently dropped. */
    unknownServices: NamesSchema,
  }),
]);
