import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Person } from '../model.ts';

/**
 * The people of a team who do its work: its members (`membersOf`, the people whose `team` it is)
 * in place, other than its managers. Managers lead the team; an open position is nobody yet.
 * These people take a team rotation's turns (§12.6), give an SRE team's support hours (§12.4.7)
 * and say what a team is made of (§12.4.6): the optimized on-call design, chargeback and the
 * checks count them.
 */
export function teamEngineers(model: CompiledModel, team: string): readonly Person[] {
  return model.index
    .membersOf(team)
    .filter((p) => p.spec.role !== 'manager' && p.spec.openPosition !== true);
}
