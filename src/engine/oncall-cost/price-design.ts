import type { CompensationPolicySpec, Coverage, DurationMinutes } from '../../model/index.ts';
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
  readonly standbyCost: Money;
  readonly timeOffHoursPerMonth: number;
}

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
  readonly cost: { readonly standby: Money; readonly incidents: Money };
  readonly monthlyCost: Money;
  /** Time off earned for standby and incident work outside business hours, in hours. */
  readonly timeOffHoursPerMonth: number;
}

const BREADTH: Readonly<Record<Coverage, number>> = { '8x5': 0, '8x7': 1, '24x7': 2 };

/**
 * Prices a design per average month (§12.6, §12.9.5) as the schedule staffs it: one person on
 * call at a time per rotation, standby computed analytically from the coverage and the business
 * hours in the rotation's zone, or, for a follow-the-sun relay, from each site's part of the day
 * in its own zone. Standby pay applies outside business hours only. Incident work is paid once per service, for the part
 * outside business hours inside the widest coverage any rotation of the design gives it; with
 * nested coverages that is every hour someone is on call for it. Each rotation's and each
 * service's cost is rounded to the cent once; totals are exact sums of those.
 */
export function priceDesign(options: {
  readonly design: Design;
  readonly policy: CompensationPolicySpec;
  readonly businessHours: BusinessHours;
  readonly incidents: IncidentLoad;
}): DesignCost {
  const { design, policy, businessHours, incidents } = options;
  const currency = policy.currency;
  const standbyRate = moneyFromMajor(policy.standbyPerHour ?? 0, currency);
  const incidentRate = moneyFromMajor(policy.incidentPerHour ?? 0, currency);
  const { numerator: weeks, denominator: perWeeks } = WEEKS_PER_MONTH;
  const rotations: RotationCost[] = design.rotations.map((rotation) => {
    const weekly = rotation.relay
      ? relayWeeklyMinutes(rotation.relay, businessHours)
      : weeklyCoverageMinutes(rotation.coverage, businessHours);
    const slots = ON_CALL_PER_ROTATION;
    const monthly = (minutes: DurationMinutes) => slots * monthlyHoursFromWeeklyMinutes(minutes);
    const outside = monthly(weekly.off);
    return {
      ...rotation,
      // every key present, absent ones as undefined: the plan document holds them as null
      members: rotation.members,
      relay: rotation.relay,
      keeps: rotation.keeps,
      team: rotation.team,
      peopleOnCallAtOnce: slots,
      standbyHoursPerMonth: {
        inside: monthly(weekly.business),
        outside,
        weekend: monthly(weekly.weekend),
      },
      // rate × slots × off minutes a week ÷ 60 × 365.25/84 weeks a month, rounded once
      standbyCost: multiplyMoneyRatio(standbyRate, slots * weekly.off * weeks, 60 * perWeeks),
      timeOffHoursPerMonth: outside * (policy.timeOffPerStandbyHour ?? 0),
    };
  });
  const widest = new Map<string, Coverage>();
  for (const r of design.rotations) {
    for (const s of r.services) {
      const known = widest.get(s);
      if (known === undefined || BREADTH[r.coverage] > BREADTH[known]) widest.set(s, r.coverage);
    }
  }
  let incidentHours = 0;
  const incidentCosts: Money[] = [];
  for (const [service, coverage] of widest) {
    const load = incidents.byService.get(service)?.[coverage];
    if (!load) continue;
    incidentHours += ratioHours(load);
    incidentCosts.push(multiplyMoneyRatio(incidentRate, load.numerator, load.denominator));
  }
  const standby = sumMoney(
    rotations.map((r) => r.standbyCost),
    currency,
  );
  const incidentCost = sumMoney(incidentCosts, currency);
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
    timeOffHoursPerMonth:
      sum((r) => r.timeOffHoursPerMonth) + incidentHours * (policy.timeOffPerIncidentHour ?? 0),
  };
}
