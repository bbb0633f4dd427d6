import {
  type CompensationPolicy,
  type CompiledModel,
  namesPayingPolicies,
  onCallPaidByContract,
  rotationTurnTakers,
} from '../../model/index.ts';
import { type IncidentWork, paysForStandby, selectPolicy } from '../compensation/index.ts';
import { onCallInOtherCurrency } from '../compensation/on-call-in-other-currency.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import {
  addMoney,
  displayMoney,
  type Money,
  moneyFromMajor,
  subtractMoney,
} from '../money/index.ts';
import { rotationsStaffedWords } from '../staffing/contract-staffing.ts';
import { currentDesign } from './current-design.ts';
import { type DesignChange, designChanges } from './design-changes.ts';
import { designBusinessHours, designPayers } from './design-payers.ts';
import type { Design, DesignRotation } from './design-rotation.ts';
import {
  ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH,
  assumedIncidentLoad,
  incidentLoadFrom,
  incidentLoadsByHours,
} from './incident-load.ts';
import { type OptimizedDesignOptions, optimizedDesign } from './optimized-design.ts';
import { peopleNeededApart } from './people-needed-words.ts';
import {
  byCurrencyOf,
  type DesignCost,
  type IncidentWork as DesignIncidentWork,
  incidentWork,
  payersFor,
  priceDesign,
} from './price-design.ts';
import { type RotationPay, rotationPay } from './rotation-pay.ts';
import type { SameDomainPager } from './same-domain-pager.ts';
import { rotationsShortOfPeople, shortOfPeopleWords } from './short-of-people.ts';
import { teamRotationPerTeam } from './team-rotation-per-team.ts';
import { type ThinLayerHires, thinLayerHires } from './thin-layer-hires.ts';

export interface OnCallCost {
  readonly policy: string;
  readonly currency: string;
  readonly current: DesignCost;
  readonly optimized: DesignCost;
  readonly teamRotationPerTeam: DesignCost;
  /**
   * What the optimized design saves against a team rotation for every team, per month; negative
   * when it costs more.
   */
  readonly saving: { readonly amount: Money; readonly percent: number };
  /**
   * What the optimized design saves against today's rotations, per month, counting people: it is
   * never positive when the design needs more people than today (see `vsCurrent`); negative when
   * it costs more. The salaries of the people it hires for its thin layer (`thinLayerHires`) are
   * costs of the design: counted here when paid in the policy's currency.
   */
  readonly savingVsCurrent: { readonly amount: Money; readonly percent: number };
  /** The headline: the optimized design against today, in money and in people. */
  readonly vsCurrent: DesignComparison;
  /**
   * The people the optimized design must hire to staff the thin layer it proposes (§12.6), with
   * their salaries: `savingVsCurrent` counts them, so a design whose on-call pay falls by less
   * than their salaries is never a saving. Null when its thin layer, if any, is fully staffed.
   */
  readonly thinLayerHires: ThinLayerHires | null;
  /** Each change of the optimized design against today; they add up to `vsCurrent`. */
  readonly changes: readonly DesignChange[];
  /**
   * Today's and the optimized design's pay, rotation by rotation, with who earns it
   * (`rotationPay`): what the plan's cost of SRE counts of on-call pay. Not in the document.
   */
  readonly payByRotation: {
    readonly current: readonly RotationPay[];
    readonly optimized: readonly RotationPay[];
  };
  /**
   * The alternative when team rotations the design adds or extends need more people than their
   * teams have (§12.6, §12.8): the high-tier services they protect designed at the medium tier,
   * as if their targets were lowered, priced by the same rules and compared with today. Null when
   * every team can staff its rotations.
   */
  readonly lowerTargets: LowerTargets | null;
  /**
   * Short team pagers of high tiers a same-domain team pager with room could take instead of
   * growing them (§12.6, `sameDomainPagers`), each with the short pager's standby pay in the
   * optimized design, which joining saves: the plan's risk and on-call decision offer it first.
   */
  readonly sameDomainPagers: readonly PricedSameDomainPager[];
  readonly incidentSource: 'incidents' | 'assumption';
  readonly incidentMonths: number;
  readonly assumptions: readonly string[];
}

