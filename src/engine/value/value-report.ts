import {
  type CompiledModel,
  type DurationMinutes,
  durationSeconds,
  type EpochSeconds,
} from '../../model/index.ts';
import { monthOf } from '../budgets/epoch.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { Incident } from '../incidents/incident.ts';
import { downtimeMinutesOf, downtimeSeconds } from '../kpis/downtime.ts';
import { type Money, money, subtractMoney, zero } from '../money/index.ts';
import { type IncidentLoss, incidentLosses, type UnpricedIncident } from './incident-losses.ts';
import {
  type BaselineBasis,
  baselineBasis,
  baselinePerMonth,
  monthsBetween,
  type ValueBaseline,
} from './value-baseline.ts';

export interface ValueMonth {
  readonly month: string;
  /** The customer-visible downtime priced in this currency. */
  readonly downtimeMinutes: DurationMinutes;
  readonly lost: Money;
  /** Null without a baseline, and in the baseline's own months. */
  readonly baseline: Money | null;
  /** baseline − lost: negative when the month lost more than the baseline. */
  readonly protected: Money | null;
  readonly lostYearToDate: Money;
  readonly protectedYearToDate: Money | null;
}

export interface ValueYear {
  readonly year: string;
  readonly lost: Money;
  readonly protected: Money | null;
}

export interface CurrencyValue {
  readonly currency: string;
  readonly months: readonly ValueMonth[];
  readonly years: readonly ValueYear[];
}

export interface IncidentMonth {
  readonly month: string;
  readonly customerVisibleIncidents: number;
  /** Customer-visible downtime of the incidents started in the month, as `kpis` counts it. */
  readonly downtimeMinutes: DurationMinutes;
  /** Detected and fixed before any customer noticed (§12.8.5): value too, without a price. */
  readonly internalIncidents: number;
}

export interface ValueReport {
  readonly asOf: EpochSeconds;
  readonly baseline: ValueBaseline | null;
  /**
   * How a `downtime` baseline was priced per service: like the losses, from the SLI samples of
   * its incidents where there are some, else as fully down. Null for other baselines.
   */
  readonly baselineBasis: BaselineBasis | null;
  readonly months: readonly IncidentMonth[];
  readonly currencies: readonly CurrencyValue[];
  readonly losses: readonly IncidentLoss[];
  readonly unpriced: readonly UnpricedIncident[];
  /** Whether SLI samples were given: without them every loss is priced by duration. */
  readonly withSli: boolean;
}

const add = (a: Money, b: Money) => money(a.minor + b.minor, a.currency);

/**
 * The value of SRE in money for executives (§12.8.5): per month the revenue lost during
 * recovery from customer-visible incidents (measured from the SLI samples that cover them where
 * `series` has some, else by duration, each loss with its basis) and, against a stated
 * baseline, the revenue protected; cumulative per year (year to date, and per calendar year).
 * Months without incidents are kept, with nothing lost. Months are UTC
 * calendar months from `from` to `to` (default: the first to the last month with an incident
 * before `asOf`). Amounts are exact in minor units, one per currency.
 */
export function valueReport(options: {
  readonly model: CompiledModel;
  readonly incidents: readonly Incident[];
  readonly asOf: EpochSeconds;
  readonly series?: ReadonlyMap<string, SliSeries> | undefined;
  readonly baseline?: ValueBaseline | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}): ValueReport {
  const { model, incidents, asOf, series } = options;
  const baseline = options.baseline ?? null;
  const { losses, unpriced } = incidentLosses({ model, incidents, asOf, series });
  const seen = incidents.filter((i) => i.startedAt < asOf).map((i) => monthOf(i.startedAt));
  seen.sort();
  const from = options.from ?? seen[0];
  const to = options.to ?? seen.at(-1);
  const labels = from !== undefined && to !== undefined ? monthsBetween(from, to) : [];
  const perMonth = baseline ? baselinePerMonth({ model, baseline, losses }) : new Map();
  const currencies = new Set<string>([...losses.map((l) => l.lost.currency), ...perMonth.keys()]);
  const inBaseline = (month: string) =>
    baseline?.kind === 'months' && month >= baseline.from && month <= baseline.to;
  return {
    asOf,
    baseline,
    baselineBasis: baseline?.kind === 'downtime' ? baselineBasis(model, losses) : null,
    months: labels.map((month) => {
      const of = incidents.filter((i) => i.startedAt < asOf && monthOf(i.startedAt) === month);
      const visible = of.filter((i) => i.customerVisible);
      return {
        month,
        customerVisibleIncidents: visible.length,
        downtimeMinutes: downtimeMinutesOf(downtimeSeconds(visible, asOf)),
        internalIncidents: of.length - visible.length,
      };
    }),
    currencies: [...currencies].sort().map((currency) =>
      currencyValue({
        currency,
        labels,
        losses: losses.filter((l) => l.lost.currency === currency),
        baseline: perMonth.get(currency) ?? (baseline ? zero(currency) : null),
        inBaseline,
      }),
    ),
    losses,
    unpriced,
    withSli: series !== undefined,
  };
}

function currencyValue(options: {
  readonly currency: string;
  readonly labels: readonly string[];
  readonly losses: readonly IncidentLoss[];
  readonly baseline: Money | null;
  readonly inBaseline: (month: string) => boolean;
}): CurrencyValue {
  const { currency, labels, losses, baseline, inBaseline } = options;
  const months: ValueMonth[] = [];
  const years: ValueYear[] = [];
  let year = '';
  let lostYtd = zero(currency);
  let protectedYtd: Money | null = null;
  for (const month of labels) {
    if (month.slice(0, 4) !== year) {
      if (year !== '') years.push({ year, lost: lostYtd, protected: protectedYtd });
      year = month.slice(0, 4);
      lostYtd = zero(currency);
      protectedYtd = null;
    }
    const of = losses.filter((l) => l.month === month);
    const lost = of.reduce((sum, l) => add(sum, l.lost), zero(currency));
    const base = baseline && !inBaseline(month) ? baseline : null;
    const saved = base ? subtractMoney(base, lost) : null;
    lostYtd = add(lostYtd, lost);
    if (saved) protectedYtd = add(protectedYtd ?? zero(currency), saved);
    months.push({
      month,
      downtimeMinutes: downtimeMinutesOf(
        durationSeconds(of.reduce((s, l) => s + l.downtimeSeconds, 0)),
      ),
      lost,
      baseline: base,
      protected: saved,
      lostYearToDate: lostYtd,
      protectedYearToDate: protectedYtd,
    });
  }
  if (year !== '') years.push({ year, lost: lostYtd, protected: protectedYtd });
  return { currency, months, years };
}
