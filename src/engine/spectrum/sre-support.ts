import {
  type CompiledModel,
  canShareOnCallOf,
  type RunModel,
  type Service,
} from '../../model/index.ts';
import { modelSites } from '../sites/index.ts';
import { sameProductLine, teamProductLines } from '../staffing/product-lines.ts';
import { siteNameOf, teamSiteName } from '../staffing/sites.ts';
import { sreScope, targetModelOf } from '../staffing/sre-scope.ts';
import type { TierThresholds } from './availability-tier.ts';
import { isDemanding } from './model-comparison.ts';
import { opsRunAccepted } from './ops-run-accepted.ts';
import { type SreCapacity, sreCapacities, sreTeamsRunningAlone } from './sre-capacity.ts';
import type { SreRunningAlone } from './sre-runs-alone.ts';

/** Whether, and how, an SRE team can share running a service's owner team (§12.4.1). */
export type SreSupport =
  /** An SRE of the team is dedicated to the owner team. */
  | { readonly kind: 'covered'; readonly capacity: SreCapacity }
  /** The team supports the owner, but has run out of SREs: the owner falls back (§12.4.1). */
  | { readonly kind: 'fallback'; readonly capacity: SreCapacity }
  /** The team has a spare SRE (`sre`, by name) that the plan assigns to the owner team. */
  | { readonly kind: 'spare'; readonly capacity: SreCapacity; readonly sre: string }
  /** The team runs services of the owner alone (§12.5): no SRE to share on-call with (§12.4.1). */
  | { readonly kind: 'runs-alone'; readonly running: SreRunningAlone }
  /**
   * The team consults for the owner (its `supports` names it, it is on call for none of its
   * services: `sreEngagement`) and has no SRE to spare to share its on-call (§12.4.1).
   */
  | { readonly kind: 'consulted'; readonly capacity: SreCapacity }
  /**
   * No SRE for the owner team today, but its organization's target model is an SRE model and the
   * SRE head count counts an SRE for it (the SRE scope, §12.4.1, §12.10.2): the SRE the hiring
   * list closes that gap with. `today` is the SRE team that shares its on-call now, short of
   * SREs; `consultedBy` the one that only consults for it.
   */
  | {
      readonly kind: 'planned';
      readonly target: RunModel;
      readonly today: SreCapacity | undefined;
      readonly consultedBy: SreCapacity | undefined;
    }
  | { readonly kind: 'none' };

/**
 * The SRE support of every owner team. Spare SREs go to unsupported owner teams with the most
 * demanding services first (highest target, then high demand), one SRE per team, so the plan
 * never promises an SRE twice.
 */
export function sreSupportByOwner(
  model: CompiledModel,
  thresholds: TierThresholds,
): ReadonlyMap<string, SreSupport> {
  const capacities = sreCapacities(model);
  const support = new Map<string, SreSupport>();
  for (const capacity of capacities) {
    for (const team of capacity.covered) {
      if (!support.has(team)) support.set(team, { kind: 'covered', capacity });
    }
  }
  for (const capacity of capacities) {
    for (const team of capacity.fallback) {
      if (!support.has(team)) support.set(team, { kind: 'fallback', capacity });
    }
  }
  for (const running of sreTeamsRunningAlone(model)) {
    for (const team of running.teams) {
      if (!support.has(team)) support.set(team, { kind: 'runs-alone', running });
    }
  }
  const sent = new Set<string>();
  const sites = modelSites(model);
  for (const service of byDemand([...model.services.values()], thresholds)) {
    const owner = service.spec.owner;
    const kind = support.get(owner)?.kind;
    // A team an SRE team runs services of alone is served by SRE already (§12.5).
    if (kind === 'covered' || kind === 'spare' || kind === 'runs-alone') continue;
    if (!isDemanding(service, thresholds)) continue;
    // A service the model keeps with operations (hospital-group's vendor record system) takes no
    // SRE: the recommendation keeps it with them (§12.2.2), so a spare SRE goes to the next one.
    if (opsRunAccepted(model, service)) continue;
    // A team with its own dedicated SRE runs its services already (§12.3 options 2 and 3).
    if (model.index.sresOf(owner).length > 0) continue;
    // The SRE team it names, else one that consults for the team already knows it (§12.4.1).
    const preferred =
      service.spec.sreTeam ?? capacities.find((c) => c.consulting.includes(owner))?.team;
    // Then an SRE team of the owner's own product line (§12.7.1): its SREs know that business.
    const lines = teamProductLines(model, owner);
    const ownLine = (c: (typeof capacities)[number]) =>
      Number(sameProductLine(teamProductLines(model, c.team), lines));
    const candidates = [...capacities].sort(
      (a, b) =>
        Number(b.team === preferred) - Number(a.team === preferred) || ownLine(b) - ownLine(a),
    );
    // A free SRE not yet sent, each to one team (§12.4.1), who can take the turns of its on-call:
    // one who takes no on-call outside business hours (§12.10.1) shares no 24x7 pager.
    const sendable = (p: string) => !sent.has(p) && canShareOnCallOf(model, owner, p);
    const giver = candidates.find((c) => c.spareSres.some(sendable));
    if (!giver) continue;
    // One at the team's own site first, who shares its working hours.
    const unsent = giver.spareSres.filter(sendable);
    const site = teamSiteName(model, owner);
    const sre = unsent.find((p) => siteNameOf(sites, p) === site) ?? unsent[0];
    if (sre === undefined) continue;
    sent.add(sre);
    support.set(owner, { kind: 'spare', capacity: giver, sre });
  }
  for (const capacity of capacities) {
    for (const team of capacity.consulting) {
      if (!support.has(team)) support.set(team, { kind: 'consulted', capacity });
    }
  }
  // The teams the SRE head count staffs for the target model (one SRE each, §12.4.1, §12.10.2)
  // get that SRE in the plan too, so the recommendation serves the target the hiring list hires
  // for, instead of today's capacity.
  for (const { team, reasons } of sreScope(model)) {
    if (!reasons.includes('target-model')) continue;
    const now = support.get(team.name);
    if (now !== undefined && now.kind !== 'fallback' && now.kind !== 'consulted') continue;
    const target = targetModelOf(model, team.spec.organization);
    if (target === undefined) continue;
    support.set(team.name, {
      kind: 'planned',
      target,
      today: now?.kind === 'fallback' ? now.capacity : undefined,
      consultedBy: now?.kind === 'consulted' ? now.capacity : undefined,
    });
  }
  return support;
}

function byDemand(services: Service[], thresholds: TierThresholds): Service[] {
  const score = (s: Service) =>
    s.spec.availabilityTarget ?? (s.spec.demand === 'high' ? thresholds.high : 0);
  return services
    .map((s, index) => ({ s, index }))
    .sort((a, b) => score(b.s) - score(a.s) || a.index - b.index)
    .map(({ s }) => s);
}
