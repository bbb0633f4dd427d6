import { onCallCost } from '../../../engine/oncall-cost/index.ts';
import { designRotationsSection, onCallCostSection } from '../../oncall-cost-section.ts';
import { code } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.6: on-call designs and their cost per month. */
export const onCallCostPlanSection: PlanSection = {
  id: 'oncall-cost',
  render: (model) => {
    const result = onCallCost(model);
    if (!result.ok) return undefined;
    return `${onCallCostSection(result.cost)}\n\nCompensation per person for a calendar month, from that month's schedule (every §12.9.5 building block, in each person's time zone, the hours of ${code('whorunsit hours')}): ${code('whorunsit oncall-cost <paths> --month YYYY-MM')}.`;
  },
};

/** §12.6: the rotations of each design. */
export const onCallDesignsPlanSection: PlanSection = {
  id: 'oncall-designs',
  render: (model) => {
    const result = onCallCost(model);
    return result.ok ? designRotationsSection(result.cost) : undefined;
  },
};
