import type { Kind, CompiledModel as Model, Person } from '../../../model/index.ts';
import {
  displayName,
  personDisplayName,
  practicesSreOnServices,
  RUN_MODEL_LABELS,
  type RunModel,
} from '../../../model/index.ts';
import { plural } from '../../change/plural.ts';
import type { Finding } from '../../checks/check.ts';
import { sresWithNoWorkingTime } from '../../checks/sre-overload.ts';
import { limitsAsk } from '../../funding/limits-ask.ts';
import { displayMoney, type Money } from '../../money/index.ts';
import { type PricedSameDomainPager, standbyWords } from '../../oncall-cost/index.ts';
import { rotationTeam } from '../../schedule/team-round-the-clock-rotation.ts';
import { followTheSunOption } from '../../sites/index.ts';
import type { SpectrumAnalysis } from '../../spectrum/analyze-spectrum.ts';
import { budgetCommitment } from '../../spectrum/budget-commitments.ts';
import { type InterimWait, interimUntil } from '../../spectrum/interim-until.ts';
import { operationsKeepMitigation } from '../../spectrum/ops-run-accepted.ts';
import { sreSupportByOwner } from '../../spectrum/sre-support.ts';
import { contractStaffingSentence } from '../../staffing/contract-staffing.ts';
import type { RotationSizing, Staffing } from '../../staffing/index.ts';
import { growthRoomWords, rotationGrowthRoom } from '../../staffing/rotation-growth-room.ts';
import { leftSplit } from '../../staffing/surplus-words.ts';
import type { ErrorBudgets, Promotion, Risk } from './plan-document-schema.ts';
import { planSurplusAllocation } from './plan-surplus-allocation.ts';
import type { PlanSectionId } from './section-ids.ts';
import {
  type SreFor,
  sameDomainPagerFirst,
  shortRotationMitigation,
  shortRotationPlan,
} from './short-rotation-plan.ts';
import { shortRotationsTheDesignReplaces } from './short-rotations-replaced.ts';

type Level = Risk['likelihood'];

interface FindingRisk {
  /** Unset: the finding's own message is the title (it names whom or what it is about). */
  readonly title?: string;
  readonly likelihood: Level;
  readonly impact: Level;
  readonly mitigation: string;
}

/**
 * How a finding reads as a risk: what could go wrong, how likely, how bad, what to do. Every
 * check that warns or errs has an entry (a test keeps it so): the mitigation says what to do,
 * never repeats the finding.
 */
