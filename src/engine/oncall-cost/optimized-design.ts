import type { CompiledModel, Coverage, Rotation, Service } from '../../model/index.ts';
import {
  isOutsideCompany,
  operationsTeams,
  providerOfPeople,
  RUN_MODEL_TRAITS,
  rotationTurnTakers,
  serviceDomain,
  sreTeamOnCallFor,
  teamEngineers,
} from '../../model/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
import {
  knowsItsServices,
  roundTheClockRotations,
  teamRotationsRoundTheClock,
} from '../schedule/round-the-clock.ts';
import {
  rotationTeam,
  teamRoundTheClockRotation,
} from '../schedule/team-round-the-clock-rotation.ts';
import {
  domainPartners,
  domainTeams,
  modelSites,
  officeHoursElsewhere,
  rotationSites,
  teamSite,
} from '../sites/index.ts';
import {
  highDemandBelowItsTier,
  operationsMayRun,
  serviceLevel,
  tierOfService,
  tierThresholds,
} from '../spectrum/availability-tier.ts';
import { type InterimWait, interimUntil, interimWaitKey } from '../spectrum/interim-until.ts';
import { lowTierToOperations } from '../spectrum/low-tier-to-operations.ts';
import {
  type OperationsKeep,
  operationsKeep,
  opsRunAccepted,
} from '../spectrum/ops-run-accepted.ts';
import { serviceRecommendations } from '../spectrum/recommend-services.ts';
import { type SreJoining, sresJoiningTeams } from '../spectrum/sres-joining.ts';
import { businessName } from '../staffing/headcount-by-role.ts';
import { peopleNeeded } from '../staffing/people-needed.ts';
import type {
  Design,
  DesignRotation,
  ExplainedChange,
  StaffedFrom,
  TeamPeople,
} from './design-rotation.ts';
import { runnerOf } from './runner-of.ts';
import { sameDomainPagerNote, sameDomainPagers } from './same-domain-pager.ts';
import { todayRotation } from './today-rotation.ts';

/** How the optimized design's notes name the round-the-clock cover it adds for high tiers. */
export const ADDS_ROUND_THE_CLOCK =
  'a team rotation round the clock for high-tier services that have none today';

/** How a note of the optimized design that extends today's rotation to 24x7 begins. */
export const EXTENDS = 'extend';

/** How a note of the optimized design begins that gives up a round-the-clock rotation of today. */
export const NOT_KEPT = 'not kept:';

/** How the notes name the high-tier services the design moves from operations to developers. */
export const HIGH_TO_DEVELOPERS =
  'a team rotation round the clock of its developers for each high-tier service operations run today, as the recommendations advise (§12.2.2, §12.6)';

/**
 * How the note begins on low tiers the design leaves with the developers or SRE who run them, as
 * the recommendations do (`lowTierToOperations`).
 */
export const LOW_KEPT_BY_BUILDERS =
  'low tier, kept by the developers or SRE who run it rather than moved to operations, as the recommendations advise (operations may run low tiers, §12.2.2, but a move there is unlikely, §12.8.1)';

/**
 * How the note begins on high tiers operations keep as first line, their developers second line
 * in office hours, until the developers' team can staff a rotation round the clock
 * (`operationsFirstLine`).
 */
export const OPERATIONS_FIRST_LINE =
  'operations stay first line on their runbooks, the developers second line in office hours, until the team can staff a rotation round the clock (§12.6, §12.9.5)';

/**
 * How the note begins on services whose nights stay on an operations' rotation kept round the
 * clock as first line for a high tier, their developers taking them in office hours
 * (`nightsWithFirstLine`), until operations no longer keep it for that tier.
 */
export const NIGHTS_WITH_FIRST_LINE =
  'nights kept on the operations’ rotation that stays first line for a high tier, on their runbooks, the developers in office hours (§12.6)';

/**
 * How the note begins on services above low tiers that operations keep because no developer
 * team builds them (`opsRunAccepted`).
 */
export const KEPT_BY_OPERATIONS =
  'kept by the operations who run them, not handed to developers: no development team builds them, and "you build it, you run it" needs one (§12.2, §12.2.2)';

/** Why operations keep a service, in the words of the design's note (`operationsKeep`). */
const OPERATIONS_KEEP_WORDS: Record<OperationsKeep, (s: Service) => string> = {
  bought: (s) => `bought from another company; ${s.spec.owner} owns its integration`,
  'no-developers': (s) => `team ${s.spec.owner} has no developers`,
  accepted: () => 'whorunsit/ignore: ops-run-high-target',
};

/** How the note on a rotation its team cannot staff begins. */
export const MORE_THAN_THE_TEAM = 'more people than its team has';

export interface OptimizedDesignOptions {
  /** Coverage of the domain rotations the design proposes (§12.6: 8x5 or 8x7); default 8x5. */
  readonly domainCoverage?: Coverage;
  /**
   * Services designed at the medium tier whatever their target, as if it were lowered to it: the
   * alternative to team rotations their teams cannot staff (§12.6: domain rotations are "justified
   * by the medium availability targets"; §12.8: the choice is made per service).
   */
  readonly atMediumTier?: readonly string[];
  /**
   * Each rotation's own business hours (`designBusinessHours`: the policy that pays most of its
   * people); else the design's. The notes say a service's office hours by them where they are
   * another site's than its owners' (`officeHoursElsewhere`).
   */
  readonly hoursOf?: ((rotation: DesignRotation) => BusinessHours) | undefined;
}

