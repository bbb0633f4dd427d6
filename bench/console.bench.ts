/**
 * The web console's overview in headless Chromium (Debian's chromium via playwright-core)
 * against a server on 127.0.0.1 with SQLite, for an organization of 1,000 services (200 teams
 * of 5, bench/generate-org.ts) and, as the baseline in the same run, one of 25 services (5
 * teams). Each run opens a fresh page signed in with a viewer token and measures, from the
 * navigation:
 *
 * - loaded: the table holds every service (`aria-rowcount`) and the rows the console draws
 *   before the page is scrolled are there (all of 25; the first 50 of 1,000, about three
 *   screens, the rest drawn as the page scrolls towards them, which an untimed first run
 *   checks);
 * - interactive: a filter chosen after that has narrowed the table (the page answers input).
 *
 * and the CPU time Chromium's renderer processes spent until interactive, which the machine's
 * load stretches less than the time on the clock.
 *
 * Also the server's part alone: GET /api/v1/console/overview from Node on the same loopback.
 * The goal: loaded and interactive in under a second at 1,000 services.
 *
 * Run: npm run bench:console [-- --runs 7]
 */
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { startFrozenClockApp } from '../scripts/frozen-clock-app.ts';
import { createToken } from '../src/server/auth/create-token.ts';
import { ensureConsoleBuilt } from '../test/support/built-console.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { generateOrg } from './generate-org.ts';
import { median } from './server-load.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

interface CaseResult {
  readonly services: number;
  readonly api: number[];
  readonly loaded: number[];
  readonly interactive: number[];
  /** The CPU time Chromium's renderer processes spent until interactive, in ms. */
  readonly busy: number[];
}

/** The CPU time (ms) each of Chromium's renderer processes has used so far, by process id. */
async function rendererCpu(browser: Browser): Promise<Map<number, number>> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { id: number; type: string; cpuTime: number }[];
    };
    return new Map(
      info.processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, 1000 * p.cpuTime]),
    );
  } finally {
    await cdp.detach();
  }
}

/** CPU time used between two readings by the renderers alive at the second (a page closed
 * meanwhile is not counted against the new one). */
function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [id, time] of after) sum += time - (before.get(id) ?? 0);
  return sum;
}

async function measure(browser: Browser, teams: number): Promise<CaseResult> {
  const { app, store, now, close } = await startFrozenClockApp('whorunsit-console-bench-');
  try {
    const admin = (await createToken({ db: store.db, name: 'bench', role: 'admin', now })).token;
    const viewer = (await createToken({ db: store.db, name: 'viewer', role: 'viewer', now })).token;
    const text = generateOrg({ teams, peoplePerTeam: 5, servicesPerTeam: 5 });
    const pushed = await app.inject({
      method: 'POST',
      url: '/api/v1/revisions',
      headers: { authorization: `Bearer ${admin}` },
      payload: { message: 'bench', sources: [{ name: 'org.yaml', text }] },
    });
    if (pushed.statusCode !== 201) throw new Error(`push failed: ${pushed.body}`);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const services = teams * 5;
    const result: CaseResult = { services, api: [], loaded: [], interactive: [], busy: [] };
    // One untimed run first: the server's caches and Chromium's warm-up are not what a person
    // opening the console on a running server waits for.
    for (let run = -1; run < RUNS; run++) {
      const started = performance.now();
      const answer = await fetch(`${url}/api/v1/console/overview`, {
        headers: { authorization: `Bearer ${viewer}` },
      });
      const body = (await answer.json()) as { services: unknown[] };
      if (body.services.length !== services) throw new Error('overview lacks services');
      const api = performance.now() - started;

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const rows = page.locator('table.services tbody tr');
        // The CPU time of the renderers: what the page costs, which the machine's load does not
        // stretch as it stretches the time on the clock.
        const cpuBefore = await rendererCpu(browser);
        const opened = performance.now();
        await page.goto(`${url}/#token=${viewer}`);
        // Loaded: the table holds every service (its row count says so) and its first rows, as
        // many as the console draws before the page is scrolled, are on the page.
        await page.waitForFunction(
          (n) =>
            document.querySelector('table.services')?.getAttribute('aria-rowcount') ===
              String(n + 1) &&
            document.querySelectorAll('table.services tbody tr').length >= Math.min(n, 50),
          services,
          { polling: 'raf', timeout: 60_000 },
        );
        const loaded = performance.now() - opened;
        await page.locator('select[name="team"]').selectOption('t1');
        await page.waitForFunction(
          () => document.querySelectorAll('table.services tbody tr').length === 5,
          undefined,
          { polling: 'raf', timeout: 60_000 },
        );
        const interactive = performance.now() - opened;
        const busy = cpuBetween(cpuBefore, await rendererCpu(browser));
        if ((await rows.count()) !== 5) throw new Error('the filter did not narrow the table');
        if (run < 0) {
          // Untimed, once: scrolling to the end of the whole table draws every row.
          await page.locator('select[name="team"]').selectOption('');
          await page.waitForFunction(
            (n) =>
              document.querySelector('table.services')?.getAttribute('aria-rowcount') ===
              String(n + 1),
            services,
          );
          for (let i = 0; i < 50 && (await rows.count()) < services; i++) {
            await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
            await page.waitForTimeout(100);
          }
          if ((await rows.count()) !== services)
            throw new Error('scrolling did not draw every row');
        }
        if (run >= 0) {
          result.api.push(api);
          result.loaded.push(loaded);
          result.interactive.push(interactive);
          result.busy.push(busy);
        }
      } finally {
        await page.close();
      }
    }
    return result;
  } finally {
    await close();
  }
}

await ensureConsoleBuilt();
const browser = await launchChromium();
try {
  console.log(
    `console overview in Chromium, ${RUNS} runs each, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const baseline = await measure(browser, 5);
  const large = await measure(browser, 200);
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  console.log(
    '| services | GET overview (server) | loaded (all counted, first rows drawn) | interactive (filter applied) | renderer CPU until interactive |',
  );
  console.log('|---:|---:|---:|---:|---:|');
  for (const c of [baseline, large]) {
    console.log(
      `| ${c.services} | ${ms(c.api)} | ${ms(c.loaded)} | ${ms(c.interactive)} | ${ms(c.busy)} |`,
    );
  }
  console.log(
    `1,000 services / 25: loaded ×${(median(large.loaded) / median(baseline.loaded)).toFixed(2)}, interactive ×${(median(large.interactive) / median(baseline.interactive)).toFixed(2)}; goal under 1 s: ${median(large.interactive) < 1000 ? 'met' : 'not met'}`,
  );
} finally {
  await browser.close();
}
