import {
  type CompiledModel,
  isPractisingSre,
  isSreRunModel,
  type PolicyToAgree,
  policyToAgree,
  practicesSreOnServices,
  type RotationType,
  RUN_MODEL_LABELS,
  RUN_MODEL_TRAITS,
  type RunModel,
  type Service,
  serviceDomain,
} from '../../model/index.ts';
import { teamRotationsRoundTheClock } from '../schedule/round-the-clock.ts';
import { teamRoundTheClockRotation } from '../schedule/team-round-the-clock-rotation.ts';
import { domainPartners } from '../sites/index.ts';
import { freeSres, type HeldBy } from '../staffing/free-sres.ts';
import { keptByDevelopersUnderTarget } from '../staffing/target-moves-to-sre.ts';
import {
  operationsMayRun,
  serviceLevel,
  type TierBasis,
  type TierThresholds,
  tierOfService,
  tierThresholds,
} from './availability-tier.ts';
import { type InterimWait, interimUntil } from './interim-until.ts';
import { lowTierToOperations } from './low-tier-to-operations.ts';
import { operationsFirstLine, operationsFirstLineReason } from './operations-first-line.ts';
import { operationsKeepReason } from './ops-run-accepted.ts';
import { type SreSupport, sreSupportByOwner } from './sre-support.ts';
import { withSreTerms } from './sre-terms.ts';

/** What the plan recommends for one service, each choice with its reasons in words. */
export interface Recommendation {
  /** The target: what runs the service once the plan is done (its hires in place). */
  readonly runModel: RunModel;
  readonly rotation: RotationType;
  readonly reasons: readonly string[];
  /**
   * What runs the service until the target can be staffed: `you-run-it` until the SRE the target
   * gives its team joins (§12.4.1: a team without its SRE runs "you build it, you run it");
   * `ops-runs-it` while the team cannot staff the rotation round the clock the target puts it on
   * and operations run it today on one that is (`operationsFirstLine`, §12.9.5). Absent when the
   * target needs nobody to join.
   */
  readonly interim?: RunModel | undefined;
  /** What the interim waits for (`interimUntil` says it in words); set with `interim`. */
  readonly until?: InterimWait | undefined;
  /**
   * The SRE team that shares or takes its on-call in the target (`withSreTerms`); absent where
   * SRE is not on its pager, or its SRE is a hire with no SRE team for the owner today.
   */
  readonly sreTeam?: string | undefined;
  /** What of its error budget policy must be agreed before SRE takes its share (`policyToAgree`). */
  readonly agreeFirst?: PolicyToAgree | undefined;
}

interface Context {
  readonly model: CompiledModel;
  readonly thresholds: TierThresholds;
  readonly support: SreSupport;
}

/**
 * The recommended run model and rotation of every service, by name (§12.2.2, §12.5, §12.6,
 * §12.8.1): team rotations for high targets, domain rotations for medium ones, `ops-runs-it`
 * acceptable only for low targets with low demand; SRE shares on-call where it has an SRE for
 * the owner team, and runs a service alone only under an error budget policy. SRE is never taken
 * away from a service it runs for lack of SRE capacity (§12.5: only error budget evidence under
 * its policy hands a service back): the agreed model stands and the short SRE team is told to
 * hire.
 */
export function recommendServices(
  model: CompiledModel,
  thresholds: TierThresholds,
): ReadonlyMap<string, Recommendation> {
  const supportByOwner = sreSupportByOwner(model, thresholds);
  const out = new Map<string, Recommendation>();
  for (const service of model.services.values()) {
    const support = supportByOwner.get(service.spec.owner) ?? { kind: 'none' };
    const recommendation = recommendService(service, { model, thresholds, support });
    out.set(service.name, withSreTerms(model, service, support, recommendation));
  }
  return nightsWithFirstLine(model, out);
}

/**
 * The operations' round-the-clock rotation a high tier keeps as first line (`untilStaffed`) stays
 * anyway: a service handed from it to its developers' office hours keeps its nights there while
 * no thin layer covers it (§12.6: the thin layer "reacted to … using runbooks"; bank's
 * loan-origination would otherwise have had nobody at night who has operations today).
 */