/** A same-domain pager offer with the short pager's standby pay per month, by currency. */
export interface PricedSameDomainPager extends SameDomainPager {
  /** The short rotation's standby pay in the optimized design, per currency, the policy's first. */
  readonly standbyPerMonth: readonly Money[];
}

/** The optimized design with some high-tier services' targets lowered to the medium tier. */
export interface LowerTargets {
  /** The services whose targets it lowers. */
  readonly services: readonly string[];
  readonly optimized: DesignCost;
  readonly vsCurrent: DesignComparison;
}

/** How one design compares with another, in money per average month and in people needed. */
export interface DesignComparison {
  /** `saves` money or people and costs no more of either; `costs-more` money; `needs-more-people`
   *  for no more money; `same` when neither changes. */
  readonly verdict: 'saves' | 'costs-more' | 'needs-more-people' | 'same';
  /**
   * The other design's monthly cost minus this one's, in the default policy's currency: positive
   * when this one costs less.
   */
  readonly money: Money;
  /** The same per currency either design pays in, the default's first; never added up. */
  readonly byCurrency: readonly Money[];
  /** People this design needs minus the other's (sizing rule): positive when it needs more. */
  readonly people: number;
  readonly peopleNeeded: { readonly design: number; readonly against: number };
  /** People on call at night, this design and the other. */
  readonly atNight: { readonly design: number; readonly against: number };
}

export type OnCallCostResult =
  | { readonly ok: true; readonly cost: OnCallCost }
  | {
      readonly ok: false;
      readonly code: 'no-compensation-policy' | 'unknown-policy';
      readonly message: string;
    };

/**
 * The on-call design and its cost (§12.6, §12.9.5): today's rotations, the chapter's
 * optimized design, and "a team rotation for every team" as the baseline, each with people on
 * call, standby hours inside and outside business hours and cost per average month.
 */
