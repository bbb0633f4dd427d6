// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText is the text as rendered (what a person reads), not the DOM property.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../support/built-console.ts';
import { launchChromium } from '../support/chromium.ts';
import { axeViolations, eventually } from '../support/console-browser.ts';
import { serverModelSources } from '../support/server-model.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

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

let browser: Browser;
let t: TestApp;
let url: string;
let page: Page;
/** What the page logged as an error or threw. */
let errors: string[];

beforeAll(async () => {
  await ensureConsoleBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  t = await startTestApp({ now: NOW });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
  // payments-api spent its budget: SRE handed it back to its developers (§12.5).
  await t.call({
    method: 'POST',
    url: '/api/v1/sli-samples',
    as: 'ingest',
    payload: { samples: samples('payments-api', 90, 10) },
  });
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});
afterEach(async () => {
  await page?.close();
  await t?.close();
});

async function signIn(token: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

/** The text of each cell of the services table's row for `service`. */
async function rowOf(service: string): Promise<string> {
  return page.getByRole('row').filter({ hasText: service }).innerText();
}

function services(sources: readonly { name: string; text: string }[]): string {
  return sources.find((s) => s.name === 'services.yaml')?.text ?? '';
}

describe('the console in a real browser', () => {
  it('signs in with a token and shows every service: who runs it now, on call, budget', async () => {
    await page.goto(url);
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('Sign in · whorunsit');
    // A token the server does not know is refused, saying what to do.
    await page.getByLabel('API token').fill('wri_000000000000_nottherealsecret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByRole('alert').innerText()).toMatch(/does not know this token/);
    expect(await axeViolations(page)).toEqual([]);
    errors.length = 0; // The refused sign-in logs its 401.

    await page.getByLabel('API token').fill(t.tokens.viewer);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('Overview · whorunsit');
    await eventually(() => page.getByText('Revision 1').count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Services/ }).innerText()).toMatch(/3 of 3/);

    // Agreed SRE runs it, handed back: the developers run it now, the budget is spent.
    const [team, agreed, now, onCall, budget] = await page
      .getByRole('row')
      .filter({ hasText: 'payments-api' })
      .getByRole('cell')
      .allInnerTexts();
    expect(team).toBe('payments');
    expect(agreed).toBe('SRE');
    expect(now).toMatch(/^developers/);
    expect(onCall).toMatch(/pat/);
    expect(budget).toMatch(/depleted/);
    expect(await rowOf('checkout-api')).toMatch(/no data/);
    // The handover is listed with its reason.
    const handovers = page.getByRole('region', { name: 'Recent handovers' });
    expect(await handovers.innerText()).toMatch(/payments-api[\s\S]*depleted/);
    // The spectrum mix counts services by who runs them now.
    expect(await page.locator('figure.mix').innerText()).toMatch(/developers/);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters by team and run model, keeping the filters in the URL', async () => {
    await signIn(t.tokens.viewer);
    await page.getByLabel('Team').selectOption('payments');
    await eventually(() => page.getByRole('heading', { name: /Services/ }).innerText()).toMatch(
      /1 of 3/,
    );
    expect(new URL(page.url()).searchParams.get('team')).toBe('payments');
    expect(await page.locator('table.services tbody tr').count()).toBe(1);
    expect(await rowOf('payments-api')).toMatch(/payments/);

    // A filter nothing matches says so and how to get out of it.
    await page.getByLabel('Run model now').selectOption('ops-runs-it');
    await eventually(() => page.getByText('No service matches these filters.').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(() => page.locator('table.services tbody tr').count()).toBe(3);
    expect(new URL(page.url()).search).toBe('');

    // A shared link opens the filtered view: the services the developers run now.
    const all = (
      await t.call({ method: 'GET', url: '/api/v1/console/overview', as: 'viewer' })
    ).json() as { services: { name: string; currentRunModel: string }[] };
    const theirs = all.services
      .filter((s) => s.currentRunModel === 'you-run-it')
      .map((s) => s.name);
    expect(theirs).toContain('payments-api');
    await page.goto(`${url}/?runModel=you-run-it`);
    await eventually(() => page.getByRole('heading', { name: /Services/ }).innerText()).toMatch(
      new RegExp(`${theirs.length} of 3`),
    );
    expect(await page.locator('table.services tbody th[scope=row] a').allInnerTexts()).toEqual(
      theirs,
    );
    expect(errors).toEqual([]);
  });

  it('shows a service: the burn-down with the handback marked, on call now, why it moved', async () => {
    await signIn(t.tokens.viewer);
    await page.getByRole('link', { name: 'payments-api' }).first().click();
    await page.getByRole('heading', { name: 'payments-api', level: 1 }).waitFor();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('payments-api · whorunsit');
    expect(new URL(page.url()).pathname).toBe('/services/payments-api');
    const runs = page.getByRole('region', { name: 'Who runs it' });
    expect(await runs.innerText()).toMatch(/Now: developers[\s\S]*agreed: SRE/);
    expect(await runs.innerText()).toMatch(/Owning team\s+payments/);
    const onCall = await page.getByRole('region', { name: 'On call now' }).innerText();
    expect(onCall).toMatch(/pat/);
    // Who takes over next: the thin layer's weekly turn changes hands on Monday.
    expect(onCall).toMatch(
      /Next[\s\S]*(tom|tia)\s+noc-thin-layer\s+in 7 d · 10 Mar 2025, 09:00 UTC/,
    );

    // The burn-down: four periods, all spent, the handback drawn where it happened.
    const chart = page.getByRole('img', { name: 'Error budget burn-down of payments-api' });
    await chart.waitFor();
    expect(await chart.locator('path.line').count()).toBe(4);
    const marker = chart.locator('[data-handover="you-run-it"]');
    expect(await marker.count()).toBe(1);
    expect(await marker.locator('title').textContent()).toMatch(/depleted/);
    expect(await marker.locator('text').textContent()).toBe('→ developers');
    // The marker sits between the chart's first and last period boundaries.
    const boundaries = await chart
      .locator('line.boundary')
      .evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('x1'))));
    const at = Number(await marker.locator('line').getAttribute('x1'));
    expect(at).toBeGreaterThan(boundaries[0] as number);
    expect(await chart.locator('desc').textContent()).toMatch(/overspent.*SRE → developers/);
    expect(await page.getByRole('region', { name: 'Who ran it, and why' }).innerText()).toMatch(
      /policy standard hands the service back/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Back to the overview with the browser's back button.
    await page.goBack();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    // A service the model does not have says so.
    await page.goto(`${url}/services/nothing-api`);
    await eventually(() => page.getByRole('alert').innerText()).toMatch(/does not exist/);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('lets an editor upload a revision, showing a rejected one’s problems by file, line and column', async () => {
    await signIn(t.tokens.editor);
    await page.getByRole('link', { name: 'Revisions' }).click();
    await page.getByRole('heading', { name: 'Revisions', level: 1 }).waitFor();
    await eventually(() => page.locator('table.history tbody tr').count()).toBe(1);
    expect(await page.locator('table.history tbody tr').innerText()).toMatch(
      /admin-token[\s\S]*model/,
    );

    const sources = serverModelSources();
    const broken = sources.map((source) =>
      source.name === 'services.yaml'
        ? { ...source, text: source.text.replace('runModel: you-run-it', 'runModel: sometimes') }
        : source,
    );
    const files = (list: typeof sources) =>
      list.map((f) => ({
        name: f.name,
        mimeType: 'application/yaml',
        buffer: Buffer.from(f.text),
      }));
    await page.getByLabel('Model files').setInputFiles(files(broken));
    await page.getByLabel('Why it changed').fill('try a run model that does not exist');
    await page.getByRole('button', { name: 'Upload' }).click();
    const alert = page.getByRole('alert');
    await eventually(() => alert.count()).toBe(1);
    const line =
      services(broken)
        .split('\n')
        .findIndex((l) => l.includes('runModel: sometimes')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(await alert.innerText()).toMatch(new RegExp(`services\\.yaml:${line}:\\d+`));
    expect(await alert.innerText()).toMatch(/spec\.runModel/);
    expect(await axeViolations(page)).toEqual([]);

    // A valid model with one more service is stored as revision 2 and listed with its change.
    const grown = sources.map((source) =>
      source.name === 'services.yaml'
        ? {
            ...source,
            text: `${source.text}---\napiVersion: whorunsit/v1\nkind: Service\nmetadata: { name: ledger-api }\nspec: { owner: payments, runModel: you-run-it }\n`,
          }
        : source,
    );
    await page.getByLabel('Model files').setInputFiles(files(grown));
    await page.getByLabel('Why it changed').fill('add the ledger');
    await page.getByRole('button', { name: 'Upload' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Stored' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Stored' }).innerText()).toBe(
      'Stored as revision 2.',
    );
    await eventually(() => page.locator('table.history tbody tr').count()).toBe(2);
    expect(await page.locator('table.history tbody tr').first().innerText()).toMatch(
      /2[\s\S]*editor-token[\s\S]*add the ledger[\s\S]*1 added[\s\S]*ledger-api/,
    );
    expect(errors.filter((e) => !/status of 422|status of 400/.test(e))).toEqual([]);
  });

  it('shows a viewer the history but no upload', async () => {
    await signIn(t.tokens.viewer);
    await page.goto(`${url}/revisions`);
    await eventually(() => page.locator('table.history tbody tr').count()).toBe(1);
    expect(await page.getByLabel('Model files').count()).toBe(0);
    expect(await page.getByRole('note').innerText()).toMatch(/may read the model but not upload/);
    // The server refuses it too, whatever the page shows.
    const refused = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'viewer',
      payload: { message: 'x', sources: serverModelSources() },
    });
    expect(refused.statusCode).toBe(403);
    expect(errors).toEqual([]);
  });

  it('refreshes live when SLI samples arrive, without reloading the page', async () => {
    await signIn(t.tokens.viewer);
    await eventually(() => page.locator('.live').innerText()).toBe('live');
    expect(await rowOf('checkout-api')).toMatch(/no data/);
    await page.evaluate(() => {
      (globalThis as { kept?: boolean }).kept = true;
    });
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples: samples('checkout-api', 30, 0) },
    });
    await eventually(() => rowOf('checkout-api')).toMatch(/100% left/);
    expect(await page.evaluate(() => (globalThis as { kept?: boolean }).kept)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('sends a revoked token back to sign-in, saying why', async () => {
    const created = (
      await t.call({
        method: 'POST',
        url: '/api/v1/tokens',
        as: 'admin',
        payload: { name: 'lead', role: 'viewer' },
      })
    ).json() as { token: string; record: { id: string } };
    await signIn(created.token);
    await t.call({ method: 'DELETE', url: `/api/v1/tokens/${created.record.id}`, as: 'admin' });
    // Any change makes the page refresh, and the server now refuses the token.
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples: samples('checkout-api', 1, 0) },
    });
    await page.getByLabel('API token').waitFor();
    expect(await page.getByRole('status').innerText()).toMatch(/no longer accepts your token/);
    expect(await page.evaluate(() => sessionStorage.getItem('whorunsit.token'))).toBeNull();
    // A reload does not sign in again with the old token.
    await page.reload();
    await page.getByLabel('API token').waitFor();
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('keeps what it showed when the server goes down, and says so', async () => {
    await signIn(t.tokens.viewer);
    await eventually(() => page.locator('.live').innerText()).toBe('live');
    await t.app.close();
    await eventually(() => page.locator('.live').innerText()).toMatch(/not answering/);
    await eventually(() =>
      page.getByRole('status').filter({ hasText: 'Could not refresh' }).count(),
    ).toBe(1);
    expect(
      await page.getByRole('status').filter({ hasText: 'Could not refresh' }).innerText(),
    ).toMatch(/did not answer/);
    // The services are still there.
    expect(await rowOf('payments-api')).toMatch(/depleted/);
    // A server that stops refuses new connections and may reset one in flight (the change
    // events stream, a refresh): those are the outage itself; any other error is not.
    expect(errors.filter((e) => !/ERR_CONNECTION_(REFUSED|RESET)|Failed to fetch/.test(e))).toEqual(
      [],
    );
  });

  it('says so when the answer is not whorunsit’s data', async () => {
    await page.route('**/api/v1/console/overview', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Bad gateway</html>' }),
    );
    await signIn(t.tokens.viewer);
    await eventually(() => page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('alert').innerText()).toMatch(/not whorunsit’s JSON[\s\S]*Retry/);

    // JSON of another shape (another version of the server): the page says it cannot show it,
    // the navigation stays.
    await page.unroute('**/api/v1/console/overview');
    await page.route('**/api/v1/console/overview', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"services":7}' }),
    );
    await page.getByRole('button', { name: 'Retry' }).click();
    await eventually(() => page.getByRole('alert').innerText()).toMatch(
      /could not show the server’s answer/,
    );
    expect(await page.getByRole('navigation', { name: 'Console' }).isVisible()).toBe(true);
    await page.unroute('**/api/v1/console/overview');

    // Opening the console when the server does not answer keeps the token and offers a retry.
    await page.route('**/api/v1/console/session', (route) => route.abort('connectionrefused'));
    await page.reload();
    await eventually(() => page.getByRole('alert').innerText()).toMatch(/did not answer/);
    await page.unroute('**/api/v1/console/session');
    await page.getByRole('button', { name: 'Retry' }).click();
    await eventually(() => page.locator('table.services tbody tr').count()).toBe(3);
    expect(errors.filter((e) => !/services|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
  });

  it('works on a phone-width screen: the table scrolls inside its frame', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(t.tokens.viewer);
    await eventually(() => page.locator('table.services tbody tr').count()).toBe(3);
    const widths = await page.evaluate<{ page: number; screen: number }>(
      '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
    );
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
