import { z } from 'zod';
import { staffingJson } from '../../../report/staffing-json.ts';
import { staffingReport } from '../../../report/staffing-report.ts';
import { ApiError } from '../../errors/api-error.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** SRE teams, people by level and site, hiring, rotation sizes and funding (§12.4.6, §12.10). */
export const staffingEndpoint = engineEndpoint({
  path: 'staffing',
  summary:
    'SRE staffing: teams needed, people by level and location, hiring, rotation sizes, funding (§12.4.1, §12.4.6, §12.6, §12.10.2)',
  command: 'whorunsit staffing <paths…> [--policy NAME] --json',
  query: z.object({
    policy: z
      .string()
      .max(63)
      .optional()
      .describe('The CompensationPolicy whose business hours size 8x5 and 8x7 rotations'),
  }),
  compute: ({ model, query }) => {
    const report = staffingReport(model, { policy: query.policy });
    if (!report.ok) throw new ApiError('bad-request', report.message, { reason: report.code });
    return staffingJson(report.staffing, report.annualCost);
  },
});