function nightsWithFirstLine(
  model: CompiledModel,
  recommended: Map<string, Recommendation>,
): ReadonlyMap<string, Recommendation> {
  // Each such rotation, with the high tier it is kept for and the team that tier waits for.
  const kept = new Map<
    string,
    { readonly service: string; readonly team: string; readonly sreJoins: boolean }
  >();
  for (const [name, r] of recommended) {
    if (r.until?.kind !== 'team-staffed') continue;
    for (const rotation of model.index.rotationsCovering(name)) {
      if (
        rotation.spec.type === 'team' &&
        rotation.spec.coverage === '24x7' &&
        !kept.has(rotation.name)
      )
        kept.set(rotation.name, { service: name, team: r.until.team, sreJoins: r.until.sreJoins });
    }
  }
  if (kept.size === 0) return recommended;
  for (const service of model.services.values()) {
    const r = recommended.get(service.name);
    if (r === undefined || r.interim !== undefined || service.spec.runModel !== 'ops-runs-it')
      continue;
    if (r.runModel === 'ops-runs-it') continue;
    const covering = model.index.rotationsCovering(service.name);
    if (covering.some((x) => x.spec.type === 'thin-layer')) continue;
    const pager = covering.find((x) => kept.has(x.name));
    const keptFor = pager === undefined ? undefined : kept.get(pager.name);
    if (pager === undefined || keptFor === undefined) continue;
    const until: InterimWait = { kind: 'first-line-kept', rotation: pager.name, ...keptFor };
    recommended.set(service.name, {
      ...r,
      reasons: [
        ...r.reasons,
        `Operations keep ${pager.name} round the clock as first line for ${keptFor.service} (above): they keep its nights on their runbooks too, its developers taking it in office hours, until ${interimUntil(until)}; no thin layer covers it (§12.6).`,
      ],
      interim: 'ops-runs-it',
      until,
    });
  }
  return recommended;
}

/**
 * `recommendServices` at the model's own tier thresholds, worked out once per model
 * (`model.derive`): the spectrum analysis and where SRE sits (`sreHome`) read the same map.
 */
export function serviceRecommendations(model: CompiledModel): ReadonlyMap<string, Recommendation> {
  return model.derive(recommendAtModelThresholds);
}

function recommendAtModelThresholds(model: CompiledModel): ReadonlyMap<string, Recommendation> {
  return recommendServices(model, tierThresholds(model));
}

/** Why the service has its tier, as the first reason: a VP sees whether it was agreed. */
const TIER_REASON: Record<TierBasis, (service: Service, thresholds: TierThresholds) => string> = {
  target: (service, thresholds) =>
    `Its availability target of ${service.spec.availabilityTarget}% is ${serviceLevel(service, thresholds)} tier (high ≥ ${thresholds.high}%, medium ≥ ${thresholds.medium}%).`,
  demand: (service) =>
    `It states no availability target: judged by its ${service.spec.demand} demand until it does.`,
  default: () => 'It states neither an availability target nor demand: treated as medium tier.',
};

function recommendService(service: Service, context: Context): Recommendation {
  const { thresholds } = context;
  const { tier: level, basis } = tierOfService(service, thresholds);
  const reasons = [TIER_REASON[basis](service, thresholds)];
  // Low tiers may stay with operations anyway (§12.2.2); above them, operations keep only what
  // no developer team can take from them (`operationsKeep`).
  if (operationsMayRun(service, thresholds)) return low(service, context, reasons);
  const keptByOperations = operationsKeepReason(context.model, service);
  if (keptByOperations !== undefined) {
    reasons.push(keptByOperations);
    return { runModel: 'ops-runs-it', rotation: 'team', reasons };
  }
  if (level === 'high') return untilStaffed(service, context, high(service, context, reasons));
  if (level === 'low') {
    reasons.push(
      'Its demand is high: operations would resolve its incidents too slowly (§12.2.2).',
    );
  }
  return medium(service, context, reasons);
}