export function onCallCost(
  model: CompiledModel,
  options: {
    readonly policy?: string | undefined;
    readonly incidents?: readonly IncidentWork[] | undefined;
    readonly design?: OptimizedDesignOptions | undefined;
  } = {},
): OnCallCostResult {
  const selected = selectPolicy(model, options.policy);
  if (!selected.ok) return selected;
  if (!selected.policy) {
    return {
      ok: false,
      code: 'no-compensation-policy',
      message:
        'expected a CompensationPolicy in the model: on-call cost is priced with its standby and incident rates',
    };
  }
  const policy: CompensationPolicy = selected.policy;
  const businessHours = businessHoursOf(policy.spec);
  // Incident work is out of hours by the hours of the policy that pays each rotation's people
  // (`designBusinessHours`), as its standby is: worked out once per set of hours.
  const incidentsAt = incidentLoadsByHours((hours) =>
    options.incidents
      ? incidentLoadFrom({ model, incidents: options.incidents, businessHours: hours })
      : assumedIncidentLoad(model, hours),
  );
  const incidents = incidentsAt(businessHours);
  const payers = designPayers(model, policy);
  // Each rotation by its own hours: those of the policy that pays most of its people.
  const hoursOf = designBusinessHours(model, policy, businessHours);
  // Each design's incident work once: its price and its rotations' pay both read it, and at
  // 50,000 services it is a pass over every service with its pay.
  const worked = new Map<Design, readonly DesignIncidentWork[]>();
  const workOf = (design: Design) => {
    let work = worked.get(design);
    if (work === undefined) {
      work = incidentWork(design, incidents, payersFor(policy, payers), {
        hoursOf,
        at: incidentsAt,
      });
      worked.set(design, work);
    }
    return work;
  };
  const price = (design: ReturnType<typeof currentDesign>) =>
    priceDesign({
      design,
      policy,
      businessHours,
      incidents,
      payers,
      work: workOf(design),
      hoursOf,
    });
  const today = currentDesign(model, businessHours);
  const current = price(today);
  // The design says a service's office hours by its rotation's own hours (`hoursOf`).
  const designOptions = { ...options.design, hoursOf };
  const design = optimizedDesign(model, businessHours, designOptions);
  const priced = price(design);
  // Every change against today with its people and pay, adding up to the headline.
  const said = designChanges({ design, current, optimized: priced });
  const lowered = design.shortOfPeople ?? [];
  const lowerTargets =
    lowered.length === 0
      ? null
      : lowerTargetsOf(
          optimizedDesign(model, businessHours, { ...designOptions, atMediumTier: lowered }),
          lowered,
          current,
          price,
        );
  // Each merge onto a same-domain pager with the pay today's design prices for the pager it ends;
  // the design's note says the merge with its figures against today (`designChanges`).
  const offers = (design.sameDomainPagers ?? []).map(
    (o): PricedSameDomainPager => ({
      ...o,
      standbyPerMonth: current.rotations.find((r) => r.name === o.short.rotation)?.standbyCosts ?? [
        moneyFromMajor(0, policy.spec.currency),
      ],
    }),
  );
  const optimized = {
    ...priced,
    notes: [...said.notes, ...(lowerTargets ? [lowerTargetsNote(lowerTargets, current)] : [])],
  };
  const baseline = price(teamRotationPerTeam(model, businessHours));
  const payOf = (d: ReturnType<typeof currentDesign>, priced: DesignCost) =>
    rotationPay({
      model,
      design: d,
      priced,
      incidents,
      policy,
      payers,
      work: workOf(d),
    });
  const vsCurrent = compare(optimized, current);
  const hires = thinLayerHires(model, design.rotations, policy.spec.currency);
  const unknown = [
    ...new Set(
      (options.incidents ?? []).map((i) => i.service).filter((s) => !model.services.has(s)),
    ),
  ];
  const otherCurrency = onCallInOtherCurrency(model, policy);
  const assumptions = [
    'the designs are estimates per average month: 365.25 ÷ 12 days, 4.348 weeks',
    'one person on call at a time on every rotation of a design, as the schedule staffs it; a follow-the-sun rotation stands by at each site for its part of the day only',
    'people needed per rotation by the sizing rule: a primary and a secondary, nobody on call more than a quarter of their time (8 for 24x7 taking whole turns, what each site needs when following the sun, 3 for 8x7, 2 for 8x5)',
    `business hours ${businessHours.days.join(', ')} ${businessHours.start}–${businessHours.end} in each rotation's own time zone`,
    '8x5 and 8x7 rotations cover 8 hours from the start of business hours',
    'standby is paid outside business hours only; incident work outside business hours is paid on top',
    // §12.9.5: a cost of nothing is unpaid standby, not free standby: say so beside the figures.
    ...(paysForStandby(policy.spec) ? [] : [unpaidStandby(policy.name)]),
    incidents.source === 'assumption'
      ? `no incident data: ${ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH} hours of incident work per service a month, spread evenly over the week`
      : `incident work from ${options.incidents?.length ?? 0} incidents over ${incidents.months} month(s), detection to resolution`,
    // Said by what the model has: with salary bands, "no salaries in the model" would be false.
    model.salaryBands.size === 0
      ? 'base salary uplift, time off and the within-budget bonus are not in the monthly cost (no salaries in the model); time off is shown in hours'
      : `base salary uplift, time off and the within-budget bonus are not in the monthly cost: a design is priced by the hour on call, not by whose hours they are, so the model's ${model.salaryBands.size} salary ${model.salaryBands.size === 1 ? 'band is' : 'bands are'} not applied to it (compensation per person applies the uplift to each person's salary); time off is shown in hours`,
    "compensation per person is not estimated: it is priced from a calendar month's schedule, the hours the hours command reports for that month",
    ...(unknown.length > 0
      ? [`incidents of services not in the model were left out: ${unknown.join(', ')}`]
      : []),
    ...(selected.note ? [selected.note] : []),
    ...(namesPayingPolicies(model) ? [paidByOwnPolicies(policy)] : []),
    ...contractTurns(model),
    ...(otherCurrency ? [otherCurrency] : []),
  ];
  return {
    ok: true,
    cost: {
      policy: policy.name,
      currency: policy.spec.currency,
      current,
      optimized,
      teamRotationPerTeam: baseline,
      saving: savingOf(baseline.monthlyCost, optimized.monthlyCost, compare(optimized, baseline)),
      savingVsCurrent: countingPeople(
        savingOf(
          current.monthlyCost,
          hires?.perMonth ? addMoney(optimized.monthlyCost, hires.perMonth) : optimized.monthlyCost,
          vsCurrent,
        ),
        vsCurrent,
      ),
      vsCurrent,
      thinLayerHires: hires,
      changes: said.changes,
      payByRotation: {
        current: payOf(today, current),
        optimized: payOf(design, optimized),
      },
      lowerTargets,
      sameDomainPagers: offers,
      incidentSource: incidents.source,
      incidentMonths: incidents.months,
      assumptions,
    },
  };
}

