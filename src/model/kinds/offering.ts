import { z } from 'zod';
import { OFFERING_TYPES, PRICE_MODELS } from '../vocabulary.ts';
import { Money, Ref } from './common.ts';

/** An SRE service the SRE organization offers (§12.4.3) and how it is priced (§12.4.7). */
export const OfferingSpec = z.strictObject({
  type: z.enum(OFFERING_TYPES),
  priceModel: z.enum(PRICE_MODELS),
  price: Money.optional(),
  provider: Ref.optional(),
});
export type OfferingSpec = z.infer<typeof OfferingSpec>;
