import { type Money, moneyJson } from '../engine/money/index.ts';
import type { DesignComparison, DesignCost } from '../engine/oncall-cost/index.ts';
import { formatInstant } from '../engine/schedule/index.ts';
import { roundHours, withNulls } from './figures.ts';
import type { OnCallCostReport } from './oncall-cost-report.ts';

/**
 * `oncall-cost --json`. A contract: fields are added, never renamed. At least
 * `{current: {monthlyCost: {amount, currency}}, optimized: {monthlyCost}, saving: {amount,
 * currency}}`. Hours are per month, rounded to the hundredth; money is exact.
 *
 * Two bases, said in `basis`: the designs (`current`, `optimized`, `teamRotationPerTeam`) are
 * estimates for an average month (`average-month`); `compensation` is the given calendar month
 * as its schedule puts people on call (`schedule`), the hours `whorunsit hours` reports for
 * `compensation.from`–`compensation.to`. Each person is paid by their own policy
 * (`compensation.people[].policy`); `compensation.total.pay` is the pay in the default policy's
 * currency (`currency`) and `compensation.byCurrency` that of every currency, never added up.
 */
export function onCallCostJson(report: OnCallCostReport): unknown {
  const { cost, compensation } = report;
  const { total } = compensation;
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
    vsCurrent: againstToday(cost.vsCurrent),
    // The people the design hires for its thin layer, whose salaries savingVsCurrent counts.
    thinLayerHires: cost.thinLayerHires && {
      ...cost.thinLayerHires,
      annualEach: moneyJson(cost.thinLayerHires.annualEach),
      perMonth: cost.thinLayerHires.perMonth && moneyJson(cost.thinLayerHires.perMonth),
    },
    // Where the design's team rotations need more people than their teams have: the design with
    // those high-tier services at the medium tier (§12.6, §12.8).
    lowerTargets: cost.lowerTargets && {
      services: cost.lowerTargets.services,
      optimized: design(cost.lowerTargets.optimized),
      vsCurrent: againstToday(cost.lowerTargets.vsCurrent),
    },
    // Short team pagers of high tiers a same-domain pager with room could take instead of
    // growing them (§12.6), with the standby pay joining saves.
    sameDomainPagers: cost.sameDomainPagers.map((o) => ({
      ...o,
      standbyPerMonth: o.standbyPerMonth.map(moneyJson),
    })),
    bases: {
      cost: 'average-month estimate, one person on call at a time per rotation as the schedule staffs it; a follow-the-sun rotation per site for its part of the day',
      peopleNeeded:
        'rotation sizing: a primary and a secondary, nobody on call more than a quarter of their time (staffing)',
    },
    incidents: { source: cost.incidentSource, months: cost.incidentMonths },
    compensation: {
      month: report.month,
      basis: 'schedule',
      from: formatInstant(compensation.range.start),
      to: formatInstant(compensation.range.end),
      scheduleErrors: compensation.scheduleErrors,
      people: compensation.people.map((p) => ({
        person: p.person,
        // The policy that pays them (their own, their team's, else the default) and its currency.
        policy: p.policy,
        currency: p.currency,
        // Another company's person: its contract pays their on-call, so their pay is nothing.
        paidByContract: p.paidByContract,
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
      total: {
        hours: {
          businessHours: roundHours(total.hours.businessHours),
          offHours: roundHours(total.hours.offHours),
          weekendHours: roundHours(total.hours.weekendHours),
          incidentOffHours: roundHours(total.hours.incidentOffHours),
        },
        pay: {
          standby: moneyJson(total.pay.standby),
          incidents: moneyJson(total.pay.incidents),
          baseUplift: moneyJson(total.pay.baseUplift),
          total: moneyJson(total.pay.total),
        },
        timeOffHours: roundHours(total.timeOffHours),
      },
      // `total.pay` is the default policy's currency alone; every currency's pay, never added.
      byCurrency: compensation.byCurrency.map((c) => ({
        currency: c.currency,
        policies: c.policies,
        people: c.people,
        pay: {
          standby: moneyJson(c.standby),
          incidents: moneyJson(c.incidents),
          baseUplift: moneyJson(c.baseUplift),
          total: moneyJson(c.total),
        },
      })),
    },
    assumptions: cost.assumptions,
  });
}

function againstToday(v: DesignComparison) {
  return {
    against: 'current',
    verdict: v.verdict,
    money: moneyJson(v.money),
    // Per currency, never added up: the verdict saves only when no currency costs more.
    byCurrency: v.byCurrency.map(moneyJson),
    people: v.people,
    peopleNeeded: v.peopleNeeded,
    peopleOnCallAtNight: v.atNight,
  };
}

function money(value: Money | undefined) {
  return value === undefined ? null : moneyJson(value);
}

function design(d: DesignCost) {
  return {
    basis: 'average-month',
    monthlyCost: moneyJson(d.monthlyCost),
    cost: { standby: moneyJson(d.cost.standby), incidents: moneyJson(d.cost.incidents) },
    byCurrency: d.byCurrency.map((c) => ({
      currency: c.currency,
      standby: moneyJson(c.standby),
      incidents: moneyJson(c.incidents),
      monthlyCost: moneyJson(c.monthlyCost),
    })),
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
      keeps: r.keeps ?? null,
      provider: r.provider ?? null,
      team: r.team ?? null,
      staffedFrom: r.staffedFrom ?? null,
      followsTheSun: r.relay !== undefined,
      peopleOnCallAtOnce: r.peopleOnCallAtOnce,
      peopleNeeded: r.peopleNeeded,
      standbyHoursPerMonth: {
        inside: roundHours(r.standbyHoursPerMonth.inside),
        outside: roundHours(r.standbyHoursPerMonth.outside),
        weekend: roundHours(r.standbyHoursPerMonth.weekend),
      },
      standbyCost: moneyJson(r.standbyCost),
      standbyCosts: r.standbyCosts.map(moneyJson),
      timeOffHoursPerMonth: roundHours(r.timeOffHoursPerMonth),
    })),
  };
}
