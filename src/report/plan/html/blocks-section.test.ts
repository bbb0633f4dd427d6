import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../engine/plan/document/build-plan-document.ts';
import { loadModel } from '../../../model/index.ts';
import {
  blockMarkdown,
  em,
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
import { planParts } from '../render-plan-html.ts';
import { blocksHtml } from './blocks-section.ts';

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

describe('sections written as blocks (issue #13 item 8, #15: no Markdown parsed back into HTML)', () => {
  it('writes inline text, code and emphasis as marked does, escaping whatever could be markup', () => {
    const cells: Inline[] = [
      `it's "quoted" & <b>bold</b> _under_ a_b * [x](y) | pipe \\ back #1`,
      ['a\n  b', mono('x`<y>'), ' ', strong([mono('model'), ' & more'])],
      em(['Basis: ', mono('a_b'), ' *not bold*']),
      strong('none'),
    ];
    const headers: Inline[] = [literal('#'), 'Two § <i>', mono('Three'), ['Four ', em('(today)')]];
    const markdown = table(headers.map(inlineMarkdown), [cells.map(inlineMarkdown)]);
    expect(tableHtml({ headers, rows: [cells] })).toBe(viaMarked(markdown));
    expect(inlineHtml(cells[0] as Inline)).not.toContain('<b>');
    // No rows: a head alone.
    expect(tableHtml({ headers, rows: [] })).toBe(
      viaMarked(table(headers.map(inlineMarkdown), [])),
    );
    // A list and a paragraph of the same cells; ` -> ` kept as it is written.
    const items = [...cells, [mono('a'), literal(' -> '), 'b_']];
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

    it("has the same HTML from each section's blocks as marked makes of its Markdown", () => {
      // Only the header, the summary, the appendix's heading and the glossary are written by
      // components of their own; every other section is blocks.
      expect(PLAN_SECTIONS.filter((s) => !s.blocks).map((s) => s.id)).toEqual([
        'header',
        'summary',
        'header',
        'glossary',
      ]);
      for (const s of PLAN_SECTIONS.filter((s) => s.blocks)) {
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
  });

  it('refuses a section with no blocks rather than parse its Markdown back', async () => {
    const doc = corpusPlan('payments');
    const markdownOnly = { id: 'funding' as const, render: () => '## Funding\n\n_why_' };
    await expect(planParts(doc, { charts: [], sections: [markdownOnly] })).rejects.toThrow(
      'plan section funding has no blocks to write as HTML',
    );
  });
});