export const FROM_FINDINGS: Readonly<Record<string, FindingRisk>> = {
  'off-hours-without-compensation': {
    title: 'People on call out of hours without agreed compensation',
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Agree a compensation policy; time off in lieu can start at once while pay is negotiated (§12.9.5).',
  },
  'sre-team-of-renamed-ops': {
    title: 'An SRE team of re-titled operations engineers',
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Staff SRE teams with engineers who develop and operate; let ops engineers practice SRE before the role is assigned (§12.4.6, §12.9.4).',
  },
  'rotation-too-small': {
    title: 'A 24x7 rotation too small to be sustainable',
    likelihood: 'high',
    impact: 'medium',
    mitigation: 'Grow the rotation to 8 people at one site or 6 at each of two (§12.9.5).',
  },
  'service-without-rotation': {
    title: 'A service nobody is on call for',
    likelihood: 'high',
    impact: 'high',
    mitigation: 'Put the service on its owner team’s or domain’s rotation (§12.6).',
  },
  'unorganized-on-owner-rotation': {
    title: 'A service nobody decided to run, covered only because its team is on a rotation',
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Decide who runs it — its developers (§12.3) or operations (§12.2) — and write that run model on the service; until then its alerts reach developers who never agreed to run it (§12.8.1).',
  },
  'ops-run-high-target': {
    title: 'Operations run a service with a high target or demand',
    likelihood: 'medium',
    impact: 'high',
    mitigation: 'Move it to developers or SRE: ops-run services recover slowly (§12.2.3, §12.2.5).',
  },
  'domain-rotation-high-target': {
    title: 'A high-tier service only on a domain rotation',
    likelihood: 'medium',
    impact: 'high',
    mitigation: 'Give it a team rotation (§12.6).',
  },
  'shared-on-call-capacity': {
    title: 'Development teams left without their SRE',
    likelihood: 'high',
    impact: 'medium',
    mitigation: 'Add SREs to the SRE team, one per supported development team (§12.4.1).',
  },
  'support-hours-beyond-working-time': {
    title: 'Support billed beyond the hours an SRE team can work',
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Agree the support hours the team can give, or staff it for the hours agreed, so chargeback bills hours that were worked (§12.4.7).',
  },
  'sre-overload': {
    // The check fires for on-call beyond a quarter of the time, for support hours and duty that
    // fill the month, or both: the title and mitigation name both causes.
    title:
      'An SRE with no time left for project work: on call too much, or support hours fill the month',
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Share the on-call load or the agreed support hours with more people, agree fewer support hours, or grow the SRE team, so every SRE is on call at most a quarter of their time and has time to make tomorrow better than today (§12.1).',
  },
  'on-call-overload': {
    // Listed once, as the on-call load risk with every person's hours (below), when staffing's
    // overload list names the person, as it always does: the entry reads a finding it does not.
    title: 'A developer or engineer on call more than a quarter of their time',
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Grow the rotation or spread its turns over more people or fewer rotations per person, so nobody is on call more than a quarter of their time and everyone has time to build and make tomorrow better than today (§12.1, §12.9.5).',
  },
  'over-headcount-limit': {
    title: 'An organization over its head count limit',
    likelihood: 'high',
    impact: 'medium',
    mitigation: 'Raise the limit or move people before hiring (§12.4.6).',
  },
  'over-budget': {
    title: 'An organization over its budget',
    likelihood: 'high',
    impact: 'medium',
    mitigation: 'Raise the budget or reduce the SRE support bought (§12.4.6, §12.4.7).',
  },
  'over-budget-at-default-salaries': {
    title: 'An organization over its budget at default salaries',
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'State the salary bands of its people to know whether the budget breaks; if it does, raise the budget or pay fewer people from it (§12.4.6).',
  },
  'sre-org-needs-head': {
    title: 'An SRE organization without a head',
    likelihood: 'medium',
    impact: 'high',
    mitigation: 'Appoint a director or VP of SRE and decide whom they report to (§12.8.2).',
  },
  'cost-center-positioning': {
    title: 'SRE positioned as a cost center',
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Reposition SRE as an asset, partner or enabler with a business case (§12.8.4, §12.8.5).',
  },
  'sre-run-needs-policy': {
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Agree an error budget policy for the service with its developers before SRE runs it alone (§12.5).',
  },
  'sre-policy-without-rules': {
    likelihood: 'medium',
    impact: 'high',
    mitigation:
      'Write into the policy when SRE takes the service over and when it hands it back (§12.5).',
  },
  'shared-on-call-without-policy': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Agree an error budget policy for the service its developers and SRE share (§12.4.1, §12.4.2).',
  },
  'sre-team-cannot-hand-back': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Add a handback rule to the service’s error budget policy, so the SRE team can regulate its workload (§12.1, §12.5).',
  },
  'sre-model-needs-sre-team': {
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Name the SRE team that shares or runs the service, or change its run model (§12.4, §12.5).',
  },
  'setup-needs-dedicated-sre': {
    likelihood: 'high',
    impact: 'high',
    mitigation: 'Assign an SRE to the team, or choose a setup without a dedicated SRE (§12.3).',
  },
  'sre-teams-below-scale': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation: 'Plan one SRE team per eight development teams in SRE scope (§12.4.1).',
  },
  'high-tier-without-round-the-clock': {
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Put the service on a 24x7 team rotation; a thin layer may take the runbook cases in front of it (§12.6).',
  },
  'thin-layer-without-forward': {
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Name the team rotation the thin layer forwards to when no runbook covers the case (§12.6).',
  },
  'standby-unpaid': {
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Pay standby per hour, give time off per hour, or raise the base salary; time off in lieu can start at once (§12.9.5).',
  },
  'office-hours-across-sites': {
    title: 'An office-hours rotation on another site’s clock',
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Give each site its own office-hours rotation on its own clock, or take the people of the other sites off it; hours outside their working day are standby to size and pay as such (§12.6, §12.9.5).',
  },
  'high-demand-office-hours-only': {
    title: 'A high-demand service covered in office hours only',
    likelihood: 'medium',
    impact: 'high',
    mitigation:
      'Confirm with the business that a breach at night may wait for office hours, or raise its target to the high tier and put it on a 24x7 team rotation (§12.6).',
  },
  'follow-the-sun-at-night': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Move the takeovers, or add a site far enough away, so each site’s part of the day falls between 07:00 and 23:00 its time (§12.6).',
  },
  'sre-experience-below-level': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Pair them with an experienced SRE until they reach the level’s experience, or place them at the level they have reached (§12.10).',
  },
  'sre-role-without-practice': {
    // The finding's message ends with the advice the mitigation gives: the title is the risk.
    title: 'The SRE role held with no months of SRE practice',
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Let them practise SRE on real services, beside an SRE team, before the role is assigned (§12.9.4).',
  },
  'reporting-line-mismatch': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Move the reporting line to the head of the team’s organization, or move the team to match it (§12.3, §12.7.1).',
  },
  'transition-unlikely': {
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Write down why this move fits, or plan the move the chapter expects instead (§12.8.1).',
  },
  'transition-no-reason': {
    likelihood: 'medium',
    impact: 'high',
    mitigation:
      'Keep organized operations; plan a move towards more shared or SRE operations instead (§12.8.1).',
  },
};

