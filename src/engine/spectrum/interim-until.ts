import type { RunModel } from '../../model/index.ts';

/**
 * What a service's interim model waits for (`Recommendation.interim`), in words: operations stay
 * first line until the team can staff its rotation round the clock (`operationsFirstLine`,
 * §12.9.5); otherwise the developers run it until their team's SRE joins (§12.4.1). "its team's
 * SRE joins", or with `their` for several services; the section is `interimSection`'s.
 */
export function interimUntil(interim: RunModel, their = false): string {
  const its = their ? 'their' : 'its';
  return interim === 'ops-runs-it'
    ? `${its} team can staff a rotation round the clock`
    : `${its} team's SRE joins`;
}

/** The section that sets the interim's condition (`interimUntil`). */
export function interimSection(interim: RunModel): string {
  return interim === 'ops-runs-it' ? '§12.9.5' : '§12.4.1';
}
