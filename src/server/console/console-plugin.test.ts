import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { installErrorHandler } from '../errors/error-handler.ts';
import { registerConsoleAssets } from './console-assets.ts';

const NOW = '2025-03-03T10:00:00.000Z';
const HOUR = 3_600_000;

/** Hourly samples for `days` days before NOW: `bad` of every 1000 events bad. */
function samples(service: string, days: number, bad: number) {
  const stop = Date.parse(NOW);
  return Array.from({ length: days * 24 }, (_, i) => ({
    service,
    timestamp: new Date(stop - (days * 24 - i) * HOUR).toISOString(),
    good: 1000 - bad,
    total: 1000,
  }));
}

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ now: NOW });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
});
afterEach(() => t.close());

describe('the console overview', () => {
  it('lists every service with where it sits, who runs it now and its budget now', async () => {
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples: samples('payments-api', 90, 10) },
    });
    const response = await t.call({ method: 'GET', url: '/api/v1/console/overview', as: 'viewer' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.revision).toBe(1);
    expect(body.asOf).toBe(NOW);
    const payments = body.services.find((s: { name: string }) => s.name === 'payments-api');
    expect(payments).toMatchObject({
      organization: 'dev',
      team: 'payments',
      sreTeams: ['sre-core'],
      agreedRunModel: 'sre-runs-it',
      currentRunModel: 'you-run-it',
      errorBudget: { status: 'depleted' },
    });
    expect(payments.since.reason).toMatch(/depleted/);
    // The overview says the same as the runner of the one service.
    const runner = (
      await t.call({ method: 'GET', url: '/api/v1/services/payments-api/runner', as: 'viewer' })
    ).json();
    expect(payments.errorBudget).toEqual(runner.errorBudget);
    expect(payments.onCall.map((o: { person: string }) => o.person)).toEqual(
      runner.onCall.map((o: { person: string }) => o.person),
    );
    expect(body.handovers).toMatchObject([{ service: 'payments-api', to: 'you-run-it' }]);
    const checkout = body.services.find((s: { name: string }) => s.name === 'checkout-api');
    expect(checkout.errorBudget.status).toBe('no-data');
  });

  it('needs a token, and says who the caller is', async () => {
    const anonymous = await t.call({ method: 'GET', url: '/api/v1/console/overview' });
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('unauthorized');
    const session = await t.call({ method: 'GET', url: '/api/v1/console/session', as: 'editor' });
    expect(session.json()).toMatchObject({ kind: 'token', name: 'editor-token', role: 'editor' });
  });
});

describe('the console’s service page', () => {
  it('gives the burn-down of the last four periods with the handback where it happened', async () => {
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples: samples('payments-api', 90, 10) },
    });
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/console/services/payments-api',
      as: 'viewer',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.service).toMatchObject({ name: 'payments-api', currentRunModel: 'you-run-it' });
    expect(body.owner.name).toBe('payments');
    expect(body.sreTeams.map((team: { name: string }) => team.name)).toEqual(['sre-core']);
    // Next on call: the weekly 24x7 turns change on Monday; pat alone has nobody next.
    const nowOn = new Map(
      body.service.onCall.map((o: { rotation: string; person: string }) => [o.rotation, o.person]),
    );
    expect(nowOn.get('payments-dev')).toBe('pat');
    expect(body.onCallNext.map((o: { rotation: string }) => o.rotation)).toEqual(
      [...nowOn.keys()].filter((r) => r !== 'payments-dev'),
    );
    for (const next of body.onCallNext) {
      expect(next.start).toBe('2025-03-10T09:00:00.000Z');
      expect(next.person).not.toBe(nowOn.get(next.rotation));
    }
    expect(body.burnDown).toHaveLength(4);
    const [first, , , current] = body.burnDown;
    expect(current.complete).toBe(false);
    expect(current.points.at(-1).at).toBe('2025-03-03T10:00:00Z');
    // Ten bad in a thousand, all the time: every period ends as overspent as the budget now.
    const allowed = 1 - body.service.availabilityTarget / 100;
    const ends = body.burnDown.map(
      (p: { points: { remaining: number | null }[] }) => p.points.at(-1)?.remaining,
    );
    expect(ends.filter((e: number | null) => e !== null)).toHaveLength(4);
    for (const end of ends) expect(end).toBeCloseTo(1 - 0.01 / allowed);
    expect(body.service.errorBudget.remaining).toBeCloseTo(1 - 0.01 / allowed);
    // The handback sits inside the chart's time, with its reason.
    const [handback] = body.runModelHistory;
    expect(handback).toMatchObject({ from: 'sre-runs-it', to: 'you-run-it' });
    expect(handback.reason).toMatch(/depleted/);
    expect(Date.parse(handback.at)).toBeGreaterThan(Date.parse(first.start));
    expect(Date.parse(handback.at)).toBeLessThan(Date.parse(current.end));
  });

  it('answers a JSON 404 for a service the model does not have', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/console/services/nothing-api',
      as: 'viewer',
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not-found');
  });
});

