import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { resolvePointer } from '../../engine/plan/document/plan-summary.ts';
import { loadModel } from '../../model/index.ts';
import { changeOfSaving, money, roundMoney, signedExactMoney, signedMoney } from './doc-figures.ts';
import { renderPlanHtml } from './render-plan-html.ts';
import { renderPlanMarkdown } from './render-plan-markdown.ts';

type Figure = PlanDocument['summary']['figures'][number];

function example(name: string): PlanDocument {
  const folder = new URL(`../../../examples/${name}/`, import.meta.url).pathname;
  const sources = readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `examples/${name}/${f}`, text: readFileSync(join(folder, f), 'utf8') }));
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error(`examples/${name} does not load`);
  return buildPlanDocument(loaded.model, { generatedOn: '2026-01-01' });
}

/**
 * The figure as the body writes it (exact, a change with its sign), and the forms the summary
 * may show it in (money in whole units, a change with its sign).
 */
const exact = (f: Figure) =>
  typeof f.value !== 'object'
    ? String(f.value)
    : f.id.endsWith('change')
      ? signedExactMoney(f.value)
      : money(f.value);
const headlines = (f: Figure) =>
  typeof f.value === 'object'
    ? [roundMoney(f.value), signedMoney(f.value), signedMoney(changeOfSaving(f.value))]
    : [String(f.value)];

/** The Markdown of each section, by its anchor. */
function markdownSections(markdown: string): Map<string, string> {
  const parts = markdown.split(/^<a id="([a-z0-9-]+)"><\/a>$/m);
  const out = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i] as string, parts[i + 1] ?? '');
  return out;
}

/** The text of each `<section id>` of the HTML, tags removed, entities of money undone. */
function htmlSections(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of page.matchAll(/<section id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/section>/g))
    out.set(m[1] as string, (m[2] as string).replace(/<[^>]+>/g, '').replace(/&#x2d;|&#45;/g, '-'));
  return out;
}

/** A change of nothing: the section shows it as two equal figures, not as 0.00. */
const noChange = (f: Figure) =>
  /(change|saving)$/.test(f.id) && typeof f.value === 'object' && Number(f.value.amount) === 0;

const NUMBER = /^[-+]?\d[\d,]*(\.\d+)?( [A-Z]{3})?$/;

/**
 * Issue #13, items 2 and 9: every figure of the summary is the body's. Each one the summary
 * shows links to a section that shows the same value (to the cent), comes from the one place of
 * the document its pointer names, and no number links from the summary without being one of
 * them — in the Markdown and in the HTML alike.
 */
describe.each(['acme', 'startup', 'startup-target'])('the summary of examples/%s', (name) => {
  const doc = example(name);
  const figures = doc.summary.figures;

  it('has figures, each the value at its source', () => {
    expect(figures.length).toBeGreaterThan(4);
    for (const f of figures) expect(resolvePointer(doc, f.source), f.id).toEqual(f.value);
  });

  it('shows in the Markdown each linked figure as its section does', () => {
    const sections = markdownSections(renderPlanMarkdown(doc));
    const summary = sections.get('summary') ?? '';
    const linked = [...summary.matchAll(/\[([^\]]+)\]\(#([a-z0-9-]+)\)/g)].filter((m) =>
      NUMBER.test(m[1] as string),
    );
    expect(linked.length).toBeGreaterThan(4);
    for (const [, shown, anchor] of linked) {
      const figure = figures.find(
        (f) => f.anchor === anchor && headlines(f).includes(shown as string),
      );
      expect(figure, `${shown} → #${anchor} is no figure of the summary`).toBeDefined();
      if (figure && !noChange(figure))
        expect(sections.get(anchor as string), figure.id).toContain(exact(figure));
    }
  });

  it('shows in the HTML each linked figure as its section does', async () => {
    const page = await renderPlanHtml(doc);
    const sections = htmlSections(page);
    const summary = page.slice(page.indexOf('<section id="summary"'));
    const links = [
      ...summary.matchAll(/<a href="#([a-z0-9-]+)" data-source="([^"]+)">([^<]*)<\/a>/g),
    ];
    expect(links.length).toBeGreaterThan(4);
    for (const [, anchor, source, shown] of links) {
      const figure = figures.find((f) => f.source === source);
      expect(figure, source).toBeDefined();
      if (!figure) continue;
      expect(anchor).toBe(figure.anchor);
      expect(headlines(figure)).toContain(shown);
      if (!noChange(figure))
        expect(sections.get(figure.anchor), figure.id).toContain(exact(figure));
    }
  }, 60_000);
});
