// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText is the text as rendered (what a person reads), not the DOM property.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../support/built-console.ts';
import { launchChromium } from '../support/chromium.ts';
import { axeViolations, collectErrors, eventually } from '../support/console-browser.ts';
import { serverModelSources } from '../support/server-model.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { doc } from '../support/yaml-model.ts';

// The console's pages beyond the overview, the service page and revisions, on one server: each
// test only reads, so they share it (a server and a browser per test would double the run time).
const NOW = '2025-03-03T10:00:00.000Z';

let browser: Browser;
let t: TestApp;
let url: string;
let page: Page;
let errors: string[];

beforeAll(async () => {
  await ensureConsoleBuilt();
  browser = await launchChromium();
  t = await startTestApp({ now: NOW });
  const sources = serverModelSources();
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources },
  });
  // Revision 2 adds the ledger: a service of the payments team, and a round-the-clock rotation
  // of pat alone, who is also the payments developers' only on-call person, so the schedule
  // books pat twice, which the on-call page must show. It also gives the SRE organization a head,
  // hal, to whom sre-core's manager sam reports: the reporting line the map draws.
  const changes: Readonly<Record<string, (text: string) => string>> = {
    'people.yaml': (text) =>
      `${text.replace('  name: sam\nspec:\n', '  name: sam\nspec:\n  reportsTo: hal\n')}---\n${doc('Person', 'hal', 'role: manager\ntimezone: Europe/Berlin')}`,
    'organizations.yaml': (text) => text.replace('type: sre\n', 'type: sre\n  head: hal\n'),
    'teams.yaml': (text) =>
      text.replace('supports: [payments]\n', 'supports: [payments]\n  manager: sam\n'),
    'rotations.yaml': (text) =>
      `${text}---\n${doc('Rotation', 'ledger-oncall', 'type: team\ncoverage: 24x7\nmembers: [pat]\ncovers: { services: [payments-api] }')}`,
    'services.yaml': (text) =>
      `${text}---\n${doc('Service', 'ledger-api', 'owner: payments\nrunModel: you-and-sre-run-it\nsreTeam: sre-core\navailabilityTarget: 99.9')}`,
  };
  const withLedger = sources.map((source) => ({
    ...source,
    text: changes[source.name]?.(source.text) ?? source.text,
  }));
  const second = await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'add the ledger', sources: withLedger },
  });
  expect(second.statusCode, second.body).toBe(201);
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});
afterEach(async () => {
  await page?.close();
});

/** Opens a page of the console signed in with a token (given in the URL's fragment). */
async function open(path: string, token: string, width = 1280): Promise<void> {
  page = await browser.newPage({ viewport: { width, height: 900 } });
  // A step that cannot happen fails with what it waited for, well before the test's limit.
  page.setDefaultTimeout(15_000);
  errors = collectErrors(page);
  await page.goto(`${url}${path}#token=${token}`);
}

