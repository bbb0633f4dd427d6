// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText is the text as rendered.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrg } from '../../bench/generate-org.ts';
import { ensureConsoleBuilt } from '../support/built-console.ts';
import { launchChromium } from '../support/chromium.ts';
import { axeViolations, collectErrors, eventually } from '../support/console-browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// A long overview (300 services) draws its rows a batch at a time as the page scrolls.
let browser: Browser;
let t: TestApp;
let url: string;

beforeAll(async () => {
  await ensureConsoleBuilt();
  browser = await launchChromium();
  t = await startTestApp();
  const stored = await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: {
      message: 'large',
      sources: [
        {
          name: 'org.yaml',
          text: generateOrg({ teams: 60, peoplePerTeam: 5, servicesPerTeam: 5 }),
        },
      ],
    },
  });
  expect(stored.statusCode, stored.body).toBe(201);
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the console’s overview of 300 services', { timeout: 120_000 }, () => {
  it('draws the first rows at once and the rest as the page scrolls, counting all of them', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = collectErrors(page);
    await page.goto(`${url}/#token=${t.tokens.viewer}`);
    const table = page.locator('table.services');
    const rows = table.locator('tbody tr');
    await eventually(() => table.getAttribute('aria-rowcount')).toBe('301');
    await eventually(() => rows.count()).toBe(50);
    expect(await rows.last().getAttribute('aria-rowindex')).toBe('51');
    expect(await page.locator('.rows-note').innerText()).toMatch(
      /^50 of 300 services drawn; the rest appear as you scroll\. Show all 300$/,
    );
    // Scrolling down draws more before the reader gets there.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await eventually(() => rows.count()).toBeGreaterThan(50);
    // A filter narrows the whole table, not only the rows drawn.
    await page.locator('select[name="team"]').selectOption('t59');
    await eventually(() => rows.count()).toBe(5);
    expect(await table.getAttribute('aria-rowcount')).toBe('6');
    expect(await page.locator('.rows-note').count()).toBe(0);
    // Back to every service, and all of them at the press of a button (keyboard users, find).
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator('select[name="team"]').selectOption('');
    await eventually(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Show all 300' }).click();
    await eventually(() => rows.count()).toBe(300);
    expect(await rows.last().getAttribute('aria-rowindex')).toBe('301');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
