import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import type { PlanSection } from './plan-section.ts';
import { PLAN_SECTIONS } from './plan-sections.ts';
import { renderPlanHtml } from './render-plan-html.ts';
import { renderPlanMarkdown } from './render-plan-markdown.ts';

function plan(docs = tinyOrg()) {
  return buildPlanDocument(modelOf(docs), { generatedOn: '2026-01-01' });
}

describe('the plan sections', () => {
  it('have unique ids, the appendix heading apart', () => {
    const ids = PLAN_SECTIONS.map((s) => s.id).filter((id) => id !== 'header');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PLAN_SECTIONS.filter((s) => s.id !== 'header').map((s) => [s.id, s] as const))(
    'section %s has a heading and a one-line explanation for the reader',
    (_id, section) => {
      const markdown = section.render(plan());
      if (markdown === undefined) return;
      const [heading, blank, explanation] = markdown.split('\n');
      expect(heading).toMatch(/^## \S/);
      expect(blank).toBe('');
      expect(explanation).toMatch(/^_[^\n]+_$/);
    },
  );
});

describe('renderPlanMarkdown', () => {
  it('opens with the summary, then the decisions, then the detail in the appendix', () => {
    const markdown = renderPlanMarkdown(plan());
    const headings = markdown.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings.slice(0, 6)).toEqual([
      '# Operating model plan: pd',
      '## Summary',
      '## Where SRE sits: the options (§12.4.4–§12.4.8, §12.7)',
      '## Cost of the operating model per year',
      '## Business case (§12.8.5, §12.4.6)',
      '## Risk register',
    ]);
    const appendix = headings.indexOf('# Appendix');
    expect(appendix).toBeGreaterThan(headings.indexOf('## Findings'));
    expect(
      headings.indexOf('## Recommendation per service (§12.2.2, §12.5, §12.6)'),
    ).toBeGreaterThan(appendix);
    expect(headings.at(-1)).toBe('## Glossary');
    expect(markdown).toContain(
      '| `cart` | `shop` | 99.95% (high) | high | `you-and-sre-run-it` | `shop-oncall` (team) | `you-and-sre-run-it` | team |',
    );
  });

  it('puts an anchor before every section, and every link of the document points at one', () => {
    const markdown = renderPlanMarkdown(plan());
    const anchors = new Set([...markdown.matchAll(/<a id="([a-z-]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...markdown.matchAll(/\]\(#([a-z-]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });

  it('composes whatever sections it is given, and leaves out those with nothing to say', () => {
    const doc = plan();
    const extra: PlanSection = {
      id: 'checks',
      render: (d) => `## Staffing\n\n_How many SREs._\n\n${d.meta.counts.people} people`,
    };
    const silent: PlanSection = { id: 'glossary', render: () => undefined };
    expect(renderPlanMarkdown(doc, [silent, extra])).toBe(
      '<a id="checks"></a>\n\n## Staffing\n\n_How many SREs._\n\n11 people\n',
    );
  });

  it('leaves out the sections an organization without SRE has nothing for', () => {
    const docs = tinyOrg()
      .filter((d) => !(d.kind === 'Organization' && d.name === 'sre'))
      .filter((d) => !(d.kind === 'Team' && d.name === 'sre-core'))
      .filter((d) => !(d.kind === 'Person' && ['sam', 'sre-head'].includes(d.name)));
    let noSre = patch(docs, 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined });
    noSre = patch(noSre, 'Rotation', 'shop-oncall', { members: ['dan'] });
    const markdown = renderPlanMarkdown(plan(noSre));
    expect(markdown).not.toContain('## Where the SRE teams sit');
    expect(markdown).not.toContain('## Positioning of SRE');
    expect(markdown).toContain('**Not needed.**');
    expect(markdown).toContain('| Development organization reporting line |');
    expect(markdown).not.toContain('SRE organization reporting line');
    expect(markdown).toContain('**Recommended: SRE in the development organization.**');
  });

  it('reports findings in a table and as risks', () => {
    const markdown = renderPlanMarkdown(
      plan(patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 1 })),
    );
    expect(markdown).toContain('| **error** | `over-headcount-limit` | Organization `dev` |');
    expect(markdown).toContain('An organization over its head count limit');
  });

  it('keeps hostile display names from breaking tables or injecting markup', async () => {
    const docs = patch(tinyOrg(), 'Person', 'sre-head', {
      displayName: 'Eve | <script>alert(1)</script> **x**',
    });
    const doc = plan(patch(docs, 'Team', 'sre-core', { manager: 'sre-head' }));
    const markdown = renderPlanMarkdown(doc);
    expect(markdown).toContain('Eve \\| \\<script\\>alert(1)\\</script\\> \\*\\*x\\*\\*');
    const html = await renderPlanHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Eve | &lt;script&gt;alert(1)&lt;/script&gt; **x**');
  });
});
