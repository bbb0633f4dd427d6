import type { ValueBaseline } from '../engine/value/value-baseline.ts';
import { CliError } from './exit-codes.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * `--baseline-downtime <minutes>` or `--baseline-months <from..to>`: what the organization would
 * lose without SRE, the figure revenue protected is measured against (§12.8.5); `value` and
 * `plan` take the same two flags.
 */
export function baselineOption(options: {
  readonly baselineDowntime?: string | undefined;
  readonly baselineMonths?: string | undefined;
}): ValueBaseline | undefined {
  if (options.baselineDowntime !== undefined && options.baselineMonths !== undefined) {
    throw new CliError('bad-baseline', 'give --baseline-downtime or --baseline-months, not both');
  }
  if (options.baselineDowntime !== undefined) {
    const minutes = Number(options.baselineDowntime);
    if (!/^\d+(\.\d+)?$/.test(options.baselineDowntime) || !Number.isFinite(minutes)) {
      throw new CliError(
        'bad-baseline',
        `--baseline-downtime: expected minutes per month like 120, found "${options.baselineDowntime}"`,
      );
    }
    return { kind: 'downtime', minutesPerMonth: minutes };
  }
  if (options.baselineMonths !== undefined) {
    const [from, to, extra] = options.baselineMonths.split('..');
    if (extra !== undefined || !from || !to || !MONTH.test(from) || !MONTH.test(to) || from > to) {
      throw new CliError(
        'bad-baseline',
        `--baseline-months: expected FROM..TO like 2024-01..2024-06, found "${options.baselineMonths}"`,
      );
    }
    return { kind: 'months', from, to };
  }
  return undefined;
}
