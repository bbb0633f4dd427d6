import type { z } from 'zod';
import { personDisplayName } from '../../model/index.ts';
import { type AlertRecord, listAlerts, listRunModelEvents } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import type { OverviewSchema, RecentAlertSchema } from './console-schemas.ts';
import { servicesNow } from './services-now.ts';

/** How many handovers and alerts the overview lists. */
const RECENT = 10;

export type Overview = z.input<typeof OverviewSchema>;

/** The console's overview: every service now, the latest handovers and alerts. */
export async function overview(context: ServerContext): Promise<Overview> {
  const revision = await context.models.at();
  const { model } = revision;
  const db = context.store.db;
  const now = context.now();
  const [services, handovers, alerts] = await Promise.all([
    servicesNow({
      db,
      model,
      now,
      horizonDays: context.config.liveHorizonDays,
      onCallAt: await context.onCallAt(revision, now),
    }),
    listRunModelEvents({ db, limit: RECENT }),
    listAlerts({ db, limit: RECENT }),
  ]);
  return {
    revision: revision.revision,
    asOf: now.toISOString(),
    services: services.map((s) => ({
      ...s,
      sreTeams: [...s.sreTeams],
      offDuty: [...s.offDuty],
      onCall: s.onCall.map((o) => ({ ...o, displayName: personDisplayName(model, o.person) })),
    })),
    handovers,
    alerts: alerts.map(recentAlert),
  };
}

/** An alert as the console lists it: its name and severity from its labels, where it went. */
export function recentAlert(a: AlertRecord): z.input<typeof RecentAlertSchema> {
  return {
    id: a.id,
    service: a.service,
    name: a.labels.alertname ?? 'alert',
    severity: a.labels.severity ?? null,
    status: a.status,
    startsAt: a.startsAt,
    receivedAt: a.receivedAt,
    routedTo: a.routedTo,
    routeReason: a.routeReason,
  };
}
