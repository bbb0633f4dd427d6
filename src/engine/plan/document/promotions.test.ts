import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../../test/support/acme-sources.ts';
import { loadModel } from '../../../model/index.ts';
import { renderPlanMarkdown } from '../../../report/plan/render-plan-markdown.ts';
import { buildPlanDocument } from './build-plan-document.ts';
import { PlanDocumentSchema } from './plan-document-schema.ts';

/**
 * examples/acme with `sre-payments` on business hours: its SREs in Singapore and New York are no
 * longer needed there by a rotation, so they count toward Berlin's places (§12.6), the seniors
 * beyond Berlin's places hold no junior place, and one may grow into Berlin's principal place.
 */
function acmeSourcesFree() {
  return acmeSources().map((s) => {
    if (!s.name.endsWith('/rotations.yaml')) return s;
    const at = s.text.indexOf('metadata: { name: sre-payments }');
    const from = s.text.indexOf('coverage: 24x7\n  followTheSun: true', at);
    if (at < 0 || from < 0) throw new Error('examples/acme: sre-payments has changed');
    const to = from + 'coverage: 24x7\n  followTheSun: true'.length;
    return { ...s, text: `${s.text.slice(0, from)}coverage: 8x5${s.text.slice(to)}` };
  });
}

/** examples/acme (`acmeSourcesFree`), its people.yaml passed through `edit`. */
function acmePlan(edit: (people: string) => string = (t) => t) {
  const sources = acmeSourcesFree().map((s) =>
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
    expect(p).toMatchObject({
      level: 'principal',
      from: 'senior',
      hires: 1,
      promoted: 1,
      advice: 'assess',
      limitsIfHired: [{ organization: 'sre', headcount: 24, limit: 23 }],
    });
    const roles = doc.staffing.headcount.roles;
    const lent = roles.senior.holdingBelow.reduce((n, h) => n + h.count, 0);
    expect(p?.spare).toBe(roles.senior.current - roles.senior.needed - lent);
    expect(
      roles.senior.byLocation
        .filter((l) => l.location !== 'Berlin/Hamburg/Munich and 9 more')
        .map((l) => l.kept),
    ).toEqual([0, 0]);
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
    expect(decision?.tradeOff).toContain(
      'a hire in place of the promotion would take sre to 24 people against its limit of 23',
    );
    // No evidence for most criteria: the proposal is a question with the evidence to gather, not
    // a promotion decided (§12.10.2, as "no handback without evidence", §12.5).
    expect(decision?.proposal).not.toMatch(/^Promote/);
    expect(decision?.proposal).toMatch(
      /^Whether 1 senior SRE can take the principal SRE place instead of a hire is a question, not a decision: /,
    );
    const first = p?.candidates[0];
    for (const missing of first?.unknown ?? []) expect(decision?.proposal).toContain(missing);
    expect(first?.unknown.length).toBeGreaterThan(0);
    expect(decision?.proposal).toContain('Katrin Berger, Ahmed Hassan');
    expect(decision?.proposal).toContain('else hire for it');
  });

  it('hires only what no promotion fills: the hiring list, head count, cost and risks count the promotion', () => {
    const doc = acmePlan();
    // The principal place is short, and the promotion fills it: nobody is hired for it.
    expect(doc.staffing.headcount.roles.principal.short).toBe(1);
    expect(doc.staffing.hiring.filter((h) => h.level === 'principal')).toEqual([]);
    // The head count: sre stays at 23 of 23, so no decision asks to raise its limit…
    const sre = doc.staffing.funding.find((f) => f.organization === 'sre');
    expect(sre).toMatchObject({ hires: 0, breaksHeadcount: false });
    expect(sre?.planned.headcount).toBe(sre?.current.headcount);
    expect(doc.summary.decisions.find((d) => d.id === 'limits-sre')).toBeUndefined();
    expect(doc.summary.headcount.find((h) => h.organization === 'sre')).toMatchObject({
      planned: 23,
      breaks: false,
    });
    // … nor does the risk register say the hiring list breaks it; it names what rides on the
    // promotion instead.
    expect(doc.risks.find((r) => r.source === 'headcount-breach')).toBeUndefined();
    const unconfirmed = doc.risks.find((r) => r.source === 'promotion-unconfirmed');
    expect(unconfirmed?.mitigation).toContain("raise sre's limit from 23 to 24");
    // The cost: no hire's salary, the promotion's raise (principal at Berlin less her salary).
    const lines = doc.cost.target.lines.map((l) => l.id);
    expect(lines).not.toContain('new-hires');
    const raise = doc.cost.target.lines.find((l) => l.id === 'promotions');
    expect(raise?.people).toBe(0);
    expect(Number(raise?.perYear.amount)).toBeGreaterThan(0);
    expect(Number(raise?.perYear.amount)).toBeLessThan(130000);
    expect(doc.cost.target.people).toBe(doc.cost.today.people);
    const markdown = renderPlanMarkdown(doc);
    expect(markdown).toContain('No hires: promotions fill the places (below).');
    expect(markdown).not.toContain('| principal SRE | 1 | Berlin |');
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
    // The decision names who and cites the evidence of every criterion (§12.10.2).
    const proposal = hiringDecision(doc)?.proposal ?? '';
    expect(proposal).toMatch(
      /^Promote Ahmed Hassan into the principal SRE place, on the evidence of every §12\.10\.2 criterion \(Ahmed Hassan: /,
    );
    expect(p?.candidates[0]?.met.length).toBeGreaterThanOrEqual(7);
    for (const met of p?.candidates[0]?.met ?? []) expect(proposal).toContain(met);
    expect(proposal).toContain('six months of the level’s work (');
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
    // No promotion: the hire stays on the list, and takes sre over its limit.
    expect(p?.promoted).toBe(0);
    expect(doc.staffing.hiring.filter((h) => h.level === 'principal')).toHaveLength(1);
    const limits = doc.summary.decisions.find((d) => d.id === 'limits-sre');
    expect(limits?.proposal).toBe('Raise its head count limit from 23 to 24, or hire within it.');
    const breach = doc.risks.find((r) => r.source === 'headcount-breach');
    expect(breach?.mitigation).toMatch(/^Raise the limit/);
    expect(doc.risks.find((r) => r.source === 'promotion-unconfirmed')).toBeUndefined();
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

describe('a promotion’s raise against a budget (§12.10.2, §12.4.6)', () => {
  it('asks for the budget and names the risk when the raise alone takes an organization over it', () => {
    // acme's sre organization commits 2,396,000 EUR a year; a budget of 2,410,000 holds today
    // and not the 28,000 EUR raise of the promotion.
    const sources = acmeSourcesFree().map((s) =>
      s.name.endsWith('/organizations.yaml')
        ? { ...s, text: s.text.replace('amount: 2600000', 'amount: 2410000') }
        : s,
    );
    const loaded = loadModel(sources);
    if (!loaded.ok) throw new Error('examples/acme does not load');
    const doc = buildPlanDocument(loaded.model, { generatedOn: '2026-01-01' });
    const sre = doc.staffing.funding.find((f) => f.organization === 'sre');
    expect(sre).toMatchObject({ hires: 0, breaksBudget: true, breaksHeadcount: false });
    expect(sre?.planned.annualCost.amount).toBe('2424000.00');
    expect(doc.summary.decisions.find((d) => d.id === 'limits-sre')?.proposal).toBe(
      'Raise its budget to the planned cost, or fund the raises of its promotions elsewhere.',
    );
    const breach = (d: typeof doc) =>
      d.risks.find((r) => r.about === 'Organization sre' && r.source === 'headcount-breach');
    expect(breach(doc)?.title).toBe('Promotion raises take sre over its budget');
    // With today's budget the raise fits: no such decision or risk.
    const fits = acmePlan();
    expect(fits.summary.decisions.find((d) => d.id === 'limits-sre')).toBeUndefined();
    expect(breach(fits)).toBeUndefined();
  });
});