/**
 * The on-call design §12.6 recommends, worked out from today's rotations so that it changes
 * only what makes it safer or cheaper. A service's tier is the one every command reads
 * (`tierOfService`): its target's, else its demand's, else medium.
 *
 * - **high tier**: a team rotation round the clock of people who know the service (the thin
 *   layer may take runbook cases in front of it). Today's round-the-clock team rotation is
 *   kept; a high-tier service without one gets its running team's office-hours rotation
 *   extended to 24x7 (same name, same members), or else a new 24x7 rotation of that team, also
 *   when a round-the-clock domain rotation covers it today (§12.6 recommends a team rotation for
 *   high targets, as the recommendations and the check `domain-rotation-high-target` say; the
 *   domain rotation stays for the medium tiers it covers). One operations run today goes to its
 *   developers as the recommendations advise (`operationsMayRun`): the operations' rotation is
 *   not kept for it.
 * - **medium tier** (and services with neither target nor demand, to stay on the safe side): domain rotations
 *   shared by the teams of a domain that work the same hours ("fewer people on call per set of
 *   teams"; `domainPartners`), one per site; a team with no such partner keeps its team
 *   rotation in office hours. A medium-tier
 *   service stays on a round-the-clock rotation that is kept for high tiers anyway; round-the-
 *   clock rotations that protect no high-tier service give way to domain rotations in office
 *   hours behind a thin layer, when there is one today or when that replaces two or more of
 *   them (a thin layer for one would cost as much as it). Today's office-hours domain rotation
 *   whose people work at several sites gives way to one per site. A service operations run today
 *   that they should not (`operationsMayRun`) goes to its developers' domain or team rotation
 *   rather than staying on the operations' round-the-clock rotation kept for high tiers.
 * - **low tier** (and demand not high): an operations team's office-hours rotation where the
 *   organization has an operations team and the recommendations send it there
 *   (`lowTierToOperations`: operations or nobody run it today; §12.2.2: "services with low
 *   availability targets can be run by the operations teams", §12.8.1: a move there from a
 *   developer or SRE model is unlikely); otherwise as a medium tier.
 *
 * Today's rotations are kept under their names, with their members and coverage; proposed ones
 * are named `team:…`, `domain:…` (`domain:…@site` where the domain works at several sites),
 * `operations:…` and `thin-layer`.
 */
