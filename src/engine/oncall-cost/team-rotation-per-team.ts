import type { CompiledModel } from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import { peopleNeeded } from '../staffing/people-needed.ts';
import type { Design } from './design-rotation.ts';
import { runnerOf } from './runner-of.ts';

/**
 * The baseline §12.6 optimizes against: "a team rotation for every team", every team that
 * runs services on call for them around the clock.
 */
export function teamRotationPerTeam(model: CompiledModel, businessHours: BusinessHours): Design {
  const byTeam = new Map<string, string[]>();
  for (const service of model.services.values()) {
    const team = runnerOf(service);
    byTeam.set(team, [...(byTeam.get(team) ?? []), service.name]);
  }
  const needed = peopleNeeded('24x7', { businessHours }).total;
  return {
    name: 'team-rotation-per-team',
    rotations: [...byTeam].map(([team, services]) => ({
      name: `team:${team}`,
      type: 'team' as const,
      coverage: '24x7' as const,
      services,
      peopleNeeded: needed,
    })),
    notes: [],
  };
}