/**
 * The assumption that says a policy pays nothing for standby (§12.9.5): its costs are unpaid
 * standby, not free standby. The plan's summary points to it beside its on-call figures.
 */
export function unpaidStandby(policy: string): string {
  return `compensation policy ${policy} gives nothing for standby (no standbyPerHour, no timeOffPerStandbyHour, no baseUpliftPercent): the standby in these costs is unpaid, not free, and the hours on call are the burden to compare (§12.9.5)`;
}

/**
 * What the designs assume when people name the policy that pays them (§12.9.5, §12.10.1): each
 * rotation's hours are shared by its people, each share at their own policy's rates.
 */
function paidByOwnPolicies(policy: CompensationPolicy): string {
  return `people are paid by the policy they or their team name (else ${policy.name}): a design's rotation is priced as if its people shared its hours equally, each share at the rates of their own policy and in its currency; a rotation's business hours are those of the policy that pays most of its people (else ${policy.name}'s), and its incident work is out of hours by them; amounts in different currencies are never added, and a design saves only when no currency costs more`;
}

/** How the assumption about another company's turns begins: the plan's summary points to it. */
export const CONTRACT_TURNS = "the turns another company's people take";

/**
 * What the designs assume of another company's people on the rotations (§12.4.6): their contract
 * pays their on-call (`onCallPaidByContract`), so their share of a rotation costs nothing here,
 * as in the plan's operating cost, and `standby-unpaid` does not call it unpaid.
 */
function contractTurns(model: CompiledModel): string[] {
  const rotations = [...model.rotations.values()]
    .filter((r) => rotationTurnTakers(model, r).some((p) => onCallPaidByContract(model, p)))
    .map((r) => r.name);
  return rotations.length === 0
    ? []
    : [
        `${CONTRACT_TURNS} (on ${rotationsStaffedWords(model, rotations)}) are paid by its contract, not by a compensation policy: their share of a rotation's standby and incident pay is 0 here, the contract's value is the cost (the plan counts it); a policy named for them, their own or their team's, would have the company pay it`,
      ];
}

/**
 * A design against another: money per average month and people needed, both counted. Money is
 * compared per currency (no exchange rates): a design that costs more in any currency costs
 * more, whatever it saves in another.
 */
export function compare(design: DesignCost, against: DesignCost): DesignComparison {
  const money = subtractMoney(against.monthlyCost, design.monthlyCost);
  const currency = money.currency;
  const byCurrency = byCurrencyOf(
    [
      ...against.byCurrency.map((c) => c.monthlyCost),
      ...design.byCurrency.map((c) => ({ ...c.monthlyCost, minor: -c.monthlyCost.minor })),
    ],
    currency,
  );
  const people = design.peopleNeeded - against.peopleNeeded;
  const verdict = byCurrency.some((m) => m.minor < 0)
    ? 'costs-more'
    : people > 0
      ? 'needs-more-people'
      : byCurrency.some((m) => m.minor > 0) || people < 0
        ? 'saves'
        : 'same';
  return {
    verdict,
    money,
    byCurrency,
    people,
    peopleNeeded: { design: design.peopleNeeded, against: against.peopleNeeded },
    atNight: { design: design.peopleOnCallAtNight, against: against.peopleOnCallAtNight },
  };
}

/** The design with `services` at the medium tier, priced and said as the optimized design is. */
function lowerTargetsOf(
  design: Design,
  services: readonly string[],
  current: DesignCost,
  price: (design: Design) => DesignCost,
): LowerTargets {
  const priced = price(design);
  const optimized = {
    ...priced,
    notes: designChanges({ design, current, optimized: priced }).notes,
  };
  return { services, optimized, vsCurrent: compare(optimized, current) };
}