/** §12.6: a team rotation for high targets; SRE shares or takes it where it can (§12.4, §12.5). */
function high(service: Service, context: Context, reasons: string[]): Recommendation {
  reasons.push('High targets justify the cost of a team rotation (§12.6).');
  const current = service.spec.runModel;
  const policy = service.spec.errorBudgetPolicy;
  const { support } = context;
  const owner = service.spec.owner;
  if (current === 'you-run-it' && context.model.index.sresOf(owner).length > 0) {
    reasons.push(
      `Team ${owner} has its own dedicated SRE, who runs it with the team (§12.3, options 2 and 3).`,
    );
    return { runModel: 'you-run-it', rotation: 'team', reasons };
  }
  if (support.kind === 'covered' || support.kind === 'spare') {
    const sreTeam = support.capacity.team;
    if (current === 'sre-runs-it' && policy !== undefined) {
      reasons.push(runsAloneUnder(context.model, service, sreTeam, policy));
      return { runModel: 'sre-runs-it', rotation: 'team', reasons };
    }
    if (current === 'sre-runs-it') {
      reasons.push(
        'SRE may run it alone only under an error budget policy (§12.5): share on-call until one is agreed.',
      );
    } else if (support.kind === 'spare' && support.capacity.consulting.includes(owner)) {
      reasons.push(
        `SRE team ${sreTeam} consults for ${owner} and has a spare SRE: developers and SRE share the on-call (§12.4, §12.4.1).`,
      );
    } else if (support.kind === 'spare') {
      reasons.push(
        `SRE team ${sreTeam} has a spare SRE: add ${owner} to its supports, and developers and SRE share the on-call (§12.4, §12.4.1).`,
      );
    } else {
      reasons.push(
        `SRE team ${sreTeam} has an SRE for ${owner}: developers and SRE share the on-call (§12.4).`,
      );
    }
    return { runModel: 'you-and-sre-run-it', rotation: 'team', reasons };
  }
  if (support.kind === 'runs-alone') {
    const sreTeam = support.running.team;
    if (current === 'sre-runs-it' && policy !== undefined) {
      reasons.push(runsAloneUnder(context.model, service, sreTeam, policy));
      return { runModel: 'sre-runs-it', rotation: 'team', reasons };
    }
    if (current === 'sre-runs-it') {
      // The SREs who run it now are the ones to share its on-call.
      reasons.push(
        `SRE may run it alone only under an error budget policy (§12.5): SRE team ${sreTeam} shares on-call until one is agreed.`,
      );
      return { runModel: 'you-and-sre-run-it', rotation: 'team', reasons };
    }
    if (isSreRunModel(current)) {
      return { runModel: keepSre(service, context, reasons), rotation: 'team', reasons };
    }
    reasons.push(
      `SRE team ${sreTeam} runs other services of ${owner} alone (§12.5) and has no SRE free to share this one's on-call (§12.4.1): the developers run it on their team rotation (§12.3).`,
    );
    return { runModel: 'you-run-it', rotation: 'team', reasons };
  }
  if (isSreRunModel(current)) {
    return { runModel: keepSre(service, context, reasons), rotation: 'team', reasons };
  }
  if (support.kind === 'planned') return planned(service, context, support, reasons);
  const kept =
    support.kind === 'none' || support.kind === 'consulted'
      ? keptByDevelopersUnderTarget(context.model, service, context.thresholds)
      : undefined;
  if (kept !== undefined) {
    // The target's SRE goes where the developers do not cover a high tier round the clock
    // (`targetMovesToSre`); the SRE head count counts no seat for this one, so the plan names
    // the target rather than a missing SRE (telecom-carrier's login and API gateway).
    reasons.push(
      `The target model "${RUN_MODEL_LABELS[kept.target]}" brings SRE to high tiers that operations run or nobody covers round the clock; team ${owner}'s developers run it round the clock (${kept.rotations.join(', ')}) on the team or domain rotation §12.6 asks for, so they keep it and the SRE head count counts no SRE for it (§12.3, §12.4.1, §12.8.1).`,
    );
    return { runModel: 'you-run-it', rotation: 'team', reasons };
  }
  if (support.kind === 'fallback') {
    const c = support.capacity;
    reasons.push(
      `SRE team ${c.team} has ${c.sres.length} SRE(s) for ${c.supported.length} dev teams: ${service.spec.owner} falls back to "you build it, you run it" (§12.4.1).`,
    );
  } else if (support.kind === 'consulted') {
    const c = support.capacity;
    reasons.push(
      `SRE team ${c.team} consults for ${owner} but shares none of its on-call, and has no SRE to spare for it (${noneFree(context.model, c.sres)}): the developers run it on their team rotation (§12.3, §12.4.1).`,
    );
  } else {
    const anySreTeam = context.model.index.teamsOfType('sre').length > 0;
    reasons.push(
      anySreTeam
        ? `No SRE team has an SRE to spare for ${owner}: the developers run it on their team rotation (§12.3, §12.4.1).`
        : 'There is no SRE team: the developers run it on their team rotation (§12.3).',
    );
  }
  return { runModel: 'you-run-it', rotation: 'team', reasons };
}

