import { z } from 'zod';
import { MoneySchema, NamesSchema } from './common.ts';

/** Chargeback for an average month (§12.4.7) and the offerings catalog (§12.4.3). */

/** What support hours buy (`sreEngagement`, §12.4.7). */
const BuysSchema = z
  .enum(['shared-on-call', 'runs-alone', 'consulting'])
  .describe(
    'What the hours buy: a share of the team’s on-call (§12.4), running its services (§12.5), or consulting for a team whose developers run its services alone (§12.4.7)',
  );

const StatementLineSchema = z.strictObject({
  sreTeam: z.string(),
  team: z.string(),
  hours: z.number(),
  source: z.string(),
  buys: BuysSchema,
  transferPrice: z.string(),
  amount: MoneySchema,
  labor: MoneySchema,
  infrastructure: MoneySchema,
});

export const ChargebackSchema = z.strictObject({
  month: z.string(),
  notes: z.array(z.string()),
  statements: z.array(
    z.strictObject({
      consumer: z.string(),
      consumerOrganizations: NamesSchema,
      provider: z.string(),
      providerOrganizations: NamesSchema,
      currency: z.string(),
      lines: z.array(StatementLineSchema),
      total: MoneySchema,
    }),
  ),
  providers: z.array(z.strictObject({ provider: z.string(), received: MoneySchema })),
  internal: z.array(
    z.strictObject({
      organization: z.string(),
      costCenter: z.string(),
      sreTeam: z.string(),
      team: z.string(),
      hours: z.number(),
      buys: BuysSchema,
    }),
  ),
  unpriced: z.array(
    z.strictObject({
      sreTeam: z.string(),
      team: z.string(),
      provider: z.string(),
      consumer: z.string(),
      hours: z.number(),
      buys: BuysSchema,
    }),
  ),
  reconciliation: z.array(
    z.strictObject({
      currency: z.string(),
      charged: MoneySchema,
      received: MoneySchema,
      balanced: z.boolean(),
    }),
  ),
});

export const OfferingsSchema = z.strictObject({
  entries: z.array(
    z.strictObject({
      name: z.string(),
      type: z.string(),
      service: z.string(),
      description: z.string().nullable(),
      priceModel: z.string(),
      price: MoneySchema.nullable(),
      provider: z.string().nullable(),
      chapterPriceModel: z.boolean(),
      chapterPriceModels: z.array(z.string()),
    }),
  ),
  notOffered: z.array(z.string()),
});
