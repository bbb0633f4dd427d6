import { isSreRunModel, type CompiledModel as Model } from '../../../model/index.ts';
import {
  displayMoney,
  type Money,
  moneyFromMajor,
  moneyJson,
  multiplyMoneyRatio,
  sumMoney,
} from '../../money/index.ts';
import type { ServicePlan } from '../../spectrum/analyze-spectrum.ts';
import type { BusinessCase } from './plan-document-schema.ts';
import { type MeasuredValue, revenueProtected } from './revenue-protected.ts';

/** Hours in an average year (365.25 days), as the on-call designs count months. */
export const HOURS_PER_YEAR = 8766;

/**
 * §12.8.5 (and §12.4.6, "revenue insurance"): the revenue SRE protects set against what SRE
 * costs. The protected services are those the target has SRE run or share (else, with no SRE
 * in the target, the high tier); the figure an executive can weigh is the break-even: how many
 * hours of their downtime a year SRE must prevent to pay for itself, beside the downtime their
 * error budgets allow. Given incidents and a baseline (`value`), the revenue SRE protected is
 * measured and set against the same cost.
 */
export function businessCase(options: {
  readonly model: Model;
  readonly services: readonly ServicePlan[];
  readonly currency: string;
  readonly sreCostPerYear: Money;
  /** Salaries of that cost paid in other currencies, left out of it (no exchange rates). */
  readonly sreCostOtherCurrencies?: readonly Money[] | undefined;
  /** False when the target has no SRE people at all: the cost is then on-call pay alone. */
  readonly sreInTarget: boolean;
  readonly value?: MeasuredValue | undefined;
}): BusinessCase {
  const { model, currency, sreCostPerYear } = options;
  const inSre = options.services.filter((s) => isSreRunModel(s.recommendation.runModel));
  const protectedServices =
    inSre.length > 0 ? inSre : options.services.filter((s) => s.tier === 'high');
  const rows: BusinessCase['services'] = [];
  const rates: Money[] = [];
  const withoutRevenue: string[] = [];
  const otherCurrency: string[] = [];
  for (const s of protectedServices) {
    const rate = model.services.get(s.name)?.spec.revenuePerHour;
    if (!rate) {
      withoutRevenue.push(s.name);
      continue;
    }
    if (rate.currency !== currency) {
      otherCurrency.push(s.name);
      continue;
    }
    const perHour = moneyFromMajor(rate.amount, currency);
    rates.push(perHour);
    const budgetHours =
      s.availabilityTarget === undefined
        ? null
        : Math.round(((100 - s.availabilityTarget) / 100) * HOURS_PER_YEAR * 100) / 100;
    rows.push({
      service: s.name,
      tier: s.tier ?? null,
      revenuePerHour: moneyJson(perHour),
      errorBudgetHoursPerYear: budgetHours,
      revenueAtRiskWithinBudget:
        budgetHours === null
          ? null
          : moneyJson(multiplyMoneyRatio(perHour, Math.round(budgetHours * 100), 100)),
    });
  }
  const revenuePerHour = sumMoney(rates, currency);
  const breakEven =
    revenuePerHour.minor === 0
      ? null
      : Math.round((sreCostPerYear.minor / revenuePerHour.minor) * 100) / 100;
  const budgetHours = rows.reduce((h, r) => h + (r.errorBudgetHoursPerYear ?? 0), 0);
  const leftOut = options.sreCostOtherCurrencies ?? [];
  // The break-even counts only the cost in the model's currency: a VP must not read 106 hours
  // as what SRE has to prevent when a third of its people are paid in zloty and yen.
  const plusLeftOut =
    leftOut.length === 0
      ? ''
      : ` SRE salaries of ${listMoney(leftOut)} a year, paid in other currencies, are not in this cost (no exchange rates): counting them, SRE must prevent more than ${breakEven} hours a year to pay for itself.`;
  const theServices = rows.length === 1 ? 'the service' : `the ${rows.length} services`;
  // With no SRE in the target, calling on-call pay "the cost of SRE" would tell a VP they pay for
  // something they do not have: the figure is what the developers' on-call costs instead.
  const verdict =
    breakEven === null
      ? 'No protected service states its revenue per hour: the business case cannot be put in money (§12.8.5). State revenuePerHour for the services SRE runs.'
      : !options.sreInTarget
        ? rows.length === 1
          ? `The target has no SRE: its high-tier service is run by its developers, whose on-call pay (${displayMoney(sreCostPerYear)} a year) pays for itself if it prevents ${breakEven} hours of downtime a year; its error budget allows ${Math.round(budgetHours * 100) / 100} hours (§12.8.5).`
          : `The target has no SRE: its ${rows.length} high-tier services are run by their developers, whose on-call pay (${displayMoney(sreCostPerYear)} a year) pays for itself if it prevents ${breakEven} hours of downtime a year of them; their error budgets allow ${Math.round(budgetHours * 100) / 100} hours between them (§12.8.5).`
        : rows.length === 1
          ? `SRE pays for itself if it prevents ${breakEven} hours of downtime a year of ${theServices} it protects, which earns ${displayMoney(revenuePerHour)} an hour; its error budget allows ${Math.round(budgetHours * 100) / 100} hours of downtime a year (§12.8.5).${plusLeftOut}`
          : `SRE pays for itself if it prevents ${breakEven} hours of downtime a year of ${theServices} it protects, which earn ${displayMoney(revenuePerHour)} an hour together; their error budgets allow ${Math.round(budgetHours * 100) / 100} hours of downtime a year between them (§12.8.5).${plusLeftOut}`;
  return {
    currency,
    sreCostPerYear: moneyJson(sreCostPerYear),
    sreCostOtherCurrencies: leftOut.map(moneyJson),
    sreInTarget: options.sreInTarget,
    services: rows,
    revenuePerHour: moneyJson(revenuePerHour),
    breakEvenHoursPerYear: breakEven,
    withoutRevenue,
    otherCurrency,
    verdict,
    revenueProtected: options.value
      ? revenueProtected({ value: options.value, currency, sreCostPerYear })
      : null,
  };
}

/** "2,870,000.00 PLN and 29,000,000 JPY". */
function listMoney(amounts: readonly Money[]): string {
  const parts = amounts.map(displayMoney);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
