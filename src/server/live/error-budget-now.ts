import type { ServiceBudget } from '../../engine/budgets/index.ts';

/** A service's error budget in its current window, as the runner and the console show it. */
export interface ErrorBudgetNow {
  /** Share of the current window's error budget left: 1 untouched, 0 spent, below 0 overspent. */
  readonly remaining: number | null;
  /** Bad events the current window still allows (negative when overspent). */
  readonly remainingEvents: number | null;
  readonly window: string;
  readonly status: 'within' | 'depleted' | 'no-data' | 'no-target';
}

/** The current window of a service's budget report (§12.5), or what is missing. */
export function errorBudgetNow(
  budget: Pick<ServiceBudget, 'current' | 'objective' | 'window'> | undefined,
): ErrorBudgetNow {
  const window = budget?.current;
  return {
    remaining:
      window?.consumedShare === null || window?.consumedShare === undefined
        ? null
        : 1 - window.consumedShare,
    remainingEvents: window && window.status !== 'no-data' ? window.remaining : null,
    window: budget?.window ?? 'none',
    status: budget?.objective ? (window?.status ?? 'no-data') : 'no-target',
  };
}
