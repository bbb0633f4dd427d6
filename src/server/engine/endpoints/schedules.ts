import { z } from 'zod';
import { compensationPolicyOf, DAY_MS, generateSchedule } from '../../../engine/schedule/index.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** Schedules longer than this are a planning job for the CLI, not one request. */
const MAX_DAYS = 92;

/** Who is on call when, per rotation, and every rule the schedule breaks. */
export const schedulesEndpoint = engineEndpoint({
  path: 'schedules',
  summary:
    'On-call schedules for every rotation over a range, with their violations (§12.6, §12.9.5)',
  query: z.object({
    from: z.iso.datetime({ offset: true }).optional().describe('Default: now'),
    days: z.coerce.number().int().min(1).max(MAX_DAYS).default(7),
  }),
  compute: ({ model, query, now }) => {
    const start = query.from ? Date.parse(query.from) : now.getTime();
    const schedule = generateSchedule({
      model,
      range: { start, end: start + query.days * DAY_MS },
      policy: compensationPolicyOf(model),
    });
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      from: iso(start),
      to: iso(start + query.days * DAY_MS),
      shifts: schedule.shifts.map((s) => ({ ...s, start: iso(s.start), end: iso(s.end) })),
      violations: schedule.violations.map((v) => ({ ...v, start: iso(v.start), end: iso(v.end) })),
    };
  },
});