export function optimizedDesign(
  model: CompiledModel,
  businessHours: BusinessHours,
  options: OptimizedDesignOptions = {},
): Design {
  const thresholds = tierThresholds(model);
  const services = [...model.services.values()];
  const lowered = new Set(options.atMediumTier ?? []);
  // One tier per service, every command's (`tierOfService`): without a target high demand is a
  // high tier here as in the checks, the schedule and the recommendations.
  const tierOf = (s: Service) => (lowered.has(s.name) ? 'medium' : serviceLevel(s, thresholds));
  // §12.6: a team rotation is its team's people taking turns; how many can is the team's count,
  // and the SRE the plan sends to share its on-call (§12.4.1, `sresJoiningTeams`) takes turns too.
  const sresJoining = sresJoiningTeams(model);
  const peopleOfTeam = (team: string): TeamPeople => ({
    name: team,
    people: teamEngineers(model, team).length,
    joining: sresJoining.has(team) ? 1 : 0,
  });
  // A spare SRE the plan sends to another team takes turns there, not on their SRE team's
  // rotation as well: nobody is counted on two rotations of the design.
  const sentAway = new Set([...sresJoining.values()].flatMap((j) => j.sre ?? []));
  const staying = (members: readonly string[]) => members.filter((m) => !sentAway.has(m));
  const notes: string[] = [];
  const changes: ExplainedChange[] = [];
  const explain = (note: string, rotations: readonly string[]) => {
    notes.push(note);
    changes.push({ note, rotations });
  };
  const chosen = new Map<string, { rotation: DesignRotation; services: string[] }>();
  // A rotation kept for many services is priced once: `put` keeps the first entry anyway.
  const keep = (rotation: Rotation, service: Service) =>
    put(
      chosen.get(rotation.name)?.rotation ??
        todayRotation({ model, rotation, businessHours, services: [] }),
      service,
    );
  const propose = (
    rotation: Omit<DesignRotation, 'services' | 'peopleNeeded' | 'team'>,
    service: Service,
    team?: string,
  ) =>
    put(
      {
        ...rotation,
        services: [],
        peopleNeeded: peopleNeeded(rotation.coverage, { businessHours }).total,
        team: team === undefined ? undefined : peopleOfTeam(team),
        // An outside provider's team staffs it under its contract (§12.4.6): not a hire.
        provider:
          team === undefined
            ? undefined
            : providerOfPeople(
                model,
                teamEngineers(model, team).map((p) => p.name),
              ),
      },
      service,
    );
  // §12.6: a high-tier service covered only in office hours by its team's rotation gets that
  // rotation round the clock: same name, same members, priced as 24x7.
  const extended = new Map<
    string,
    { rotation: DesignRotation; from: Coverage; services: string[] }
  >();
  const extend = (rotation: Rotation, service: Service) => {
    const known = chosen.get(rotation.name)?.rotation;
    const round = { ...rotation, spec: { ...rotation.spec, coverage: '24x7' as const } };
    const designed = known ?? {
      ...todayRotation({ model, rotation: round, businessHours, services: [] }),
      team: peopleOfTeam(runner(service)),
    };
    put(designed, service);
    const entry = extended.get(rotation.name) ?? {
      rotation: designed,
      from: rotation.spec.coverage,
      services: [],
    };
    entry.services.push(service.name);
    extended.set(rotation.name, entry);
  };
  // §12.4.1: the SREs of a rotation of their own join the developers' rotation for the same
  // services: one rotation, its members both, priced as the developers' rotation with them.
  const joined = new Map<string, SharedRotation>();
  const share = (shared: SharedRotation, service: Service) => {
    const { developers, sre } = shared;
    const members = [
      ...new Set([...developers.spec.members, ...sre.flatMap((r) => staying(r.spec.members))]),
    ];
    const together = { ...developers, spec: { ...developers.spec, members } };
    put(
      chosen.get(developers.name)?.rotation ??
        todayRotation({ model, rotation: together, businessHours, services: [] }),
      service,
    );
    joined.set(developers.name, shared);
  };
  const put = (rotation: DesignRotation, service: Service) => {
    const entry = chosen.get(rotation.name) ?? { rotation, services: [] };
    entry.services.push(service.name);
    chosen.set(rotation.name, entry);
  };

  // Teams of type operations and SRE teams in name only (`operationsTeams`, §12.2, §12.4.6).
  const opsTeams = operationsTeams(model);
  const opsTeamNames = new Set(opsTeams.map((t) => t.name));
  const runByOperations = (r: Rotation) => opsTeamNames.has(runBy(model, r) ?? '');
  const outside = (team: string | undefined) => {
    const organization = team === undefined ? undefined : model.teams.get(team)?.spec.organization;
    return organization !== undefined && isOutsideCompany(model, organization);
  };
  const inHouseOps = opsTeams.filter((t) => !outside(t.name));
  const operations = inHouseOps[0] ?? opsTeams[0];
  // A service operations keep (`opsRunAccepted`: bought from another company, an owner team
  // without developers, or accepted by the model) is run by the operations team on call for it
  // today, not by its owner team, which does not build it (§12.2): the design's rotations for it
  // are that team's, never its owner's developers'.
  const keptByOps = (s: Service) => opsRunAccepted(model, s);
  const operationsTeamOf = (s: Service): string | undefined => {
    const today = model.index
      .rotationsCovering(s.name)
      .find((r) => knowsItsServices(r) && runByOperations(r));
    return (today === undefined ? undefined : runBy(model, today)) ?? operations?.name;
  };
  const runner = (s: Service) => (keptByOps(s) ? operationsTeamOf(s) : undefined) ?? runnerOf(s);
  // §12.2.2: above low targets and demand operations resolve incidents too slowly, and the
  // recommendations hand such a service to its developers (`operationsMayRun`, their rule): the
  // design puts it on its developers' rotation, not on the operations' one.
  // A service the model accepts operations running (`opsRunAccepted`) stays with them, as in
  // the recommendations.
  // A high tier whose recommendation keeps operations first line until its developers' team can
  // staff a rotation round the clock (`operationsFirstLine`) stays on their rotation too, with
  // its developers' office-hours rotation behind it as second line.
  const recommended = serviceRecommendations(model);
  const firstLine = (s: Service) => recommended.get(s.name)?.interim === 'ops-runs-it';
  const toDevelopers = (s: Service) =>
    (s.spec.runModel === 'ops-runs-it' || s.spec.runModel === 'unorganized') &&
    !operationsMayRun(s, thresholds) &&
    !opsRunAccepted(model, s) &&
    !firstLine(s);
  const secondLine: string[] = [];
  // Those of them whose team's rotation counts the SRE the hiring list hires (`sreJoins`): they
  // wait for that SRE too, which the note says rather than name the team's hires alone.
  const waitForSre: string[] = [];

  // A high tier with no round-the-clock rotation of its own joins its team's
  // (`teamRoundTheClockRotation`) rather than a second rotation of the same people.
  const roundTheClockOf = (team: string) => teamRoundTheClockRotation(model, team);
  // Where each high tier without a round-the-clock rotation today goes, for the notes.
  const placedOn = new Map<string, string>();

  // High tiers first: the round-the-clock rotations kept for them decide where others can stay.
  const high = services.filter((s) => tierOf(s) === 'high');
  const uncoveredHigh: string[] = [];
  const highToDevelopers: string[] = [];
  const highDemand = high
    .filter((s) => tierOfService(s, thresholds).basis === 'demand')
    .map((s) => s.name);
  if (highDemand.length > 0) {
    notes.push(
      `no availability target, high demand: treated as high tier: ${highDemand.join(', ')}`,
    );
  }
  for (const s of high) {
    const handed = toDevelopers(s);
    if (handed) highToDevelopers.push(s.name);
    // A high-tier service operations run today leaves their rotation: the recommendations give
    // it to its developers, on their team rotation round the clock (§12.6).
    const today = teamRotationsRoundTheClock(model, s).filter(
      (r) => !handed || !runByOperations(r),
    );
    // Shared on-call (§12.4) is developers and SRE both on call. The chapter's form is one
    // rotation the SREs share with the developers (§12.4.1): SREs on a rotation of their own
    // beside the developers' for the same services join the developers' (`sharedRotation`);
    // otherwise each side's rotation stays. Without SRE one rotation of people who know the
    // service is enough (§12.6).
    const { developersOnCall, sreOnCall } = RUN_MODEL_TRAITS[s.spec.runModel];
    const shared = developersOnCall && sreOnCall ? sharedRotation(model, s, today) : undefined;
    if (shared) share(shared, s);
    else if (developersOnCall && sreOnCall) {
      for (const r of [...today, ...developersBesideSre(model, s, today)]) keep(r, s);
    } else for (const r of today.slice(0, 1)) keep(r, s);
    if (firstLine(s) && tierOf(s) === 'high') {
      // §12.6: the rotation operations forward to is the developers' own in office hours.
      const owner = s.spec.owner;
      propose({ name: `team:${owner}`, type: 'team', coverage: '8x5' }, s, owner);
      secondLine.push(`${s.name} (${today[0]?.name ?? ''}, then team:${owner} 8x5)`);
      const until = recommended.get(s.name)?.until;
      if (until?.kind === 'team-staffed' && until.sreJoins) waitForSre.push(s.name);
    }
    if (today.length === 0) {
      // The team's own office-hours rotation, extended round the clock with its members, rather
      // than a second rotation of the same people beside it.
      const office = officeHoursRotationOf(model, s, runner(s));
      const own = roundTheClockOf(runner(s));
      if (own) {
        keep(own, s);
        placedOn.set(s.name, own.name);
      } else if (office) extend(office, s);
      else {
        propose({ name: `team:${runner(s)}`, type: 'team', coverage: '24x7' }, s, runner(s));
        if (!handed) uncoveredHigh.push(s.name);
      }
    }
  }
  const teamOf = (n: string) =>
    placedOn.get(n) ?? `team:${runner(model.services.get(n) as Service)}`;
  if (uncoveredHigh.length > 0) {
    explain(
      `${ADDS_ROUND_THE_CLOCK}: ${uncoveredHigh.map((n) => `${n} (${teamOf(n)})`).join(', ')}`,
      uncoveredHigh.map(teamOf),
    );
  }
  for (const [name, { rotation, services: covered }] of extended) {
    const members = rotation.members ?? 0;
    explain(
      `${EXTENDS} ${name} from ${extended.get(name)?.from} to 24x7 for ${covered.join(', ')}: its ${members} members, ${rotation.peopleNeeded} needed by the sizing rule${members < rotation.peopleNeeded ? ` (${rotation.peopleNeeded - members} more)` : ''}`,
      [name],
    );
  }
  if (secondLine.length > 0) {
    explain(
      `${OPERATIONS_FIRST_LINE}: ${secondLine.join(', ')}${
        waitForSre.length === 0
          ? ''
          : `; ${waitForSre.join(', ')} ${waitForSre.length === 1 ? 'waits' : 'wait'} for the SRE the hiring list hires for ${waitForSre.length === 1 ? 'its' : 'their'} team too, whom that rotation counts (§12.4.1)`
      }`,
      [...chosen.values()]
        .filter(({ services: covered }) =>
          covered.some((n) => secondLine.some((x) => x.startsWith(`${n} (`))),
        )
        .map(({ rotation }) => rotation.name),
    );
  }
  if (highToDevelopers.length > 0) {
    explain(
      `${HIGH_TO_DEVELOPERS}: ${highToDevelopers.map((n) => `${n} (${teamOf(n)})`).join(', ')}`,
      highToDevelopers.map(teamOf),
    );
  }

  // Round-the-clock rotations that protect no high tier: replaced by a thin layer and domain
  // rotations when that saves anything.
  const keptRoundTheClock = new Set(chosen.keys());
  const joinedRotations = new Set([...joined.values()].flatMap((j) => j.sre.map((r) => r.name)));
  const notKept = [...model.rotations.values()].filter(
    (r) =>
      knowsItsServices(r) &&
      r.spec.coverage === '24x7' &&
      !keptRoundTheClock.has(r.name) &&
      !joinedRotations.has(r.name),
  );
  // §12.2.2, §12.6: a low tier goes to operations in office hours or shares a domain rotation;
  // a round-the-clock rotation is not kept for low tiers alone. One that covers medium tiers is
  // kept for them when they stay on it and one rotation is all a thin layer would replace (a
  // thin layer for one would cost as much as it). When its medium tiers go to their developers
  // instead (`toDevelopers`), it is no longer theirs to keep: a thin layer receives their
  // breaches at night, in front of the developers' office-hours rotations.
  const medium = (s: Service) => tierOf(s) !== 'high' && !operationsMayRun(s, thresholds);
  const mediumOnly = notKept.filter((r) => model.index.servicesCoveredBy(r.name).some(medium));
  const mediumOnlyNames = new Set(mediumOnly.map((r) => r.name));
  const keepable = mediumOnly.filter((r) =>
    model.index.servicesCoveredBy(r.name).some((s) => medium(s) && !toDevelopers(s)),
  );
  const lowOnly = notKept.filter((r) => !mediumOnlyNames.has(r.name));
  const thinToday = model.index.rotationsOfType('thin-layer');
  const replace =
    mediumOnly.length > 0 &&
    (thinToday.length > 0 || mediumOnly.length >= 2 || keepable.length < mediumOnly.length);
  if (mediumOnly.length > 0 && replace) {
    notes.push(
      `office-hours domain or team rotations behind a thin layer instead of round-the-clock rotations no high-tier service stays on: ${mediumOnly.map((r) => r.name).join(', ')}`,
    );
  } else if (mediumOnly.length > 0) {
    explain(
      `kept: ${mediumOnly.map((r) => r.name).join(', ')}, round the clock for medium and low tiers only; a thin layer in its place would cost as much`,
      mediumOnly.map((r) => r.name),
    );
  }
  for (const r of lowOnly) {
    const low = model.index
      .servicesCoveredBy(r.name)
      .filter((s) => tierOf(s) !== 'high')
      .map((s) => s.name);
    explain(
      low.length > 0
        ? `${NOT_KEPT} ${r.name}: round the clock for low tiers only (${low.join(', ')}), which go to operations in office hours or share a domain rotation (§12.2.2, §12.6)`
        : `${NOT_KEPT} ${r.name}: its services go to their developers`,
      [r.name],
    );
  }
  // §12.4.6: an outside provider's operations team works under its contract, which covers the
  // services it names: a low tier goes to the company's own operations when it has any
  // (`thinLayerStaff`'s rule), and to the provider only when it has none, saying that its
  // contract must cover the work (`toVendor`).
  const opsRotations = [...model.rotations.values()].filter(
    (r) => knowsItsServices(r) && r.spec.coverage !== '24x7' && runByOperations(r),
  );
  const inHouseOpsRotations = opsRotations.filter((r) => !outside(runBy(model, r)));
  // Today's office-hours rotation of operations a new low tier joins: the company's own first.
  const opsRotationForNew =
    inHouseOpsRotations[0] ?? (inHouseOps.length > 0 ? undefined : opsRotations[0]);
  // Low tiers the design hands to another company's operations that do not run them today.
  const toVendor = new Map<string, string[]>();
  // An office-hours domain or team rotation whose people work at several sites stands some of
  // them by outside their working day (8x5 in Berlin hours is 13:30–21:30 in Bangalore): it is
  // not kept; its services go to a rotation per site (`proposeShared`), as a new domain's do.
  const acrossSites = new Map<string, boolean>();
  const split = new Set<string>();
  const keepsItsSite = (r: Rotation) => {
    let across = acrossSites.get(r.name);
    if (across === undefined) {
      across = r.spec.coverage !== '24x7' && rotationSites(model, r).length > 1;
      acrossSites.set(r.name, across);
      if (across) split.add(r.name);
    }
    return !across;
  };
  const todayDomainRotation = (s: Service) => {
    const domain = serviceDomain(model, s);
    return domain === undefined
      ? undefined
      : model.index.rotationsOfType('domain').find((r) => r.spec.covers?.domain === domain);
  };
  // A round-the-clock rotation the design does not keep (above: replaced by office hours behind
  // a thin layer, or not kept for low tiers alone) is not one its services stay on: keeping it
  // for them would price today's standby beside the thin layer while the notes say it is gone.
  const staysAsItIs = (r: Rotation) =>
    r.spec.coverage !== '24x7' ||
    keptRoundTheClock.has(r.name) ||
    (!replace && mediumOnlyNames.has(r.name));
  const domainRotationOf = (s: Service) => {
    const today = todayDomainRotation(s);
    return today !== undefined && keepsItsSite(today) && staysAsItIs(today) ? today : undefined;
  };
  const officeHours = options.domainCoverage ?? '8x5';
  const teamRotations = new Set(model.index.rotationsOfType('team').map((r) => r.name));
  // §12.6 "fewer people on call per set of teams": a domain rotation is shared only by teams of
  // the domain that work the same hours (`domainPartners`, the rule the recommendations and the
  // check team-rotation-medium-target use), so one domain on two continents gets one rotation
  // per site. A team with no such partner keeps its team rotation in office hours: today's, or
  // a new one.
  // Each team's first office-hours team rotation, by the team most of its members belong to:
  // worked out once, not per service.
  let officeHoursTeamRotations: Map<string, Rotation> | undefined;
  const officeHoursTeamRotationOf = () => {
    if (officeHoursTeamRotations === undefined) {
      officeHoursTeamRotations = new Map();
      for (const r of model.index.rotationsOfType('team')) {
        if (r.spec.coverage === '24x7' || !knowsItsServices(r)) continue;
        const team = runBy(model, r);
        if (team !== undefined && !officeHoursTeamRotations.has(team))
          officeHoursTeamRotations.set(team, r);
      }
    }
    return officeHoursTeamRotations;
  };
  const proposeShared = (s: Service) => {
    const domain = serviceDomain(model, s);
    const owner = s.spec.owner;
    const partners = domainPartners(model, owner, domain);
    if (partners.length > 0) {
      // Today's office-hours rotation that the team already shares with every partner is that
      // domain rotation in all but its type (the rule of team-rotation-medium-target): kept.
      // Not the operations' own office-hours rotation for a service handed to its developers
      // (`toDevelopers`): hospital-group's lab-results-feed stayed on clinical IT's day desk.
      const handed = toDevelopers(s);
      const sharedToday = model.index.rotationsCovering(s.name).find((r) => {
        if (!knowsItsServices(r) || r.spec.coverage === '24x7' || !keepsItsSite(r)) return false;
        if (handed && runByOperations(r)) return false;
        const owners = new Set(model.index.servicesCoveredBy(r.name).map((x) => x.spec.owner));
        return partners.every((t) => owners.has(t.name));
      });
      if (sharedToday) {
        keep(sharedToday, s);
        return;
      }
      const site = teamSite(model, owner);
      const sites = new Set(
        domainTeams(model, domain)
          .filter((t) => t.spec.type === 'development')
          .flatMap((t) => teamSite(model, t.name) ?? []),
      );
      // A model that states no domain is one (domainTeams): its rotation is named for the business.
      const named = domain ?? businessName(model);
      const name =
        site !== undefined && sites.size > 1 ? `domain:${named}@${site}` : `domain:${named}`;
      propose({ name, type: 'domain', coverage: officeHours }, s);
      return;
    }
    // Today's office-hours team rotation stays only where its people share one working day:
    // one on San Francisco's clock with Dublin people in it stands them by until 01:00. A service
    // handed to its developers (`toDevelopers`) goes to its own team's office-hours rotation, not
    // to the one of the people who ran it for them (game-studio's patch-distribution stayed on
    // IT's infra-hours while the notes said its developers run it).
    const officeHoursOf = (r: Rotation) =>
      teamRotations.has(r.name) &&
      knowsItsServices(r) &&
      r.spec.coverage !== '24x7' &&
      keepsItsSite(r);
    const own = officeHoursTeamRotationOf().get(owner);
    const today = toDevelopers(s)
      ? own !== undefined && officeHoursOf(own)
        ? own
        : undefined
      : model.index.rotationsCovering(s.name).find(officeHoursOf);
    if (today) keep(today, s);
    else propose({ name: `team:${owner}`, type: 'team', coverage: officeHours }, s, owner);
  };
  const moved: string[] = [];
  const untargeted: string[] = [];
  const lowDemand: string[] = [];
  const handedOver: string[] = [];
  const keptByBuilders: string[] = [];
  // By what they wait for (`interimWaitKey`): the services whose nights stay on a rotation kept
  // for a high tier (`until` is `first-line-kept`).
  const nightsKept = new Map<string, { until: InterimWait; services: Service[] }>();
  for (const s of services) {
    const tier = tierOf(s);
    if (tier === 'high') continue;
    // Without a target, demand decides as in the recommendations (`operationsMayRun`).
    const opsMay = operationsMayRun(s, thresholds);
    if (tierOfService(s, thresholds).basis !== 'target' && !lowered.has(s.name)) {
      (opsMay ? lowDemand : untargeted).push(s.name);
    }
    // Handed to its developers (`toDevelopers`), it does not stay on an operations'
    // round-the-clock rotation but goes to its domain's.
    const handed = toDevelopers(s);
    if (handed) handedOver.push(s.name);
    // Handed to its developers, it joins their round-the-clock team rotation where the design
    // keeps one, rather than losing the nights operations covered (hospital-group's
    // lab-results-feed, on the interface engine's pager).
    const theirs = handed ? roundTheClockOf(runnerOf(s)) : undefined;
    const stay = handed
      ? theirs !== undefined && keptRoundTheClock.has(theirs.name)
        ? theirs
        : undefined
      : model.index
          .rotationsCovering(s.name)
          .find(
            (r) =>
              knowsItsServices(r) &&
              r.spec.coverage === '24x7' &&
              (keptRoundTheClock.has(r.name) || (!replace && mediumOnlyNames.has(r.name))),
          );
    if (stay) {
      keep(stay, s);
      // Operations keep its nights as first line (`operationsFirstLine`): its developers take it
      // in office hours behind them, on the rotation they would run it on.
      if (firstLine(s)) proposeShared(s);
      const until = recommended.get(s.name)?.until;
      if (until?.kind === 'first-line-kept') {
        const key = interimWaitKey(until);
        const group = nightsKept.get(key);
        if (group) group.services.push(s);
        else nightsKept.set(key, { until, services: [s] });
      }
      continue;
    }
    // Handed to its developers, it leaves operations' round-the-clock rotation even where that
    // is kept for a high tier operations stay first line for: its nights go with it.
    const leaves = model.index
      .rotationsCovering(s.name)
      .some(
        (r) =>
          notKept.includes(r) ||
          (handed && knowsItsServices(r) && r.spec.coverage === '24x7' && runByOperations(r)),
      );
    if (leaves) moved.push(s.name);
    // Above low tiers operations keep what no developer team builds (`opsRunAccepted`): their
    // office-hours rotation covering it today, else a new one of the operations team on call for
    // it, behind the thin layer as the developers' medium tiers are (§12.2, §12.6).
    if (keptByOps(s) && !opsMay) {
      const ops = opsRotations.find((r) => model.index.rotationsCovering(s.name).includes(r));
      const team = operationsTeamOf(s);
      if (ops) keep(ops, s);
      else if (team !== undefined)
        propose({ name: `operations:${team}`, type: 'team', coverage: officeHours }, s, team);
      else proposeShared(s);
      continue;
    }
    // §12.2.2, §12.8.1: a low tier goes to operations only where the recommendations send it
    // there (`lowTierToOperations`, their rule): one its developers or SRE run stays with them.
    if (opsMay && !lowTierToOperations(s, thresholds)) keptByBuilders.push(s.name);
    if (opsMay && lowTierToOperations(s, thresholds)) {
      // §12.2.2: low targets can be run by operations; an office-hours rotation operations
      // already run takes it at no extra cost, a domain rotation it already has keeps it.
      const ops = opsRotations.find((r) => model.index.rotationsCovering(s.name).includes(r));
      const today = todayDomainRotation(s);
      const own = domainRotationOf(s);
      const byOps = ops ?? (today ? undefined : opsRotationForNew);
      // New work for the provider: not a service its people cover today under the contract.
      const handed = (team: string | undefined) => {
        if (team === undefined || !outside(team)) return;
        if (model.index.rotationsCovering(s.name).some((r) => runBy(model, r) === team)) return;
        toVendor.set(team, [...(toVendor.get(team) ?? []), s.name]);
      };
      if (byOps) {
        if (byOps !== ops) handed(runBy(model, byOps));
        keep(byOps, s);
      } else if (own) keep(own, s);
      else if (today) proposeShared(s);
      else if (operations) {
        handed(operations.name);
        propose(
          { name: `operations:${operations.name}`, type: 'team', coverage: '8x5' },
          s,
          operations.name,
        );
      } else proposeShared(s);
      continue;
    }
    const own = domainRotationOf(s);
    if (own) keep(own, s);
    else proposeShared(s);
  }
  for (const { until, services: kept } of nightsKept.values()) {
    if (until.kind !== 'first-line-kept') continue;
    const behind = (s: Service) =>
      [...chosen.values()]
        .filter(
          ({ rotation, services: on }) => on.includes(s.name) && rotation.name !== until.rotation,
        )
        .map(({ rotation }) => rotation);
    explain(
      `${NIGHTS_WITH_FIRST_LINE}: ${kept
        .map(
          (s) =>
            `${s.name} (${until.rotation}, then ${
              behind(s)
                .map((r) => `${r.name} ${r.coverage}`)
                .join(', ') || 'nobody'
            })`,
        )
        .join(', ')}, until ${interimUntil(until, kept.length > 1)}`,
      [...new Set(kept.flatMap((s) => behind(s).map((r) => r.name)))],
    );
  }
  for (const [team, moved] of toVendor) {
    const organization = model.teams.get(team)?.spec.organization ?? team;
    notes.push(
      `low tier to another company's operations team ${team} (${organization}; the organization has no operations team of its own): ${moved.join(', ')}; its contract must cover ${moved.length === 1 ? 'it' : 'them'} before the work moves, or ${moved.length === 1 ? 'it stays' : 'they stay'} with ${moved.length === 1 ? 'its' : 'their'} developers (§12.4.6)`,
    );
  }
  if (handedOver.length > 0) {
    notes.push(
      `run by their developers on a domain or team rotation, not by operations (above low targets and demand, §12.2.2): ${handedOver.join(', ')}`,
    );
  }
  // Said, with why, so a reader sees the design did not forget them (§12.2: a bought product
  // has no developers to hand it to).
  const opsKept = services.filter((s) => keptByOps(s) && !operationsMayRun(s, thresholds));
  if (opsKept.length > 0) {
    notes.push(
      `${KEPT_BY_OPERATIONS}: ${opsKept.map((s) => `${s.name} (${OPERATIONS_KEEP_WORDS[operationsKeep(model, s) ?? 'accepted'](s)})`).join(', ')}`,
    );
  }
  if (split.size > 0) {
    notes.push(
      `a domain or team rotation per site instead of office-hours rotations whose people work at several sites (some would stand by outside their working day): ${[...split].join(', ')}`,
    );
  }
  // §12.6, §12.8.1: the target decides the tier, so a high-demand service with a lower-tier
  // target may end in office hours; the check high-demand-office-hours-only says the same of today.
  const roundTheClock = new Set(
    [...chosen.values()].flatMap(({ rotation, services: covered }) =>
      rotation.type !== 'thin-layer' && rotation.coverage === '24x7' ? covered : [],
    ),
  );
  const demandInOfficeHours = services.filter(
    (s) =>
      !lowered.has(s.name) && highDemandBelowItsTier(s, thresholds) && !roundTheClock.has(s.name),
  );
  if (demandInOfficeHours.length > 0) {
    // Office hours of another site than the owners' are their night or evening: say whose.
    const elsewhere = (s: Service) =>
      [...chosen.values()]
        .filter(
          ({ rotation, services: on }) =>
            on.includes(s.name) && rotation.type !== 'thin-layer' && rotation.coverage !== '24x7',
        )
        .flatMap(({ rotation }) => {
          const zone = designZone(model, rotation, s);
          if (zone === undefined) return [];
          const hours = options.hoursOf?.(rotation) ?? businessHours;
          return officeHoursElsewhere(model, s, { name: rotation.name, zone, hours }) ?? [];
        });
    notes.push(
      `high demand, office hours only: ${demandInOfficeHours
        .map((s) => `${s.name} (${[`${s.spec.availabilityTarget} %`, ...elsewhere(s)].join('; ')})`)
        .join(
          ', ',
        )}, whose target is below the high tier (${thresholds.high} %) and decides it; confirm that office hours are enough for their users, or raise the target to keep them round the clock`,
    );
  }
  if (untargeted.length > 0) {
    notes.push(`no availability target, treated as medium tier: ${untargeted.join(', ')}`);
  }
  if (lowDemand.length > 0) {
    notes.push(`no availability target, low demand: treated as low tier: ${lowDemand.join(', ')}`);
  }
  if (operations && keptByBuilders.length > 0) {
    notes.push(`${LOW_KEPT_BY_BUILDERS}: ${keptByBuilders.join(', ')}`);
  }
  if (!operations && services.some((s) => operationsMayRun(s, thresholds))) {
    notes.push(
      'low tier with the medium tiers, on a domain or team rotation: the organization has no operations team',
    );
  }

  // A rotation the design adds or extends is its team's people taking turns: where the sizing
  // rule needs more than the team has, the design says so with both figures rather than count
  // people nobody has (§12.6). Its high tiers are the ones the alternative lowers (§12.8).
  const shortOfPeople: string[] = [];
  for (const { rotation, services: covered } of chosen.values()) {
    const team = rotation.team;
    if (team === undefined) continue;
    const people = team.people + team.joining;
    if (people >= rotation.peopleNeeded) continue;
    const round = extended.has(rotation.name) ? ' round the clock' : '';
    notes.push(
      `${MORE_THAN_THE_TEAM}: team ${team.name} has ${team.people} ${team.people === 1 ? 'person' : 'people'} who can be on call${joiningWords(team, sresJoining.get(team.name))}, ${rotation.name}${round} needs ${rotation.peopleNeeded} by the sizing rule (${rotation.peopleNeeded - people} short)`,
    );
    for (const name of covered) {
      const service = model.services.get(name);
      if (service && tierOf(service) === 'high') shortOfPeople.push(name);
    }
  }

  // §12.6: a high tier on a kept team pager its team cannot staff joins a same-domain team pager
  // with room rather than grow its own (`sameDomainPagers`). The design merges them: it neither
  // keeps nor prices the short pager grown, and its people take turns on the partner's, so the
  // design, its cost, the plan's decisions and the surplus allocation (which offers no free SRE
  // a rotation the design ends) read one answer.
  const offers = sameDomainPagers(model, [...chosen.values()], (name) => {
    const service = model.services.get(name);
    return service !== undefined && tierOf(service) === 'high';
  });
  for (const offer of offers) {
    const short = chosen.get(offer.short.rotation);
    const partner = chosen.get(offer.partner.rotation);
    if (short === undefined || partner === undefined) continue;
    chosen.set(offer.partner.rotation, {
      rotation: { ...partner.rotation, members: offer.together },
      services: [...partner.services, ...short.services],
    });
    chosen.delete(offer.short.rotation);
    explain(sameDomainPagerNote(offer), [offer.short.rotation, offer.partner.rotation]);
  }

  // The thin layer receives the SLO breaches (§12.6): today's keeps what it covers, and takes
  // the nights of the services whose round-the-clock rotation goes; a new one takes them all.
  const all = services.map((s) => s.name);
  // Sets, not lists: at 50,000 services a scan of both lists per service took minutes.
  const movedNames = new Set(moved);
  const thin: DesignRotation[] =
    thinToday.length > 0
      ? thinToday.map((r) => {
          const today = new Set(model.index.servicesCoveredBy(r.name).map((s) => s.name));
          const covered = all.filter((s) => today.has(s) || movedNames.has(s));
          // A thin layer in office hours cannot take the nights of the services whose
          // round-the-clock rotation goes: nobody would receive their breaches until morning.
          // It is extended round the clock (same name, same members, priced as 24x7), as a
          // team's office-hours rotation is for a high tier.
          const nights = r.spec.coverage === '24x7' ? [] : covered.filter((s) => movedNames.has(s));
          if (nights.length === 0) {
            return todayRotation({ model, rotation: r, businessHours, services: covered });
          }
          const round = { ...r, spec: { ...r.spec, coverage: '24x7' as const } };
          const designed = todayRotation({
            model,
            rotation: round,
            businessHours,
            services: covered,
          });
          const members = designed.members ?? 0;
          explain(
            `${EXTENDS} ${r.name} from ${r.spec.coverage} to 24x7: the thin layer takes the nights of ${nights.join(', ')}, whose round-the-clock rotation goes (§12.6); its ${members} members, ${designed.peopleNeeded} needed by the sizing rule${members < designed.peopleNeeded ? ` (${designed.peopleNeeded - members} more)` : ''}`,
            [r.name],
          );
          return designed;
        })
      : replace
        ? [
            {
              name: 'thin-layer',
              type: 'thin-layer',
              coverage: '24x7',
              services: all,
              peopleNeeded: peopleNeeded('24x7', { businessHours }).total,
              staffedFrom: thinLayerStaff(
                model,
                opsTeams,
                mediumOnly,
                [...chosen.values()].flatMap(({ rotation }) => {
                  const today =
                    rotation.keeps === undefined ? undefined : model.rotations.get(rotation.keeps);
                  return today !== undefined && rotation.coverage === '24x7' ? [today] : [];
                }),
              ),
            },
          ]
        : [];
  // Where each spare SRE sent away takes turns: their team's rotation in the design, else the team.
  const joiningRotation = new Map(
    [...sresJoining].flatMap(([team, j]) => {
      if (j.sre === null) return [];
      const rotation = [...chosen.values()].find((c) => c.rotation.team?.name === team)?.rotation;
      return [[j.sre, rotation?.name ?? `team ${team}`] as const];
    }),
  );
  return {
    name: 'optimized',
    extended: [...extended.keys()],
    changes,
    shared: [...joined.values()].map(({ developers, sre }) => ({
      rotation: developers.name,
      joins: sre.map((r) => r.name),
      // People who take turns: an open position on either is nobody yet.
      developers: rotationTurnTakers(model, developers).length,
      sres: new Set(sre.flatMap((r) => staying(rotationTurnTakers(model, r)))).size,
      services: chosen.get(developers.name)?.services ?? [],
      sentAway: [...new Set(sre.flatMap((r) => r.spec.members))]
        .filter((m) => sentAway.has(m))
        .map((m) => ({ sre: m, to: joiningRotation.get(m) ?? '' })),
    })),
    rotations: [
      ...thin,
      ...[...chosen.values()].map(({ rotation, services }) => ({ ...rotation, services })),
    ],
    shortOfPeople,
    sameDomainPagers: offers,
    notes,
  };
}

