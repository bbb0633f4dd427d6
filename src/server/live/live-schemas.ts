import { z } from 'zod';
import { RUN_MODELS } from '../../model/index.ts';

export const RunModelEventSchema = z.object({
  id: z.int(),
  service: z.string(),
  sequence: z.int(),
  from: z.string().describe('A run model'),
  to: z.string().describe('A run model'),
  reason: z.string(),
  at: z.string(),
  revisionId: z.int().nullable(),
});

export const RunnerSchema = z.object({
  service: z.string(),
  revision: z.int(),
  agreedRunModel: z.enum(RUN_MODELS),
  currentRunModel: z.enum(RUN_MODELS),
  since: z.object({ at: z.string(), reason: z.string() }).nullable(),
  teams: z.array(z.string()),
  onCall: z.array(z.object({ rotation: z.string(), person: z.string() })),
  offDuty: z.array(z.string()),
  errorBudget: z.object({
    remaining: z.number().nullable(),
    remainingEvents: z.number().nullable(),
    window: z.string(),
    status: z.enum(['within', 'depleted', 'no-data', 'no-target']),
  }),
  sli: z
    .object({
      source: z.enum(['prometheus', 'pushed']),
      backend: z.string().nullable(),
      status: z.enum(['ok', 'failing', 'no-data', 'not-read-yet', 'pushed']),
      lastReadAt: z.string().nullable(),
      lastSampleAt: z.string().nullable(),
      lastError: z.object({ at: z.string(), message: z.string() }).nullable(),
      message: z.string(),
    })
    .describe('Where the SLI comes from; "no data since …" when reads fail or return nothing'),
});
