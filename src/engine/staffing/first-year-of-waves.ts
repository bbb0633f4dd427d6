import type { CompiledModel } from '../../model/index.ts';
import { type AnnualCostTable, modelCurrency, salaryCost } from '../funding/index.ts';
import { type Money, multiplyMoneyRatio, sumMoney } from '../money/index.ts';
import type { HeadcountByRole } from './headcount-by-role.ts';
import type { Hire } from './hiring-list.ts';
import { hiringWaves, sreCount } from './hiring-waves.ts';

/**
 * What the hiring list's quarterly waves cost in the plan's first year, in the model's currency:
 * each hire paid from the start of the quarter its wave joins (quarter 1: the whole year, quarter
 * 4: a quarter of it, later: nothing), at the salary funding prices it with. Salaries in another
 * currency are not in it, never converted: `otherCurrencies` says them apart, so the note can say
 * what it leaves out only when it leaves something out. Null with one wave: the yearly cost is
 * the first year's.
 */
export interface FirstYearOfWaves {
  readonly total: Money;
  readonly otherCurrencies: readonly Money[];
}

export function firstYearOfWaves(
  model: CompiledModel,
  hiring: readonly Hire[],
  headcount: HeadcountByRole,
  defaults: AnnualCostTable,
): FirstYearOfWaves | null {
  const waves = hiringWaves(hiring, sreCount(headcount));
  if (waves.length <= 1) return null;
  const currency = modelCurrency(model);
  const parts = waves
    .filter((w) => w.quarter <= 4)
    .map((w) => {
      const cost = salaryCost(
        model,
        w.hires.flatMap((h, i) =>
          Array.from({ length: h.count }, (_, k) => ({
            name: `hire-${w.quarter}-${i}-${k}`,
            role: 'sre' as const,
            level: h.level,
            location: h.location,
          })),
        ),
        { currency, defaults },
      );
      return [cost.total, ...cost.otherCurrencies].map((m) =>
        multiplyMoneyRatio(m, 5 - w.quarter, 4),
      );
    });
  const all = parts.flat();
  const others = [...new Set(all.map((m) => m.currency))].filter((c) => c !== currency).sort();
  return {
    total: sumMoney(
      all.filter((m) => m.currency === currency),
      currency,
    ),
    otherCurrencies: others
      .map((c) =>
        sumMoney(
          all.filter((m) => m.currency === c),
          c,
        ),
      )
      .filter((m) => m.minor !== 0),
  };
}
