import type { CompiledModel } from '../../model/index.ts';
import {
  divideHalfEven,
  type Money,
  money,
  moneyFromMajor,
  multiplyMoneyRatio,
} from '../money/index.ts';
import { type IncidentLoss, SHARE_UNITS } from './incident-losses.ts';

/**
 * What the organization would lose per month without SRE, the figure revenue protected is
 * measured against (§12.8.5: "projecting the ongoing revenue protected"). Either a stated
 * customer-visible downtime per priced service per month, or the average loss of stated
 * months (before SRE), taken from the incident data itself.
 */
export type ValueBaseline =
  | { readonly kind: 'downtime'; readonly minutesPerMonth: number }
  | { readonly kind: 'months'; readonly from: string; readonly to: string };

/**
 * How a stated baseline downtime is priced, service by service, so that it is measured like the
 * losses it is set against (§12.8.5): a service whose incidents were measured from SLI samples
 * loses, in a minute of baseline downtime, the share of requests that failed in those incidents
 * (weighted by their downtime: their loss over what they would have cost fully down); a service
 * without such an incident is priced as fully down, and named so.
 */
export interface BaselineBasis {
  readonly measured: readonly { readonly service: string; readonly failingShare: number }[];
  /** Priced services with no incident measured from SLI samples: priced as fully down. */
  readonly fullyDown: readonly string[];
}

/** The basis of a `downtime` baseline over the model's priced services. */
export function baselineBasis(
  model: CompiledModel,
  losses: readonly IncidentLoss[],
): BaselineBasis {
  const units = measuredShareUnits(losses);
  const measured: { service: string; failingShare: number }[] = [];
  const fullyDown: string[] = [];
  for (const service of model.services.values()) {
    if (!service.spec.revenuePerHour) continue;
    const u = units.get(service.name);
    if (u === undefined) fullyDown.push(service.name);
    else measured.push({ service: service.name, failingShare: u / SHARE_UNITS });
  }
  return { measured, fullyDown };
}

/** In words, for the value report and the plan's business case. */
export function baselineBasisSentence(basis: BaselineBasis, withSli: boolean): string {
  const pct = (share: number) => `${Math.round(share * 10_000) / 100} %`;
  const measured = basis.measured.map((m) => `${m.service} ${pct(m.failingShare)}`).join(', ');
  const down = basis.fullyDown;
  const asDown = `as fully down for ${down.length === 1 ? 'the service' : `the ${down.length} services`} without an incident measured from SLI samples (${down.join(', ')})`;
  if (basis.measured.length === 0) {
    return down.length === 0
      ? 'no service states a revenue per hour'
      : `priced as fully down, as the losses are: ${withSli ? 'no incident was measured from SLI samples' : 'no SLI samples were given (--sli)'}`;
  }
  return `priced as the losses are: at the share of requests failing in each service's incidents measured from SLI samples (${measured})${down.length > 0 ? `, and ${asDown}` : ''}`;
}

/**
 * Per service, the share of requests failing in its incidents measured from SLI samples, in
 * units of 0.01 %: Σ downtime × share over Σ downtime, rounded half up.
 */
function measuredShareUnits(losses: readonly IncidentLoss[]): ReadonlyMap<string, number> {
  const sums = new Map<string, { weighted: number; seconds: number }>();
  for (const loss of losses) {
    if (loss.basis !== 'sli' || loss.downtimeSeconds <= 0) continue;
    const s = sums.get(loss.service) ?? { weighted: 0, seconds: 0 };
    s.weighted += loss.downtimeSeconds * Math.round(loss.failingShare * SHARE_UNITS);
    s.seconds += loss.downtimeSeconds;
    sums.set(loss.service, s);
  }
  return new Map([...sums].map(([service, s]) => [service, Math.round(s.weighted / s.seconds)]));
}

/**
 * The baseline monthly loss per currency. A `downtime` baseline prices each priced service's
 * minutes on the losses' basis (`baselineBasis`), so revenue protected compares like with like;
 * a `months` baseline is the average of the losses themselves.
 */
export function baselinePerMonth(options: {
  readonly model: CompiledModel;
  readonly baseline: ValueBaseline;
  readonly losses: readonly IncidentLoss[];
}): ReadonlyMap<string, Money> {
  const { model, baseline, losses } = options;
  const out = new Map<string, bigint>();
  if (baseline.kind === 'downtime') {
    const units = measuredShareUnits(losses);
    for (const service of model.services.values()) {
      const rate = service.spec.revenuePerHour;
      if (!rate) continue;
      const perMonth = multiplyMoneyRatio(
        moneyFromMajor(rate.amount, rate.currency),
        baseline.minutesPerMonth * (units.get(service.name) ?? SHARE_UNITS),
        60 * SHARE_UNITS,
      );
      out.set(rate.currency, (out.get(rate.currency) ?? 0n) + BigInt(perMonth.minor));
    }
    return new Map([...out].map(([currency, minor]) => [currency, money(minor, currency)]));
  }
  const months = monthsBetween(baseline.from, baseline.to).length;
  for (const loss of losses) {
    if (loss.month < baseline.from || loss.month > baseline.to) continue;
    const currency = loss.lost.currency;
    out.set(currency, (out.get(currency) ?? 0n) + BigInt(loss.lost.minor));
  }
  return new Map(
    [...out].map(([currency, minor]) => [
      currency,
      money(divideHalfEven(minor, BigInt(months)), currency),
    ]),
  );
}

/** Every `YYYY-MM` from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): readonly string[] {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let label = from; label <= to; ) {
    out.push(label);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return out;
}
