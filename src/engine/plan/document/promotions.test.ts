import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../../test/support/acme-sources.ts';
import { loadModel } from '../../../model/index.ts';
import { renderPlanMarkdown } from '../../../report/plan/render-plan-markdown.ts';
import { buildPlanDocument } from './build-plan-document.ts';
import { PlanDocumentSchema } from './plan-document-schema.ts';

/** examples/acme, its people.yaml passed through `edit`. */
function acmePlan(edit: (people: string) => string = (t) => t) {
  const sources = acmeSources().map((s) =>
    s.name.endsWith('/people.yaml') ? { ...s, text: edit(s.text) } : s,
  );
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error('examples/acme does not load');
  return buildPlanDocument(loaded.model, { generatedOn: '2026-01-01' });
}

/** Adds career evidence to one person, right after their years of experience. */
function withEvidence(person: string, evidence: string) {
  return (text: string) => {
    const at = text.indexOf(`metadata: { name: ${person} }`);
    const years = text.indexOf('experienceYears:', at);
    const end = text.indexOf('\n', years);
    return `${text.slice(0, end)}\n  careerEvidence: ${evidence}${text.slice(end)}`;
  };
}

const MEETS_ALL =
  '{ nextLevelWorkMonths: 8, influenceBeyondScope: true, communication: true, supportiveFeedbackMonths: 6, seeksResponsibility: true, mentees: [{ person: jana-novak, feedback: positive }] }';

const hiringDecision = (doc: ReturnType<typeof acmePlan>) =>
  doc.summary.decisions.find((d) => d.id === 'hiring');

describe('promotion before a hire (§12.10.2)', () => {
  it('asks acme to confirm the criteria of its spare seniors before hiring a principal SRE', () => {
    const doc = acmePlan();
    expect(PlanDocumentSchema.safeParse(doc).success).toBe(true);
    const [p] = doc.promotions;
    expect(p).toMatchObject({ level: 'principal', from: 'senior', hires: 1, advice: 'assess' });
    const roles = doc.staffing.headcount.roles;
    const lent = roles.senior.holdingBelow.reduce((n, h) => n + h.count, 0);
    expect(p?.spare).toBe(roles.senior.current - roles.senior.needed - lent);
    expect(p?.candidates.map((c) => c.person).sort()).toEqual([...roles.senior.people].sort());
    // Those where the hire is come first.
    expect(p?.candidates.slice(0, 2).map((c) => c.location)).toEqual(['Berlin', 'Berlin']);
    const decision = hiringDecision(doc);
    expect(decision?.tradeOff).toMatch(/^Grow before you hire/);
    expect(decision?.tradeOff).toContain('Katrin Berger and Ahmed Hassan at Berlin');
    expect(decision?.tradeOff).toContain('hire only if none does');
    // acme's spare juniors are no candidates: a promotion is one level up (§12.10.2).
    expect(roles.junior.current).toBeGreaterThan(roles.junior.needed);
    expect(decision?.tradeOff).not.toContain('junior');
    const limits = doc.summary.decisions.find((d) => d.id === 'limits-sre');
    expect(limits?.proposal).toContain('keeps it within the limit');
    // The head count risk offers the same way out as the decisions.
    const breach = doc.risks.find((r) => r.source === 'headcount-breach');
    expect(breach?.mitigation).toMatch(/^Promote a spare SRE the hiring decision names/);
  });

  it('names the senior who meets every criterion and recommends promoting them', () => {
    const doc = acmePlan(withEvidence('ahmed-hassan', MEETS_ALL));
    const [p] = doc.promotions;
    expect(p?.advice).toBe('promote');
    expect(p?.candidates[0]).toMatchObject({
      person: 'ahmed-hassan',
      verdict: 'meets',
      unmet: [],
      unknown: [],
    });
    expect(hiringDecision(doc)?.tradeOff).toContain(
      'Ahmed Hassan at Berlin meets every criterion for principal SRE: promote before hiring — no hire, no head added',
    );
    expect(renderPlanMarkdown(doc)).toContain(
      '| Ahmed Hassan | Berlin | 7 years | meets every criterion |',
    );
  });

  it('hires when no spare senior meets the criteria, and says what each lacks', () => {
    const doc = acmePlan((text) => text.replaceAll(/experienceYears: \d+/g, 'experienceYears: 4'));
    const [p] = doc.promotions;
    expect(p?.advice).toBe('hire');
    expect(p?.candidates.every((c) => c.verdict === 'does-not-meet')).toBe(true);
    const decision = hiringDecision(doc);
    expect(decision?.tradeOff).toMatch(/^Not settled/);
    expect(decision?.tradeOff).toContain('none meets the criteria for principal SRE yet');
    expect(decision?.tradeOff).toContain('years of experience (4 years of experience)');
    const limits = doc.summary.decisions.find((d) => d.id === 'limits-sre');
    expect(limits?.proposal).not.toContain('promoting');
    const breach = doc.risks.find((r) => r.source === 'headcount-breach');
    expect(breach?.mitigation).toMatch(/^Raise the limit/);
  });

  it('offers no promotion where the level below has nobody to spare', () => {
    // Three seniors for three domains: none to spare.
    const doc = acmePlan((text) =>
      ['katrin-berger', 'ahmed-hassan', 'james-walker', 'mei-ling-chen'].reduce((t, name) => {
        const at = t.indexOf(`metadata: { name: ${name} }`);
        const level = t.indexOf('level: senior', at);
        return `${t.slice(0, level)}level: junior${t.slice(level + 'level: senior'.length)}`;
      }, text),
    );
    expect(doc.staffing.headcount.roles.senior.current).toBe(
      doc.staffing.headcount.roles.senior.needed,
    );
    expect(doc.promotions).toEqual([]);
    expect(hiringDecision(doc)?.tradeOff ?? '').not.toContain('Grow before you hire');
  });
});
