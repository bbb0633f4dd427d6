import { designRotationsBlocks } from '../../design-rotations.ts';
import { hours } from '../../figures.ts';
import { onCallCostBlocks } from '../../oncall-cost-section.ts';
import { mono, para } from '../blocks.ts';
import { money } from '../doc-figures.ts';
import { blockSection } from '../plan-section.ts';

/** §12.6: on-call designs and their cost per month, worded as `oncall-cost` words them. */
export const onCallCostPlanSection = blockSection('oncall-cost', ({ onCallCost }) =>
  onCallCost.ok
    ? onCallCostBlocks(onCallCost.cost, mono('whorunsit oncall-cost --month'))
    : {
        title: 'On-call design and cost (§12.6)',
        why: 'On-call is priced with the standby and incident rates of a compensation policy.',
        blocks: [para(`Not priced: ${onCallCost.message}.`)],
      },
);

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
          standbyOutside: hours(r.standbyHoursPerMonth.outside),
          standbyPay: money(r.standbyCost),
          timeOff: hours(r.timeOffHoursPerMonth),
        })),
      })),
    ),
  };
});