describe('the console’s on-call timeline', () => {
  it('gives each rotation who is on call now and next, the week’s shifts and hours per member', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/console/on-call', as: 'viewer' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      revision: 1,
      asOf: NOW,
      from: '2025-03-03T00:00:00.000Z',
      to: '2025-03-10T00:00:00.000Z',
    });
    const checkout = body.rotations.find((r: { name: string }) => r.name === 'checkout-oncall');
    expect(checkout.services).toEqual(['checkout-api', 'search-api']);
    // A weekly 24x7 turn handed over on Monday 09:00: one member now, the other next Monday.
    expect(checkout.now.start).toBe('2025-03-03T09:00:00.000Z');
    expect(checkout.now.end).toBe('2025-03-10T09:00:00.000Z');
    expect(checkout.next).toMatchObject({ start: '2025-03-10T09:00:00.000Z' });
    expect(checkout.next.person).not.toBe(checkout.now.person);
    // The week: the turn before until Monday 09:00, then this one, clipped to the range.
    expect(checkout.shifts.map((s: { start: string; end: string }) => [s.start, s.end])).toEqual([
      ['2025-03-03T00:00:00.000Z', '2025-03-03T09:00:00.000Z'],
      ['2025-03-03T09:00:00.000Z', '2025-03-10T00:00:00.000Z'],
    ]);
    const hours = Object.fromEntries(
      checkout.members.map((m: { person: string; hours: number }) => [m.person, m.hours]),
    );
    expect(hours[checkout.now.person]).toBe(7 * 24 - 9);
    expect(hours[checkout.next.person]).toBe(9);
    // A rotation of one person has nobody to hand over to.
    const payments = body.rotations.find((r: { name: string }) => r.name === 'payments-dev');
    expect(payments.now.person).toBe('pat');
    expect(payments.next).toBeNull();
  });

  it('refuses a range longer than four weeks or a start that is not a time', async () => {
    const long = await t.call({
      method: 'GET',
      url: '/api/v1/console/on-call?days=29',
      as: 'viewer',
    });
    expect(long.statusCode).toBe(400);
    expect(errorOf(long).code).toBe('bad-request');
    const bad = await t.call({
      method: 'GET',
      url: '/api/v1/console/on-call?from=tomorrow',
      as: 'viewer',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toMatch(/from/);
  });
});

