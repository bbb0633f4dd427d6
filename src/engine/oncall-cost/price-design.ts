import type { CompensationPolicy, Coverage, DurationMinutes } from '../../model/index.ts';
import { WORKING_ORDER } from '../compensation/index.ts';
import {
  type BusinessHours,
  monthlyHoursFromWeeklyMinutes,
  ON_CALL_PER_ROTATION,
  WEEKS_PER_MONTH,
  weeklyCoverageMinutes,
} from '../coverage-hours/index.ts';
import {
  addMoney,
  type Money,
  moneyFromMajor,
  multiplyMoneyRatio,
  sumMoney,
} from '../money/index.ts';
import type { Design, DesignName, DesignRotation } from './design-rotation.ts';
import { type IncidentLoad, ratioHours } from './incident-load.ts';
import { relayWeeklyMinutes } from './relay-minutes.ts';

export interface StandbyHours {
  /** Inside business hours (ordinary working time). */
  readonly inside: number;
  /** Outside business hours, weekends included. */
  readonly outside: number;
  /** The weekend part of `outside`. */
  readonly weekend: number;
}

export interface RotationCost extends DesignRotation {
  readonly peopleOnCallAtOnce: number;
  /** All on-call slots together, per average month. */
  readonly standbyHoursPerMonth: StandbyHours;
  /** The standby pay in the default policy's currency (zero when nobody is paid in it). */
  readonly standbyCost: Money;
  /** The standby pay in each currency its people are paid in, the default's first. */
  readonly standbyCosts: readonly Money[];
  readonly timeOffHoursPerMonth: number;
}

/** A design's cost in one currency, per average month. */
export interface CurrencyCost {
  readonly currency: string;
  readonly standby: Money;
  readonly incidents: Money;
  readonly monthlyCost: Money;
}

/**
 * The policies that pay a rotation's hours and how many of its people each pays
 * (`payingPolicy`): each person takes an equal share. Empty: the default pays it all. A share
 * marked `contract` is another company's people's: its contract pays it, so it costs the company
 * no on-call pay (§12.4.6); `policy` is then the default, for its currency.
 */
export type RotationPayers = (rotation: DesignRotation) => readonly {
  readonly policy: CompensationPolicy;
  readonly people: number;
  readonly contract?: boolean | undefined;
}[];

export interface DesignCost {
  readonly design: DesignName;
  readonly rotations: readonly RotationCost[];
  readonly notes: readonly string[];
  /** People on call during business hours: one per rotation, as the schedule staffs it. */
  readonly peopleOnCallAtOnce: number;
  /** People on call on a weekday night: 24x7 rotations that do not follow the sun. */
  readonly peopleOnCallAtNight: number;
  /** People the design's rotations need by the sizing rule, added up (see `DesignRotation`). */
  readonly peopleNeeded: number;
  readonly standbyHoursPerMonth: StandbyHours;
  readonly incidentOffHoursPerMonth: number;
  /** In the default policy's currency, as `monthlyCost`. */
  readonly cost: { readonly standby: Money; readonly incidents: Money };
  /** In the default policy's currency: what its people cost; `byCurrency` has every currency. */
  readonly monthlyCost: Money;
  /** The cost in each currency, the default policy's first; two currencies are never added. */
  readonly byCurrency: readonly CurrencyCost[];
  /** Time off earned for standby and incident work outside business hours, in hours. */
  readonly timeOffHoursPerMonth: number;
}

const BREADTH: Readonly<Record<Coverage, number>> = { '8x5': 0, '8x7': 1, '24x7': 2 };

/** Whether rotation `a` takes a service's off-hours incident work before `b`: wider, else working order. */
function worksBefore(a: DesignRotation, b: DesignRotation): boolean {
  const wider = BREADTH[a.coverage] - BREADTH[b.coverage];
  return wider > 0 || (wider === 0 && WORKING_ORDER[a.type] < WORKING_ORDER[b.type]);
}

/**
 * Prices a design per average month (§12.6, §12.9.5) as the schedule staffs it: one person on
 * call at a time per rotation, standby computed analytically from the coverage and the business
 * hours in the rotation's zone, or, for a follow-the-sun relay, from each site's part of the day
 * in its own zone. Standby pay applies outside business hours only. Incident work is paid once per service, for the part
 * outside business hours inside the widest coverage any rotation of the design gives it; with
 * nested coverages that is every hour someone is on call for it. Each rotation's hours are paid
 * by the policies of its people (`payers`, §12.9.5, §12.10.1), each their share, at that
 * policy's rates and in its currency; the incident work of a service by the payers of the
 * rotation that gives it the widest coverage. Each rotation's and each service's cost is rounded
 * to the cent once per policy; totals are exact sums of those, per currency.
 */
