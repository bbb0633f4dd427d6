import type { BudgetWindow } from '../../vocabulary.ts';
import type { SloWindow } from '../slo.ts';

export type WindowUnit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'year';

/** A time window in its tool's terms: a count of a unit, rolling or calendar-aligned. */
export interface TimeWindow {
  readonly count: number;
  readonly unit: WindowUnit;
  readonly rolling: boolean;
  readonly text: string;
}

/** OpenSLO v1 duration units: `m` is a minute and `M` a month, as in `1M`. */
const V1_UNITS: Readonly<Record<string, WindowUnit>> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
  Q: 'quarter',
  Y: 'year',
};

/** Parses an OpenSLO v1 duration such as `28d` or `1M`; undefined when it is none. */
export function parseV1Duration(text: string): { count: number; unit: WindowUnit } | undefined {
  const match = /^([1-9]\d{0,5})([smhdwMQY])$/.exec(text);
  if (!match) return undefined;
  return { count: Number(match[1]), unit: V1_UNITS[match[2] as string] as WindowUnit };
}

/** Parses an OpenSLO v1alpha unit such as `Day` (and the plural people write). */
export function parseV1AlphaUnit(unit: string): WindowUnit | undefined {
  const word = unit.toLowerCase().replace(/s$/, '');
  return (Object.values(V1_UNITS) as string[]).includes(word) ? (word as WindowUnit) : undefined;
}

/**
 * The error budget window (§12.5) a time window is, if any: 28 or 30 rolling days (four weeks
 * are 28 days), or one calendar month. A rolling month has no fixed length; it is taken as 30
 * days, and `note` says so.
 */
export function budgetWindowOf(window: TimeWindow): { budgetWindow?: BudgetWindow; note?: string } {
  const { count, unit, rolling } = window;
  if (!rolling) return unit === 'month' && count === 1 ? { budgetWindow: 'calendar-month' } : {};
  const days =
    unit === 'day' ? count : unit === 'week' ? count * 7 : unit === 'hour' ? count / 24 : undefined;
  if (days === 28) return { budgetWindow: '28d' };
  if (days === 30) return { budgetWindow: '30d' };
  if (unit === 'month' && count === 1) {
    return { budgetWindow: '30d', note: 'a rolling month is taken as 30 days' };
  }
  return {};
}

/** The SLO window of a time window, and why whorunsit cannot use it when it cannot. */
export function sloWindowOf(window: TimeWindow): {
  window: SloWindow;
  note?: string;
  unsupported?: string;
} {
  const mapped = budgetWindowOf(window);
  const described = `${window.text} (${window.rolling ? 'rolling' : 'calendar'})`;
  const sloWindow: SloWindow = {
    text: window.text,
    rolling: window.rolling,
    ...(mapped.budgetWindow ? { budgetWindow: mapped.budgetWindow } : {}),
  };
  if (mapped.budgetWindow)
    return { window: sloWindow, ...(mapped.note ? { note: mapped.note } : {}) };
  const minuteHint =
    window.unit === 'minute'
      ? `; in OpenSLO ${window.text} is ${window.count === 1 ? 'one minute' : `${window.count} minutes`}, a month is ${window.count}M`
      : '';
  return {
    window: sloWindow,
    unsupported: `window ${described} is not an error budget window whorunsit uses (28d or 30d rolling, or a calendar month)${minuteHint}`,
  };
}
