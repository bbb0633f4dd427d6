// `npm run screenshots`: pictures of the web console's pages for the README and docs, taken in
// headless Chromium against a real server on loopback with SQLite, serving the acme example
// with SLI samples made relative to now (one service over its budget for two periods, so SRE
// has handed it back), an incident and an alert. Writes docs/screenshots/*.png. Needs the built
// console (`npm run build:web`) and Debian's chromium.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';
import { createToken } from '../src/server/auth/create-token.ts';
import { DEFAULT_CONFIG } from '../src/server/config.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/screenshots');
const MODEL = join(ROOT, 'examples/acme');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The service that overspends: you-and-sre-run-it under the standard policy (2 of 3 periods). */
const BURNING = 'checkout-api';

const folder = mkdtempSync(join(tmpdir(), 'whorunsit-screenshots-'));
const store = await openStore({ dataDir: folder });
const now = new Date();
const { app } = await buildApp({
  store,
  config: { ...DEFAULT_CONFIG, tickIntervalMs: 0 },
  now: () => now,
});
const admin = (await createToken({ db: store.db, name: 'sre-lead', role: 'admin', now })).token;
const call = async (method: string, url: string, body?: unknown) => {
  const response = await app.inject({
    method: method as 'GET',
    url,
    headers: { authorization: `Bearer ${admin}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response.json();
};

try {
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
    for (let t = now.getTime() - 120 * DAY; t < now.getTime(); t += 4 * HOUR) {
      const burning = service.name === BURNING && t < now.getTime() - 20 * DAY;
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
        startedAt: new Date(now.getTime() - 30 * DAY).toISOString(),
        detectedAt: new Date(now.getTime() - 30 * DAY + 6 * 60_000).toISOString(),
        resolvedAt: new Date(now.getTime() - 30 * DAY + 95 * 60_000).toISOString(),
        customerVisible: true,
      },
    ],
  });
  const alert = JSON.parse(
    readFileSync(join(ROOT, 'examples/alerts/checkout-api-firing.json'), 'utf8'),
  ) as { alerts: { startsAt: string }[] };
  for (const a of alert.alerts) a.startsAt = new Date(now.getTime() - 2 * HOUR).toISOString();
  await call('POST', '/api/v1/alerts/alertmanager', alert);
  await call('POST', '/api/v1/handover/evaluate');

  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    mkdirSync(OUT, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('API token').waitFor();
    await page.screenshot({ path: join(OUT, 'sign-in.png') });
    await page.goto(`${url}/#token=${admin}`);
    await page.locator('table.services tbody tr').first().waitFor();
    await page.screenshot({ path: join(OUT, 'overview.png') });
    await page.goto(`${url}/services/${BURNING}`);
    await page.getByRole('img', { name: /burn-down/ }).waitFor();
    await page.screenshot({ path: join(OUT, 'service.png'), fullPage: true });
    await page.goto(`${url}/revisions`);
    await page.locator('table.history tbody tr').first().waitFor();
    await page.screenshot({ path: join(OUT, 'revisions.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/`);
    await page.locator('table.services tbody tr').first().waitFor();
    await page.screenshot({ path: join(OUT, 'overview-phone.png') });
    console.log(`wrote ${OUT}/{sign-in,overview,service,revisions,overview-phone}.png`);
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
}