export function priceDesign(options: {
  readonly design: Design;
  /** The default policy: it pays whoever names none, and its currency is `monthlyCost`'s. */
  readonly policy: CompensationPolicy;
  readonly businessHours: BusinessHours;
  readonly incidents: IncidentLoad;
  readonly payers?: RotationPayers | undefined;
  /**
   * The design's incident work (`incidentWork`) by the same incidents, policy and payers, when
   * the caller has it already: its rotations' pay (`rotationPay`) reads it too.
   */
  readonly work?: readonly IncidentWork[] | undefined;
  /** Each rotation's own business hours (`designBusinessHours`); else `businessHours` for all. */
  readonly hoursOf?: ((rotation: DesignRotation) => BusinessHours) | undefined;
}): DesignCost {
  const { design, incidents } = options;
  const currency = options.policy.spec.currency;
  const payersOf = payersFor(options.policy, options.payers);
  const { numerator: weeks, denominator: perWeeks } = WEEKS_PER_MONTH;
  const costs: Money[] = [];
  const rotations: RotationCost[] = design.rotations.map((rotation) => {
    const businessHours = options.hoursOf?.(rotation) ?? options.businessHours;
    const weekly = rotation.relay
      ? relayWeeklyMinutes(rotation.relay, businessHours)
      : weeklyCoverageMinutes(rotation.coverage, businessHours);
    const slots = ON_CALL_PER_ROTATION;
    const monthly = (minutes: DurationMinutes) => slots * monthlyHoursFromWeeklyMinutes(minutes);
    const outside = monthly(weekly.off);
    const payers = payersOf(rotation);
    // rate × share × slots × off minutes a week ÷ 60 × 365.25/84 weeks a month, rounded once
    const standby = payers.map(({ policy, people, of }) =>
      multiplyMoneyRatio(
        moneyFromMajor(policy.spec.standbyPerHour ?? 0, policy.spec.currency),
        people * slots * weekly.off * weeks,
        60 * perWeeks * of,
      ),
    );
    costs.push(...standby);
    const standbyCosts = byCurrencyOf(standby, currency);
    return {
      ...rotation,
      // every key present, absent ones as undefined: the plan document holds them as null
      members: rotation.members,
      relay: rotation.relay,
      keeps: rotation.keeps,
      provider: rotation.provider,
      team: rotation.team,
      peopleOnCallAtOnce: slots,
      standbyHoursPerMonth: {
        inside: monthly(weekly.business),
        outside,
        weekend: monthly(weekly.weekend),
      },
      standbyCost: standbyCosts.find((m) => m.currency === currency) ?? sumMoney([], currency),
      standbyCosts,
      timeOffHoursPerMonth: payers.reduce(
        (n, { policy, share }) => n + outside * share * (policy.spec.timeOffPerStandbyHour ?? 0),
        0,
      ),
    };
  });
  const work = options.work ?? incidentWork(design, incidents, payersOf);
  const incidentHours = work.reduce((n, w) => n + w.hours, 0);
  const incidentTimeOff = work.flatMap((w) => w.timeOff).reduce((n, t) => n + t, 0);
  const incidentCosts = work.flatMap((w) => w.costs);
  const currencies = byCurrencyOf([...costs, ...incidentCosts], currency).map((m) => m.currency);
  const inCurrency = (list: readonly Money[], c: string) =>
    sumMoney(
      list.filter((m) => m.currency === c),
      c,
    );
  const byCurrency = currencies.map((c) => {
    const standby = inCurrency(costs, c);
    const incidents = inCurrency(incidentCosts, c);
    return { currency: c, standby, incidents, monthlyCost: addMoney(standby, incidents) };
  });
  const standby = inCurrency(costs, currency);
  const incidentCost = inCurrency(incidentCosts, currency);
  const sum = (pick: (r: RotationCost) => number) => rotations.reduce((n, r) => n + pick(r), 0);
  return {
    design: design.name,
    rotations,
    notes: design.notes,
    peopleOnCallAtOnce: sum((r) => r.peopleOnCallAtOnce),
    peopleOnCallAtNight: sum((r) =>
      r.coverage === '24x7' && r.relay === undefined ? r.peopleOnCallAtOnce : 0,
    ),
    peopleNeeded: sum((r) => r.peopleNeeded),
    standbyHoursPerMonth: {
      inside: sum((r) => r.standbyHoursPerMonth.inside),
      outside: sum((r) => r.standbyHoursPerMonth.outside),
      weekend: sum((r) => r.standbyHoursPerMonth.weekend),
    },
    incidentOffHoursPerMonth: incidentHours,
    cost: { standby, incidents: incidentCost },
    monthlyCost: addMoney(standby, incidentCost),
    byCurrency,
    timeOffHoursPerMonth: sum((r) => r.timeOffHoursPerMonth) + incidentTimeOff,
  };
}

