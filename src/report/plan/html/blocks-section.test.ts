import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../engine/plan/document/build-plan-document.ts';
import { loadModel } from '../../../model/index.ts';
import {
  blockMarkdown,
  type Inline,
  inlineHtml,
  inlineMarkdown,
  joined,
  listHtml,
  literal,
  mono,
  paragraphHtml,
  strong,
  tableHtml,
} from '../blocks.ts';
import { list, table } from '../markdown.ts';
import { PLAN_SECTIONS } from '../plan-sections.ts';
import { renderPlanHtml } from '../render-plan-html.ts';
import { blocksHtml } from './markdown-section.ts';

const viaMarked = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });

/** An organization of the corpus, loaded as `whorunsit plan <folder>` loads it. */
function corpusPlan(name: string) {
  const folder = new URL(`../../../../test/corpus/${name}/`, import.meta.url).pathname;
  const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') }));
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error(`test/corpus/${name} does not load`);
  return buildPlanDocument(loaded.model, { generatedOn: '2026-03-01' });
}

describe('sections written as blocks (issue #15: no Markdown parsed back for large tables)', () => {
  it('writes inline text, code and emphasis as marked does, escaping whatever could be markup', () => {
    const cells: Inline[] = [
      `it's "quoted" & <b>bold</b> _under_ a_b * [x](y) | pipe \\ back #1`,
      ['a\n  b', mono('x`<y>'), ' ', strong([mono('model'), ' & more'])],
      '',
      strong('none'),
    ];
    const headers = ['#', 'Two §', '`Three`', 'Four'];
    const markdown = table(headers, [cells.map(inlineMarkdown)]);
    expect(tableHtml({ headers, rows: [cells] })).toBe(viaMarked(markdown));
    expect(inlineHtml(cells[0] as Inline)).not.toContain('<b>');
    // No rows: a head alone.
    expect(tableHtml({ headers, rows: [] })).toBe(viaMarked(table(headers, [])));
    // A list and a paragraph of the same cells; ` -> ` kept as it is written.
    const items = [...cells.filter((c) => c !== ''), [mono('a'), literal(' -> '), 'b_']];
    expect(listHtml({ items })).toBe(viaMarked(list(items.map(inlineMarkdown))));
    expect(listHtml({ items })).toContain('<code>a</code> -&gt; b_</li>');
    const paragraph = joined(items, '; ');
    expect(paragraphHtml({ paragraph })).toBe(viaMarked(inlineMarkdown(paragraph)));
    // Two lists with a blank line between are one loose list in Markdown.
    const two = [{ items: ['one', mono('two')] }, { items: [strong('three')] }];
    expect(listHtml(...two)).toBe(viaMarked(two.map((l) => blockMarkdown(l)).join('\n\n')));
  });

  describe.each(['scale-up', 'payments', 'insurer-today'])('on test/corpus/%s', (name) => {
    const doc = corpusPlan(name);
    const sections = PLAN_SECTIONS.filter((s) => s.blocks);

    it('has the same HTML from the blocks as from their Markdown through marked, table by table', () => {
      expect(sections.map((s) => s.id)).toEqual(
        expect.arrayContaining([
          'services',
          'checks',
          'oncall-designs',
          'rotation-sizes',
          'transitions',
          'risks',
          'chargeback',
          'placements',
          'spectrum-mix',
          'ops-run-issues',
          'model-comparison',
          'sre-capacity',
          'topology',
          'business-case',
        ]),
      );
      for (const s of sections) {
        const blocks = s.blocks?.(doc);
        const markdown = s.render(doc);
        if (!blocks || !markdown) {
          expect(blocks, s.id).toBeUndefined();
          continue;
        }
        const [heading, ...body] = markdown.split('\n');
        expect(heading, s.id).toBe(`## ${blocks.title}`);
        const direct = blocksHtml(blocks);
        expect(direct, s.id).toBe(viaMarked(body.join('\n')));
        if (s.id === 'services')
          for (const svc of doc.services)
            expect(direct).toContain(`<td><code>${svc.name}</code></td>`);
      }
    });

    it('makes the same page whether the large sections come from blocks or from Markdown', async () => {
      const markdownOnly = PLAN_SECTIONS.map((s) =>
        s.blocks ? { id: s.id, render: s.render } : s,
      );
      const fromBlocks = await renderPlanHtml(doc, { charts: [] });
      const fromMarkdown = await renderPlanHtml(doc, { charts: [], sections: markdownOnly });
      expect(fromBlocks.length).toBeGreaterThan(10_000);
      expect(fromBlocks).toBe(fromMarkdown);
    });
  });
});
