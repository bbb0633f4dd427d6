import type { z } from 'zod';
import {
  type BudgetPeriod,
  budgetPeriods,
  DEFAULT_WINDOW,
  objectiveOf,
  periodContaining,
  policyOf,
} from '../../engine/budgets/index.ts';
import {
  durationSeconds,
  type EpochSeconds,
  earlierSeconds,
  epochSecondsOf,
  personDisplayName,
} from '../../model/index.ts';
import { listAlerts, listIncidents, listRunModelEvents } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { horizonStart, loadSliSeries } from '../live/load-live-data.ts';
import { storedOverrides } from '../on-call/schedule-overrides.ts';
import { burnDown } from './burn-down.ts';
import type { ServiceDetailSchema } from './console-schemas.ts';
import { nowAndNext } from './on-call.ts';
import { recentAlert } from './overview.ts';
import { servicesNow } from './services-now.ts';

/**
 * How many budget periods the burn-down shows: the current one and the three before, enough to
 * see the periods an error budget policy judges a handback on (§12.5: "2 of the last 3").
 */
const PERIODS = 4;
/** A point every six hours: a fast burn shows within a day, four 28-day periods in 450 points. */
const STEP_SECONDS = 6 * 3600;
const RECENT = 20;

export type ServiceDetail = z.input<typeof ServiceDetailSchema>;

/**
 * One service for the console's service page: where it sits and who runs it now (as in the
 * overview), its error budget burn-down over the last periods, the changes of who ran it and
 * why, and its incidents and alerts in that time.
 */
export async function serviceDetail(context: ServerContext, name: string): Promise<ServiceDetail> {
  const revision = await context.models.at();
  const { model } = revision;
  const service = model.services.get(name);
  if (!service) throw notFound(`service ${name}`);
  const db = context.store.db;
  const now = context.now();
  const asOf = epochSecondsOf(now);
  const policy = policyOf(model, service);
  const window = policy?.spec.window ?? DEFAULT_WINDOW;
  const before = (at: EpochSeconds) => earlierSeconds(at, durationSeconds(1));
  let first: BudgetPeriod = periodContaining(window, before(asOf), asOf);
  for (let n = 1; n < PERIODS; n += 1) first = periodContaining(window, before(first.start), asOf);
  const from = Math.max(
    first.start,
    epochSecondsOf(horizonStart(now, context.config.liveHorizonDays)),
  );
  const fromIso = new Date(from * 1000).toISOString();
  const target = service.spec.availabilityTarget;
  const [[now_], series, history, incidents, alerts] = await Promise.all([
    servicesNow({
      db,
      model,
      now,
      horizonDays: context.config.liveHorizonDays,
      onCallAt: await context.onCallAt(revision, now),
      only: service,
    }),
    loadSliSeries({ db, service: name, from: new Date(from * 1000) }),
    listRunModelEvents({ db, service: name, limit: 50 }),
    listIncidents({ db, service: name, from: fromIso }),
    listAlerts({ db, service: name, limit: RECENT }),
  ]);
  if (!now_) throw notFound(`service ${name}`);
  const turnsAt = nowAndNext(model, now.getTime(), await storedOverrides(context));
  const onCallNext = [...now_.onCall.map((o) => o.rotation), ...now_.offDuty].flatMap(
    (rotation) => {
      const next = turnsAt(rotation).next;
      return next
        ? [{ rotation, person: next.person, displayName: next.displayName, start: next.start }]
        : [];
    },
  );
  const team = (teamName: string) => ({
    name: teamName,
    displayName: model.teams.get(teamName)?.metadata.displayName ?? teamName,
  });
  return {
    revision: revision.revision,
    asOf: now.toISOString(),
    service: {
      ...now_,
      sreTeams: [...now_.sreTeams],
      offDuty: [...now_.offDuty],
      onCall: now_.onCall.map((o) => ({ ...o, displayName: personDisplayName(model, o.person) })),
    },
    owner: team(service.spec.owner),
    onCallNext,
    sreTeams: now_.sreTeams.map(team),
    policy: policy?.name ?? null,
    window,
    burnDown:
      target === undefined
        ? []
        : burnDown({
            series: series.get(name),
            objective: objectiveOf(target),
            periods: budgetPeriods({ window, from: first.start, asOf }),
            asOf,
            step: STEP_SECONDS,
          }),
    runModelHistory: history,
    incidents: incidents.slice(-RECENT).reverse(),
    alerts: alerts.map(recentAlert),
  };
}
