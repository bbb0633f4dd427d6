import { z } from 'zod';
import { MoneySchema, NamesSchema } from './common.ts';

/** Chargeback for an average month (§12.4.7) and the offerings catalog (§12.4.3). */

const StatementLineSchema = z.strictObject({
  sreTeam: z.string(),
  team: z.string(),
  hours: z.number(),
  source: z.string(),
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
    }),
  ),
  unpriced: z.array(
    z.strictObject({
      sreTeam: z.string(),
      team: z.string(),
      provider: z.string(),
      consumer: z.string(),
      hours: z.number(),
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