/**
 * Amounts added up per currency: `first` always (zero when none is in it), then the others by
 * code. Two currencies are never added together (no exchange rates).
 */
export function byCurrencyOf(amounts: readonly Money[], first: string): Money[] {
  const others = [...new Set(amounts.map((m) => m.currency))].filter((c) => c !== first).sort();
  return [first, ...others].map((c) =>
    sumMoney(
      amounts.filter((m) => m.currency === c),
      c,
    ),
  );
}

/** Who pays a rotation's hours: each policy, its people and their share of the rotation. */
type PayersOf = (r: DesignRotation) => readonly {
  readonly policy: CompensationPolicy;
  readonly people: number;
  readonly of: number;
  readonly share: number;
}[];

/** The policies that pay a rotation's hours (`payers`), else the default policy alone. */
export function payersFor(
  policy: CompensationPolicy,
  payers: RotationPayers | undefined,
): PayersOf {
  // Once per rotation: incident work asks again for every service the rotation gives its widest
  // coverage, and each time its people and their policies were counted anew (50,000 services at
  // 10,000 teams, each design priced and paid out).
  const known = new Map<DesignRotation, ReturnType<PayersOf>>();
  // Shares as ratios (people of a policy / people of the rotation), so nothing rounds but money.
  return (r) => {
    const seen = known.get(r);
    if (seen !== undefined) return seen;
    const named = (payers?.(r) ?? []).filter((p) => p.people > 0);
    const list = named.length > 0 ? named : [{ policy, people: 1 }];
    const of = list.reduce((n, p) => n + p.people, 0);
    const shares = list.map((p) => ({
      policy: 'contract' in p && p.contract ? contractShare(p.policy) : p.policy,
      people: p.people,
      of,
      share: p.people / of,
    }));
    known.set(r, shares);
    return shares;
  };
}

/**
 * The share of a rotation another company's contract pays, priced as a policy with no rates in
 * the default's currency: it adds nothing to any figure of on-call pay (§12.4.6).
 */
function contractShare(policy: CompensationPolicy): CompensationPolicy {
  return {
    ...policy,
    spec: { currency: policy.spec.currency, businessHours: policy.spec.businessHours },
  };
}

/** A service's incident work outside business hours, as a design pays it, and who is paid. */
export interface IncidentWork {
  readonly service: string;
  /** The first rotation giving the service its widest coverage: whose people do the work. */
  readonly rotation: string;
  readonly hours: number;
  /** One per paying policy, in its currency, and the time off each earns. */
  readonly costs: readonly Money[];
  readonly timeOff: readonly number[];
}

/**
 * Incident work is paid once per service, for the part outside business hours inside the widest
 * coverage any rotation of the design gives it, by the payers of that rotation (see
 * `priceDesign`): it is that rotation's people who are called, so the pay is theirs. Of rotations
 * equally wide, the one that works the service's incidents first (`WORKING_ORDER`: team, domain,
 * thin layer, as a month's schedule pays them), never whichever the design happens to list first:
 * a thin layer listed first took every incident hour, and the contract that pays its people made
 * a design look cheaper by the incident pay of every team rotation behind it.
 */
export function incidentWork(
  design: Design,
  incidents: IncidentLoad,
  payersOf: PayersOf,
  byHours?: {
    /** A rotation's business hours (`designBusinessHours`). */
    readonly hoursOf: (rotation: DesignRotation) => BusinessHours;
    /** The incident load at those hours (`incidentLoadsByHours`). */
    readonly at: (hours: BusinessHours) => IncidentLoad;
  },
): readonly IncidentWork[] {
  const widest = new Map<string, DesignRotation>();
  for (const r of design.rotations) {
    for (const s of r.services) {
      const known = widest.get(s);
      if (known === undefined || worksBefore(r, known)) widest.set(s, r);
    }
  }
  const out: IncidentWork[] = [];
  for (const [service, rotation] of widest) {
    // Out of hours by the hours of the policy that pays the rotation's people, not the default's.
    const worked = byHours ? byHours.at(byHours.hoursOf(rotation)) : incidents;
    const load = worked.byService.get(service)?.[rotation.coverage];
    if (!load) continue;
    const hours = ratioHours(load);
    const costs: Money[] = [];
    const timeOff: number[] = [];
    for (const { policy, share, people, of } of payersOf(rotation)) {
      const rate = moneyFromMajor(policy.spec.incidentPerHour ?? 0, policy.spec.currency);
      costs.push(multiplyMoneyRatio(rate, people * load.numerator, of * load.denominator));
      timeOff.push(hours * share * (policy.spec.timeOffPerIncidentHour ?? 0));
    }
    out.push({ service, rotation: rotation.name, hours, costs, timeOff });
  }
  return out;
}
