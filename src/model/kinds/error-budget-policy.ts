import { z } from 'zod';
import { type DurationSeconds, durationSeconds } from '../concepts/time-units.ts';
import { BUDGET_WINDOWS } from '../vocabulary.ts';
import { Ref } from './common.ts';

const Count = z.int().positive();

/** A burn-rate alert window, minutes to weeks: `5m`, `1h`, `3d`. */
export const AlertWindow = z
  .string()
  .regex(/^[1-9]\d{0,4}[mhdw]$/, 'expected a window like 5m, 1h or 3d');

/** The length of an AlertWindow string (`5m` is 300 seconds). */
export function alertWindowSeconds(window: string): DurationSeconds {
  const n = Number(window.slice(0, -1));
  const unit = window.at(-1);
  return durationSeconds(
    unit === 'w' ? n * 604_800 : unit === 'd' ? n * 86_400 : unit === 'h' ? n * 3600 : n * 60,
  );
}

/** Who a burn-rate alert goes to: a page wakes someone up, a ticket waits for working hours. */
export const ALERT_SEVERITIES = ['page', 'ticket'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/**
 * Alert when the error budget burns at `burnRate` times the rate that would use it up exactly
 * over the policy's window, measured over `window` (and, for multiwindow alerts, also over
 * `shortWindow`, so the alert ends soon after the burning does). Burn rate 1 over the whole
 * window spends exactly the budget; 14.4 over 1h spends 2% of a 30d budget.
 */
export const BurnRateAlert = z
  .strictObject({
    name: z.string().min(1).optional(),
    window: AlertWindow,
    shortWindow: AlertWindow.optional(),
    burnRate: z.number().positive().finite(),
    severity: z.enum(ALERT_SEVERITIES),
    /** What people do when it fires (slo-generator's consequence message). */
    message: z.string().min(1).optional(),
  })
  .refine(
    (a) =>
      a.shortWindow === undefined ||
      alertWindowSeconds(a.shortWindow) < alertWindowSeconds(a.window),
    { message: 'expected shortWindow to be shorter than window', path: ['shortWindow'] },
  );
export type BurnRateAlert = z.infer<typeof BurnRateAlert>;

/** The error budget policy both sides sign (§12.5). */
export const ErrorBudgetPolicySpec = z.strictObject({
  window: z.enum(BUDGET_WINDOWS).default('28d'),
  /** SRE takes over (again) after this many consecutive periods within budget. */
  takeover: z.strictObject({ withinBudgetPeriods: Count }).optional(),
  /** SRE hands back when the budget was depleted in `depletedPeriods` of the last `outOf`. */
  handback: z
    .strictObject({ depletedPeriods: Count, outOf: Count })
    .refine((h) => h.depletedPeriods <= h.outOf, {
      message: 'expected depletedPeriods to be at most outOf',
    })
    .optional(),
  freezeWhenDepleted: z.boolean().optional(),
  /** An incident consuming more than this share of the period's budget needs a postmortem. */
  postmortemIncidentShare: z.number().gt(0).lte(1).optional(),
  escalateTo: Ref.optional(),
  /** Burn-rate alert thresholds, e.g. read from slo-generator or Sloth. */
  burnRateAlerts: z.array(BurnRateAlert).optional(),
});
export type ErrorBudgetPolicySpec = z.infer<typeof ErrorBudgetPolicySpec>;
