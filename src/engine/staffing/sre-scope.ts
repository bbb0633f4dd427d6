import { type CompiledModel, isSreRunModel, sreEngagement, type Team } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { tierThresholds } from '../spectrum/availability-tier.ts';
import { targetModelOf } from './target-model-of.ts';
import { targetMovesToSre } from './target-moves-to-sre.ts';

export { targetModelOf } from './target-model-of.ts';

/** Why a development team counts as needing an SRE of its own. */
export type ScopeReason = 'supported' | 'run-model' | 'setup' | 'target-model';

export interface ScopedTeam {
  readonly team: Team;
  readonly reasons: readonly ScopeReason[];
}

/**
 * The one definition of the development teams that need an SRE (§12.4.1, §12.10.2: "one SRE
 * supports development team 1 … the support consists of running a shared on-call rotation"; a
 * junior SRE "goes on call for the services owned by the team"): the §12.4.1 scaling table, the
 * §12.10.2 head count, the hiring list, the plan's SRE support and where SRE sits all count these.
 * A team is in when SRE is on call for one of its services by its run model (`run-model`), an SRE
 * team whose `supports` names it is on call for one of them (`supported`), its setup has a
 * dedicated SRE (§12.3 options 2 and 3, `setup`), or its organization's target model is an SRE
 * model and moves one of its services to SRE (`targetMovesToSre`, `target-model`): a high tier
 * that operations run, or nobody does, or its developers cover in office hours only (§12.2.3,
 * §12.6, §12.8.1). The plan's recommendation gives the high tiers of exactly these teams an SRE
 * model.
 *
 * Not in: a team an SRE team only consults for (its `supports` hours buy advice and reviews, not
 * a pager: §12.4.7 lists "SRE Consulting" apart from "Shared on call"), and a team whose
 * developers run its services alone round the clock (§12.3), whatever the company's target model
 * says: §12.4.1 has teams keep "you build it, you run it" while SRE has nobody for them, and hiring a
 * junior SRE per such team (and seniors and principals for their domains and lines) staffed an
 * SRE organization for services it never runs. telecom-carrier-target hired 8 SREs, 2 of them
 * principals, for a team of 7 that runs one line's APIs; hospital-group 3 juniors for 3 teams its
 * SREs consult for.
 */
export function sreScope(model: CompiledModel): readonly ScopedTeam[] {
  return model.derive(scopeOf);
}

/**
 * Worked out once per model (`model.derive`): the head count, the SRE team scaling, the SRE
 * support of the recommendations and where SRE sits each ask, over every team and service.
 */
function scopeOf(model: CompiledModel): readonly ScopedTeam[] {
  const supportedOnCall = new Set<string>();
  for (const sreTeam of model.index.teamsOfType('sre')) {
    for (const s of sreTeam.spec.supports ?? []) {
      const devTeam = normalizeSupport(s).team;
      if (sreEngagement(model, sreTeam.name, devTeam) !== 'consulting')
        supportedOnCall.add(devTeam);
    }
  }
  const sreRun = new Set<string>();
  const moving = new Set<string>();
  const thresholds = tierThresholds(model);
  for (const service of model.services.values()) {
    if (isSreRunModel(service.spec.runModel)) sreRun.add(service.spec.owner);
    if (targetMovesToSre(model, service, thresholds)) moving.add(service.spec.owner);
  }
  const scoped: ScopedTeam[] = [];
  for (const team of model.teams.values()) {
    if (team.spec.type !== 'development') continue;
    const reasons: ScopeReason[] = [];
    if (supportedOnCall.has(team.name)) reasons.push('supported');
    if (sreRun.has(team.name)) reasons.push('run-model');
    if (team.spec.setup === 'dedicated-sre' || team.spec.setup === 'dedicated-sre-and-developers') {
      reasons.push('setup');
    }
    if (moving.has(team.name) && targetsSre(model, team.spec.organization)) {
      reasons.push('target-model');
    }
    if (reasons.length > 0) scoped.push({ team, reasons });
  }
  return scoped;
}

function targetsSre(model: CompiledModel, organization: string): boolean {
  const target = targetModelOf(model, organization);
  return target !== undefined && isSreRunModel(target);
}
