import { type CompiledModel, isSreRunModel } from '../../model/index.ts';
import { tierThresholds } from './availability-tier.ts';
import { serviceRecommendations } from './recommend-services.ts';
import { sreSupportByOwner } from './sre-support.ts';

/** An SRE the plan sends to share a development team's on-call (§12.4, §12.4.1). */
export interface SreJoining {
  /** The SRE team they come from; null for one the hiring list hires. */
  readonly sreTeam: string | null;
  /** The spare SRE by name, who leaves whatever rotation of their SRE team they are on; null for a hire. */
  readonly sre: string | null;
}

/**
 * The development teams the plan gives an SRE who is not theirs today, with who that is: a spare
 * SRE of an SRE team (§12.4.1) or one the SRE head count hires for the target model (§12.10.2),
 * wherever a service of the team is recommended an SRE run model. That SRE shares the team's
 * on-call (§12.4: "a shared on-call rotation … with the developers"), so the team's rotation
 * counts them once, and a rotation of their SRE team no longer does. One rule, read by the
 * on-call design (`optimizedDesign`) and the plan's on-call decision alike.
 */
export function sresJoiningTeams(model: CompiledModel): ReadonlyMap<string, SreJoining> {
  return model.derive(joining);
}

function joining(model: CompiledModel): ReadonlyMap<string, SreJoining> {
  const support = sreSupportByOwner(model, tierThresholds(model));
  const recommended = serviceRecommendations(model);
  const out = new Map<string, SreJoining>();
  for (const service of model.services.values()) {
    const owner = service.spec.owner;
    if (out.has(owner)) continue;
    const runModel = recommended.get(service.name)?.runModel;
    if (runModel === undefined || !isSreRunModel(runModel)) continue;
    const s = support.get(owner);
    if (s?.kind === 'spare') out.set(owner, { sreTeam: s.capacity.team, sre: s.sre });
    else if (s?.kind === 'planned') out.set(owner, { sreTeam: null, sre: null });
  }
  return out;
}
