import type { Person } from '../../model/index.ts';
import { practicesSreOnServices } from '../../model/index.ts';

/**
 * Whether an open position is funded as itself, once filled: every open position but one of a
 * role that practises SRE on services, which is a place the hiring list fills (its gaps count
 * SREs in place, so that position is one of its hires and counted there once). An SRE
 * infrastructure product owner, an operations engineer or a developer still to hire counts
 * against its organization's head count and budget as the person the model states (§12.4.6).
 */
export function fundedAsItself(person: Person): boolean {
  return person.spec.openPosition === true && !practicesSreOnServices(person.spec.role);
}
