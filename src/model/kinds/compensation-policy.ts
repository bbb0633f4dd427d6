import { z } from 'zod';
import { Amount, Currency, TimeOfDay, Weekday } from './common.ts';

/** The building blocks of on-call compensation (§12.9.5). Amounts are per hour, major units. */
export const CompensationPolicySpec = z.strictObject({
  currency: Currency,
  businessHours: z
    .strictObject({
      days: z.array(Weekday).min(1),
      start: TimeOfDay,
      end: TimeOfDay,
    })
    .refine((b) => b.start < b.end, { message: 'expected start to be before end' })
    .default({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }),
  /** Paid per hour of standby outside business hours. */
  standbyPerHour: Amount.optional(),
  /** Paid per hour of incident work outside business hours. */
  incidentPerHour: Amount.optional(),
  /** Hours of time off granted per hour of standby outside business hours. */
  timeOffPerStandbyHour: z.number().nonnegative().finite().optional(),
  /** Hours of time off granted per hour of incident work outside business hours. */
  timeOffPerIncidentHour: z.number().nonnegative().finite().optional(),
  /** A higher base salary for those who do off-hours on-call, in percent. */
  baseUpliftPercent: z.number().nonnegative().finite().optional(),
  /** Paid per person per month in which the services they run stayed within error budget. */
  withinBudgetBonus: Amount.optional(),
});
export type CompensationPolicySpec = z.infer<typeof CompensationPolicySpec>;
