import type { KpiPeriod } from './period-kpis.ts';

const minutes = (x: number) => `${Number(x.toFixed(1))} minutes`;

/**
 * What the figures do not say on their own (§12.4.8, "MTTR Versus Reliability User
 * Experience"): when MTTR and downtime move in opposite directions from one period to the
 * next, MTTR misleads about what users experienced, and the note says which way.
 */
export function mttrDowntimeNote(
  previous: Pick<KpiPeriod, 'period' | 'mttrMinutes' | 'downtimeMinutes'>,
  current: Pick<KpiPeriod, 'period' | 'mttrMinutes' | 'downtimeMinutes'>,
): string | undefined {
  if (previous.mttrMinutes === null || current.mttrMinutes === null) return undefined;
  const mttr = Math.sign(current.mttrMinutes - previous.mttrMinutes);
  const downtime = Math.sign(current.downtimeMinutes - previous.downtimeMinutes);
  if (mttr === 0 || downtime === 0 || mttr === downtime) return undefined;
  const from = `from ${previous.period} to ${current.period}`;
  const figures = `MTTR ${mttr > 0 ? 'rose' : 'fell'} from ${minutes(previous.mttrMinutes)} to ${minutes(current.mttrMinutes)} while downtime ${downtime > 0 ? 'rose' : 'fell'} from ${minutes(previous.downtimeMinutes)} to ${minutes(current.downtimeMinutes)}`;
  const meaning =
    downtime < 0
      ? 'users saw less downtime although MTTR got worse'
      : 'users saw more downtime although MTTR improved';
  return `${from}, ${figures}: ${meaning}. MTTR hides the reliability users experience; judge by downtime and error budget (§12.4.8).`;
}
