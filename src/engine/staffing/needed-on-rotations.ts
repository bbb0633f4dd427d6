import type { CompiledModel } from '../../model/index.ts';
import type { RotationSizing } from './rotation-sizing.ts';

/**
 * The people a rotation needs where they are, with the rotations that need them: the members of
 * every rotation that has no more people than its sizing needs (`needed` ≥ `current`, §12.6). Moving
 * one of them to another site's places, or letting them leave, makes that rotation short, so the
 * head count table never counts them toward another site's places (§12.10.2) and the surplus
 * decision never proposes to move them.
 */
export function neededOnRotations(
  model: CompiledModel,
  rotations: readonly Pick<RotationSizing, 'name' | 'needed' | 'current'>[],
): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  for (const r of rotations) {
    if (r.needed === 0 || r.current > r.needed) continue;
    for (const m of new Set(model.rotations.get(r.name)?.spec.members ?? [])) {
      const list = needed.get(m);
      if (list) list.push(r.name);
      else needed.set(m, [r.name]);
    }
  }
  return needed;
}
