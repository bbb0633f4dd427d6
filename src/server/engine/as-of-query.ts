import { z } from 'zod';
import {
  type EpochSeconds,
  epochMillis,
  epochSecondsOf,
  secondsOfMillis,
} from '../../model/index.ts';

/**
 * `?at=`: the time to report as of, as the CLI's `--at` takes it: a date (midnight UTC) or an
 * ISO 8601 time with a zone. Default: the server's clock.
 */
export const AtQuery = z.object({
  at: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .optional()
    .describe(
      'Report as of this time (ISO 8601, e.g. 2025-07-01 or 2025-07-01T00:00:00Z); default now',
    ),
});

/** Epoch seconds of `at`, or of `now` (whole seconds) when absent: as `--at` in the CLI. */
export function asOfSeconds(at: string | undefined, now: Date): EpochSeconds {
  return at === undefined ? epochSecondsOf(now) : secondsOfMillis(epochMillis(Date.parse(at)));
}
