import type { Model, Team } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { sresOf } from './sre-roles.ts';

/** How far an SRE team's SREs stretch over the dev teams it supports (§12.4.1). */
export interface SreCapacity {
  readonly team: string;
  /** The SREs of the team, by name. */
  readonly sres: readonly string[];
  /** The dev teams it supports, in the order of `supports`. */
  readonly supported: readonly string[];
  /** The supported teams an SRE can be dedicated to: the first ones, one per SRE. */
  readonly covered: readonly string[];
  /** The supported teams left without an SRE: they fall back to `you-run-it`. */
  readonly fallback: readonly string[];
  /** SREs not yet dedicated to a dev team. */
  readonly spare: number;
}

/**
 * §12.4.1: "if the number of SREs in the SRE team is smaller than the number of development
 * teams, some development teams will have to operate according to the 'you build it, you run
 * it' model". Each SRE supports one dev team; `supports` lists them in priority order.
 */
export function sreCapacity(model: Model, team: Team): SreCapacity {
  const sres = sresOf(model, team.name).map((p) => p.name);
  const supported = [...new Set((team.spec.supports ?? []).map((s) => normalizeSupport(s).team))];
  return {
    team: team.name,
    sres,
    supported,
    covered: supported.slice(0, sres.length),
    fallback: supported.slice(sres.length),
    spare: Math.max(0, sres.length - supported.length),
  };
}

/** The capacity of every SRE team (type `sre`), in model order. */
export function sreCapacities(model: Model): SreCapacity[] {
  return [...model.teams.values()]
    .filter((t) => t.spec.type === 'sre')
    .map((t) => sreCapacity(model, t));
}
