import { designRotationsSectionBlocks, onCallCostBlocks } from '../../oncall-cost-section.ts';
import { mono, para } from '../blocks.ts';
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

/** §12.6: the rotations of each design (appendix), as `oncall-cost` prints them. */
export const onCallDesignsPlanSection = blockSection('oncall-designs', ({ onCallCost }) =>
  onCallCost.ok ? designRotationsSectionBlocks(onCallCost.cost) : undefined,
);
