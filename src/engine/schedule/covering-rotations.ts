import type { Model, Rotation, RunModel, Service } from '../../model/index.ts';

/** Run models in which the service's SRE team shares or holds the on-call (§12.4, §12.5). */
const SRE_ON_CALL: ReadonlySet<RunModel> = new Set(['you-and-sre-run-it', 'sre-runs-it']);

/** The domain of a service: its own, else its owner team's. */
export function serviceDomain(model: Model, service: Service): string | undefined {
  return service.spec.domain ?? model.teams.get(service.spec.owner)?.spec.domain;
}

/**
 * Whether a rotation covers a service: by the service's name, by its owner team, by its SRE
 * team when the run model puts SRE on call (§12.4 shared on-call, §12.5 SRE runs it), or by
 * its domain (§12.6 domain rotations). A thin-layer rotation that names nothing covers every
 * service: §12.6 has the thin layer "receiving the SLO breaches from all the teams".
 */
export function rotationCovers(model: Model, rotation: Rotation, service: Service): boolean {
  const covers = rotation.spec.covers;
  const names = covers && (covers.services?.length || covers.teams?.length || covers.domain);
  if (!names) return rotation.spec.type === 'thin-layer';
  if (covers.services?.includes(service.name)) return true;
  const teams = covers.teams ?? [];
  if (teams.includes(service.spec.owner)) return true;
  const sreTeam = service.spec.sreTeam;
  if (sreTeam && SRE_ON_CALL.has(service.spec.runModel) && teams.includes(sreTeam)) return true;
  return covers.domain !== undefined && covers.domain === serviceDomain(model, service);
}

/**
 * The rotations covering a service, in the order an alert reaches them: thin-layer rotations
 * first, each followed by the rotations it forwards to that cover the service (§12.6: what the
 * thin layer cannot handle with runbooks goes "to the respective team on-call rotations"),
 * then every other covering rotation in model order.
 */
export function coveringRotations(model: Model, service: Service): Rotation[] {
  const covering = [...model.rotations.values()].filter((r) => rotationCovers(model, r, service));
  const ordered: Rotation[] = [];
  const add = (r: Rotation | undefined) => {
    if (r && !ordered.includes(r) && covering.includes(r)) ordered.push(r);
  };
  for (const thin of covering.filter((r) => r.spec.type === 'thin-layer')) {
    add(thin);
    for (const name of thin.spec.forwardsTo ?? []) add(model.rotations.get(name));
  }
  for (const r of covering) add(r);
  return ordered;
}
