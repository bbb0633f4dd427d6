import { type CompiledModel, rotationTurnTakers } from '../../model/index.ts';
import { rotationSetup } from '../sites/index.ts';
import type { RotationSizing } from './rotation-sizing.ts';

/**
 * The people a rotation needs where they are, with the rotations that need them: the members of
 * every rotation that has no more people than its sizing needs (`needed` ≥ `current`, §12.6), and
 * in a follow-the-sun relay the members of every site that has no more than its part needs (a
 * site's surplus cannot take another site's part, so only the sites count). Moving one of them
 * to another site's places, or letting them leave, makes that rotation short, so the head count
 * table never counts them toward another site's places (§12.10.2) and the surplus decision never
 * proposes to move them.
 */
export function neededOnRotations(
  model: CompiledModel,
  rotations: readonly Pick<RotationSizing, 'name' | 'needed' | 'current' | 'followTheSun'>[],
): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  for (const r of rotations) {
    const rotation = model.rotations.get(r.name);
    if (rotation === undefined || r.needed === 0) continue;
    const setup = r.followTheSun === null ? undefined : rotationSetup(model, rotation);
    const kept =
      setup?.kind === 'relay'
        ? setup.sites.flatMap((s) => (s.members.length > s.needed ? [] : s.members))
        : r.current > r.needed
          ? []
          : rotationTurnTakers(model, rotation);
    for (const m of new Set(kept)) {
      const list = needed.get(m);
      if (list) list.push(r.name);
      else needed.set(m, [r.name]);
    }
  }
  return needed;
}
