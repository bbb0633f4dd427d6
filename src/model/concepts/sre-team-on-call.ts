import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Service } from '../model.ts';
import type { RunModel } from '../vocabulary.ts';
import { RUN_MODEL_TRAITS } from './run-model-traits.ts';

/** How an SRE team is on a service's pager: beside its developers (§12.4) or alone (§12.5). */
export type SreOnCall = 'shared' | 'alone';

/**
 * How SRE is on call under a run model, read from the run model traits (so a new run model
 * decides it there); undefined where SRE is not on the pager: developers alone (§12.3),
 * operations (§12.2) or nobody (§12.8.1).
 */
export function sreOnCallUnder(runModel: RunModel): SreOnCall | undefined {
  const { sreOnCall, developersOnCall } = RUN_MODEL_TRAITS[runModel];
  if (!sreOnCall) return undefined;
  return developersOnCall ? 'shared' : 'alone';
}

/**
 * The one rule for "is SRE team T on call for service S" (§12.3, §12.4, §12.5): the service's
 * run model puts SRE on its pager (`you-and-sre-run-it`, `sre-runs-it`) and T is one of its SRE
 * teams (`model.index.sreTeamsOf`: the team it names as `sreTeam`, else the SRE teams whose
 * `supports` names its owner). An SRE team whose `supports` names the owner of a service its
 * developers run alone consults for that team (support hours, §12.4.7); it is not on call.
 * Returns how it is on call, or undefined when it is not.
 */
export function sreTeamOnCallFor(
  model: CompiledModel,
  sreTeam: string,
  service: Service,
): SreOnCall | undefined {
  const how = sreOnCallUnder(service.spec.runModel);
  if (how === undefined) return undefined;
  return model.index.sreTeamsOf(service.name).includes(sreTeam) ? how : undefined;
}

/** Whether an SRE team is on call for a service, shared or alone (`sreTeamOnCallFor`). */
export function isSreTeamOnCallFor(
  model: CompiledModel,
  sreTeam: string,
  service: Service,
): boolean {
  return sreTeamOnCallFor(model, sreTeam, service) !== undefined;
}

/**
 * The services an SRE team is on call for (`sreTeamOnCallFor`), in model order: all of them, or
 * only those it shares (§12.4) or runs alone (§12.5).
 */
export function servicesSreTeamIsOnCallFor(
  model: CompiledModel,
  sreTeam: string,
  how?: SreOnCall,
): Service[] {
  return model.index.servicesOfSreTeam(sreTeam).filter((s) => {
    const on = sreTeamOnCallFor(model, sreTeam, s);
    return on !== undefined && (how === undefined || on === how);
  });
}

/**
 * What an SRE team's support of a development team is (§12.4.1, §12.4.7, §12.5): it shares the
 * on-call of some of the team's services (`shared-on-call`, the support §12.4.1 sizes at one SRE
 * per team); it runs some of them alone and shares none (`runs-alone`); or it is on call for none
 * of them (`consulting`: the hours of `supports` buy advice, reviews and engineering, not a
 * pager; the price models of §12.4.7 list "SRE Consulting" apart from "Shared on call").
 */
export type SreEngagement = 'shared-on-call' | 'runs-alone' | 'consulting';

export function sreEngagement(
  model: CompiledModel,
  sreTeam: string,
  devTeam: string,
): SreEngagement {
  let alone = false;
  for (const service of model.index.servicesOwnedBy(devTeam)) {
    const how = sreTeamOnCallFor(model, sreTeam, service);
    if (how === 'shared') return 'shared-on-call';
    if (how === 'alone') alone = true;
  }
  return alone ? 'runs-alone' : 'consulting';
}
