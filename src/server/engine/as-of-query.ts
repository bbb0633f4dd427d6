import { z } from 'zod';
import {
  type EpochMillis,
  type EpochSeconds,
  epochSecondsOf,
  secondsOfMillis,
  TimeParameterSchema,
} from '../../model/index.ts';

/**
 * `?at=`: the time to report as of, as the CLI's `--at` takes it (the same schema): a date
 * (midnight UTC) or an ISO 8601 time with a zone. Default: the server's clock.
 */
export const AtQuery = z.object({
  at: TimeParameterSchema.optional().describe(
    'Report as of this time (ISO 8601, e.g. 2025-07-01 or 2025-07-01T00:00:00Z); default now',
  ),
});

/** Epoch seconds of `at` (epoch ms), or of `now` (whole seconds) when absent: as `--at` in the CLI. */
export function asOfSeconds(at: EpochMillis | undefined, now: Date): EpochSeconds {
  return at === undefined ? epochSecondsOf(now) : secondsOfMillis(at);
}
