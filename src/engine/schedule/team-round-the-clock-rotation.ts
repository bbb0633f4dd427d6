import type { CompiledModel, Rotation } from '../../model/index.ts';
import { mostCommon } from '../sites/person-zones.ts';
import { knowsItsServices } from './round-the-clock.ts';

/** The team a rotation belongs to: the team most of its members are in. */
export function rotationTeam(model: CompiledModel, rotation: Rotation): string | undefined {
  return mostCommon(rotation.spec.members.map((m) => model.people.get(m)?.spec.team ?? ''));
}

/**
 * A team's own round-the-clock team rotation (its first 24x7 team rotation, by `rotationTeam`),
 * whatever services it covers today. A service that comes to the team (a high or medium tier
 * handed from operations to its developers, §12.2.2) joins it rather than a second rotation of
 * the same people (§12.6: "fewer people on call"), and keeps its nights: hospital-group's
 * interface engine and lab results feed on the pager integration shares with SRE. The §12.6
 * design and the recommendations both read it.
 */
export function teamRoundTheClockRotation(
  model: CompiledModel,
  team: string,
): Rotation | undefined {
  return model.derive(roundTheClockByTeam).get(team);
}

/** Each team's first round-the-clock team rotation, worked out once per model. */
function roundTheClockByTeam(model: CompiledModel): ReadonlyMap<string, Rotation> {
  const byTeam = new Map<string, Rotation>();
  for (const r of model.index.rotationsOfType('team')) {
    if (r.spec.coverage !== '24x7' || !knowsItsServices(r)) continue;
    const team = rotationTeam(model, r);
    if (team !== undefined && !byTeam.has(team)) byTeam.set(team, r);
  }
  return byTeam;
}