/**
 * `sre-overload` for an SRE the on-call load risk already lists: the cause left is the month that
 * support and on-call duty in working hours fill (§12.1, §12.4.7).
 */
const SRE_MONTH_FULL: FindingRisk = {
  title:
    'An SRE with no time left for project work: support hours and on-call duty in working hours fill the month',
  likelihood: 'high',
  impact: 'medium',
  mitigation:
    'Agree fewer support hours, share them with more of the team’s SREs, or grow the SRE team, so every SRE has time to make tomorrow better than today (§12.1); the on-call load risk says how to spread their on-call.',
};

const SCORE: Readonly<Record<Level, number>> = { low: 1, medium: 2, high: 3 };

/** Engine money as the limits ask reads it. */
const ENGINE_MONEY = { show: displayMoney, size: (m: Money) => m.minor };

export interface RiskRegisterInput {
  readonly model: Model;
  readonly analysis: SpectrumAnalysis;
  readonly staffing: Staffing;
  readonly checks: readonly Finding[];
  readonly errorBudgets: ErrorBudgets;
  /** The promotions the hiring list counts on instead of hires (§12.10.2). */
  readonly promotions: readonly Promotion[];
  /** Today's rotations and the §12.6 optimized design, when the on-call cost could be priced. */
  readonly designs?:
    | (Parameters<typeof shortRotationsTheDesignReplaces>[1] & {
        readonly optimized: NonNullable<Parameters<typeof shortRotationPlan>[3]>;
        /** Short team pagers a same-domain pager with room could take instead (§12.6). */
        readonly sameDomainPagers?: readonly PricedSameDomainPager[];
      })
    | undefined;
}

/**
 * The risk register (issue #13): every finding that is a risk, and the risks the plan's own
 * figures show — high-tier services nobody covers at night (§12.6), a single dedicated SRE
 * (§12.3), SREs all dedicated with none to cover absence (§12.4.1), people on call more than a
 * quarter of their time (§12.6), rotations short of people (§12.9.5), services that used up
 * their error budget when SLI data is given (§12.5), organizations the plan
 * takes over their head count limit or budget (§12.4.6). Each has a likelihood, an impact, the
 * person who owns the mitigation, and the section. Most serious first.
 */
