import type { CompiledModel, Rotation, Service } from '../../model/index.ts';

/**
 * The rotations covering a service (the one rule, `rotationCovers`), in the order an alert
 * reaches them: thin-layer rotations first, each followed by the rotations it forwards to that
 * cover the service (§12.6: what the thin layer cannot handle with runbooks goes "to the
 * respective team on-call rotations"), then every other covering rotation in model order.
 */
export function coveringRotations(model: CompiledModel, service: Service): Rotation[] {
  const covering = model.index.rotationsCovering(service.name);
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
