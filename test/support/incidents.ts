import type { Incident } from '../../src/engine/incidents/incident.ts';
import { epochSeconds } from '../../src/model/index.ts';
import { at } from './sli-samples.ts';

/** An incident for tests: ISO times, resolved `minutes` after it started. */
export function incident(options: {
  readonly id: string;
  readonly service?: string;
  readonly start: string;
  readonly minutes: number | null;
  readonly customerVisible?: boolean;
  readonly budgetConsumed?: number;
  readonly detectedAfterMinutes?: number;
}): Incident {
  const startedAt = at(options.start);
  return {
    id: options.id,
    service: options.service ?? 'api',
    startedAt,
    detectedAt:
      options.detectedAfterMinutes === undefined
        ? null
        : epochSeconds(startedAt + options.detectedAfterMinutes * 60),
    resolvedAt: options.minutes === null ? null : epochSeconds(startedAt + options.minutes * 60),
    customerVisible: options.customerVisible ?? true,
    budgetConsumed: options.budgetConsumed ?? null,
  };
}
