import { z } from 'zod';
import { Amount, Currency, Ref } from './common.ts';

/** The negotiated price for SRE support between two organizations (§12.4.7). */
export const TransferPriceSpec = z.strictObject({
  provider: Ref,
  consumer: Ref,
  /** A flat rate per SRE support hour, whatever the SRE's salary. */
  hourlyRate: Amount,
  currency: Currency.default('EUR'),
  /** Added per support hour as a contribution to the SRE infrastructure cost. */
  infrastructureContribution: Amount.optional(),
});
export type TransferPriceSpec = z.infer<typeof TransferPriceSpec>;