/**
 * A high tier the recommendation moves off operations keeps them as first line, with its
 * developers as second line in office hours, while the team it goes to cannot staff a rotation
 * round the clock and operations' own is staffed (`operationsFirstLine`, §12.9.5, §12.6): the
 * target stands, and operations run it until then.
 */
function untilStaffed(
  service: Service,
  { model, support }: Context,
  recommendation: Recommendation,
): Recommendation {
  const sreJoins =
    isSreRunModel(recommendation.runModel) &&
    (support.kind === 'spare' || support.kind === 'planned');
  const firstLine = operationsFirstLine(model, service, {
    runModel: recommendation.runModel,
    sreJoins,
    sreHired: support.kind === 'planned',
  });
  if (firstLine === undefined) return recommendation;
  return {
    ...recommendation,
    reasons: [
      ...recommendation.reasons,
      operationsFirstLineReason(service, firstLine, recommendation.runModel),
    ],
    interim: 'ops-runs-it',
    until: {
      kind: 'team-staffed',
      team: firstLine.team,
      people: firstLine.people,
      needed: firstLine.needed,
      sreJoins: firstLine.sreHired,
    },
  };
}

/**
 * "SRE team sre-live runs it under error budget policy live-ops and hands it back when the budget
 * is depleted" only where the policy has the rule for that (`policyToAgree`, §12.5): a policy
 * without one gives SRE no way to hand it back, and the recommendation asks to agree the rule
 * (`withSreTerms`) rather than promise the handback.
 */
function runsAloneUnder(
  model: CompiledModel,
  service: Service,
  sreTeam: string,
  policy: string,
): string {
  return policyToAgree(model, service) === undefined
    ? `SRE team ${sreTeam} runs it under error budget policy ${policy} and hands it back when the budget is depleted (§12.5).`
    : `SRE team ${sreTeam} runs it under error budget policy ${policy} (§12.5), which sets no rule yet for when SRE hands it back: until one is agreed (below), SRE cannot hand it back when the budget is depleted.`;
}

/**
 * A high-tier service of a team the SRE head count staffs for the target model (§12.4.1,
 * §12.10.2): its target is the SRE model the hires serve; until its team's SRE joins, the
 * developers run it on their team rotation (§12.4.1), a move the chapter allows from every model
 * and on from there to SRE (§12.8.1).
 */
function planned(
  service: Service,
  { model }: Context,
  support: Extract<SreSupport, { kind: 'planned' }>,
  reasons: string[],
): Recommendation {
  const owner = service.spec.owner;
  const policy = service.spec.errorBudgetPolicy;
  const runModel: RunModel =
    support.target === 'sre-runs-it' && policy !== undefined ? 'sre-runs-it' : 'you-and-sre-run-it';
  const today = support.today
    ? `SRE team ${support.today.team} has ${support.today.sres.length} SRE(s) for ${support.today.supported.length} dev teams today${notCounted(model, support.today.team)}`
    : support.consultedBy !== undefined
      ? `SRE team ${support.consultedBy.team} consults for ${owner} today but shares none of its on-call; it has ${support.consultedBy.sres.length} SRE(s)${notCounted(model, support.consultedBy.team)}`
      : `No SRE team has an SRE for ${owner} today`;
  const why = `The target model "${RUN_MODEL_LABELS[support.target]}" gives team ${owner} an SRE, and the SRE head count counts one for it (§12.4.1, §12.10.2)`;
  // Where operations stay first line until the team can staff its rotation (`untilStaffed`), the
  // developers do not run it meanwhile: "until its SRE joins, the developers run it" contradicted
  // the reason after it (insurer-today's policy-admin-core).
  const firstLine = operationsFirstLine(model, service, {
    runModel,
    sreJoins: true,
    sreHired: true,
  });
  const meanwhile =
    firstLine === undefined
      ? 'until its SRE joins, the developers run it on their team rotation (§12.4.1)'
      : `operations stay first line on it until its SRE joins and team ${firstLine.team} can staff a rotation round the clock (below, §12.4.1, §12.9.5)`;
  reasons.push(
    `${why}: ${runModel === 'sre-runs-it' ? `SRE runs it under error budget policy ${policy} (§12.5)` : 'developers and SRE share its on-call (§12.4)'}. ${today}: ${meanwhile}.`,
  );
  if (support.target === 'sre-runs-it' && policy === undefined) {
    reasons.push(
      'SRE may run it alone only under an error budget policy (§12.5): share on-call until one is agreed.',
    );
  }
  return {
    runModel,
    rotation: 'team',
    reasons,
    interim: 'you-run-it',
    until: { kind: 'sre-joins' },
  };
}