/**
 * Who staffs a thin layer the design proposes (§12.6: it receives the SLO breaches of every team
 * around the clock, reacts with runbooks and forwards the rest): the engineers of the
 * organization's operations teams (`operationsTeams`) where it has any inside the company (an
 * outside provider's people work under its contract, not on the company's pager) and they are
 * not on a round-the-clock rotation the design keeps (`kept`): a team already on call day and
 * night cannot take a second such rotation at the same time (merger's Manila desk, kept first
 * line for the marketplace, was to staff the layer too: its people counted twice, one hired);
 * else the people of the round-the-clock rotations it replaces, whose nights it takes as they
 * go to office hours. Fewer people than the sizing rule needs is a shortfall the design states
 * (`short-of-people`).
 */
function thinLayerStaff(
  model: CompiledModel,
  opsTeams: readonly { readonly name: string; readonly spec: { readonly organization: string } }[],
  replaced: readonly Rotation[],
  kept: readonly Rotation[],
): StaffedFrom {
  const onCall = new Set(kept.flatMap((r) => r.spec.members));
  const inside = opsTeams.filter(
    (t) =>
      !isOutsideCompany(model, t.spec.organization) &&
      !teamEngineers(model, t.name).some((p) => onCall.has(p.name)),
  );
  if (inside.length > 0) {
    const people = new Set(inside.flatMap((t) => teamEngineers(model, t.name).map((p) => p.name)));
    return {
      from: 'operations',
      teams: inside.map((t) => t.name),
      rotations: [],
      people: people.size,
    };
  }
  // Those who take the replaced rotations' turns: not open positions, nor people off call.
  const members = new Set(replaced.flatMap((r) => rotationTurnTakers(model, r)));
  const teams = new Set([...members].flatMap((m) => model.people.get(m)?.spec.team ?? []));
  return {
    from: 'replaced-rotations',
    teams: [...teams],
    rotations: replaced.map((r) => r.name),
    people: members.size,
  };
}

