import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodContaining } from '../../src/engine/budgets/index.ts';
import { durationMillis, durationSeconds, epochSeconds } from '../../src/model/index.ts';
import { createToken } from '../../src/server/auth/create-token.ts';
import { DEFAULT_CONFIG } from '../../src/server/config.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { runCli } from '../support/fake-io.ts';
import {
  type Child,
  freePort,
  startChild,
  startDemoTarget,
  waitFor,
} from '../support/monitoring-stack.ts';
import { prometheusTool } from '../support/prometheus-tools.ts';
import { doc } from '../support/yaml-model.ts';

/**
 * The whole loop with the real components, on loopback: a tiny service whose error rate the
 * test controls, a real Prometheus scraping it every second with the rules `whorunsit rules`
 * generates (windows divided by 60: the 1h/5m page alert becomes 1m/5s), a real Alertmanager
 * whose receiver is whorunsit, and whorunsit pulling the SLI from that Prometheus.
 */
const MODEL = [
  doc('Organization', 'acme', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: acme'),
  doc('Organization', 'sre-org', 'type: sre\nparent: acme'),
  doc('Team', 'shop', 'type: development\norganization: dev'),
  doc('Team', 'sre-core', 'type: sre\norganization: sre-org\nsupports: [shop]'),
  ...[
    ['ana', 'shop'],
    ['ben', 'shop'],
    ['sam', 'sre-core'],
    ['sue', 'sre-core'],
  ].map(([name, team]) => doc('Person', name as string, `team: ${team}\ntimezone: Europe/Berlin`)),
  doc(
    'Rotation',
    'shop-oncall',
    'type: team\ncoverage: 24x7\nmembers: [ana, ben]\ncovers: { teams: [shop] }',
  ),
  doc(
    'Rotation',
    'sre-oncall',
    'type: team\ncoverage: 24x7\nmembers: [sam, sue]\ncovers: { services: [demo] }',
  ),
  // SRE runs the demo alone while it keeps its budget; one depleted period of the last two
  // hands it back (§12.5), and a depleted budget freezes releases.
  doc(
    'ErrorBudgetPolicy',
    'strict',
    'window: 28d\ntakeover: { withinBudgetPeriods: 2 }\nhandback: { depletedPeriods: 1, outOf: 2 }\nfreezeWhenDepleted: true\nburnRateAlerts:\n  - { window: 1h, shortWindow: 5m, burnRate: 14.4, severity: page }',
  ),
  doc(
    'Service',
    'demo',
    `owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: strict\navailabilityTarget: 99\nrunbooks: [https://runbooks.example/demo]\nsli:\n  errors: 'sum(rate(demo_requests_total{code="500"}[{{.window}}]))'\n  total: 'sum(rate(demo_requests_total[{{.window}}]))'`,
  ),
].join('---\n');

const dir = mkdtempSync(join(tmpdir(), 'whorunsit-stack-'));
const children: Child[] = [];
let target: Awaited<ReturnType<typeof startDemoTarget>>;
let server: RunningServer;
/** The server's clock runs this far ahead of the real one: moved to a period's end below. */
let offset = 0;
let admin = '';

async function api<T>(method: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: { authorization: `Bearer ${admin}` },
  });
  const body = (await response.json()) as T;
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