/** A design's monthly cost in each currency it pays, side by side (never added up). */
function currencyCosts(design: DesignCost): string {
  const paid = design.byCurrency.filter((c) => c.monthlyCost.minor !== 0);
  return (paid.length > 0 ? paid : design.byCurrency.slice(0, 1))
    .map((c) => displayMoney(c.monthlyCost))
    .join(' and ');
}

/** How the note on the alternative of lowering targets begins. */
export const LOWER_TARGETS = 'or lower the targets';

/**
 * The alternative to team rotations their teams cannot staff, with its people and money beside
 * today's, as the same rules price it (§12.6: a domain rotation is "justified by the medium
 * availability targets"; §12.8: chosen per service).
 */
function lowerTargetsNote(alternative: LowerTargets, current: DesignCost): string {
  const { services } = alternative;
  // The company's own people, a contract's seats apart (§12.4.6): they are not its hires.
  const seats = peopleNeededApart(alternative.optimized.rotations, current.rotations);
  const { design, against } = seats.own;
  const contract = seats.allOwn ? '' : ` (${seats.contractWords})`;
  const costs = currencyCosts(alternative.optimized);
  const today = currencyCosts(current);
  // An alternative the tool's own sizing rule would find short says what it still needs (§12.6).
  const short = rotationsShortOfPeople(alternative.optimized.rotations);
  const still =
    short.length === 0 ? '' : `; it too is short of people: ${shortOfPeopleWords(short)}`;
  return `${LOWER_TARGETS} (§12.6, §12.8): with ${services.join(', ')} at the medium tier, on ${whereLowered(alternative)} instead of a team rotation round the clock, the design needs ${design} people ${seats.allOwn ? '' : 'of its own '}by the sizing rule${contract} and costs ${costs} per month (today ${against} people, ${today})${still}`;
}

/**
 * Where the alternative puts the services whose targets it lowers: each rotation of people who
 * know them (a domain rotation, or their team's in office hours where no team of the domain works
 * the same hours), with its coverage and those services.
 */
export function whereLowered(alternative: {
  readonly services: readonly string[];
  readonly optimized: {
    readonly rotations: readonly Pick<DesignRotation, 'name' | 'type' | 'coverage' | 'services'>[];
  };
}): string {
  const lowered = new Set(alternative.services);
  const rotations = alternative.optimized.rotations;
  const where = rotations
    .filter((r) => r.type !== 'thin-layer')
    .flatMap((r) => {
      const covered = r.services.filter((s) => lowered.has(s));
      return covered.length === 0 ? [] : [`${r.name} ${r.coverage} (${covered.join(', ')})`];
    })
    .join(', ');
  const thin = rotations.find(
    (r) => r.type === 'thin-layer' && r.services.some((s) => lowered.has(s)),
  );
  if (thin === undefined) return where;
  // Round the clock only when it is: a thin layer in office hours receives nothing at night.
  return thin.coverage === '24x7'
    ? `${where}, behind the thin layer round the clock,`
    : `${where}, behind the thin layer in office hours (${thin.coverage}),`;
}

/** A saving is no saving when the design needs more people: then nothing is saved. */
function countingPeople(
  saving: { amount: Money; percent: number },
  comparison: DesignComparison,
): { amount: Money; percent: number } {
  if (comparison.people <= 0 || saving.amount.minor <= 0) return saving;
  return { amount: { ...saving.amount, minor: 0 }, percent: 0 };
}

/**
 * The saving in the default policy's currency; none when another currency costs more (no
 * exchange rate says which weighs more, so nothing is claimed).
 */
function savingOf(
  from: Money,
  to: Money,
  comparison: DesignComparison,
): { amount: Money; percent: number } {
  const amount = subtractMoney(from, to);
  if (amount.minor > 0 && comparison.byCurrency.some((m) => m.minor < 0)) {
    return { amount: { ...amount, minor: 0 }, percent: 0 };
  }
  const percent = from.minor === 0 ? 0 : Math.round((amount.minor / from.minor) * 1000) / 10;
  return { amount, percent };
}