export function riskRegister(input: RiskRegisterInput): Risk[] {
  const { model, analysis, staffing } = input;
  const risks: Risk[] = [];
  const add = (risk: Omit<Risk, 'id'>) => risks.push({ id: `R${risks.length + 1}`, ...risk });
  // `rotation-too-small` reports exactly the rotations staffing sizes as short; the register
  // lists each of them once, as the shortfall with its figures (below), not once per source.
  const short = new Set(staffing.rotations.filter((r) => !r.sustainable).map((r) => r.name));
  // A service whose run model the plan changes: its risk says that move first, so it never asks
  // for another one beside the run-model decision (§12.8.1).
  const moved = new Map(
    analysis.services.flatMap((s) =>
      s.recommendation.runModel === s.runModel
        ? []
        : [[s.name, { to: s.recommendation.runModel, until: s.recommendation.until }] as const],
    ),
  );
  // `on-call-overload` and `sre-overload` name the people staffing's overload list names: the
  // register lists them once, in the on-call load risk with their hours (below), not once per
  // person as well. An SRE whose support also fills the month has a second cause, listed as that
  // cause alone (`SRE_MONTH_FULL`).
  const overloaded = new Set(staffing.overloaded.map((o) => o.person));
  let noWorkingTime: ReadonlyMap<string, unknown> | undefined;
  for (const f of input.checks) {
    if (f.severity === 'info') continue;
    if (f.code === 'rotation-too-small' && short.has(f.subject.name)) continue;
    if (f.code === 'on-call-overload' && overloaded.has(f.subject.name)) continue;
    const onCallListed = f.code === 'sre-overload' && overloaded.has(f.subject.name);
    if (onCallListed) {
      noWorkingTime ??= sresWithNoWorkingTime(model);
      if (!noWorkingTime.has(f.subject.name)) continue;
    }
    const known = onCallListed ? SRE_MONTH_FULL : FROM_FINDINGS[f.code];
    const to = f.subject.kind === 'Service' ? moved.get(f.subject.name) : undefined;
    add({
      title: known?.title ?? f.message,
      likelihood: known?.likelihood ?? (f.severity === 'error' ? 'high' : 'medium'),
      impact: known?.impact ?? (f.severity === 'error' ? 'high' : 'medium'),
      owner: ownerOf(model, f.subject.kind, f.subject.name),
      // A finding the table does not know (a test keeps the table complete): point to the checks.
      mitigation:
        (to === undefined ? undefined : plannedMoveMitigation(f.code, to.to, to.until)) ??
        (f.code === 'ops-run-high-target' ? keptByOperations(model, f.subject.name) : undefined) ??
        (f.code === 'over-budget' || f.code === 'over-budget-at-default-salaries'
          ? overBudgetMitigation(model, f.subject.name, f.code !== 'over-budget')
          : undefined) ??
        known?.mitigation ??
        `See the checks for what to change (${f.section}).`,
      section: f.section,
      about: `${f.subject.kind} ${f.subject.name}`,
      source: f.code,
      anchor: 'checks' satisfies PlanSectionId,
    });
  }
  for (const s of analysis.services) {
    if (s.tier !== 'high') continue;
    const aroundTheClock = s.rotations.some(
      (r) => model.rotations.get(r.name)?.spec.coverage === '24x7',
    );
    if (aroundTheClock) continue;
    add({
      // A tier from demand is provisional: the title says so, or a reader takes it for agreed.
      title: `${s.name}: a high-tier service nobody is on call for at night${s.tierBasis === 'demand' ? ' (high tier from its demand: no availability target yet)' : ''}`,
      likelihood: 'high',
      impact: 'high',
      owner: ownerOf(model, 'Service', s.name),
      mitigation:
        'Cover it around the clock: a 24x7 team rotation, or a thin layer forwarding to one (§12.6).',
      section: '§12.6',
      about: `Service ${s.name}`,
      source: 'night-coverage-of-high-tier',
      anchor: 'services' satisfies PlanSectionId,
    });
  }
  for (const team of model.teams.values()) {
    const setup = team.spec.setup;
    if (setup !== 'dedicated-sre' && setup !== 'dedicated-sre-and-developers') continue;
    const sres = model.index
      .membersOf(team.name)
      .filter((p) => practicesSreOnServices(p.spec.role));
    if (sres.length !== 1) continue;
    add({
      title: `${team.name}: a single dedicated SRE`,
      likelihood: 'medium',
      impact: setup === 'dedicated-sre' ? 'high' : 'medium',
      owner: ownerOf(model, 'Team', team.name),
      mitigation:
        setup === 'dedicated-sre'
          ? 'Put developers on the rotation with the SRE (option 3), so absence or leaving does not stop operations (§12.3).'
          : 'Keep developers on the rotation and grow a second SRE (§12.3).',
      section: '§12.3',
      about: `Team ${team.name}`,
      source: 'single-sre-per-team',
      anchor: 'topology' satisfies PlanSectionId,
    });
  }
  for (const c of analysis.capacities) {
    // SREs dedicated to no team cover absence even where they are not free for another team
    // (they hold places or rotation seats of their own team).
    if (c.sres.length > c.covered.length || c.covered.length === 0) continue;
    add({
      title: `${c.team}: every SRE is dedicated to a team, none left to cover absence`,
      likelihood: 'medium',
      impact: 'medium',
      owner: ownerOf(model, 'Team', c.team),
      mitigation: 'Add an SRE beyond one per supported team, or support fewer teams (§12.4.1).',
      section: '§12.4.1',
      about: `Team ${c.team}`,
      source: 'single-sre-per-team',
      anchor: 'sre-capacity' satisfies PlanSectionId,
    });
  }
  if (staffing.overloaded.length > 0) {
    const worst = [...staffing.overloaded].sort((a, b) => b.hoursPerWeek - a.hoursPerWeek);
    const top = worst[0];
    add({
      title: `${staffing.overloaded.length} ${staffing.overloaded.length === 1 ? 'person is' : 'people are'} on call more than a quarter of their time`,
      likelihood: 'high',
      impact: 'medium',
      owner: top ? ownerOf(model, 'Person', top.person) : null,
      mitigation:
        'Spread the on-call over more people or fewer rotations per person, so nobody is on call more than a quarter of their time (§12.6): an SRE needs the rest to make tomorrow better than today (§12.1), a developer to build the services they practise the SRE role for on rotation (§12.9.5).',
      section: '§12.6',
      about: worst.map((o) => `${o.person} (${o.hoursPerWeek} h/week)`).join(', '),
      source: 'over-committed-hours',
      anchor: 'oncall-load' satisfies PlanSectionId,
    });
  }
  // A shortfall the recommended design mends by replacing the rotation: the plan's on-call
  // decision moves to that design for this reason, so the mitigation says so before any hire.
  const replaced = new Set(
    input.designs ? shortRotationsTheDesignReplaces(staffing.rotations, input.designs) : [],
  );
  // The SRE each owner team shares on-call with, as the recommendations found them (§12.4.1).
  let support: ReturnType<typeof sreSupportByOwner> | undefined;
  const sreFor: SreFor = (team) => {
    support ??= sreSupportByOwner(model, analysis.thresholds);
    const s = support.get(team);
    if (s?.kind === 'covered') return { sreTeam: s.capacity.team, how: s.kind };
    if (s?.kind === 'spare')
      return { sreTeam: s.capacity.team, how: s.kind, sre: personDisplayName(model, s.sre) };
    if (s?.kind === 'fallback') return { sreTeam: s.capacity.team, how: 'hire' };
    if (s?.kind === 'planned' && s.today) return { sreTeam: s.today.team, how: 'hire' };
    return undefined;
  };
  // The free SREs the surplus decision sends to each rotation, the same allocation it reads: the
  // risk names the people the decision names (§12.6, §12.10.2).
  const allocation = planSurplusAllocation(staffing);
  // What the plan does with it (the design replaces it, its services move to shared on-call with
  // SRE or off it) comes before any hire: nobody is asked to hire into a rotation it dissolves.
  const shortOnes = staffing.rotations.flatMap((r) => {
    if (r.sustainable) return [];
    // A same-domain pager the design merges it onto is said in the design's words (§12.6), and
    // alone when the design ends it: the plan does not also staff the rotation it merges.
    const offer = input.designs?.sameDomainPagers?.find((o) => o.short.rotation === r.name);
    const planned = shortRotationPlan(
      { name: r.name, type: r.type },
      analysis.services,
      sreFor,
      input.designs?.optimized,
      replaced.has(r.name) && offer === undefined,
    );
    // Those the run-model decision assigns to a team are its joins already: counted once.
    const assigned = new Set(planned.sreJoins.map((j) => j.team));
    const fromSurplus = allocation
      .sresOn(r.name)
      .filter((p) => p.team === null || !assigned.has(p.team))
      .map((p) => personDisplayName(model, p.sre));
    return [{ r, offer, planned, fromSurplus }];
  });
  // The team rotations the plan keeps and asks to grow from their own people: what that takes
  // against their organization's head count and budget, where those leave less (§12.4.6).
  const rooms = rotationGrowthRoom(
    model,
    shortOnes.flatMap(({ r, offer, planned, fromSurplus }) =>
      r.provider !== null ||
      offer !== undefined ||
      planned.replacedBy !== null ||
      planned.dissolved ||
      r.type !== 'team'
        ? []
        : [{ rotation: r.name, more: r.shortfall - planned.sreJoins.length - fromSurplus.length }],
    ),
    staffing.funding,
  );
  for (const { r, offer, planned, fromSurplus } of shortOnes) {
    const grow = growthOf(model, r);
    const room = rooms.find((x) => x.rotations.some((g) => g.rotation === r.name));
    const limited =
      room === undefined
        ? ''
        : ` ${growthRoomWords(room)}${consultingWords(model, allocation, r.name)}`;
    // Another company staffs it under contract (`rotationProvider`): the contract is the fix,
    // never a hire (§12.4.6), unless the plan's design replaces the rotation.
    const mitigation =
      r.provider !== null && !replaced.has(r.name)
        ? contractStaffingSentence({
            rotation: r.name,
            provider: r.provider.displayName,
            current: r.current,
            needed: r.needed,
          })
        : `${shortRotationMitigation(planned, r, grow, fromSurplus) ?? `${grow} (§12.6, §12.9.5).`}${limited}`;
    add({
      title: `${r.name}: ${r.shortfall} ${r.shortfall === 1 ? 'person' : 'people'} short`,
      likelihood: 'high',
      impact: r.coverage === '24x7' ? 'high' : 'medium',
      owner: ownerOf(model, 'Rotation', r.name),
      mitigation: offer
        ? sameDomainPagerFirst(
            offer,
            standbyWords(
              offer.standbyPerMonth.map((m) => ({ shown: displayMoney(m), zero: m.minor === 0 })),
            ),
            // The design merges it (`shortRotationsTheDesignReplaces`): the merge is the answer.
            replaced.has(r.name) ? null : mitigation,
          )
        : mitigation,
      section: '§12.6',
      about: `Rotation ${r.name}`,
      source: 'rotation-shortfall',
      anchor: 'rotation-sizes' satisfies PlanSectionId,
    });
  }
  for (const b of input.errorBudgets.given ? input.errorBudgets.services : []) {
    if (b.status !== 'depleted') continue;
    const handedBack = b.currentRunModel !== b.agreedRunModel;
    add({
      title: `${b.name}: error budget used up (${Math.round((b.consumedShare ?? 0) * 100)} % in ${b.period ?? b.window})`,
      likelihood: 'high',
      impact: b.tier === 'high' ? 'high' : 'medium',
      owner: ownerOf(model, 'Service', b.name),
      mitigation: handedBack
        ? `Its developers run it now (${b.currentRunModel}): fix what burns the budget, then let SRE take it back when its policy allows (§12.5).`
        : 'Act as its error budget policy says: put reliability work before features until the budget recovers (§12.5).',
      section: '§12.5',
      about: `Service ${b.name}`,
      source: 'error-budget-depleted',
      anchor: 'error-budgets' satisfies PlanSectionId,
    });
  }
  // What the plan adds that breaks a limit, asked as the summary's decision asks it (`limitsAsk`).
  for (const f of staffing.funding) {
    const ask = limitsAsk(f, ENGINE_MONEY);
    if (ask === null) continue;
    add({
      title: `${ask.who} ${f.organization} over its ${ask.broken}`,
      likelihood: 'high',
      impact: 'medium',
      owner: ownerOf(model, 'Organization', f.organization),
      // The hiring list already hires only what no promotion fills (§12.10.2).
      mitigation: ask.mitigation,
      section: '§12.4.6',
      about: `Organization ${f.organization}`,
      source: 'headcount-breach',
      anchor: 'funding' satisfies PlanSectionId,
    });
  }
  // A promotion the plan counts on while the model does not show the candidates meet the
  // criteria (advice `assess`): if none does, the hire in its place breaks a head count limit.
  for (const p of input.promotions) {
    if (p.advice !== 'assess' || p.promoted === 0) continue;
    for (const l of p.limitsIfHired) {
      add({
        title: `No spare ${p.from} SRE may meet the criteria for ${p.level} SRE: a hire instead takes ${l.organization} over its head count limit`,
        likelihood: 'medium',
        impact: 'medium',
        owner: ownerOf(model, 'Organization', l.organization),
        mitigation: `Confirm the §12.10.2 criteria of the spare ${p.from} SREs before hiring; if none meets them, raise ${l.organization}'s limit from ${l.limit} to ${l.headcount} before the hire, or reallocate (§12.4.6).`,
        section: '§12.10.2',
        about: `Organization ${l.organization}`,
        source: 'promotion-unconfirmed',
        anchor: 'hiring' satisfies PlanSectionId,
      });
    }
  }
  const order = mergeSameCause(risks).map((r, i) => ({ r, i }));
  order.sort(
    (a, b) =>
      SCORE[b.r.likelihood] * SCORE[b.r.impact] - SCORE[a.r.likelihood] * SCORE[a.r.impact] ||
      a.i - b.i,
  );
  return order.map(({ r }, i) => ({ ...r, id: `R${i + 1}` }));
}

