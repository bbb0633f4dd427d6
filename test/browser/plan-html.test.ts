import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../support/chromium.ts';
import { runCli } from '../support/fake-io.ts';

// Rendering the plan's charts and starting Chromium take seconds, many more on a loaded machine.
describe('the HTML plan in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every section of the acme plan as readable tables, with no script errors', async () => {
    const plan = await runCli(['plan', 'examples/acme', '--format', 'html']);
    expect(plan.code).toBe(0);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.setContent(plan.stdout, { waitUntil: 'load' });

    expect(await page.title()).toContain('Acme Product Delivery');
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings).toContain('Recommendation per service (§12.2.2, §12.5, §12.6)');
    // One row per service in the recommendation table, each visible on screen.
    const table = page.locator('#services table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(23);
    expect(await table.isVisible()).toBe(true);
    // Names from the model appear as text, not as markup.
    expect(await page.locator('body').textContent()).toContain('payment-gateway-api');
    // Every link of the summary lands on a section of the page.
    const targets = await page
      .locator('a[href^="#"]')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    expect(targets.length).toBeGreaterThan(5);
    for (const id of new Set(targets))
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws every chart as a visible, non-empty SVG with a title and a description', async () => {
    // With SLI samples, as examples/acme/plan.html is made: the error budget chart too.
    const plan = await runCli([
      'plan',
      'examples/acme',
      '--sli',
      'examples/acme/data/sli.csv',
      '--at',
      '2025-07-01T00:00:00Z',
      '--format',
      'html',
    ]);
    const page = await browser.newPage();
    await page.setContent(plan.stdout, { waitUntil: 'load' });
    const charts = await page.locator('figure.chart').evaluateAll((figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        const labelled = svg?.getAttribute('aria-labelledby') ?? '';
        const described = svg?.getAttribute('aria-describedby') ?? '';
        return {
          id: f.id,
          role: svg?.getAttribute('role'),
          title: svg?.querySelector(`[id="${labelled}"]`)?.textContent ?? '',
          desc: svg?.querySelector(`[id="${described}"]`)?.textContent ?? '',
          marks: svg?.querySelectorAll('[role="graphics-symbol"]').length ?? 0,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          caption: f.querySelector('figcaption')?.textContent ?? '',
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual([
      'chart-run-model-mix',
      'chart-operating-cost',
      'chart-error-budgets',
      'chart-headcount',
      'chart-oncall-load',
      'chart-oncall-design-cost',
    ]);
    for (const c of charts) {
      expect(c.role, c.id).toBe('img');
      expect(c.title.length, c.id).toBeGreaterThan(10);
      expect(c.desc.length, c.id).toBeGreaterThan(30);
      expect(c.marks, c.id).toBeGreaterThan(1);
      expect(c.width * c.height, c.id).toBeGreaterThan(100 * 50);
      expect(c.caption, c.id).toContain(c.title);
    }
    // The table of contents lists each section once, and leads to it.
    const toc = await page
      .locator('nav#contents a')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    expect(toc).toContain('summary');
    expect(toc).toContain('glossary');
    expect(new Set(toc).size).toBe(toc.length);
    await page.close();
  }, 120_000);

  it('prints to a PDF with the system Chromium', async () => {
    const run = await runCli(['plan', 'examples/acme', '--format', 'pdf'], {
      env: { CHROMIUM_PATH },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // A document of several pages, not a blank one.
    expect(run.bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(
      5,
    );
  }, 180_000);

  it('shows text from the model as text, never as markup', async () => {
    const hostile = [
      'apiVersion: whorunsit/v1',
      'kind: Organization',
      'metadata:',
      '  name: pd',
      '  displayName: "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>"',
      'spec: { type: product-delivery }',
      '',
    ].join('\n');
    const plan = await runCli(['plan', '-', '--format', 'html'], { stdin: hostile });
    expect(plan.code).toBe(0);
    const page = await browser.newPage();
    await page.setContent(plan.stdout, { waitUntil: 'load' });
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain(
      '<img src=x onerror=window.pwned=1>',
    );
    await page.close();
  }, 120_000);
});