describe('the console’s on-call page', { timeout: 90_000 }, () => {
  it('shows who is on call now and next per rotation, the week’s timeline, gaps and conflicts, hours', async () => {
    await open('/', t.tokens.viewer);
    await page.getByRole('link', { name: 'On call' }).click();
    await page.getByRole('heading', { name: 'On call', level: 1 }).waitFor();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('On call · whorunsit');
    expect(new URL(page.url()).pathname).toBe('/on-call');

    // Now and next: checkout's weekly 24x7 turn changed hands on Monday 09:00.
    const now = page.getByRole('region', { name: 'On call now and next' }).first();
    await eventually(() => now.getByRole('row').count()).toBe(6);
    const checkout = await now
      .getByRole('row')
      .filter({ hasText: 'checkout-oncall' })
      .getByRole('cell')
      .allInnerTexts();
    expect(checkout[0]).toBe('checkout-api, search-api');
    expect(checkout[1]).toMatch(/^(ana|ben)\s+until 10 Mar 2025, 09:00 UTC$/);
    expect(checkout[2]).toMatch(/^(ana|ben)\s+in 7 d · 10 Mar 2025, 09:00 UTC$/);
    expect(checkout[1]?.slice(0, 3)).not.toBe(checkout[2]?.slice(0, 3));
    expect(await now.getByRole('row').filter({ hasText: 'payments-dev' }).innerText()).toMatch(
      /pat[\s\S]*nobody else in the next 8 days/,
    );
    // A viewer may not make calendar links.
    expect(await now.getByRole('button', { name: /Calendar link/ }).count()).toBe(0);
    expect(await now.innerText()).toMatch(/An editor can make a calendar link/);

    // The timeline: a lane of shifts per rotation, in words for those who do not see the bars.
    const lane = page.getByRole('list', { name: 'Shifts of checkout-oncall' });
    expect(await lane.getByRole('listitem').count()).toBe(2);
    expect(await lane.getByRole('listitem').last().innerText()).toMatch(
      /^(ana|ben)\s+from 3 Mar 2025, 09:00 UTC to 10 Mar 2025, 00:00 UTC$/,
    );
    // pat cannot be on two rotations at once: the conflict is named with who, where and when.
    const conflicts = page.getByRole('region', { name: /Gaps and conflicts/ });
    expect(await conflicts.innerText()).toMatch(/pat/);
    expect(await conflicts.innerText()).toMatch(/double-booked|unstaffed/);
    expect(await page.locator('.timeline-row', { hasText: 'ledger-oncall' }).innerText()).toMatch(
      /conflict/,
    );

    // Who is on call for payments-api now: the SRE on duty, pat (developers), the thin layer.
    const who = page.getByRole('region', { name: 'Who is on call for a service' });
    await who.getByLabel('Service', { exact: true }).selectOption('payments-api');
    const answer = await who.getByRole('listitem').allInnerTexts();
    expect(answer.map((a) => a.split(':')[0])).toEqual([
      'payments-dev',
      'sre-payments',
      'noc-thin-layer',
      'ledger-oncall',
    ]);
    expect(answer[0]).toBe('payments-dev: pat');
    expect(answer[1]).toMatch(/^sre-payments: (sam|sue)$/);
    // Saturday night is outside the developers' business hours.
    await who.getByLabel('At (UTC)').fill('2025-03-08T23:00');
    await eventually(() => who.getByRole('listitem').first().innerText()).toBe(
      'payments-dev: nobody (outside its 8x5 hours)',
    );

    // Hours per person over the week: a 24x7 member carries most of the 168 hours.
    const hours = page.getByRole('region', { name: 'Hours on call per person' }).first();
    const first = await hours.locator('tbody tr').first().getByRole('cell').allInnerTexts();
    expect(Number.parseFloat(first[1] ?? '')).toBeGreaterThan(100);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('moves the timeline a week at a time, keeping the range in the URL', async () => {
    await open('/on-call', t.tokens.viewer);
    const lane = page.getByRole('list', { name: 'Shifts of checkout-oncall' });
    await lane.waitFor();
    await page.getByRole('button', { name: 'Later' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?from=2025-03-10');
    await eventually(() => lane.getByRole('listitem').first().innerText()).toMatch(
      /from 10 Mar 2025, 00:00 UTC to 10 Mar 2025, 09:00 UTC/,
    );
    await page.getByLabel('Days').selectOption('14');
    await eventually(() => new URL(page.url()).search).toBe('?from=2025-03-10&days=14');
    await eventually(() => lane.getByRole('listitem').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('gives an editor a calendar link to subscribe to a rotation, and works on a phone', async () => {
    await open('/on-call', t.tokens.editor, 375);
    const row = page.getByRole('row').filter({ hasText: 'sre-payments' });
    await row.getByRole('button', { name: 'Calendar link for sre-payments' }).click();
    const link = row.getByRole('textbox');
    await eventually(() => link.inputValue()).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/calendar\/wrc_.+\.ics$/,
    );
    const feed = await fetch(await link.inputValue());
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*(sam|sue)/);
    const widths = await page.evaluate<{ page: number; screen: number }>(
      '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
    );
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the console’s on-call overrides', { timeout: 90_000 }, () => {
  it('lets an editor hand a rotation to someone and revoke it; a viewer sees them only', async () => {
    await open('/on-call', t.tokens.editor);
    // Who is on call now on checkout-oncall, on whichever page is open.
    const onCallNow = () =>
      page
        .locator('table.now-next tbody tr')
        .filter({ hasText: 'checkout-oncall' })
        .locator('td')
        .nth(1)
        .locator('strong');
    await eventually(() => onCallNow().count()).toBe(1);
    const planned = await onCallNow().innerText();
    const other = planned === 'ana' ? 'ben' : 'ana';
    const overrides = page.getByRole('region', { name: /^Overrides/ });
    expect(await overrides.innerText()).toMatch(/None in this range/);

    // Refused by the server: the interval ends before it starts; nothing is stored.
    const form = page.getByRole('form', { name: 'Hand a rotation to someone' });
    await form.getByLabel('Rotation').selectOption('checkout-oncall');
    await form.getByLabel('Who takes over').selectOption({ label: other });
    await form.getByLabel('To (UTC)').fill('2025-03-03T09:00');
    await form.getByRole('button', { name: 'Hand over' }).click();
    await eventually(() => form.getByRole('alert').innerText()).toMatch(
      /Not stored\. body to: expected a time after from/,
    );

    await form.getByLabel('To (UTC)').fill('2025-03-03T14:00');
    await form.getByLabel('Why').fill(`${planned} is ill`);
    await form.getByRole('button', { name: 'Hand over' }).click();
    await eventually(() => form.getByRole('status').innerText()).toMatch(/^Stored/);
    await eventually(() => overrides.locator('ul.overrides li').innerText()).toMatch(
      new RegExp(
        `^${other}\\s+takes checkout-oncall\\s+3 Mar 2025, 10:00 UTC – 3 Mar 2025, 14:00 UTC · ${planned} is ill · by editor-token`,
      ),
    );
    // Who is on call now and the timeline follow it: a band over the turns handed over.
    await eventually(() => onCallNow().innerText()).toBe(other);
    const lane = page.getByRole('list', { name: 'Shifts of checkout-oncall' });
    expect(await lane.locator('[data-override]').innerText()).toMatch(
      new RegExp(
        `Override: ${other} takes over from 3 Mar 2025, 10:00 UTC to 3 Mar 2025, 14:00 UTC`,
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    // A viewer sees the override but can neither make nor revoke one.
    await open('/on-call', t.tokens.viewer);
    const seen = page.getByRole('region', { name: /^Overrides/ });
    await eventually(() => seen.locator('ul.overrides li').count()).toBe(1);
    expect(await seen.getByRole('button').count()).toBe(0);
    expect(await seen.innerText()).toMatch(/An editor can hand a rotation/);
    expect(errors).toEqual([]);
    await page.close();

    await open('/on-call', t.tokens.editor);
    const revoke = page.getByRole('button', {
      name: `Revoke the override of ${other} on checkout-oncall`,
    });
    await revoke.click();
    await eventually(() => page.getByRole('region', { name: /^Overrides/ }).innerText()).toMatch(
      /None in this range/,
    );
    await eventually(() => onCallNow().innerText()).toBe(planned);
    expect(errors).toEqual([]);
  });
});

describe('the console’s organization map', { timeout: 90_000 }, () => {
  it('shows organizations, teams where they sit, whom SRE supports, services by run model, and a revision beside it', async () => {
    await open('/', t.tokens.viewer);
    await page.getByRole('link', { name: 'Organization' }).click();
    await page.getByRole('heading', { name: 'Organization', level: 1 }).waitFor();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('Organization · whorunsit');
    // acme above its development and SRE organizations, each with its teams.
    await page.getByRole('heading', { name: /^acme/, level: 2 }).waitFor();
    const teamsOf = (organization: string) =>
      page.locator(`[data-org="${organization}"] > .org-group .team-card`);
    expect(await teamsOf('acme').count()).toBe(0);
    expect(await teamsOf('dev').locator('.team-name strong').allInnerTexts()).toEqual([
      'checkout',
      'payments',
    ]);
    expect(await teamsOf('sre-org').filter({ hasText: 'sre-core' }).innerText()).toMatch(
      /2 people[\s\S]*Supports: payments/,
    );
    const payments = page.locator('.team-card', { hasText: 'Supported by: sre-core' });
    expect(await payments.locator('.team-name strong').innerText()).toBe('payments');
    // Each service in its run model's colour, with the chapter's name as the badge's title.
    const chips = payments.getByRole('list', { name: 'Services of payments' });
    expect(
      await chips
        .getByRole('listitem')
        .evaluateAll((items) =>
          items.map((i) => [i.querySelector('a')?.textContent, i.getAttribute('data-run-model')]),
        ),
    ).toEqual([
      ['payments-api', 'sre-runs-it'],
      ['ledger-api', 'you-and-sre-run-it'],
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // sre-core's manager reports to the head of the SRE organization: a line from the team's card
    // to the head's name, an image named by what it draws; drawn again when the width changes.
    const drawing = page.getByRole('img', { name: /^Reporting lines:/ });
    await eventually(() => drawing.count()).toBe(1);
    expect(await drawing.getAttribute('aria-label')).toBe(
      'Reporting lines: sre-core (manager sam) reports to hal, head of sre-org',
    );
    const line = drawing.locator('path.reporting-line');
    expect([await line.getAttribute('data-from'), await line.getAttribute('data-to')]).toEqual([
      'sre-core',
      'hal',
    ]);
    const sreCore = teamsOf('sre-org').filter({ hasText: 'sre-core' });
    const joins = async () => {
      const [from, to, drawn] = await Promise.all([
        sreCore.boundingBox(),
        page.locator('[data-head="hal"]').boundingBox(),
        line.boundingBox(),
      ]);
      if (!from || !to || !drawn) return 'not drawn';
      const near = (a: number, b: number) => Math.abs(a - b) < 4;
      return near(drawn.y + drawn.height, from.y) && near(drawn.y, to.y + to.height)
        ? 'joins the card to the head'
        : `line ${JSON.stringify(drawn)}, card ${JSON.stringify(from)}, head ${JSON.stringify(to)}`;
    };
    await eventually(joins).toBe('joins the card to the head');
    await page.setViewportSize({ width: 375, height: 900 });
    await eventually(joins).toBe('joins the card to the head');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Beside revision 1: the ledger is new since then.
    await page.getByLabel('Side by side with revision').selectOption('1');
    await eventually(() => new URL(page.url()).search).toBe('?compare=1');
    const today = page.getByRole('region', { name: 'Revision 2 (today)' });
    const before = page.getByRole('region', { name: 'Revision 1' });
    await eventually(() => before.locator('.service-chip').count()).toBe(3);
    expect(await today.locator('.service-chip', { hasText: 'ledger-api' }).innerText()).toMatch(
      /new$/,
    );
    expect(await before.locator('.service-chip', { hasText: 'ledger-api' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the console’s plan pages', { timeout: 90_000 }, () => {
  it('shows the plan document with its contents and charts, and the change plan to a revision', async () => {
    await open('/', t.tokens.viewer);
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { name: 'Plan', level: 1 }).waitFor();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('Plan · whorunsit');
    const contents = page.getByRole('navigation', { name: 'Plan sections' });
    await contents.waitFor();
    const entries = await contents.getByRole('link').allInnerTexts();
    expect(entries[0]).toBe('Summary');
    expect(entries).toContain('Glossary');
    // The summary as the HTML plan has it: a figure drawn as SVG with its caption.
    const summary = page.locator('section#summary');
    expect(await summary.locator('figure svg').count()).toBeGreaterThan(0);
    expect(await summary.locator('figcaption').first().innerText()).not.toBe('');
    expect(await page.locator('.plan-section > section').count()).toBe(entries.length);
    await contents.getByRole('link', { name: 'Glossary' }).click();
    await eventually(() => new URL(page.url()).hash).toBe('#glossary');
    expect(await axeViolations(page)).toEqual([]);

    // The change plan from today (revision 2) back to revision 1.
    await page.getByRole('link', { name: 'Change plan' }).click();
    await page.getByRole('heading', { name: 'Change plan', level: 1 }).waitFor();
    await page.getByLabel('Target revision').selectOption('1');
    await eventually(() => new URL(page.url()).search).toBe('?target=1');
    await eventually(() => page.locator('.meta').innerText()).toBe(
      'Change plan: revision 2 → revision 1',
    );
    expect(await page.locator('.plan-body').innerText()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the console’s revision comparison', { timeout: 90_000 }, () => {
  it('compares two revisions chosen from the history: entities that differ and what the change means', async () => {
    await open('/revisions', t.tokens.viewer);
    await page.getByRole('heading', { name: 'Revisions', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Compare with 1' }).click();
    await page.getByRole('heading', { name: 'Compare revisions', level: 1 }).waitFor();
    await expect
      .poll(() => page.title(), { timeout: 30_000 })
      .toBe('Compare revisions · whorunsit');
    expect(new URL(page.url()).search).toBe('?from=1&to=2');
    await page.getByRole('heading', { name: 'The model: revision 1 → 2' }).waitFor();
    expect(await page.locator('.diff-added li').allInnerTexts()).toEqual([
      'Person/hal',
      'Service/ledger-api',
      'Rotation/ledger-oncall',
    ]);
    expect(await page.locator('.diff-changed li').allInnerTexts()).toEqual([
      'Organization/sre-org',
      'Team/sre-core',
      'Person/sam',
    ]);
    expect(await page.locator('.diff-removed h3').innerText()).toBe('0 removed');
    // The change plan's services: the ledger is new, run by its team with SRE.
    const runModels = page.getByRole('region', { name: 'Who runs each service' });
    expect(await runModels.getByRole('row', { name: /ledger-api/ }).innerText()).toMatch(
      /ledger-api\s+new service\s+developers \+ SRE[\s\S]*added/i,
    );
    // sam, sre-core's new manager, reports to hal, the SRE organization's new head, sue to sam;
    // the noc, with no manager of its own, to the head of its organization.
    const reporting = page.getByRole('region', { name: 'Reporting lines' });
    expect(await reporting.locator('tbody tr').allInnerTexts()).toEqual([
      'sam\tnone → hal\tsre-core',
      'sue\tnone → sam\tsre-core',
      'tom\tnone → hal\tnoc',
      'tia\tnone → hal\tnoc',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The other way round, chosen in the form: the ledger goes; then the whole change plan.
    await page.getByLabel('From', { exact: true }).selectOption('2');
    await page.getByLabel('To', { exact: true }).selectOption('1');
    await eventually(() => new URL(page.url()).search).toBe('?from=2&to=1');
    await eventually(() => page.locator('.diff-removed li').allInnerTexts()).toEqual([
      'Person/hal',
      'Service/ledger-api',
      'Rotation/ledger-oncall',
    ]);
    await page.getByRole('link', { name: 'The whole change plan' }).click();
    await page.getByRole('heading', { name: 'Change plan', level: 1 }).waitFor();
    await eventually(() => page.locator('.meta').innerText()).toBe(
      'Change plan: revision 2 → revision 1',
    );

    // A revision that does not exist says so.
    await page.goto(`${url}/revisions/compare?from=1&to=99`);
    await eventually(() => page.getByRole('alert').innerText()).toMatch(
      /revision 99 does not exist/,
    );
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});

describe('the console’s tokens page', { timeout: 90_000 }, () => {
  it('lets an admin list, create and revoke tokens; a viewer sees neither the page nor its link', async () => {
    await open('/', t.tokens.viewer);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Tokens' }).count()).toBe(0);
    await page.goto(`${url}/tokens`);
    await eventually(() => page.getByRole('note').innerText()).toMatch(/Only admins manage tokens/);
    await page.close();

    await open('/', t.tokens.admin);
    await page.getByRole('link', { name: 'Tokens' }).click();
    await page.getByRole('heading', { name: 'Tokens', level: 1 }).waitFor();
    const rows = page.locator('table.token-list tbody tr');
    // A token's row by its row header (name, then id): a substring such as 'ci' may stand in another row's text.
    const rowOf = (name: string) =>
      rows.filter({ has: page.locator('th', { hasText: new RegExp(`^${name}\\s`) }) });
    await eventually(() => rows.count()).toBe(4);
    expect(await rows.filter({ hasText: 'admin-token' }).innerText()).toMatch(/yours \(in use\)/);
    expect(await rows.filter({ hasText: 'viewer-token' }).innerText()).toMatch(/viewer/);

    await page.getByLabel('For whom or what').fill('ci');
    await page.getByLabel('Role').selectOption('editor');
    await page.getByLabel('Expires on (optional)').fill('2025-06-01');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'shown only this once' });
    await eventually(() => shown.count()).toBe(1);
    const secret = await shown.locator('code').innerText();
    await eventually(() => rows.count()).toBe(5);
    expect(await rowOf('ci').innerText()).toMatch(/editor[\s\S]*never[\s\S]*1 Jun 2025/);
    // The new token works, as an editor.
    const who = await fetch(`${url}/api/v1/console/session`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(await who.json()).toMatchObject({ name: 'ci', role: 'editor' });
    expect(await axeViolations(page)).toEqual([]);

    // Revoked, it stops working at once.
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Revoke ci' }).click();
    await eventually(() => rowOf('ci').innerText()).toMatch(/revoked/);
    const refused = await fetch(`${url}/api/v1/console/session`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.status).toBe(401);
    expect(errors).toEqual([]);
  });
});
