import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../../test/support/acme-sources.ts';
import { modelOf, patch, tinyOrg } from '../../../../test/support/docs-model.ts';
import {
  loadModel,
  type CompiledModel as Model,
  PERSON_ROLES,
  practicesSreOnServices,
} from '../../../model/index.ts';
import { renderPlanMarkdown } from '../../../report/plan/render-plan-markdown.ts';
import { buildPlanDocument } from './build-plan-document.ts';
import { type PlanDocument, PlanDocumentSchema } from './plan-document-schema.ts';
import { MEANINGFUL_ONCALL_SAVING_PERCENT, resolvePointer } from './plan-summary.ts';

/** examples/acme, its people.yaml passed through `edit`. */
function acme(edit: (people: string) => string = (t) => t): Model {
  const loaded = loadModel(
    acmeSources().map((s) => (s.name.endsWith('/people.yaml') ? { ...s, text: edit(s.text) } : s)),
  );
  if (!loaded.ok) throw new Error('examples/acme does not load');
  return loaded.model;
}

/** The roles that practise SRE on services, read from the model's vocabulary of roles. */
const SERVICE_SRE_ROLES = new Set<string>(PERSON_ROLES.filter((r) => practicesSreOnServices(r)));

const amount = (m: { amount: string }) => Math.round(Number(m.amount) * 100);

const cases: readonly [string, () => PlanDocument][] = [
  ['examples/acme', () => buildPlanDocument(acme(), { generatedOn: '2026-01-01' })],
  ['a small organization', () => buildPlanDocument(modelOf(tinyOrg()))],
  [
    'an organization over its head count limit',
    () =>
      buildPlanDocument(modelOf(patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 1 }))),
  ],
];

