import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { analyzePlan } from '../../engine/plan/analyze-plan.ts';
import type { PlanSection } from './plan-section.ts';
import { PLAN_SECTIONS } from './plan-sections.ts';
import { renderPlanHtml } from './render-plan-html.ts';
import { renderPlanMarkdown } from './render-plan-markdown.ts';

function plan(docs = tinyOrg()) {
  const model = modelOf(docs);
  return { model, analysis: analyzePlan(model) };
}

describe('the plan sections', () => {
  it('have unique ids', () => {
    const ids = PLAN_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PLAN_SECTIONS.filter((s) => s.id !== 'header').map((s) => [s.id, s] as const))(
    'section %s has a heading and a one-line explanation for the reader',
    (_id, section) => {
      const { model, analysis } = plan();
      const markdown = section.render(model, analysis);
      if (markdown === undefined) return;
      const [heading, blank, explanation] = markdown.split('\n');
      expect(heading).toMatch(/^## \S/);
      expect(blank).toBe('');
      expect(explanation).toMatch(/^_[^\n]+_$/);
    },
  );
});

describe('renderPlanMarkdown', () => {
  it('fills in the chapter’s tables for the organization, in section order', () => {
    const { model, analysis } = plan();
    const markdown = renderPlanMarkdown(model, analysis);
    const headings = markdown.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings).toEqual([
      '# Operating model plan: pd',
      '## Two decisions (§12.8.2)',
      '## Who runs what today (§12.2)',
      '## The four models compared (§12.2.5)',
      '## Recommendation per service (§12.2.2, §12.5, §12.6)',
      '## Changes of model (§12.8.1)',
      '## Shared on-call capacity (§12.4.1)',
      '## Where the SRE teams sit (§12.4.4–§12.4.8)',
      '## Team topology (§12.7)',
      '## Reporting lines (§12.7.1)',
      '## A new director or VP for SRE? (§12.8.2)',
      '## Positioning of SRE (§12.8.4)',
      '## SRE teams (§12.4.1)',
      '## SRE head count by level (§12.10.2)',
      '## Hiring list (§12.10.2)',
      '## Rotation sizes (§12.6)',
      '## Chargeback for an average month (§12.4.7)',
      '## Findings',
    ]);
    expect(markdown).toContain(
      '| `cart` | `shop` | 99.95% (high) | high | `you-and-sre-run-it` | `shop-oncall` (team) | `you-and-sre-run-it` | team |',
    );
    expect(markdown.endsWith('No findings.\n')).toBe(true);
  });

  it('composes whatever sections it is given, and leaves out those with nothing to say', () => {
    const { model, analysis } = plan();
    const extra: PlanSection = {
      id: 'staffing',
      render: (m) => `## Staffing\n\n_How many SREs._\n\n${m.people.size} people`,
    };
    const silent: PlanSection = { id: 'silent', render: () => undefined };
    expect(renderPlanMarkdown(model, analysis, [silent, extra])).toBe(
      '## Staffing\n\n_How many SREs._\n\n5 people\n',
    );
  });

  it('leaves out the sections an organization without SRE has nothing for', () => {
    const docs = tinyOrg()
      .filter((d) => !(d.kind === 'Organization' && d.name === 'sre'))
      .filter((d) => !(d.kind === 'Team' && d.name === 'sre-core'))
      .filter((d) => !(d.kind === 'Person' && ['sam', 'sre-head'].includes(d.name)));
    let noSre = patch(docs, 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined });
    noSre = patch(noSre, 'Rotation', 'shop-oncall', { members: ['dan'] });
    const { model, analysis } = plan(noSre);
    const markdown = renderPlanMarkdown(model, analysis);
    expect(markdown).not.toContain('## Where the SRE teams sit');
    expect(markdown).not.toContain('## Positioning of SRE');
    expect(markdown).toContain('**Not needed.**');
    expect(markdown).toContain('| Development organization reporting line |');
    expect(markdown).not.toContain('SRE organization reporting line');
  });

  it('reports findings in a table', () => {
    const { model, analysis } = plan(
      patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 1 }),
    );
    expect(renderPlanMarkdown(model, analysis)).toContain(
      '| **error** | `over-headcount-limit` | Organization `dev` |',
    );
  });

  it('keeps hostile display names from breaking tables or injecting markup', () => {
    const docs = patch(tinyOrg(), 'Person', 'sre-head', {
      displayName: 'Eve | <script>alert(1)</script> **x**',
    });
    const { model, analysis } = plan(patch(docs, 'Team', 'sre-core', { manager: 'sre-head' }));
    const markdown = renderPlanMarkdown(model, analysis);
    expect(markdown).toContain('Eve \\| \\<script\\>alert(1)\\</script\\> \\*\\*x\\*\\*');
    const html = renderPlanHtml(model, analysis);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Eve | &lt;script&gt;alert(1)&lt;/script&gt; **x**');
  });
});

describe('renderPlanHtml', () => {
  it('is a standalone page with the same content as the Markdown', () => {
    const { model, analysis } = plan();
    const html = renderPlanHtml(model, analysis);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Operating model plan: pd</title>');
    expect(html).not.toMatch(/<script|<link|src=/);
    const markdownTables = renderPlanMarkdown(model, analysis).match(/^\| --- /gm)?.length;
    expect(html.match(/<table>/g)?.length).toBe(markdownTables);
    expect(html).toContain('<h2 id="findings">Findings</h2>');
  });
});