interface Cause {
  /** The finding codes and plan facts that name this cause, the preferred one first. */
  readonly sources: readonly string[];
  readonly title: (subject: string) => string;
  readonly mitigation: string;
}

/**
 * Causes that several checks see from different sides: a subject with two of them has one risk,
 * not one per check (one entry a reader acts on, its worst likelihood and impact).
 */
const SAME_CAUSE: readonly Cause[] = [
  {
    // An 8x5 team rotation, a domain rotation, no 24x7 cover: the one fix is a team rotation
    // round the clock (§12.6).
    sources: [
      'high-tier-without-round-the-clock',
      'night-coverage-of-high-tier',
      'domain-rotation-high-target',
    ],
    title: (subject) =>
      `${subject}: a high-tier service with no team rotation on call for it at night`,
    mitigation:
      'Put the service on a 24x7 team rotation of its owner team; a thin layer may take the runbook cases in front of it (§12.6).',
  },
  {
    // Too few SREs for the teams supported leaves none to cover absence either (§12.4.1).
    sources: ['shared-on-call-capacity', 'single-sre-per-team'],
    title: (subject) =>
      `${subject}: fewer SREs than the development teams it shares on-call with, and none to cover absence`,
    mitigation:
      'Add SREs to the SRE team, one per supported development team and one beyond to cover absence, or support fewer teams (§12.4.1).',
  },
];

