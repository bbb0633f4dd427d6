// `npm run screenshots`: pictures of the web console's pages for the README and docs, taken in
// headless Chromium against a real server on loopback with SQLite, serving the acme example
// with SLI samples made relative to now (one service over its budget for two periods, so SRE
// has handed it back), an incident and an alert. Writes docs/screenshots/*.png. Needs the built
// console (`npm run build:web`) and Debian's chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createToken } from '../src/server/auth/create-token.ts';
import { BURNING, overrideTomorrow, proposeRevision, seedDemo } from './demo-data.ts';
import { startFrozenClockApp } from './frozen-clock-app.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/screenshots');

const { app, store, now, close } = await startFrozenClockApp('whorunsit-screenshots-');
const admin = (await createToken({ db: store.db, name: 'sre-lead', role: 'admin', now })).token;

try {
  await seedDemo(app, admin, now);
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
    await page.goto(`${url}/on-call`);
    await page.locator('.timeline-row .shift').first().waitFor();
    await page.screenshot({ path: join(OUT, 'on-call.png'), fullPage: true });
    await page.goto(`${url}/organization`);
    await page.locator('.team-card').first().waitFor();
    await page.screenshot({ path: join(OUT, 'organization.png'), fullPage: true });
    await page.goto(`${url}/plan`);
    await page.locator('.plan-section').first().waitFor();
    await page.screenshot({ path: join(OUT, 'plan.png') });
    await page.goto(`${url}/revisions`);
    await page.locator('table.history tbody tr').first().waitFor();
    await page.screenshot({ path: join(OUT, 'revisions.png') });
    await page.goto(`${url}/tokens`);
    await page.locator('table.token-list tbody tr').first().waitFor();
    await page.screenshot({ path: join(OUT, 'tokens.png') });
    // An override stored (after the on-call picture, which shows the schedule as planned) and a
    // second one being filled in: the overrides panel an editor sees.
    await overrideTomorrow(app, admin, now);
    await page.goto(`${url}/on-call`);
    const overrides = page.locator('section[aria-labelledby="overrides-heading"]');
    await overrides.locator('ul.overrides li').first().waitFor();
    const form = overrides.locator('form.override-form');
    await form.getByLabel('Rotation').selectOption('orders-oncall');
    await form.getByLabel('Who takes over').selectOption({ index: 2 });
    await form.getByLabel('Why').fill('Katharina at the dentist');
    await page.evaluate('document.activeElement.blur()');
    await overrides.screenshot({ path: join(OUT, 'on-call-overrides.png') });
    // A second revision, taken last so every page above shows the agreed model: the
    // development team of checkout-web runs it alone from now on.
    await proposeRevision(app, admin);
    await page.goto(`${url}/revisions/compare?from=1&to=2`);
    await page.locator('.diff-entities').waitFor();
    await page.screenshot({ path: join(OUT, 'revision-compare.png'), fullPage: true });
    await page.goto(`${url}/plan/change?revision=1&target=2`);
    await page.locator('.plan-body.plan-section').waitFor();
    await page.screenshot({ path: join(OUT, 'change-plan.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/`);
    await page.locator('table.services tbody tr').first().waitFor();
    await page.screenshot({ path: join(OUT, 'overview-phone.png') });
    console.log(
      `wrote ${OUT}/{sign-in,overview,service,on-call,organization,plan,revisions,tokens,on-call-overrides,revision-compare,change-plan,overview-phone}.png`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await close();
}
