import type { DesignCost, OnCallCost } from '../engine/oncall-cost/index.ts';
import { amount, hours, percent } from './figures.ts';
import { code, list, names, section, table, text } from './plan/markdown.ts';

const DESIGN_TITLE = {
  current: 'Today',
  optimized: 'Optimized (§12.6)',
  'team-rotation-per-team': 'A team rotation for every team',
} as const;

/** §12.6: today's rotations, the optimized design and the baseline, per month. */
export function onCallCostSection(cost: OnCallCost): string {
  const designs = [cost.current, cost.optimized, cost.teamRotationPerTeam];
  return section(
    'On-call design and cost (§12.6)',
    'Team rotations for high-tier services, domain rotations for medium tier, and a thin layer around the clock that triages SLO breaches and forwards what its runbooks do not cover: fewer people on call at night than a team rotation for every team. Each design is an estimate for an average month, to compare designs; what a calendar month pays each person comes from its schedule (compensation per person).',
    table(
      [
        'Design',
        'Rotations',
        'On call at once',
        'On call at night',
        'People needed',
        'Standby in business hours per month',
        'Standby outside business hours per month',
        'Incident work outside business hours per month',
        'Cost per month',
      ],
      designs.map((d) => [
        DESIGN_TITLE[d.design],
        String(d.rotations.length),
        String(d.peopleOnCallAtOnce),
        String(d.peopleOnCallAtNight),
        String(d.peopleNeeded),
        hours(d.standbyHoursPerMonth.inside),
        hours(d.standbyHoursPerMonth.outside),
        hours(d.incidentOffHoursPerMonth),
        `**${amount(d.monthlyCost)}**`,
      ]),
    ),
    `**The optimized design saves ${amount(cost.saving.amount)} per month (${percent(cost.saving.percent)}) against a team rotation for every team, and ${amount(cost.savingVsCurrent.amount)} per month (${percent(cost.savingVsCurrent.percent)}) against today's rotations.** Priced with compensation policy ${code(cost.policy)}.`,
    'Assumptions:',
    list(cost.assumptions.map(text)),
  );
}

/** Each design's rotations with their standby and cost. */
export function designRotationsSection(cost: OnCallCost): string {
  const designs = [cost.current, cost.optimized, cost.teamRotationPerTeam];
  return section(
    'Rotations of each on-call design (§12.6)',
    'What each design puts on call, for which services, and what its standby costs in an average month (estimated).',
    ...designs.flatMap((d) => [
      `**${DESIGN_TITLE[d.design]}**`,
      designTable(d),
      d.notes.length > 0 ? list(d.notes.map(text)) : '',
    ]),
  );
}

function designTable(d: DesignCost): string {
  return table(
    [
      'Rotation',
      'Type',
      'Coverage',
      'Services',
      d.design === 'current' ? 'Members' : 'People needed',
      'Standby outside business hours per month',
      'Standby pay per month',
      'Time off per month',
    ],
    d.rotations.map((r) => [
      code(r.name),
      r.type,
      code(r.coverage),
      names(r.services),
      String(r.members ?? r.peopleNeeded),
      hours(r.standbyHoursPerMonth.outside),
      amount(r.standbyCost),
      hours(r.timeOffHoursPerMonth),
    ]),
  );
}
