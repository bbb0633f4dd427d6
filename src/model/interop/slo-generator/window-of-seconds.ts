import type { DurationSeconds } from '../../concepts/time-units.ts';

/** A step window in seconds as `1h`, `12h`, `7d`: the largest unit that divides it. */
export function windowOfSeconds(seconds: DurationSeconds): string | undefined {
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds % 60 !== 0) return undefined;
  const minutes = seconds / 60;
  const [count, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'd']
      : minutes % 60 === 0
        ? [minutes / 60, 'h']
        : [minutes, 'm'];
  return count < 100000 ? `${count}${unit}` : undefined;
}
