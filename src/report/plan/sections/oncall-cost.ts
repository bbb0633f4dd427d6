import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { DESIGN_TITLE, designRotationsBlocks } from '../../design-rotations.ts';
import { money } from '../doc-figures.ts';
import { code, list, section, table, text } from '../markdown.ts';
import { blockSection, type PlanSection } from '../plan-section.ts';

type OnCall = Extract<PlanDocument['onCallCost'], { ok: true }>['cost'];

const h = (n: number) => `${Math.round(n * 100) / 100} h`;
const pct = (n: number) => `${Math.round(n * 10) / 10} %`;

function comparison(saving: OnCall['saving'], against: string): string {
  const negative = saving.amount.startsWith('-');
  const amount = money({
    amount: negative ? saving.amount.slice(1) : saving.amount,
    currency: saving.currency,
  });
  return negative
    ? `costs ${amount} per month more than ${against}`
    : `saves ${amount} per month (${pct(saving.percent)}) against ${against}`;
}

/**
 * The optimized design against today, in money and in people: a design that costs more or needs
 * more people is no saving (`vsCurrent` of `oncall-cost`).
 */
function againstToday(cost: OnCall): string {
  const v = cost.vsCurrent;
  const diff = money({ ...v.money, amount: v.money.amount.replace(/^-/, '') });
  const { design, against } = v.peopleNeeded;
  const people =
    v.people === 0
      ? `needs as many people on its rotations (${design})`
      : `needs ${Math.abs(v.people)} ${v.people > 0 ? 'more' : 'fewer'} people on its rotations (${design} instead of ${against})`;
  switch (v.verdict) {
    case 'saves':
      return v.money.amount.replace(/[-0.]/g, '') === ''
        ? `costs the same per month as today’s rotations and ${people}`
        : `saves ${diff} per month (${pct(cost.savingVsCurrent.percent)}) against today’s rotations and ${people}`;
    case 'costs-more':
      return `costs ${diff} per month more than today’s rotations and ${people}: it is no saving`;
    case 'needs-more-people':
      return `costs no more per month than today’s rotations but ${people}: it is no saving`;
    case 'same':
      return 'costs the same and needs as many people as today’s rotations, which already follow §12.6';
  }
}

/**
 * Where teams cannot staff the team rotations the design adds or extends: how many, and the
 * design with those services' targets lowered (§12.6, §12.8), in people and money.
 */
function lowerTargets(cost: OnCall): string {
  const alternative = cost.lowerTargets;
  if (alternative === null) return '';
  const short = cost.optimized.rotations.filter(
    (r) => r.team !== null && r.team.people < r.peopleNeeded,
  ).length;
  const { design } = alternative.vsCurrent.peopleNeeded;
  return ` ${short === 1 ? 'One team rotation it adds or extends needs' : `${short} team rotations it adds or extends need`} more people than ${short === 1 ? 'its team has' : 'their teams have'} (see the design's notes); with the targets of ${alternative.services.join(', ')} lowered to the medium tier it needs ${design} people and costs ${money(alternative.optimized.monthlyCost)} per month.`;
}

/** §12.6: on-call designs and their cost per month. */
export const onCallCostPlanSection: PlanSection = {
  id: 'oncall-cost',
  render: ({ onCallCost }) => {
    if (!onCallCost.ok)
      return section(
        'On-call design and cost (§12.6)',
        'On-call is priced with the standby and incident rates of a compensation policy.',
        `Not priced: ${text(onCallCost.message)}.`,
      );
    const cost = onCallCost.cost;
    const designs = [cost.current, cost.optimized, cost.teamRotationPerTeam];
    return section(
      'On-call design and cost (§12.6)',
      'The optimized design starts from today’s rotations and changes only what §12.6 makes safer or cheaper: high-tier services keep a team rotation round the clock (a thin layer may take the runbook cases in front of it), medium tiers share domain rotations, low tiers go to operations where there is a team for it. Each design is an estimate for an average month as the schedule staffs it (one person on call at a time); people needed follow the sizing rule; what a calendar month pays each person comes from its schedule (`whorunsit oncall-cost --month`).',
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
          h(d.standbyHoursPerMonth.inside),
          h(d.standbyHoursPerMonth.outside),
          h(d.incidentOffHoursPerMonth),
          `**${money(d.monthlyCost)}**`,
        ]),
      ),
      `**The optimized design ${againstToday(cost)}, and ${comparison(cost.saving, 'a team rotation for every team')}.**${lowerTargets(cost)} Priced with compensation policy ${code(cost.policy)}.`,
      'Assumptions:',
      list(cost.assumptions.map(text)),
    );
  },
};

/** §12.6: the rotations of each design (appendix). */
export const onCallDesignsPlanSection = blockSection('oncall-designs', ({ onCallCost }) => {
  if (!onCallCost.ok) return undefined;
  const cost = onCallCost.cost;
  return {
    title: 'Rotations of each on-call design (§12.6)',
    why: 'What each design puts on call, for which services, and what its standby costs in an average month (estimated).',
    blocks: designRotationsBlocks(
      [cost.current, cost.optimized, cost.teamRotationPerTeam].map((d) => ({
        design: d.design,
        notes: d.notes,
        rotations: d.rotations.map((r) => ({
          ...r,
          standbyOutside: h(r.standbyHoursPerMonth.outside),
          standbyPay: money(r.standbyCost),
          timeOff: h(r.timeOffHoursPerMonth),
        })),
      })),
    ),
  };
});
