import { type CompiledModel, rotationTurnTakers, SRE_LEVELS } from '../../model/index.ts';
import { rotationSetup } from '../sites/index.ts';
import type { RotationSizing } from './rotation-sizing.ts';

/**
 * The people a rotation needs where they are, with the rotations that need them: as many of its
 * members as its sizing needs (§12.6), and in a follow-the-sun relay as many of each site's
 * members as its part of the day needs (a site's surplus cannot take another site's part, so only
 * the sites count). Moving one of them to another site's places, or letting them leave, makes
 * that rotation short, so the head count table never counts them toward another site's places
 * (§12.10.2) and the surplus decision never proposes to move them.
 *
 * Where a rotation or a site has more members than it needs, those who hold a place of the
 * §12.10.2 table at their own site (`placeHolders`) take its seats first, after members outside
 * that table (developers): they stay there either way, so the SREs beyond both the places and the
 * seats are the ones free to go. Then juniors,
 * who go on call for their team's services (§12.10), before seniors and principals, whose places
 * elsewhere or above may take them. game-studio's Warsaw part needs 4 of its 5: with none of them
 * counted, the surplus offered to let attrition take four Warsaw SREs.
 */
export function neededOnRotations(
  model: CompiledModel,
  rotations: readonly Pick<RotationSizing, 'name' | 'needed' | 'current' | 'followTheSun'>[],
  /** The people who hold a §12.10.2 place at their own site; asked only when a choice is made. */
  placeHolders: () => ReadonlySet<string> = () => new Set(),
): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  let holders: ReadonlySet<string> | undefined;
  const first = (members: readonly string[], seats: number): readonly string[] => {
    if (members.length <= seats) return members;
    holders ??= placeHolders();
    const held = holders;
    // Members outside the §12.10.2 table (developers, SREs without a level) stay on it anyway.
    const rank = (name: string) => {
      const level = model.people.get(name)?.spec.level;
      if (level === undefined) return 0;
      return held.has(name) ? 1 : 2 + SRE_LEVELS.indexOf(level);
    };
    return [...members].sort((a, b) => rank(a) - rank(b)).slice(0, seats);
  };
  for (const r of rotations) {
    const rotation = model.rotations.get(r.name);
    if (rotation === undefined || r.needed === 0) continue;
    const setup = r.followTheSun === null ? undefined : rotationSetup(model, rotation);
    const kept =
      setup?.kind === 'relay'
        ? setup.sites.flatMap((s) => first(s.members, s.needed))
        : first(rotationTurnTakers(model, rotation), r.needed);
    for (const m of new Set(kept)) {
      const list = needed.get(m);
      if (list) list.push(r.name);
      else needed.set(m, [r.name]);
    }
  }
  return needed;
}