/**
 * One risk per subject and cause (`SAME_CAUSE`): risks about the same subject in the same section
 * of the chapter whose sources name one cause are merged, in the place of the first, with the
 * cause's title and mitigation, the worst likelihood and impact, and every source.
 */
function mergeSameCause(risks: readonly Risk[]): Risk[] {
  const out: Risk[] = [];
  for (const risk of risks) {
    const cause = SAME_CAUSE.find((c) => c.sources.includes(risk.source));
    const into =
      cause === undefined
        ? -1
        : out.findIndex(
            (r) =>
              r.about === risk.about &&
              r.section === risk.section &&
              r.source.split(', ').every((s) => cause.sources.includes(s)),
          );
    const first = out[into];
    if (cause === undefined || first === undefined) {
      out.push(risk);
      continue;
    }
    const subject = risk.about.replace(/^\S+ /, '');
    out[into] = {
      ...first,
      title: cause.title(subject),
      likelihood: worse(first.likelihood, risk.likelihood),
      impact: worse(first.impact, risk.impact),
      owner: first.owner ?? risk.owner,
      mitigation: cause.mitigation,
      source: [...first.source.split(', '), risk.source]
        .sort((a, b) => cause.sources.indexOf(a) - cause.sources.indexOf(b))
        .join(', '),
    };
  }
  return out;
}

