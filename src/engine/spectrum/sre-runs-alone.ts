import { type CompiledModel, servicesSreTeamIsOnCallFor, type Team } from '../../model/index.ts';

/** An SRE team that runs services on its own (§12.5): its capacity is its rotations. */
export interface SreRunningAlone {
  readonly team: string;
  /** The SREs of the team who run those services: all of them, or, when the team also shares on-call, those on the services' rotations. */
  readonly sres: readonly string[];
  /** The dev teams whose services it runs alone. */
  readonly teams: readonly string[];
  readonly services: readonly string[];
  /** The rotations with SREs of the team that cover those services. */
  readonly rotations: readonly string[];
}

/**
 * How an SRE team that runs services alone is used (§12.5); undefined for a team that runs
 * none. Its SREs are the ones on those services' rotations when it also shares on-call with
 * other teams, else all of them: they are not spare for shared on-call (§12.4.1).
 */
export function sreRunningAlone(
  model: CompiledModel,
  sreTeam: Team,
  sharesOnCall: boolean,
): SreRunningAlone | undefined {
  const services = servicesSreTeamIsOnCallFor(model, sreTeam.name, 'alone');
  if (services.length === 0) return undefined;
  const sres = model.index.sresOf(sreTeam.name).map((p) => p.name);
  const rotations = [
    ...new Set(services.flatMap((s) => model.index.rotationsCovering(s.name))),
  ].filter((r) => r.spec.members.some((m) => sres.includes(m)));
  const onRotation = new Set(rotations.flatMap((r) => r.spec.members));
  return {
    team: sreTeam.name,
    sres: sharesOnCall ? sres.filter((s) => onRotation.has(s)) : sres,
    teams: [...new Set(services.map((s) => s.spec.owner))],
    services: services.map((s) => s.name),
    rotations: rotations.map((r) => r.name),
  };
}