describe('the console’s organization map', () => {
  it('gives organizations, teams where they sit, whom SRE supports and each service’s run model', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/console/organization',
      as: 'viewer',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ revision: 1, serving: true });
    expect(
      body.organizations.map((o: { name: string; parent: string | null }) => [o.name, o.parent]),
    ).toEqual([
      ['acme', null],
      ['dev', 'acme'],
      ['sre-org', 'acme'],
    ]);
    const sre = body.teams.find((team: { name: string }) => team.name === 'sre-core');
    expect(sre).toMatchObject({ type: 'sre', organization: 'sre-org', supports: ['payments'] });
    expect(sre.members).toBe(2);
    const payments = body.services.find((s: { name: string }) => s.name === 'payments-api');
    expect(payments).toMatchObject({
      team: 'payments',
      agreedRunModel: 'sre-runs-it',
      currentRunModel: 'sre-runs-it',
      sreTeams: ['sre-core'],
    });
  });

  it('gives an earlier revision without who runs it now, and a 404 for one not stored', async () => {
    const sources = serverModelSources().map((source) =>
      source.name === 'services.yaml'
        ? {
            ...source,
            text: source.text.replace(
              'name: search-api\nspec:\n  owner: checkout',
              'name: search-api\nspec:\n  owner: payments',
            ),
          }
        : source,
    );
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'search moves to payments', sources },
    });
    expect(pushed.statusCode, pushed.body).toBe(201);
    const before = await t.call({
      method: 'GET',
      url: '/api/v1/console/organization?revision=1',
      as: 'viewer',
    });
    expect(before.json()).toMatchObject({ revision: 1, serving: false });
    const search = (body: {
      services: { name: string; team: string; currentRunModel: unknown }[];
    }) => body.services.find((s) => s.name === 'search-api');
    expect(search(before.json())).toMatchObject({ team: 'checkout', currentRunModel: null });
    const now = await t.call({ method: 'GET', url: '/api/v1/console/organization', as: 'viewer' });
    expect(search(now.json())).toMatchObject({ team: 'payments', currentRunModel: 'you-run-it' });
    const missing = await t.call({
      method: 'GET',
      url: '/api/v1/console/organization?revision=99',
      as: 'viewer',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('the console’s plan pages', () => {
  it('gives the plan document section by section as its HTML renders it, charts as SVG', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/console/plan', as: 'viewer' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ revision: 1, generatedOn: '2025-03-03' });
    const ids = body.sections.map((s: { id: string }) => s.id);
    expect(ids[0]).toBe('summary');
    expect(ids).toContain('glossary');
    const summary = body.sections[0];
    expect(summary.appendix).toBe(false);
    expect(summary.html).toMatch(/<svg/);
    // The same request again is the same document (kept for the revision and the day).
    const again = await t.call({ method: 'GET', url: '/api/v1/console/plan', as: 'viewer' });
    expect(again.json()).toEqual(body);
  });

  it('measures the plan’s error budgets from the stored SLI samples, and plans afresh when new ones arrive', async () => {
    const section = async () => {
      const response = await t.call({ method: 'GET', url: '/api/v1/console/plan', as: 'viewer' });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().sections.find((s: { id: string }) => s.id === 'error-budgets') as {
        html: string;
      };
    };
    const none = (await section()).html;
    expect(none).toContain('No SLI data given');
    // How to get samples into the server, not a CLI flag the server has no use for.
    expect(none).toContain('<code>POST /api/v1/sli-samples</code>');
    expect(none).not.toContain('--sli');
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples: samples('payments-api', 90, 10) },
    });
    const measured = (await section()).html;
    expect(measured).not.toContain('No SLI data given');
    expect(measured).toContain('payments-api');
    expect(measured).toContain('depleted');
    // GET /api/v1/plan reads the same evidence.
    const plan = await t.call({ method: 'GET', url: '/api/v1/plan', as: 'viewer' });
    expect(plan.json().result.errorBudgets.given).toBe(true);
  });

  it('draws the plan again for new SLI samples or incidents, not for an alert or an on-call override', async () => {
    // The error budgets say when they were measured: a plan drawn again says the new time.
    const asOf = async () => {
      const response = await t.call({ method: 'GET', url: '/api/v1/console/plan', as: 'viewer' });
      expect(response.statusCode, response.body).toBe(200);
      const html = response.json().sections.find((s: { id: string }) => s.id === 'error-budgets')
        .html as string;
      return /As of ([^,]+),/.exec(html)?.[1];
    };
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples: samples('payments-api', 30, 10) },
    });
    expect(await asOf()).toBe('2025-03-03T10:00:00Z');
    t.setNow('2025-03-03T10:05:00.000Z');
    const alert = await t.call({
      method: 'POST',
      url: '/api/v1/alerts/alertmanager',
      as: 'ingest',
      payload: {
        version: '4',
        groupKey: '{}:{alertname="HighErrorRate"}',
        status: 'firing',
        receiver: 'whorunsit',
        alerts: [
          {
            labels: { alertname: 'HighErrorRate', service: 'payments-api' },
            annotations: {},
            startsAt: '2025-03-03T10:01:00Z',
            endsAt: '0001-01-01T00:00:00Z',
          },
        ],
      },
    });
    expect(alert.statusCode, alert.body).toBe(200);
    const override = await t.call({
      method: 'POST',
      url: '/api/v1/on-call-overrides',
      as: 'editor',
      payload: {
        rotation: 'checkout-oncall',
        person: 'ana',
        from: '2025-03-03T12:00:00Z',
        to: '2025-03-03T14:00:00Z',
      },
    });
    expect(override.statusCode, override.body).toBe(201);
    expect(await asOf()).toBe('2025-03-03T10:00:00Z');

    const incident = await t.call({
      method: 'POST',
      url: '/api/v1/incidents',
      as: 'ingest',
      payload: {
        incidents: [
          {
            id: 'INC-1',
            service: 'payments-api',
            startedAt: '2025-03-02T08:00:00Z',
            detectedAt: null,
            resolvedAt: '2025-03-02T09:00:00Z',
            customerVisible: true,
          },
        ],
      },
    });
    expect(incident.statusCode, incident.body).toBeLessThan(300);
    expect(await asOf()).toBe('2025-03-03T10:05:00Z');

    t.setNow('2025-03-03T10:10:00.000Z');
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: {
        samples: [
          { service: 'payments-api', timestamp: '2025-03-03T10:00:00Z', good: 900, total: 1000 },
        ],
      },
    });
    expect(await asOf()).toBe('2025-03-03T10:10:00Z');
  });

  it('gives the change plan between two revisions, and a 404 for a target not stored', async () => {
    const sources = serverModelSources().map((source) =>
      source.name === 'teams.yaml'
        ? {
            ...source,
            text: source.text.replace(
              'name: payments\nspec:\n  type: development\n  organization: dev',
              'name: payments\nspec:\n  type: development\n  organization: sre-org',
            ),
          }
        : source,
    );
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'payments joins the SRE organization', sources },
    });
    expect(pushed.statusCode, pushed.body).toBe(201);
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/console/change-plan?revision=1&target=2',
      as: 'viewer',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      revision: 1,
      target: 2,
      title: 'Change plan: revision 1 → revision 2',
    });
    expect(body.html).toMatch(/payments/);
    const missing = await t.call({
      method: 'GET',
      url: '/api/v1/console/change-plan?target=99',
      as: 'viewer',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('the console’s change events', () => {
  it('tell an open stream when SLI samples arrive', async () => {
    const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const response = await fetch(`${url}/api/v1/console/events`, {
      headers: { authorization: `Bearer ${t.tokens.viewer}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>)
      // Preact's JSX types (the plan's HTML) bring the DOM library, whose TextDecoderStream
      // writes BufferSource rather than Node's Uint8Array: the same stream either way.
      .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
      .getReader();
    expect((await reader.read()).value).toMatch(/^: whorunsit/);
    await fetch(`${url}/api/v1/sli-samples`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.tokens.ingest}`, 'content-type': 'application/json' },
      body: JSON.stringify({ samples: samples('checkout-api', 1, 0) }),
    });
    const { value } = await reader.read();
    expect(value).toMatch(/^event: change\nid: \d+\ndata: \{"sequence":\d+,"kind":"sli"/);
    controller.abort();
  });

  it('refuses a stream without a token', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/console/events' });
    expect(response.statusCode).toBe(401);
  });
});

describe('the console’s assets', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'whorunsit-console-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function app(from: string) {
    const instance = Fastify();
    installErrorHandler(instance);
    await registerConsoleAssets(instance, from);
    return instance;
  }

  it('serves the shell at / and at each page’s URL, never cached, and assets for a year', async () => {
    const instance = await app(root);
    for (const url of ['/', '/organization', '/services/checkout-api', '/revisions']) {
      const response = await instance.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>console</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const asset = await instance.inject({ url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves unknown URLs to the JSON 404, the API’s above all', async () => {
    const instance = await app(root);
    for (const url of ['/api/v1/nothing', '/nothing', '/assets/missing.js']) {
      const response = await instance.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(errorOf(response).code).toBe('not-found');
    }
  });

  it('says how to build the console when it is not built', async () => {
    const instance = await app(join(root, 'missing'));
    const response = await instance.inject({ url: '/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:web');
  });
});
