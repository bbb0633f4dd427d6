import type { PersonCompensation } from '../engine/compensation/index.ts';
import { type Money, moneyJson } from '../engine/money/index.ts';
import type { DesignCost, OnCallCost } from '../engine/oncall-cost/index.ts';
import { roundHours, withNulls } from './figures.ts';

/**
 * `oncall-cost --json`. A contract: fields are added, never renamed. At least
 * `{current: {monthlyCost: {amount, currency}}, optimized: {monthlyCost}, saving: {amount,
 * currency}}`. Hours are per month, rounded to the hundredth; money is exact.
 */
export function onCallCostJson(
  cost: OnCallCost,
  compensation: { readonly month: string; readonly people: readonly PersonCompensation[] },
): unknown {
  return withNulls({
    policy: cost.policy,
    currency: cost.currency,
    current: design(cost.current),
    optimized: design(cost.optimized),
    teamRotationPerTeam: design(cost.teamRotationPerTeam),
    saving: {
      ...moneyJson(cost.saving.amount),
      percent: cost.saving.percent,
      against: 'team-rotation-per-team',
    },
    savingVsCurrent: {
      ...moneyJson(cost.savingVsCurrent.amount),
      percent: cost.savingVsCurrent.percent,
    },
    incidents: { source: cost.incidentSource, months: cost.incidentMonths },
    compensation: {
      month: compensation.month,
      people: compensation.people.map((p) => ({
        person: p.person,
        hours: {
          businessHours: roundHours(p.hours.businessHours),
          offHours: roundHours(p.hours.offHours),
          weekendHours: roundHours(p.hours.weekendHours),
          incidentOffHours: roundHours(p.hours.incidentOffHours ?? 0),
        },
        upliftPercent: p.upliftPercent,
        pay: {
          baseUplift: money(p.pay.baseUplift),
          standby: moneyJson(p.pay.standby),
          incidents: moneyJson(p.pay.incidents),
          withinBudget: money(p.pay.withinBudget),
          total: moneyJson(p.pay.total),
        },
        timeOffHours: {
          standby: roundHours(p.timeOff.standby),
          incidents: roundHours(p.timeOff.incidents),
          total: roundHours(p.timeOff.total),
        },
      })),
    },
    assumptions: cost.assumptions,
  });
}

function money(value: Money | undefined) {
  return value === undefined ? null : moneyJson(value);
}

function design(d: DesignCost) {
  return {
    monthlyCost: moneyJson(d.monthlyCost),
    cost: { standby: moneyJson(d.cost.standby), incidents: moneyJson(d.cost.incidents) },
    peopleOnCallAtOnce: d.peopleOnCallAtOnce,
    peopleOnCallAtNight: d.peopleOnCallAtNight,
    peopleNeeded: d.peopleNeeded,
    standbyHoursPerMonth: {
      inside: roundHours(d.standbyHoursPerMonth.inside),
      outside: roundHours(d.standbyHoursPerMonth.outside),
      weekend: roundHours(d.standbyHoursPerMonth.weekend),
    },
    incidentOffHoursPerMonth: roundHours(d.incidentOffHoursPerMonth),
    timeOffHoursPerMonth: roundHours(d.timeOffHoursPerMonth),
    notes: d.notes,
    rotations: d.rotations.map((r) => ({
      name: r.name,
      type: r.type,
      coverage: r.coverage,
      services: r.services,
      members: r.members,
      peopleOnCallAtOnce: r.peopleOnCallAtOnce,
      peopleNeeded: r.peopleNeeded,
      standbyHoursPerMonth: {
        inside: roundHours(r.standbyHoursPerMonth.inside),
        outside: roundHours(r.standbyHoursPerMonth.outside),
        weekend: roundHours(r.standbyHoursPerMonth.weekend),
      },
      standbyCost: moneyJson(r.standbyCost),
      timeOffHoursPerMonth: roundHours(r.timeOffHoursPerMonth),
    })),
  };
}
