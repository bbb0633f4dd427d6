import { type CompiledModel, type Rotation, wouldTakeTurns } from '../../model/index.ts';

/**
 * The people a rotation could draw on beyond its members (§12.9.5): those of the teams it is on
 * call for — the teams it names and the owners of the services it covers; a thin layer's own
 * teams, since a thin layer draws on no developers — who would take its turns (`wouldTakeTurns`:
 * people, not open positions; on call; out of hours when its hours reach there, §12.10.1) and are
 * not on it yet. A follow-the-sun relay with
 * another site is offered only where some of them work (`followTheSunOption`).
 */
export function rotationTeamsPeople(model: CompiledModel, rotation: Rotation): readonly string[] {
  const teams = new Set<string>(
    rotation.spec.type === 'thin-layer'
      ? rotation.spec.members.flatMap((m) => model.people.get(m)?.spec.team ?? [])
      : [
          ...(rotation.spec.covers?.teams ?? []),
          ...model.index.servicesCoveredBy(rotation.name).map((s) => s.spec.owner),
        ],
  );
  return [...teams]
    .flatMap((team) => model.index.membersOf(team))
    .filter(
      (p) => !rotation.spec.members.includes(p.name) && wouldTakeTurns(model, rotation, p.name),
    )
    .map((p) => p.name);
}
