import type { Migration } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { initialSchema } from './0001-initial.ts';
import { monitoringSchema } from './0002-monitoring.ts';
import { pendingRoutes } from './0003-pending-routes.ts';
import { auditLog } from './0004-audit-log.ts';
import { liveVersion } from './0005-live-version.ts';
import { tokenExpiry } from './0006-token-expiry.ts';
import { sliDays } from './0007-sli-days.ts';
import { onCallOverrides } from './0008-on-call-overrides.ts';
import { tokensVersion } from './0009-tokens-version.ts';
import { sliDaysByCountedDay } from './0010-sli-days-by-counted-day.ts';
import { versionsNotify } from './0011-versions-notify.ts';

/**
 * Every migration, by name, in the order they run. Names sort: add the next as `0002-…`.
 * Migrations are code, not files read at run time, so a packaged install carries them.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initialSchema(dialect),
    '0002-monitoring': monitoringSchema(dialect),
    '0003-pending-routes': pendingRoutes(),
    '0004-audit-log': auditLog(dialect),
    '0005-live-version': liveVersion(),
    '0006-token-expiry': tokenExpiry(),
    '0007-sli-days': sliDays(),
    '0008-on-call-overrides': onCallOverrides(dialect),
    '0009-tokens-version': tokensVersion(),
    '0010-sli-days-by-counted-day': sliDaysByCountedDay(),
    '0011-versions-notify': versionsNotify(dialect),
  };
}