/**
 * The office-hours team rotation of the team that runs a service, covering it today: the one a
 * high-tier service's round-the-clock cover extends.
 */
function officeHoursRotationOf(
  model: CompiledModel,
  service: Service,
  team: string,
): Rotation | undefined {
  return model.index
    .rotationsCovering(service.name)
    .find(
      (r) =>
        r.spec.type === 'team' &&
        r.spec.coverage !== '24x7' &&
        knowsItsServices(r) &&
        runBy(model, r) === team,
    );
}

/**
 * Shared on-call keeps the developers on call beside the SREs (§12.4: "the SRE team runs a shared
 * on-call rotation for services in production with the developers"). When the only team rotation
 * round the clock of a shared-on-call service is the SRE team's, the developers' round-the-clock
 * domain rotation that covers it today stays for it: the design changes rotations, not run
 * models, and dropping it would leave the service to the SREs alone (`sre-runs-it` in all but
 * name). Empty when developers are already on a kept team rotation.
 */
function developersBesideSre(
  model: CompiledModel,
  service: Service,
  teamRotations: readonly Rotation[],
): Rotation[] {
  const sreTeam = service.spec.sreTeam;
  if (teamRotations.some((r) => runBy(model, r) !== sreTeam)) return [];
  return roundTheClockRotations(model, service).filter(
    (r) => r.spec.type === 'domain' && runBy(model, r) !== sreTeam,
  );
}