/** The mitigation of `ops-run-high-target` for a service operations keep (`operationsKeep`). */
function keptByOperations(model: Model, service: string): string | undefined {
  const s = model.services.get(service);
  return s === undefined ? undefined : operationsKeepMitigation(model, s);
}

function worse(a: Level, b: Level): Level {
  return SCORE[a] >= SCORE[b] ? a : b;
}

/** What growing a short rotation takes, in the words of its setup (§12.9.5). */
/**
 * The mitigation of a finding about a service the plan moves to another run model (§12.8.1):
 * the move, then what it asks of the finding; undefined for findings the move does not answer.
 */
function plannedMoveMitigation(
  code: string,
  to: RunModel,
  until: InterimWait | null | undefined,
): string | undefined {
  const move = `The plan moves it to ${RUN_MODEL_LABELS[to]} (the run-model decision)`;
  // Operations stay first line until the team can staff its rotation (`operationsFirstLine`):
  // the finding stands meanwhile, and what answers it then is the second line and a policy.
  if (code === 'ops-run-high-target' && until?.kind === 'team-staffed')
    return `${move} once team ${until.team} can staff a rotation round the clock${until.sreJoins ? ' and its SRE joins' : ''}: it has ${until.people} of the ${until.needed} people it needs${until.sreJoins ? ', counting the SRE the hiring list hires for it' : ''}, so hire ${until.needed - until.people} first (the decision to staff team ${until.team}, §12.9.5)${until.sreJoins ? ' and that SRE (the hiring decision, §12.4.1)' : ''}; until then operations stay first line on their runbooks and its developers are second line in office hours, under an error budget policy: ops-run services recover slowly (§12.2.3, §12.2.5, §12.6).`;
  // Its nights stay on the operations' rotation kept for another service (`nightsWithFirstLine`):
  // nothing to hire into its own team; the move waits for that service's.
  if (code === 'ops-run-high-target' && until?.kind === 'first-line-kept')
    return `${move} once ${interimUntil(until)}; until then operations keep its nights on their runbooks and its developers take it in office hours, under an error budget policy: ops-run services recover slowly (§12.2.3, §12.2.5, §12.6).`;
  if (code === 'ops-run-high-target' && to !== 'ops-runs-it')
    return `${move}: ops-run services recover slowly (§12.2.3, §12.2.5).`;
  // The team clause covers it today: the decision is who runs it, and their rotation (§12.8.1).
  if (code === 'unorganized-on-owner-rotation')
    return to === 'ops-runs-it'
      ? `${move}: write that run model on the service and put it on the rotation of the operations team that runs it, not its developers' (§12.2.2, §12.6).`
      : `${move}: write that run model on the service, so the rotation of its team covers it by decision, not only because the team owns it (§12.3, §12.6).`;
  if (code === 'service-without-rotation')
    return to === 'ops-runs-it'
      ? `${move}: put it on the rotation of the operations team that runs it (§12.2.2, §12.6).`
      : `${move}: put it on its owner team’s or domain’s rotation (§12.6).`;
  return undefined;
}

