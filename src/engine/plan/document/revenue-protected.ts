import {
  displayMoney,
  type Money,
  moneyJson,
  multiplyMoneyRatio,
  sumMoney,
  zero,
} from '../../money/index.ts';
import { baselineBasisSentence, lossBasis, type ValueReport } from '../../value/index.ts';
import type { RevenueProtected } from './plan-document-schema.ts';

/** What the plan knows of the incidents it measured value from. */
export interface MeasuredValue {
  readonly report: ValueReport;
  /** The incidents file (or data source) the report was computed from, for the basis line. */
  readonly incidents: string;
}

/**
 * §12.8.5: "projecting the ongoing revenue protected". The revenue SRE protected, measured by
 * `whorunsit value` from incidents against a stated baseline, projected to a year at the
 * measured monthly rate, and set against the target cost of SRE. Only the months with a
 * protected figure count (a `months` baseline has none in its own months); only the plan's
 * currency is set against the cost (other currencies are named in the basis). Null without a
 * baseline: revenue lost alone is not revenue protected.
 */
export function revenueProtected(options: {
  readonly value: MeasuredValue;
  readonly currency: string;
  readonly sreCostPerYear: Money;
}): RevenueProtected | null {
  const { value, currency, sreCostPerYear } = options;
  const baseline = value.report.baseline;
  if (baseline === null) return null;
  const ofCurrency = value.report.currencies.find((c) => c.currency === currency);
  const months = (ofCurrency?.months ?? []).filter((m) => m.protected !== null);
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return null;
  const protectedTotal = sumMoney(
    months.map((m) => m.protected ?? zero(currency)),
    currency,
  );
  const lost = sumMoney(
    months.map((m) => m.lost),
    currency,
  );
  const perYear = multiplyMoneyRatio(protectedTotal, 12, months.length);
  const share =
    sreCostPerYear.minor === 0
      ? null
      : Math.round((perYear.minor / sreCostPerYear.minor) * 1000) / 10;
  const others = value.report.currencies.map((c) => c.currency).filter((c) => c !== currency);
  const against =
    baseline.kind === 'downtime'
      ? `a baseline of ${baseline.minutesPerMonth} minutes of customer-visible downtime per priced service and month without SRE, ${baselineBasisSentence(value.report.baselineBasis ?? { measured: [], fullyDown: [] }, value.report.withSli)}`
      : `the average monthly loss of ${baseline.from}..${baseline.to} (before SRE)`;
  const basis = `Incidents of ${value.incidents}, ${first.month}..${last.month} (${months.length} month${months.length === 1 ? '' : 's'}), against ${against} (whorunsit value)${others.length > 0 ? `; not counted, in another currency: ${others.join(', ')}` : ''}. ${lossBasis(value.report.losses, value.report.withSli)}`;
  const counted = new Set(months.map((m) => m.month));
  const ofMonths = value.report.months.filter((m) => counted.has(m.month));
  const internal = ofMonths.reduce((n, m) => n + m.internalIncidents, 0);
  const incidents = ofMonths.reduce(
    (n, m) => n + m.internalIncidents + m.customerVisibleIncidents,
    0,
  );
  const measured = `SRE protected ${displayMoney(protectedTotal)} in ${months.length} month${months.length === 1 ? '' : 's'}: ${displayMoney(perYear)} a year at that rate`;
  const verdict =
    share === null
      ? `${measured} (§12.8.5).`
      : perYear.minor >= sreCostPerYear.minor
        ? `${measured}, ${share}% of the ${displayMoney(sreCostPerYear)} SRE costs a year: the protected revenue alone pays for SRE (§12.8.5).`
        : `${measured}, ${share}% of the ${displayMoney(sreCostPerYear)} SRE costs a year: the protected revenue alone does not pay for SRE; the rest of the case is what has no price here — ${internal} of ${incidents} incidents fixed before customers noticed, and the downtime kept within the error budgets (§12.8.5).`;
  return {
    basis,
    from: first.month,
    to: last.month,
    months: months.length,
    protected: moneyJson(protectedTotal),
    lost: moneyJson(lost),
    perYear: moneyJson(perYear),
    shareOfSreCost: share,
    internalIncidents: internal,
    incidents,
    verdict,
  };
}
