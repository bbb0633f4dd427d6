import { type CompiledModel, isSreRunModel, type RunModel, type Team } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { serviceLevel, tierThresholds } from '../spectrum/availability-tier.ts';

/** Why a development team counts as supported by an SRE model. */
export type ScopeReason = 'supported' | 'run-model' | 'setup' | 'target-model';

export interface ScopedTeam {
  readonly team: Team;
  readonly reasons: readonly ScopeReason[];
}

/**
 * The development teams SRE serves now or will serve under the organization's target model:
 * an SRE team supports it, it owns a service run with SRE, its setup has a dedicated SRE
 * (§12.3 options 2 and 3), or its organization (or one above it) targets an SRE model and the
 * team owns a service that target moves to SRE. These are the teams the §12.4.1 scaling table
 * and the §12.10.2 head count table count.
 *
 * A target model of SRE running or co-running moves the high-tier services (§12.6, §12.8.1:
 * high targets justify a team rotation SRE shares or takes); medium and low tiers stay with
 * their developers or operations, as the recommendation keeps them. So a team whose services all
 * stay developer- or ops-run is not SRE's to staff for, whatever the company's target says:
 * counting it asked a target model that moves two teams' services to hire for four.
 */
export function sreScope(model: CompiledModel): readonly ScopedTeam[] {
  return model.derive(scopeOf);
}

/**
 * Worked out once per model (`model.derive`): the head count, the SRE team scaling, the SRE
 * support of the recommendations and where SRE sits each ask, over every team and service.
 */
function scopeOf(model: CompiledModel): readonly ScopedTeam[] {
  const supported = new Set<string>();
  for (const team of model.teams.values()) {
    for (const s of team.spec.supports ?? []) supported.add(normalizeSupport(s).team);
  }
  const sreRun = new Set<string>();
  const moving = new Set<string>();
  const thresholds = tierThresholds(model);
  for (const service of model.services.values()) {
    if (isSreRunModel(service.spec.runModel)) sreRun.add(service.spec.owner);
    if (serviceLevel(service, thresholds) === 'high') moving.add(service.spec.owner);
  }
  const scoped: ScopedTeam[] = [];
  for (const team of model.teams.values()) {
    if (team.spec.type !== 'development') continue;
    const reasons: ScopeReason[] = [];
    if (supported.has(team.name)) reasons.push('supported');
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

/**
 * The target model that applies to an organization: its own `targetModel`, else the nearest one
 * stated above it. The SRE scope, the recommendations and the plan read it from here.
 */
export function targetModelOf(model: CompiledModel, organization: string): RunModel | undefined {
  const seen = new Set<string>();
  let current = model.organizations.get(organization);
  while (current && !seen.has(current.name)) {
    seen.add(current.name);
    const target = current.spec.targetModel;
    if (target !== undefined) return target;
    current = current.spec.parent ? model.organizations.get(current.spec.parent) : undefined;
  }
  return undefined;
}
