import { z } from 'zod';
import { selectPolicy } from '../../../engine/compensation/index.ts';
import { DAY_MS, scheduleBalance } from '../../../engine/schedule/index.ts';
import { epochMillis, TimeParameterSchema } from '../../../model/index.ts';
import { scheduleJson } from '../../../report/schedule/schedule-json.ts';
import { ApiError } from '../../errors/api-error.ts';
import { overriddenSchedule, storedOverrides } from '../../on-call/schedule-overrides.ts';
import { engineEndpoint } from '../engine-endpoint.ts';

/** Schedules longer than this are a planning job for the CLI, not one request. */
const MAX_DAYS = 92;

/** A date (midnight UTC) or an ISO 8601 time with a zone, strictly on the calendar. */
const Time = TimeParameterSchema;

/**
 * Who is on call when, per rotation, every rule the schedule breaks, and how fair it is — with
 * the stored on-call overrides in force applied, so it says what the console's timeline, the
 * calendar feeds and alert routing say.
 */
export const schedulesEndpoint = engineEndpoint({
  path: 'schedules',
  summary: `On-call schedules for every rotation over a range of at most ${MAX_DAYS} days, with their violations and balance (§12.6, §12.9.5); times in each rotation's zone. The on-call overrides in force (POST /api/v1/on-call-overrides) are applied, as \`schedule --overrides\` applies a file of them`,
  command:
    'whorunsit schedule <paths…> --from TIME --to TIME [--policy NAME] [--overrides FILE] --json',
  query: z.object({
    from: Time.optional().describe(
      'Start: a date (midnight UTC) or a time with a zone; default now',
    ),
    to: Time.optional().describe('End (exclusive), like `from`; default `from` + `days`'),
    days: z.coerce.number().int().min(1).max(MAX_DAYS).default(7),
    policy: z
      .string()
      .max(63)
      .optional()
      .describe('The CompensationPolicy for business hours and time off (default: the first)'),
  }),
  compute: async ({ model, query, now, context }) => {
    const start = query.from ?? now.getTime();
    const end = query.to ?? start + query.days * DAY_MS;
    const wrong =
      end <= start
        ? 'expected `to` after `from`'
        : end - start > MAX_DAYS * DAY_MS
          ? `expected at most ${MAX_DAYS} days from \`from\` to \`to\`; plan longer ranges with \`whorunsit schedule\``
          : undefined;
    if (wrong) {
      throw new ApiError('bad-request', `query to: ${wrong}`, {
        issues: [{ in: 'query', path: 'to', code: 'invalid-value', message: wrong }],
      });
    }
    const selected = selectPolicy(model, query.policy);
    const policy = selected.ok ? selected.policy : undefined;
    if (query.policy !== undefined && !policy) {
      throw new ApiError('bad-request', `no CompensationPolicy "${query.policy}"`, {
        reason: 'unknown-policy',
      });
    }
    const schedule = overriddenSchedule(
      { model, range: { start: epochMillis(start), end: epochMillis(end) }, policy },
      await storedOverrides(context),
    );
    const balance = scheduleBalance({ model, shifts: schedule.shifts, policy });
    return scheduleJson({ model, schedule, balance });
  },
});
