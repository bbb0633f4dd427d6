import type { z } from 'zod';
import { listAlerts, listRunModelEvents } from '../../store/index.ts';
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
      onCallAt: context.onCallAt(revision, now),
    }),
    listRunModelEvents({ db, limit: RECENT }),
    listAlerts({ db, limit: RECENT }),
  ]);
  const displayName = (person: string) => model.people.get(person)?.spec.displayName ?? person;
  return {
    revision: revision.revision,
    asOf: now.toISOString(),
    services: services.map((s) => ({
      ...s,
      sreTeams: [...s.sreTeams],
      offDuty: [...s.offDuty],
      onCall: s.onCall.map((o) => ({ ...o, displayName: displayName(o.person) })),
    })),
    handovers,
    alerts: alerts.map(
      (a): z.input<typeof RecentAlertSchema> => ({
        id: a.id,
        service: a.service,
        name: a.labels.alertname ?? 'alert',
        severity: a.labels.severity ?? null,
        status: a.status,
        startsAt: a.startsAt,
        receivedAt: a.receivedAt,
        routedTo: a.routedTo,
        routeReason: a.routeReason,
      }),
    ),
  };
}