/** " (5 once michal-grabowski of sre-payments joins)": the SRE the plan sends, counted beside the team. */
function joiningWords(team: TeamPeople, sre: SreJoining | undefined): string {
  if (team.joining === 0 || sre === undefined) return '';
  const who =
    sre.sre !== null && sre.sreTeam !== null
      ? `${sre.sre} of ${sre.sreTeam}, free for another team,`
      : 'the SRE the plan hires for it';
  return ` (${team.people + team.joining} once ${who} joins)`;
}

/** SRE rotations that can join the developers' rotation of a shared-on-call service. */
interface SharedRotation {
  readonly developers: Rotation;
  readonly sre: readonly Rotation[];
}

/**
 * §12.4, §12.4.1: "the SRE team runs a shared on-call rotation for services in production with
 * the developers", one SRE per development team taking turns with its developers (one SRE cannot
 * be on call beside every developer's turn). Where today's SREs run a round-the-clock rotation of
 * their own beside the developers' for the same services, they join the developers' rotation:
 * its services include every service the SRE rotation covers, each of those is run with shared
 * on-call, and together they still work one site's hours (no relay a separate rotation did not
 * have). Undefined when there is nothing to share.
 */
function sharedRotation(
  model: CompiledModel,
  service: Service,
  roundTheClock: readonly Rotation[],
): SharedRotation | undefined {
  const sreTeam = service.spec.sreTeam;
  if (sreTeam === undefined) return undefined;
  const developers = roundTheClock.find((r) => runBy(model, r) === service.spec.owner);
  if (developers === undefined) return undefined;
  const theirs = new Set(model.index.servicesCoveredBy(developers.name).map((x) => x.name));
  const sre = roundTheClock.filter(
    (r) =>
      r !== developers &&
      runBy(model, r) === sreTeam &&
      model.index
        .servicesCoveredBy(r.name)
        .every((x) => theirs.has(x.name) && sreTeamOnCallFor(model, sreTeam, x) === 'shared'),
  );
  if (sre.length === 0) return undefined;
  const members = [...developers.spec.members, ...sre.flatMap((r) => r.spec.members)];
  const together = { ...developers, spec: { ...developers.spec, members } };
  return rotationSites(model, together).length <= rotationSites(model, developers).length
    ? { developers, sre }
    : undefined;
}

/** The team most of a rotation's members belong to. */
function runBy(model: CompiledModel, rotation: Rotation): string | undefined {
  return rotationTeam(model, rotation);
}

/**
 * The zone whose clock a design's office-hours rotation keeps for a service: today's rotation's
 * own when it keeps one, else the zone of the site of the team that runs the service
 * (`teamSite`): a proposed team or domain rotation is of the people at that site.
 */
function designZone(
  model: CompiledModel,
  rotation: DesignRotation,
  service: Service,
): string | undefined {
  const today = rotation.keeps === undefined ? undefined : model.rotations.get(rotation.keeps);
  if (today !== undefined) return today.spec.timezone;
  const site = teamSite(model, rotation.team?.name ?? runnerOf(service));
  return modelSites(model).sites.find((s) => s.name === site)?.zone;
}
