import { selectPolicy } from '../../../engine/compensation/index.ts';
import { businessHoursOf } from '../../../engine/coverage-hours/index.ts';
import { staffing } from '../../../engine/staffing/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** SRE teams, people by level and site, hiring, rotation sizes and funding (§12.4.6, §12.10). */
export const staffingEndpoint = engineEndpoint({
  path: 'staffing',
  summary:
    'SRE staffing: teams needed, people by level and location, hiring, rotation sizes, funding',
  compute: ({ model }) => {
    const selected = selectPolicy(model);
    const businessHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
    return staffing(model, { businessHours });
  },
});
