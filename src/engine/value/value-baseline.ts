import type { CompiledModel } from '../../model/index.ts';
import {
  divideHalfEven,
  type Money,
  money,
  moneyFromMajor,
  multiplyMoneyRatio,
} from '../money/index.ts';
import type { IncidentLoss } from './incident-losses.ts';

/**
 * What the organization would lose per month without SRE, the figure revenue protected is
 * measured against (§12.8.5: "projecting the ongoing revenue protected"). Either a stated
 * customer-visible downtime per priced service per month, or the average loss of stated
 * months (before SRE), taken from the incident data itself.
 */
export type ValueBaseline =
  | { readonly kind: 'downtime'; readonly minutesPerMonth: number }
  | { readonly kind: 'months'; readonly from: string; readonly to: string };

/** The baseline monthly loss per currency. */
export function baselinePerMonth(options: {
  readonly model: CompiledModel;
  readonly baseline: ValueBaseline;
  readonly losses: readonly IncidentLoss[];
}): ReadonlyMap<string, Money> {
  const { model, baseline, losses } = options;
  const out = new Map<string, bigint>();
  if (baseline.kind === 'downtime') {
    for (const service of model.services.values()) {
      const rate = service.spec.revenuePerHour;
      if (!rate) continue;
      const perMonth = multiplyMoneyRatio(
        moneyFromMajor(rate.amount, rate.currency),
        baseline.minutesPerMonth,
        60,
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
