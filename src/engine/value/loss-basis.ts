import type { IncidentLoss } from './incident-losses.ts';

/**
 * How the revenue lost was measured, in words for the reader (§12.8.5): from the SLI samples
 * that cover an incident (the share of requests failing × downtime × revenue per hour) or, where
 * none do, by duration as if the service was fully down. Says how many incidents each basis
 * priced, so a figure measured by duration is never read as measured.
 */
export function lossBasis(losses: readonly IncidentLoss[], withSli: boolean): string {
  const sli = losses.filter((l) => l.basis === 'sli').length;
  const duration = losses.length - sli;
  const bySli = `${sli} incident${sli === 1 ? '' : 's'} from the SLI samples that cover ${sli === 1 ? 'it' : 'them'} (downtime × the share of requests failing × revenue per hour)`;
  const byDuration = `${duration} incident${duration === 1 ? '' : 's'} by duration, as if fully down (downtime × revenue per hour)${withSli ? `: no SLI samples cover ${duration === 1 ? 'it' : 'them'}` : ': no SLI samples were given (--sli)'}`;
  if (sli === 0) {
    return `Revenue lost is downtime × revenue per hour, as if fully down${withSli ? ': no SLI samples cover the incidents' : ' (no SLI samples were given: --sli measures the share of requests failing)'}.`;
  }
  return `Revenue lost is measured for ${bySli}${duration > 0 ? `, and for ${byDuration}` : ''}.`;
}
