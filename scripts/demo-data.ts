// The console's demo: the acme example with SLI samples made relative to now (one service over
// its budget for two periods, so SRE has handed it back), an incident and an alert. Used by
// `npm run demo` and `npm run screenshots`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODEL = join(ROOT, 'examples/acme');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The service that overspends: you-and-sre-run-it under the standard policy (2 of 3 periods). */
export const BURNING = 'checkout-api';

/** Stores the acme model and its demo data through the API, as `admin`, relative to `now`. */
export async function seedDemo(app: FastifyInstance, admin: string, now: Date): Promise<void> {
  // Samples and events on whole hours: the API takes times in whole seconds.
  const hour = Math.floor(now.getTime() / HOUR) * HOUR;
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${admin}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.body.slice(0, 500)}`);
    return response.json();
  };
  const sources = readdirSync(MODEL)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name, text: readFileSync(join(MODEL, name), 'utf8') }));
  await call('POST', '/api/v1/revisions', {
    message: 'Acme as agreed with the development teams',
    author: 'Markus Weber',
    sources,
  });
  const { services } = (await call('GET', '/api/v1/console/overview')) as {
    services: { name: string; availabilityTarget: number | null }[];
  };
  // Every four hours for 120 days: healthy services spend a fifth of their budget; the burning
  // one spends three budgets a period until 20 days ago, then recovers.
  for (const service of services) {
    if (service.availabilityTarget === null) continue;
    const allowed = 1 - service.availabilityTarget / 100;
    const samples = [];
    for (let t = hour - 120 * DAY; t < hour; t += 4 * HOUR) {
      const burning = service.name === BURNING && t < hour - 20 * DAY;
      const wobble = 1 + 0.6 * Math.sin(t / (3 * DAY));
      const badShare = (burning ? 3 : 0.2) * allowed * wobble;
      samples.push({
        service: service.name,
        timestamp: new Date(t).toISOString(),
        good: Math.round(100_000 * (1 - badShare)),
        total: 100_000,
      });
    }
    await call('POST', '/api/v1/sli-samples', { samples });
  }
  await call('POST', '/api/v1/incidents', {
    incidents: [
      {
        id: 'INC-2041',
        service: BURNING,
        startedAt: new Date(hour - 30 * DAY).toISOString(),
        detectedAt: new Date(hour - 30 * DAY + 6 * 60_000).toISOString(),
        resolvedAt: new Date(hour - 30 * DAY + 95 * 60_000).toISOString(),
        customerVisible: true,
      },
    ],
  });
  const alert = JSON.parse(
    readFileSync(join(ROOT, 'examples/alerts/checkout-api-firing.json'), 'utf8'),
  ) as { alerts: { startsAt: string }[] };
  for (const a of alert.alerts) a.startsAt = new Date(hour - 2 * HOUR).toISOString();
  await call('POST', '/api/v1/alerts/alertmanager', alert);
  await call('POST', '/api/v1/handover/evaluate');
}

/**
 * Hands checkout's on-call to one of its SREs tomorrow morning (09:00–13:00 UTC), as an editor
 * covering a colleague's absence would: the overrides panel then has one to show.
 */
export async function overrideTomorrow(
  app: FastifyInstance,
  admin: string,
  now: Date,
): Promise<void> {
  const tomorrow = Math.floor(now.getTime() / DAY) * DAY + DAY;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/on-call-overrides',
    headers: { authorization: `Bearer ${admin}` },
    payload: {
      rotation: 'checkout-oncall',
      person: 'jana-novak',
      from: new Date(tomorrow + 9 * HOUR).toISOString(),
      to: new Date(tomorrow + 13 * HOUR).toISOString(),
      reason: 'Lena at a conference',
    },
  });
  if (response.statusCode >= 300)
    throw new Error(`POST /api/v1/on-call-overrides: ${response.body}`);
}

/** Stores a second acme revision in which checkout-web's developers run it alone, to compare. */
export async function proposeRevision(app: FastifyInstance, admin: string): Promise<void> {
  const sources = readdirSync(MODEL)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const text = readFileSync(join(MODEL, name), 'utf8');
      if (name !== 'services.yaml') return { name, text };
      const at = text.indexOf('metadata: { name: checkout-web }');
      const shared = 'runModel: you-and-sre-run-it';
      const model = text.indexOf(shared, at);
      if (at < 0 || model < 0) throw new Error('examples/acme: checkout-web is not shared on-call');
      return {
        name,
        text: `${text.slice(0, model)}runModel: you-run-it${text.slice(model + shared.length)}`,
      };
    });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/revisions',
    headers: { authorization: `Bearer ${admin}` },
    payload: { message: 'checkout-web: its developers run it', author: 'Markus Weber', sources },
  });
  if (response.statusCode >= 300) throw new Error(`POST /api/v1/revisions: ${response.body}`);
}