describe.each(cases)('the plan document of %s', (_name, build) => {
  const doc = build();

  it('is exactly what its schema says: every key, no other', () => {
    const parsed = PlanDocumentSchema.safeParse(JSON.parse(JSON.stringify(doc)));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });

  it('takes each figure of the summary from its single source, and shows it', () => {
    const markdown = renderPlanMarkdown(doc);
    for (const figure of doc.summary.figures) {
      expect(resolvePointer(doc, figure.source), figure.id).toEqual(figure.value);
      if (typeof figure.value === 'number')
        expect(markdown).toContain(`[${figure.value}](#${figure.anchor})`);
    }
  });

  it('adds up: cost lines to totals, the change to target − today, SRE cost to the target without operations', () => {
    for (const b of [doc.cost.today, doc.cost.target]) {
      expect(b.lines.reduce((n, l) => n + amount(l.perYear), 0)).toBe(amount(b.total));
      expect(b.lines.reduce((n, l) => n + l.people, 0)).toBe(b.people);
    }
    expect(amount(doc.cost.change)).toBe(
      amount(doc.cost.target.total) - amount(doc.cost.today.total),
    );
    // Not SRE's: operations, the thin layer's hires, developers' and operations' on-call pay.
    const notSre = doc.cost.target.lines
      .filter((l) =>
        ['operations-salaries', 'thin-layer-hires', 'oncall-compensation'].includes(l.id),
      )
      .reduce((n, l) => n + amount(l.perYear), 0);
    expect(doc.businessCase.sreInTarget).toBe(true);
    expect(amount(doc.businessCase.sreCostPerYear)).toBe(amount(doc.cost.target.total) - notSre);
  });

  it('reconciles the hiring list with the gaps per location and the funding', () => {
    const { headcount, hiring, funding } = doc.staffing;
    for (const role of Object.values(headcount.roles)) {
      const hires = hiring.filter((h) => h.level === role.level);
      const promoted = doc.promotions
        .filter((p) => p.level === role.level)
        .reduce((n, p) => n + p.promoted, 0);
      // Places nobody holds at their site, less those held from above and those the level's
      // SREs beyond another site's places take: only those no rotation needs there (§12.6).
      const open = role.byLocation.reduce((n, l) => n + Math.max(0, l.needed - l.current), 0);
      const held = role.heldAbove.reduce((n, h) => n + h.count, 0);
      expect(role.short).toBe(open - held - role.redeploy);
      expect(hires.reduce((n, h) => n + h.count, 0) + promoted).toBe(role.short);
      for (const h of hires) {
        const at = role.byLocation.find((l) => l.location === h.location);
        expect(h.count).toBeLessThanOrEqual((at?.needed ?? 0) - (at?.current ?? 0));
      }
    }
    const hired = hiring.reduce((n, h) => n + h.count, 0);
    for (const f of funding) {
      expect(f.planned.headcount - f.current.headcount).toBe(f.hires);
      expect(f.hires).toBeLessThanOrEqual(hired);
    }
    const line = doc.cost.target.lines.find((l) => l.id === 'new-hires');
    const director =
      doc.newDirector.organizations.some((o) => o.runsSreTeamModels && o.head === null) &&
      doc.newDirector.needed
        ? 1
        : 0;
    expect(line?.people ?? 0).toBe(hired + director);
  });

  it('marks exactly one placement option, the one the summary names', () => {
    const marked = doc.placementOptions.options.filter((o) => o.recommended);
    expect(marked.map((o) => o.home)).toEqual([doc.placementOptions.recommended]);
    expect(doc.summary.placement.home).toBe(doc.placementOptions.recommended);
  });

  it('puts each placement option in the SRE identity triangle (§12.7.2), beside its identity', () => {
    const axes = doc.placementOptions.options.map((o) => [o.home, o.identityTriangle.highest]);
    expect(axes).toEqual(
      expect.arrayContaining([
        ['development', 'product'],
        ['operations', 'incidents'],
        ['sre', 'reliability-user-experience'],
      ]),
    );
    expect(axes).toHaveLength(3);
    const md = renderPlanMarkdown(doc);
    expect(md).toContain('| SRE identity triangle (§12.7.2) |');
    expect(md).toContain(
      'the SREs’ identity should encompass the product, incidents and the reliability user experience',
    );
  });

  it('asks to move to the optimized on-call design only for a reason it states with its figure', () => {
    const proposal = doc.summary.decisions.find((d) => d.id === 'oncall-design')?.proposal;
    if (!doc.onCallCost.ok || proposal === undefined) return;
    const { savingVsCurrent: saving, vsCurrent } = doc.onCallCost.cost;
    const night = vsCurrent.peopleOnCallAtNight;
    const meaningful = saving.percent >= MEANINGFUL_ONCALL_SAVING_PERCENT;
    if (proposal.startsWith('Move')) {
      const reason =
        meaningful || night.design < night.against || /short of people today/.test(proposal);
      expect(reason, proposal).toBe(true);
    } else {
      expect(proposal).toMatch(
        /^Keep today’s rotations: .* saves only [\d,.]+ \w+ per month \([\d.]+ %/,
      );
      expect(meaningful).toBe(false);
    }
  });

  it('lists risks most serious first, each with a mitigation and a section', () => {
    const score = { low: 1, medium: 2, high: 3 } as const;
    const scores = doc.risks.map((r) => score[r.likelihood] * score[r.impact]);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of doc.risks) {
      expect(r.mitigation).not.toBe('');
      expect(r.section).toMatch(/^§12/);
    }
    expect(doc.summary.topRisks).toEqual(doc.risks.slice(0, 5).map((r) => r.id));
  });
});

