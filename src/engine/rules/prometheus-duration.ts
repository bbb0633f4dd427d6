/**
 * Seconds as a Prometheus duration (`5m`, `1h`, `3d`, `90s`): the largest unit that divides it,
 * so generated rule names and ranges read as people write them.
 */
export function prometheusDuration(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
  ] as const) {
    if (whole % size === 0) return `${whole / size}${unit}`;
  }
  return `${whole}s`;
}
