import { percent } from '../format.ts';

type Status = 'within' | 'depleted' | 'no-data' | 'no-target';

const STATUS_TEXT: Readonly<Record<Status, string>> = {
  within: 'within budget',
  depleted: 'depleted',
  'no-data': 'no data',
  'no-target': 'no target',
};

/**
 * Error budget remaining in the current window as a bar and a number, with the status in words
 * (colour is never the only sign).
 */
export function BudgetMeter(props: { remaining: number | null; status: Status; window: string }) {
  const { remaining, status } = props;
  const width = remaining === null ? 0 : Math.max(0, Math.min(1, remaining)) * 100;
  return (
    <span class={`budget budget-${status}`}>
      <span class="budget-bar" aria-hidden="true">
        <span class="budget-fill" style={{ width: `${width}%` }} />
      </span>
      <span class="budget-text">{budgetText(remaining, status)}</span>
    </span>
  );
}

/** "73% left"; once overspent, how many budgets the window spent ("spent 3.2× the budget"). */
function budgetText(remaining: number | null, status: Status): string {
  if (remaining === null) return STATUS_TEXT[status];
  if (remaining >= 0) {
    return `${percent(remaining)} left${status === 'depleted' ? ' · depleted' : ''}`;
  }
  const spent = 1 - remaining;
  return `depleted · spent ${spent.toFixed(spent < 10 ? 1 : 0)}× the budget`;
}

export function budgetStatusText(status: Status): string {
  return STATUS_TEXT[status];
}