describe('buildPlanDocument', () => {
  it('registers a head count breach of the hiring list as a risk and asks for the decision', () => {
    // No senior has the years a principal SRE needs: the principal place is hired for.
    const doc = buildPlanDocument(
      acme((text) => text.replaceAll(/experienceYears: \d+/g, 'experienceYears: 4')),
    );
    const breach = doc.risks.find((r) => r.source === 'headcount-breach');
    expect(breach).toMatchObject({
      about: 'Organization sre',
      owner: 'Priya Raman',
      section: '§12.4.6',
    });
    expect(doc.summary.decisions.map((d) => d.id)).toContain('limits-sre');
  });

  it('keeps acme’s rotations: the optimized design saves 0.2 % with as many people at night', () => {
    const doc = buildPlanDocument(acme(), { generatedOn: '2026-01-01' });
    const decision = doc.summary.decisions.find((d) => d.id === 'oncall-design');
    expect(decision?.proposal).toContain('Keep today’s rotations');
    expect(decision?.proposal).toContain('saves only 25.71 EUR per month (0.2 %, below the 5 %');
  });

  it('flags a high-tier service nobody covers at night', () => {
    let docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage: '8x5' });
    docs = patch(docs, 'Service', 'cart', { availabilityTarget: 99.99 });
    const doc = buildPlanDocument(modelOf(docs));
    const night = doc.risks.find((r) =>
      r.source.split(', ').includes('night-coverage-of-high-tier'),
    );
    expect(night?.about).toBe('Service cart');
  });

  it('recommends the development organization for SRE when the organization needs one SRE team and has no SRE organization', () => {
    const docs = tinyOrg()
      .filter((d) => !(d.kind === 'Organization' && d.name === 'sre'))
      .filter((d) => !(d.kind === 'Team' && d.name === 'sre-core'))
      .filter((d) => !(d.kind === 'Person' && ['sam', 'sre-head'].includes(d.name)));
    let noSre = patch(docs, 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined });
    noSre = patch(noSre, 'Rotation', 'shop-oncall', { members: ['dan'] });
    const doc = buildPlanDocument(modelOf(noSre));
    expect(doc.placementOptions.current).toBeNull();
    expect(doc.placementOptions.recommended).toBe('development');
  });

  it('keeps a dedicated SRE organization where SRE sits today', () => {
    expect(buildPlanDocument(acme()).placementOptions).toMatchObject({
      current: 'sre',
      recommended: 'sre',
    });
  });

  it('states the break-even of SRE from the revenue of the services it protects', () => {
    const doc = buildPlanDocument(acme());
    const perHour = amount(doc.businessCase.revenuePerHour);
    expect(perHour).toBe(
      doc.businessCase.services.reduce((n, s) => n + amount(s.revenuePerHour), 0),
    );
    expect(doc.businessCase.breakEvenHoursPerYear).toBeCloseTo(
      amount(doc.businessCase.sreCostPerYear) / perHour,
      2,
    );
  });

  it('says why the business case cannot be put in money when no protected service states its revenue', () => {
    const doc = buildPlanDocument(modelOf(tinyOrg()));
    expect(doc.businessCase.breakEvenHoursPerYear).toBeNull();
    expect(doc.businessCase.verdict).toContain('State revenuePerHour');
  });
});

describe('the operating cost of open positions (examples/startup-target)', () => {
  const folder = new URL('../../../../examples/startup-target/', import.meta.url).pathname;
  const sources = readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') }));
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error('examples/startup-target does not load');
  const doc = buildPlanDocument(loaded.model, { generatedOn: '2026-01-01' });
  const open = [...loaded.model.people.values()].filter((p) => p.spec.openPosition === true);

  it('counts the people in place today, and adds the hiring list and other open positions once', () => {
    expect(open.length).toBeGreaterThan(0);
    const hires = doc.staffing.hiring.reduce((n, h) => n + h.count, 0);
    // Open positions of the roles that practise SRE on services are hires of the hiring list
    // (its gaps count them); every other role's open position is priced as itself.
    const openElsewhere = open.filter((p) => !SERVICE_SRE_ROLES.has(p.spec.role ?? 'developer'));
    const newHeads = doc.newDirector.needed
      ? doc.newDirector.organizations.filter((o) => o.runsSreTeamModels && o.head === null).length
      : 0;
    const salaried = (side: typeof doc.cost.today) =>
      side.lines.filter((l) => !l.id.startsWith('oncall-compensation') && l.id !== 'new-hires');
    expect(salaried(doc.cost.today).reduce((n, l) => n + l.people, 0)).toBe(
      salaried(doc.cost.target).reduce((n, l) => n + l.people, 0),
    );
    const added = doc.cost.target.lines.find((l) => l.id === 'new-hires');
    expect(added?.label).toContain('open position');
    expect(openElsewhere.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(openElsewhere.length);
    expect(added?.people).toBe(hires + openElsewhere.length + newHeads);
    expect(added?.basis).toContain('counted once');
    for (const l of salaried(doc.cost.today)) expect(l.basis).toContain('people in place');
  });

  it('prices every open position apart, for diff, and in neither total', () => {
    expect(doc.cost.openPositions?.id).toBe('open-positions');
    expect(doc.cost.openPositions?.people).toBe(open.length);
    for (const side of [doc.cost.today, doc.cost.target])
      expect(side.lines.map((l) => l.id)).not.toContain('open-positions');
  });
});
