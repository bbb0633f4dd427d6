import { isoOf } from '../../engine/budgets/epoch.ts';
import type { DurationSeconds, EpochSeconds } from '../../model/index.ts';

/** A share as a percent for people: `12.3%`; a dash for none. */
export function percent(share: number | null): string {
  if (share === null) return '–';
  return `${Number((share * 100).toFixed(1)).toLocaleString('en-US')}%`;
}

/** A count of events: whole numbers grouped (`1,234`), fractions to two places. */
export function count(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A figure or a dash for none. */
export function orDash(value: number | null, unit = ''): string {
  return value === null ? '–' : `${count(value)}${unit}`;
}

/** `2025-03-01 10:00Z`: a time for tables, to the minute (seconds when not zero). */
export function when(seconds: EpochSeconds | null): string {
  if (seconds === null) return '–';
  const iso = isoOf(seconds);
  return iso.endsWith(':00Z') ? `${iso.slice(0, 16).replace('T', ' ')}Z` : iso.replace('T', ' ');
}

/** `5m`, `1h`, `3d`: a window length in seconds the way alert rules write it. */
export function windowText(seconds: DurationSeconds): string {
  if (seconds % 604_800 === 0) return `${seconds / 604_800}w`;
  if (seconds % 86_400 === 0) return `${seconds / 86_400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