/**
 * §12.6: medium targets leave a bigger error budget; a domain rotation costs less, where the
 * team has teams of its domain that share its working hours to share one with
 * (`domainPartners`). A team alone keeps its team rotation.
 */
function medium(service: Service, context: Context, reasons: string[]): Recommendation {
  const beside = highTierBeside(service, context);
  if (beside && runByBuildersOrSre(service)) {
    reasons.push(
      `It shares ${beside.rotation} with ${beside.high}, a high-tier service that keeps that team rotation round the clock (§12.6): it stays there, where a domain rotation would add a rotation rather than share one.`,
    );
  } else if (beside) {
    reasons.push(
      `Its developers' team rotation ${beside.rotation} stays round the clock for ${beside.high}, a high-tier service (§12.6): it joins it, where a domain rotation would add a rotation rather than share one.`,
    );
  }
  const rotation = beside ? 'team' : sharedRotation(service, context, reasons, 'medium');
  return { runModel: developersOrSre(service, context, reasons), rotation, reasons };
}

/**
 * The round-the-clock team rotation a service shares with a high-tier service, which §12.6 keeps
 * for the high tier (`teamRotationsRoundTheClock`, the rule of the optimized design): retail-peak's
 * checkout-web (99.9 %) on checkout-oncall beside checkout-api (99.95 %).
 */
function highTierBeside(
  service: Service,
  { model, thresholds }: Context,
): { readonly rotation: string; readonly high: string } | undefined {
  // Operations' rotations are not kept for what they run: their high and medium tiers go to
  // their developers (§12.2.2, insurer-today's ops-oncall), so only a rotation of the people who
  // build or co-run both services is one to stay on. A service handed from operations (or not
  // organized) joins its developers' own round-the-clock team rotation, as the §12.6 design does
  // (`teamRoundTheClockRotation`).
  const own = runByBuildersOrSre(service)
    ? teamRotationsRoundTheClock(model, service)
    : [teamRoundTheClockRotation(model, service.spec.owner) ?? []].flat();
  for (const r of own) {
    const high = model.index
      .servicesCoveredBy(r.name)
      .find(
        (s) =>
          s.name !== service.name &&
          runByBuildersOrSre(s) &&
          serviceLevel(s, thresholds) === 'high',
      );
    if (high) return { rotation: r.name, high: high.name };
  }
  return undefined;
}

/** Whether its developers or SRE are on call for a service today (not operations, not nobody). */
function runByBuildersOrSre(service: Service): boolean {
  const { developersOnCall, sreOnCall } = RUN_MODEL_TRAITS[service.spec.runModel];
  return developersOnCall || sreOnCall;
}

