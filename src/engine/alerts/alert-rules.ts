import { type DurationSeconds, durationSeconds } from '../../model/index.ts';
import { DAY, HOUR, MINUTE } from '../budgets/epoch.ts';

export type AlertSeverity = 'page' | 'ticket';

/**
 * A multiwindow burn-rate alert (SRE Workbook, ch. 5, "Multiwindow, Multi-Burn-Rate Alerts"):
 * it fires while the error rate over both the long and the short window is more than
 * `burnRate` times the rate the objective allows. The short window makes it resolve soon
 * after the errors stop.
 */
export interface AlertRule {
  readonly name: string;
  readonly severity: AlertSeverity;
  readonly burnRate: number;
  readonly longWindow: DurationSeconds;
  /** Shorter than the long window (the workbook uses 1/12 of it). Null: long only. */
  readonly shortWindow: DurationSeconds | null;
}

/**
 * The workbook's recommended alerts for a 30-day SLO, as Sloth generates them by default:
 * page at 2% of the budget burned in 1 h or 5% in 6 h, ticket at 10% in 1 d or 3 d.
 */
export const WORKBOOK_ALERT_RULES: readonly AlertRule[] = [
  {
    name: 'page-1h',
    severity: 'page',
    burnRate: 14.4,
    longWindow: HOUR,
    shortWindow: durationSeconds(5 * MINUTE),
  },
  {
    name: 'page-6h',
    severity: 'page',
    burnRate: 6,
    longWindow: durationSeconds(6 * HOUR),
    shortWindow: durationSeconds(30 * MINUTE),
  },
  {
    name: 'ticket-1d',
    severity: 'ticket',
    burnRate: 3,
    longWindow: DAY,
    shortWindow: durationSeconds(2 * HOUR),
  },
  {
    name: 'ticket-3d',
    severity: 'ticket',
    burnRate: 1,
    longWindow: durationSeconds(3 * DAY),
    shortWindow: durationSeconds(6 * HOUR),
  },
];

/** The burn rate that consumes `budgetShare` of a `period`'s budget within `longWindow`. */
export function burnRateFor(options: {
  readonly budgetShare: number;
  readonly period: DurationSeconds;
  readonly longWindow: DurationSeconds;
}): number {
  // Rounded to 12 significant digits so that 0.02 × 720 reads as 14.4, not 14.399999999999999.
  return Number(((options.budgetShare * options.period) / options.longWindow).toPrecision(12));
}

/** The share of a `period`'s budget burned at `burnRate` over `window` (the inverse). */
export function budgetConsumed(options: {
  readonly burnRate: number;
  readonly period: DurationSeconds;
  readonly window: DurationSeconds;
}): number {
  return Number(((options.burnRate * options.window) / options.period).toPrecision(12));
}

/** How long the whole budget of a `period` lasts at `burnRate` (burn rate 1: the period). */
export function timeToExhaustion(burnRate: number, period: DurationSeconds): DurationSeconds {
  return durationSeconds(period / burnRate);
}

/**
 * How long an alert over `window` takes to fire when the error ratio jumps to `errorRatio`
 * (workbook: (1 − SLO) / error ratio × window × burn rate).
 */
export function detectionTime(options: {
  readonly burnRate: number;
  readonly window: DurationSeconds;
  readonly errorRatio: number;
  readonly allowedRatio: number;
}): DurationSeconds {
  const { burnRate, window, errorRatio, allowedRatio } = options;
  return durationSeconds((allowedRatio / errorRatio) * window * burnRate);
}

/** Problems with a set of rules, as messages; empty when every rule can be evaluated. */
export function alertRuleProblems(rules: readonly AlertRule[]): readonly string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const rule of rules) {
    if (names.has(rule.name)) problems.push(`${rule.name}: two rules have this name`);
    names.add(rule.name);
    if (!(rule.burnRate > 0) || !Number.isFinite(rule.burnRate)) {
      problems.push(`${rule.name}: expected a burn rate above 0, found ${rule.burnRate}`);
    }
    const short = rule.shortWindow ?? 0;
    if (rule.shortWindow !== null && !(Number.isInteger(short) && short > 0)) {
      problems.push(`${rule.name}: expected a short window of at least 1 second`);
    }
    if (!(Number.isInteger(rule.longWindow) && rule.longWindow > short)) {
      problems.push(`${rule.name}: expected the long window to be longer than the short window`);
    }
  }
  return problems;
}