beforeAll(async () => {
  target = await startDemoTarget(200);
  const modelPath = join(dir, 'model.yaml');
  writeFileSync(modelPath, MODEL);
  const prometheusPort = await freePort();
  server = await startServer({
    dataDir: join(dir, 'data'),
    host: '127.0.0.1',
    port: 0,
    config: {
      ...DEFAULT_CONFIG,
      tickIntervalMs: durationMillis(0),
      sliPull: {
        backends: [{ name: 'default', url: `http://127.0.0.1:${prometheusPort}`, headers: {} }],
        intervalMs: durationMillis(1_000),
        stepSeconds: durationSeconds(5),
        lookbackSeconds: durationSeconds(600),
        timeoutMs: durationMillis(5_000),
        retries: 1,
        backoffMs: durationMillis(200),
      },
    },
    model: { sources: [{ name: 'model.yaml', text: MODEL }], label: modelPath },
    logger: false,
    now: () => new Date(Date.now() + offset),
  });
  admin = (await createToken({ db: server.store.db, name: 'test', role: 'admin', now: new Date() }))
    .token;
  const ingest = (
    await createToken({
      db: server.store.db,
      name: 'alertmanager',
      role: 'ingest',
      now: new Date(),
    })
  ).token;

  const rules = await runCli(['rules', modelPath, '--time-scale', '60', '--interval', '1s']);
  expect(rules.code).toBe(0);
  writeFileSync(join(dir, 'rules.yml'), rules.stdout);

  const alertmanagerPort = await freePort();
  writeFileSync(
    join(dir, 'alertmanager.yml'),
    JSON.stringify({
      route: {
        receiver: 'whorunsit',
        group_by: ['alertname', 'service', 'whorunsit_rule'],
        group_wait: '1s',
        group_interval: '1s',
        repeat_interval: '1h',
      },
      receivers: [
        {
          name: 'whorunsit',
          webhook_configs: [
            {
              url: new URL('/api/v1/alerts/alertmanager', server.url).href,
              send_resolved: true,
              http_config: { authorization: { credentials: ingest } },
            },
          ],
        },
      ],
    }),
  );
  children.push(
    startChild(
      prometheusTool('alertmanager'),
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'alertmanager-data')}`,
        `--web.listen-address=127.0.0.1:${alertmanagerPort}`,
        '--cluster.listen-address=',
      ],
      dir,
    ),
  );
  writeFileSync(
    join(dir, 'prometheus.yml'),
    JSON.stringify({
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      rule_files: ['rules.yml'],
      alerting: {
        alertmanagers: [{ static_configs: [{ targets: [`127.0.0.1:${alertmanagerPort}`] }] }],
      },
      scrape_configs: [
        { job_name: 'demo', static_configs: [{ targets: [`127.0.0.1:${target.port}`] }] },
      ],
    }),
  );
  children.push(
    startChild(
      prometheusTool('prometheus'),
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'prometheus-data')}`,
        `--web.listen-address=127.0.0.1:${prometheusPort}`,
      ],
      dir,
    ),
  );
  await waitFor(
    'Prometheus to scrape the demo service',
    async () => {
      const response = await fetch(
        `http://127.0.0.1:${prometheusPort}/api/v1/query?query=${encodeURIComponent('up{job="demo"}')}`,
      );
      const body = (await response.json()) as { data: { result: { value: [number, string] }[] } };
      return body.data.result[0]?.value[1] === '1' ? true : undefined;
    },
    20_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${children.map((c) => c.output()).join('\n')}`);
  });
}, 60_000);

afterAll(async () => {
  for (const child of children.reverse()) await child.stop();
  await server?.close();
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Runner {
  currentRunModel: string;
  teams: string[];
  onCall: { rotation: string; person: string }[];
  errorBudget: { status: string; remaining: number | null };
  sli: { status: string; message: string };
}

describe('whorunsit in a real Prometheus and Alertmanager stack', () => {
  it('turns errors into a routed page, a depleted budget, a release freeze and, at the period’s end, a handback', async () => {
    const before = await api<Runner>('GET', '/api/v1/services/demo/runner');
    expect(before.currentRunModel).toBe('sre-runs-it');
    const sreOnCall = before.onCall.find((o) => o.rotation === 'sre-oncall')?.person;
    expect(['sam', 'sue']).toContain(sreOnCall);

    // A few seconds of clean traffic, then nine requests in ten fail.
    await waitFor(
      'the budget read from Prometheus while all is well',
      async () => {
        const runner = await api<Runner>('GET', '/api/v1/services/demo/runner');
        return runner.errorBudget.status === 'within' && runner.sli.status === 'ok'
          ? runner
          : undefined;
      },
      20_000,
    );
    target.setErrorRatio(0.9);

    // Prometheus fires the generated 14.4× page alert; Alertmanager delivers it to whorunsit,
    // which routes it to the SRE on call: SRE runs the service (§12.6).
    const alert = await waitFor(
      'the burn-rate alert delivered by Alertmanager',
      async () => {
        const { alerts } = await api<{
          alerts: {
            labels: Record<string, string>;
            status: string;
            routedTo: { rotation: string; person: string };
            routeReason: string;
          }[];
        }>('GET', '/api/v1/alerts?service=demo');
        return alerts.find(
          (a) => a.labels.alertname === 'ErrorBudgetBurn' && a.status === 'firing',
        );
      },
      45_000,
      500,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${children.map((c) => c.output()).join('\n')}`);
    });
    expect(alert.labels).toMatchObject({
      service: 'demo',
      severity: 'page',
      runbook: 'https://runbooks.example/demo',
      long_window: '1m',
      short_window: '5s',
    });
    expect(alert.routedTo).toEqual({ rotation: 'sre-oncall', person: sreOnCall });
    expect(alert.routeReason).toBe('run-model-rotation');

    // The pulled samples deplete the budget in the live state, and the policy freezes releases.
    const depleted = await waitFor(
      'the budget depleted in the live state',
      async () => {
        const runner = await api<Runner>('GET', '/api/v1/services/demo/runner');
        return runner.errorBudget.status === 'depleted' ? runner : undefined;
      },
      20_000,
    );
    expect(depleted.errorBudget.remaining).toBeLessThan(0);
    expect(depleted.sli.status).toBe('ok');
    const gate = await api<{ decision: string; reason: string }>(
      'GET',
      '/api/v1/services/demo/gate',
    );
    expect(gate.decision).toBe('frozen');
    expect(gate.reason).toContain(
      'policy strict freezes changes while the budget is depleted (§12.5)',
    );

    // 28 days do not pass in a test: the server's clock moves to the end of the budget period
    // the errors fell in, where the handover engine decides (§12.5). The period is complete and
    // depleted, so SRE hands the service back to its developers.
    const nowSeconds = epochSeconds(Math.floor((Date.now() + offset) / 1000));
    const period = periodContaining('28d', nowSeconds, nowSeconds);
    offset = (period.end + 1) * 1000 - Date.now();
    // The next pull round may run the handover engine first (it runs after every ingest); the
    // change is recorded once either way.
    await api('POST', '/api/v1/handover/evaluate');
    const { events } = await api<{
      events: { service: string; from: string; to: string; reason: string }[];
    }>('GET', '/api/v1/run-model-events?service=demo');
    expect(events).toEqual([
      expect.objectContaining({
        service: 'demo',
        from: 'sre-runs-it',
        to: 'you-run-it',
        reason: expect.stringContaining(
          'policy strict hands the service back to its developers after 1 of 2 (§12.5)',
        ),
      }),
    ]);
    const after = await api<Runner>('GET', '/api/v1/services/demo/runner');
    expect(after.currentRunModel).toBe('you-run-it');
    expect(after.teams).toEqual(['shop']);
    // The developers' rotation now comes first for the demo's alerts.
    expect(after.onCall[0]?.rotation).toBe('shop-oncall');
  }, 120_000);
});