function growthOf(model: Model, r: RotationSizing): string {
  const people = (n: number) => plural(n, 'person');
  if (r.setup === 'two-sites' || r.setup === 'follow-the-sun') {
    const adds = r.sites
      .filter((s) => s.needed > s.current)
      .map((s) => `${people(s.needed - s.current)} in ${s.site}`)
      .join(', ');
    return `Add ${adds}, so each site's part of the day is sustainable`;
  }
  if (r.setup === 'one-site') {
    const site = r.sites[0]?.site;
    const whole = `Grow it to ${r.needed} people${site ? ` in ${site}` : ''} taking whole turns round the clock`;
    const rotation = model.rotations.get(r.name);
    const option = rotation ? followTheSunOption(model, rotation) : undefined;
    return option === undefined ? whole : `${whole}, ${option}`;
  }
  if (r.setup === 'one-pool') {
    const whole = `Grow it to ${r.needed} people taking whole turns round the clock`;
    const rotation = model.rotations.get(r.name);
    const option = rotation ? followTheSunOption(model, rotation) : undefined;
    return option === undefined ? whole : `${whole}, ${option}`;
  }
  return `Grow it to ${r.needed} people, so nobody is on call more than a quarter of their time`;
}

/**
 * The free SREs the surplus decision keeps for business-hours work because they take no nights
 * (§12.10.1), offered as consulting for the team of a short round-the-clock pager they cannot sit
 * on (§12.4.7: an SRE team consults for development teams; §12.4.1): reviews, runbooks and
 * alerting that make its nights quieter. Not a seat of the pager, and said so.
 */
function consultingWords(
  model: Model,
  allocation: ReturnType<typeof planSurplusAllocation>,
  rotation: string,
): string {
  const { daytime } = leftSplit(allocation);
  const r = model.rotations.get(rotation);
  if (daytime.length === 0 || r === undefined) return '';
  const team = rotationTeam(model, r);
  if (team === undefined) return '';
  const names = daytime.map((p) => personDisplayName(model, p.sre));
  const who =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return ` ${who}, whom the surplus decision keeps for SRE work in business hours, can consult for ${team} meanwhile (§12.4.7, §12.4.1): reviews, runbooks and alerting that make its nights quieter — help for the people on ${rotation}, not a seat on it.`;
}

function nameOf(person: Person | undefined): string | null {
  return person ? displayName(person) : null;
}

/** Who owns the mitigation of a risk about an entity: its manager, head or owner team's manager. */
function ownerOf(model: Model, kind: Kind | string, name: string): string | null {
  const manager = (team: string | undefined) => {
    const t = team ? model.teams.get(team) : undefined;
    if (t?.spec.manager) return nameOf(model.people.get(t.spec.manager));
    const org = t ? model.organizations.get(t.spec.organization) : undefined;
    return org?.spec.head ? nameOf(model.people.get(org.spec.head)) : null;
  };
  switch (kind) {
    case 'Service':
      return manager(model.services.get(name)?.spec.owner);
    case 'Team':
      return manager(name);
    case 'Organization': {
      const head = model.organizations.get(name)?.spec.head;
      return head ? nameOf(model.people.get(head)) : null;
    }
    case 'Person': {
      const p = model.people.get(name);
      if (p?.spec.reportsTo) return nameOf(model.people.get(p.spec.reportsTo));
      return manager(p?.spec.team);
    }
    case 'Rotation': {
      const r = model.rotations.get(name);
      const team =
        r?.spec.covers?.teams?.[0] ?? model.people.get(r?.spec.members[0] ?? '')?.spec.team;
      return manager(team);
    }
    default:
      return null;
  }
}

/**
 * What an organization over its budget can do depends on what it commits to (§12.4.6, §12.4.7):
 * buying less SRE support helps only an organization that buys some, and salaries the model does
 * not state are assumed, so the breach may not be real until salary bands are given.
 */
function overBudgetMitigation(model: Model, name: string, assumed: boolean): string | undefined {
  const org = model.organizations.get(name);
  const c = org ? budgetCommitment(model, org) : undefined;
  if (!c) return undefined;
  const levers = [
    'Raise the budget',
    ...(c.transferCharges.length > 0
      ? [
          `buy fewer SRE support hours (from ${[...new Set(c.transferCharges.map((t) => t.provider))].join(', ')})`,
        ]
      : []),
    ...(c.subOrganizations.length > 0 ? ['lower the budgets of the organizations below it'] : []),
    ...(c.salaries.lines.length > 0 ? ['pay fewer people from it'] : []),
  ];
  const list =
    levers.length === 1 ? levers[0] : `${levers.slice(0, -1).join(', ')} or ${levers.at(-1)}`;
  // A breach that rests on default salaries (`over-budget-at-default-salaries`) asks for the real
  // salaries first; `over-budget` breaks with the stated figures, whatever the others are.
  return assumed
    ? `State salary bands for the ${c.salaries.fromDefaults} salaries that are default yearly costs, to know whether the budget really breaks; if it does: ${(list ?? '').replace(/^./, (l) => l.toLowerCase())} (§12.4.6, §12.4.7).`
    : `${list} (§12.4.6, §12.4.7).`;
}
