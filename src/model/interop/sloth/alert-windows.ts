import { type DurationHours, durationHours } from '../../concepts/time-units.ts';
import { describeValue } from '../../describe-value.ts';
import type { AlertSeverity, BurnRateAlert } from '../../kinds/index.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import type { BudgetWindow } from '../../vocabulary.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';

/** Sloth's default 30-day alert windows (its `google-30d` catalog, from the SRE workbook). */
export const SLOTH_DEFAULT_WINDOWS = {
  page: {
    quick: { errorBudgetPercent: 2, shortWindow: '5m', longWindow: '1h' },
    slow: { errorBudgetPercent: 5, shortWindow: '30m', longWindow: '6h' },
  },
  ticket: {
    quick: { errorBudgetPercent: 10, shortWindow: '2h', longWindow: '1d' },
    slow: { errorBudgetPercent: 10, shortWindow: '6h', longWindow: '3d' },
  },
} as const;

const HOURS: Readonly<Record<string, number>> = { m: 1 / 60, h: 1, d: 24, w: 168 };

/** Hours in a Sloth/Prometheus duration of one unit (`5m`, `6h`, `3d`, `1w`). */
export function durationHoursOf(text: string): DurationHours | undefined {
  const match = /^([1-9]\d{0,4})([mhdw])$/.exec(text);
  return match
    ? durationHours(Number(match[1]) * (HOURS[match[2] as string] as number))
    : undefined;
}

/** Budget windows whorunsit uses, from a Sloth SLO period. */
export function budgetWindowOfPeriod(period: string): BudgetWindow | undefined {
  const hours = durationHoursOf(period);
  return hours === 28 * 24 ? '28d' : hours === 30 * 24 ? '30d' : undefined;
}

/**
 * Sloth's alert windows as burn-rate alerts: "`errorBudgetPercent` of the budget spent within
 * `longWindow`" is a burn rate of percent/100 × period / longWindow, so 2% of a 30-day budget
 * in 1h is 14.4.
 */
export function burnRateAlertsOf(
  windows: Readonly<Record<string, unknown>>,
  periodHours: DurationHours,
  where?: {
    readonly doc: ParsedDocument;
    readonly path: readonly PropertyKey[];
    readonly findings: Findings;
  },
): BurnRateAlert[] | undefined {
  const out: BurnRateAlert[] = [];
  for (const severity of ['page', 'ticket'] as const satisfies readonly AlertSeverity[]) {
    for (const speed of ['quick', 'slow'] as const) {
      const spec = isRecord(windows[severity])
        ? (windows[severity] as Record<string, unknown>)[speed]
        : undefined;
      const path = [...(where?.path ?? []), severity, speed];
      const percent = isRecord(spec) ? spec.errorBudgetPercent : undefined;
      const short = isRecord(spec) ? spec.shortWindow : undefined;
      const long = isRecord(spec) ? spec.longWindow : undefined;
      const longHours = typeof long === 'string' ? durationHoursOf(long) : undefined;
      const shortHours = typeof short === 'string' ? durationHoursOf(short) : undefined;
      if (
        typeof percent !== 'number' ||
        !(percent > 0 && percent <= 100) ||
        longHours === undefined ||
        shortHours === undefined
      ) {
        where?.findings.problems.push(
          problemIn(
            where.doc,
            path,
            'invalid-value',
            `expected errorBudgetPercent (0-100), shortWindow and longWindow like 5m or 1h, found ${describeValue(spec)}${isRecord(spec) ? ` (errorBudgetPercent ${describeValue(percent)}, shortWindow ${describeValue(short)}, longWindow ${describeValue(long)})` : ''}`,
          ),
        );
        return undefined;
      }
      out.push({
        name: `${severity} ${speed}`,
        window: long as string,
        shortWindow: short as string,
        burnRate: Number((((percent / 100) * periodHours) / longHours).toPrecision(12)),
        severity,
      });
    }
  }
  return out;
}

/** Reads a Sloth `AlertWindows` document: its SLO period and burn-rate alerts. */
export function readAlertWindows(
  doc: ParsedDocument,
  findings: Findings,
): { budgetWindow: BudgetWindow; alerts: BurnRateAlert[] } | undefined {
  const spec = (doc.data as Record<string, unknown>).spec;
  if (!isRecord(spec)) {
    findings.problems.push(
      problemIn(doc, ['spec'], 'missing-field', 'expected the spec of Sloth AlertWindows'),
    );
    return undefined;
  }
  const period = spec.sloPeriod;
  const hours = typeof period === 'string' ? durationHoursOf(period) : undefined;
  if (hours === undefined) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'sloPeriod'],
        period === undefined ? 'missing-field' : 'invalid-value',
        `expected an SLO period like 30d, found ${describeValue(period)}`,
      ),
    );
    return undefined;
  }
  const budgetWindow = budgetWindowOfPeriod(period as string);
  if (!budgetWindow) {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['spec', 'sloPeriod'],
        'ignored',
        `Sloth AlertWindows for ${String(period)} not used: its SLO period is not an error budget window whorunsit uses (28d, 30d or calendar-month)`,
      ),
    );
    return undefined;
  }
  const alerts = burnRateAlertsOf(spec, hours, { doc, path: ['spec'], findings });
  return alerts ? { budgetWindow, alerts } : undefined;
}
