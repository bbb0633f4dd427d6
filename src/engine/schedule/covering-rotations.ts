import type { CompiledModel, Rotation, Service } from '../../model/index.ts';
import { runModelRotations } from '../routing/run-model-rotations.ts';

/**
 * The rotations covering a service (the one rule, `rotationCovers`), in the order an alert
 * reaches them: thin-layer rotations first (§12.6: the thin layer receives the SLO breaches and
 * forwards what its runbooks do not cover "to the respective team on-call rotations"), then the
 * rotations of the people who run the service under its run model (`runModelRotations`: those
 * staffed by every running team, then by the largest share of them), and among those alike the
 * rotations a thin layer forwards to before the rest, in model order. A developers' rotation that
 * covers its team's services also covers one operations run (§12.2) — the developers are the
 * second line — but operations, who run it, come first.
 */
export function coveringRotations(model: CompiledModel, service: Service): Rotation[] {
  const covering = model.index.rotationsCovering(service.name);
  const ordered: Rotation[] = [];
  const add = (r: Rotation | undefined) => {
    if (r && !ordered.includes(r) && covering.includes(r)) ordered.push(r);
  };
  const thin = covering.filter((r) => r.spec.type === 'thin-layer');
  for (const t of thin) {
    for (const name of t.spec.forwardsTo ?? []) add(model.rotations.get(name));
  }
  for (const r of covering) if (r.spec.type !== 'thin-layer') add(r);
  const rank = new Map(
    runModelRotations(model, service, service.spec.runModel).map((r) => [r.rotation, r]),
  );
  const runners = (r: Rotation) => rank.get(r) ?? { staffedByAllRunners: false, runnersShare: 0 };
  // A stable sort: rotations alike for the run model keep the thin layer's order, then the model's.
  ordered.sort(
    (a, b) =>
      Number(runners(b).staffedByAllRunners) - Number(runners(a).staffedByAllRunners) ||
      runners(b).runnersShare - runners(a).runnersShare,
  );
  return [...thin, ...ordered];
}