/** A domain rotation where the owner has teams to share it with; else its team rotation. */
function sharedRotation(
  service: Service,
  context: Context,
  reasons: string[],
  tier: 'medium' | 'low',
): 'domain' | 'team' {
  const domain = serviceDomain(context.model, service);
  const owner = service.spec.owner;
  const partners = domainPartners(context.model, owner, domain);
  if (partners.length > 0) {
    const teams = [owner, ...partners.map((t) => t.name)].join(', ');
    // A model that states no domain is one domain (domainPartners), as for the head count.
    const across = domain === undefined ? 'the teams' : `the ${domain} teams`;
    reasons.push(
      tier === 'medium'
        ? `A domain rotation across ${across} that share its working hours (${teams}) costs less than a team rotation for a medium target (§12.6).`
        : `A domain rotation across ${across} that share its working hours (${teams}) keeps the cost low (§12.6).`,
    );
    return 'domain';
  }
  // "Stays" only where the owner's own team rotation covers it today: migration's invoicing, run
  // by operations on their rotation, read "it stays on the team's rotation" though team billing
  // has none; the §12.6 design gives it one.
  const model = context.model;
  const onItToday =
    runByBuildersOrSre(service) &&
    model.index.rotationsCovering(service.name).some((r) => r.spec.type === 'team');
  const where = onItToday
    ? "it stays on the team's rotation"
    : `it goes to a team rotation of team ${owner}'s own`;
  reasons.push(
    domain === undefined
      ? `A domain rotation shared with other teams would cost less, but it has no domain: ${where} until teams of one domain share one (§12.6).`
      : `A domain rotation would cost less, but no other team of the ${domain} domain works team ${owner}'s hours to share one with: ${where} (§12.6).`,
  );
  return 'team';
}

/** §12.2.2: low targets and low demand may be run by operations. */
function low(service: Service, context: Context, reasons: string[]): Recommendation {
  const current = service.spec.runModel;
  if (lowTierToOperations(service, context.thresholds)) {
    reasons.push(
      'Low targets and low demand leave room for longer recovery: operations can run it (§12.2.2).',
    );
    if ((service.spec.runbooks ?? []).length === 0) {
      reasons.push(
        'It has no runbooks yet: operations need them to handle its SLO breaches (§12.6).',
      );
    } else {
      reasons.push('Operations handle its SLO breaches with its runbooks (§12.6).');
    }
    return { runModel: 'ops-runs-it', rotation: 'thin-layer', reasons };
  }
  reasons.push(
    `"You build it, ops run it" would be acceptable for low targets and demand, but moving there from "${RUN_MODEL_LABELS[current]}" is unlikely (§12.8.1).`,
  );
  const rotation = sharedRotation(service, context, reasons, 'low');
  return { runModel: developersOrSre(service, context, reasons), rotation, reasons };
}

/** Keeps a developer or SRE run model that holds; otherwise the developers run it. */
function developersOrSre(service: Service, context: Context, reasons: string[]): RunModel {
  const current = service.spec.runModel;
  const { support } = context;
  const sreAvailable = support.kind === 'covered' || support.kind === 'spare';
  if (current === 'you-run-it') {
    reasons.push('The developers keep running it (§12.3).');
    return current;
  }
  if (current === 'sre-runs-it' && support.kind === 'runs-alone') {
    const policy = service.spec.errorBudgetPolicy;
    if (policy !== undefined) {
      reasons.push(
        `SRE team ${support.running.team} keeps running it under error budget policy ${policy} (§12.5).`,
      );
      return current;
    }
    reasons.push(
      `SRE may run it alone only under an error budget policy (§12.5): SRE team ${support.running.team} shares on-call until one is agreed.`,
    );
    return 'you-and-sre-run-it';
  }
  if (current === 'you-and-sre-run-it' && sreAvailable) {
    reasons.push(`It keeps shared on-call with SRE team ${support.capacity.team} (§12.4).`);
    return current;
  }
  if (current === 'sre-runs-it' && sreAvailable && service.spec.errorBudgetPolicy !== undefined) {
    reasons.push(
      `SRE team ${support.capacity.team} keeps running it under error budget policy ${service.spec.errorBudgetPolicy} (§12.5).`,
    );
    return current;
  }
  if (current === 'sre-runs-it' && sreAvailable) {
    reasons.push(
      'SRE may run it alone only under an error budget policy (§12.5): share on-call until one is agreed.',
    );
    return 'you-and-sre-run-it';
  }
  if (isSreRunModel(current)) return keepSre(service, context, reasons);
  if (current === 'ops-runs-it') {
    reasons.push(
      'Above low targets and demand, operations would resolve its incidents too slowly: the developers run it (§12.2.2).',
    );
  } else if (current === 'unorganized') {
    reasons.push('Its operations are not organized yet: the developers run it (§12.3, §12.8.1).');
  } else {
    reasons.push(
      `No SRE team has an SRE for ${service.spec.owner}: the developers run it (§12.4.1).`,
    );
  }
  return 'you-run-it';
}

