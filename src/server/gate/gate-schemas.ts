import { z } from 'zod';
import { GATE_DECISIONS } from '../../store/index.ts';

export const GateOverrideSchema = z.object({
  id: z.int(),
  service: z.string(),
  decision: z.enum(GATE_DECISIONS),
  reason: z.string(),
  author: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});

export const GateSchema = z.object({
  service: z.string(),
  revision: z.int(),
  asOf: z.string(),
  decision: z.enum(GATE_DECISIONS).describe('allowed: deploy; frozen: the release freeze holds'),
  reason: z.string().describe('One line, for a CI log'),
  policyDecision: z
    .enum(GATE_DECISIONS)
    .describe('What the policy alone decides, before overrides'),
  rule: z.object({
    policy: z.string().nullable(),
    freezeWhenDepleted: z.boolean(),
    section: z.literal('§12.5'),
  }),
  budget: z.object({
    target: z.number().nullable(),
    window: z.string(),
    period: z.object({ label: z.string(), start: z.string(), end: z.string() }).nullable(),
    status: z.enum(['within', 'depleted', 'no-data', 'no-target']),
    total: z.number(),
    bad: z.number(),
    allowed: z.number(),
    remaining: z.number(),
    consumedShare: z.number().nullable(),
    exhaustedAt: z.string().nullable(),
  }),
  freeze: z.object({ from: z.string(), until: z.string(), reason: z.string() }).nullable(),
  override: GateOverrideSchema.nullable(),
});