/**
 * Why none of an SRE team's SREs is free for another team (`freeSres`): "none of its 6 SREs is
 * free: 1 shares a team's on-call, 5 hold places of the §12.10.2 table".
 */
function noneFree(model: CompiledModel, sres: readonly string[]): string {
  const { why } = freeSres(model);
  const count = (held: HeldBy) => sres.filter((p) => why(p) === held).length;
  const parts = [
    [count('shared-on-call'), 'shares a team’s on-call', 'share a team’s on-call'],
    [
      count('rotation-seat'),
      'sits in a rotation seat that needs them',
      'sit in rotation seats that need them',
    ],
    [count('place'), 'holds a place of the §12.10.2 table', 'hold places of the §12.10.2 table'],
    [
      count('no-level'),
      'has no level the §12.10.2 table counts',
      'have no level the §12.10.2 table counts',
    ],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `none of its ${sres.length} SRE${sres.length === 1 ? '' : 's'} is free${said.length > 0 ? `: ${said.join(', ')}` : ''}`;
}

/** " (not counting …: open positions or SRE titles without SRE practice, §12.9.4)", or "". */
function notCounted(model: CompiledModel, team: string): string {
  const names = model.index
    .membersOf(team)
    .filter((p) => practicesSreOnServices(p.spec.role) && !isPractisingSre(p))
    .map((p) => p.name);
  return names.length === 0
    ? ''
    : ` (not counting ${names.join(', ')}: open positions or SRE titles without SRE practice, §12.9.4)`;
}

/**
 * A service SRE runs by agreement while no SRE is free for its owner team (§12.4.1): SRE keeps it.
 * A short SRE team hires; only error budget evidence under the service's policy hands a service
 * back (§12.5), and capacity is no such evidence. SRE runs it alone only under a policy.
 */
function keepSre(service: Service, context: Context, reasons: string[]): RunModel {
  const { support, model } = context;
  const owner = service.spec.owner;
  const shortTeam =
    support.kind === 'fallback'
      ? support.capacity
      : support.kind === 'planned'
        ? support.today
        : undefined;
  if (shortTeam !== undefined) {
    const c = shortTeam;
    const short = c.supported.length - c.sres.length;
    const uncounted = notCounted(model, c.team);
    reasons.push(
      `SRE team ${c.team} has ${c.sres.length} SRE(s) for the ${c.supported.length} dev teams it shares on-call with${uncounted}: it is ${short} SRE${short === 1 ? '' : 's'} short to keep sharing ${owner}'s on-call (§12.4.1). Hire rather than take SRE away: only error budget evidence under its policy hands a service back (§12.5).`,
    );
  } else if (support.kind === 'runs-alone') {
    reasons.push(
      `SRE team ${support.running.team} runs other services of ${owner} alone (§12.5) and has no SRE free for this one (§12.4.1): it keeps this one as agreed and needs another SRE; only error budget evidence under its policy hands a service back (§12.5).`,
    );
  } else {
    const teams = model.index.sreTeamsOf(service.name);
    reasons.push(
      teams.length > 0
        ? `SRE team ${teams.join(', ')} runs it but has no SRE counted for ${owner} (it does not list ${owner} in its supports, or has no SRE in place): add the team to its supports and staff it (§12.4.1, §12.4.7); SRE is not taken away without error budget evidence (§12.5).`
        : `It names no SRE team to run it with (§12.4, §12.5): name one; SRE is not taken away without error budget evidence (§12.5).`,
    );
  }
  if (service.spec.runModel === 'sre-runs-it' && service.spec.errorBudgetPolicy === undefined) {
    reasons.push(
      'SRE may run it alone only under an error budget policy (§12.5): share on-call until one is agreed.',
    );
    return 'you-and-sre-run-it';
  }
  return service.spec.runModel;
}
