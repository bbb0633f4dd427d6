import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../model/index.ts';
import { renderPlanMarkdown } from '../../../report/plan/render-plan-markdown.ts';
import { buildPlanDocument } from './build-plan-document.ts';
import type { PlanDocument } from './plan-document-schema.ts';
import { resolvePointer } from './plan-summary.ts';

const LEVELS = ['junior', 'senior', 'principal'] as const;
const cents = (m: { amount: string }) => Math.round(Number(m.amount) * 100);

/** An example (`acme`) or an organization of the corpus (`test/corpus/payments`). */
function example(name: string): PlanDocument {
  const path = name.includes('/') ? name : `examples/${name}`;
  const folder = new URL(`../../../../${path}/`, import.meta.url).pathname;
  const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `${path}/${f}`, text: readFileSync(join(folder, f), 'utf8') }));
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return buildPlanDocument(loaded.model, { generatedOn: '2026-01-01' });
}

/**
 * Issue #13, item 9: the document never contradicts itself. Each figure that appears in more
 * than one place is checked against its single source, in the body sections as in the summary.
 */
// acme and payments each grow a senior into a principal's place (§12.10.2).
// acme's spare seniors hold Berlin's junior places, and the Singapore and New York SREs whom
// sre-payments needs count for their own sites only (§12.6): it promotes nobody.
const PROMOTING = ['test/corpus/payments'];

describe.each(['acme', 'startup', 'startup-target', 'test/corpus/payments'])(
  'the plan of %s',
  (name) => {
    const doc = example(name);
    const markdown = renderPlanMarkdown(doc);
    const hires = (level?: string) =>
      doc.staffing.hiring
        .filter((h) => level === undefined || h.level === level)
        .reduce((n, h) => n + h.count, 0);

    it('hires, per level, exactly the gap of the head count table no promotion fills, and no one at a level with enough', () => {
      for (const level of LEVELS) {
        const role = doc.staffing.headcount.roles[level];
        const promoted = doc.promotions
          .filter((p) => p.level === level)
          .reduce((n, p) => n + p.promoted, 0);
        // The places nobody holds per location, less those held from above and those SREs of
        // the level beyond another site's places take (only those no rotation needs, §12.6).
        const open = role.byLocation.reduce((n, l) => n + Math.max(0, l.needed - l.current), 0);
        const held = role.heldAbove.reduce((n, h) => n + h.count, 0);
        expect(role.short, level).toBe(open - held - role.redeploy);
        const offered = level === 'junior' ? (doc.staffing.practice?.offered ?? 0) : 0;
        expect(hires(level) + promoted + offered, level).toBe(role.short);
        // The per-location rows add up to the level's totals.
        expect(
          role.byLocation.reduce((n, l) => n + l.current, 0),
          level,
        ).toBe(role.current);
        expect(
          role.byLocation.reduce((n, l) => n + l.needed, 0),
          level,
        ).toBe(role.needed);
      }
      // Every hire goes where a location lacks SREs of its level.
      for (const h of doc.staffing.hiring) {
        const at = doc.staffing.headcount.roles[h.level].byLocation.find(
          (l) => l.location === h.location,
        );
        expect(at && at.needed - at.current, `${h.level} at ${h.location}`).toBeGreaterThanOrEqual(
          h.count,
        );
      }
    });

    it('reconciles the hiring list with funding, the cost and the placement options', () => {
      for (const f of doc.staffing.funding) {
        const joining = doc.staffing.hiring
          .filter((h) => h.organization === f.organization)
          .reduce((n, h) => n + h.count, 0);
        // Hires of the hiring list, the open positions it does not fill and SRE teams that move
        // (funding-plan.ts).
        expect(f.planned.headcount - f.current.headcount, f.organization).toBe(
          f.hires + f.openPositions.length + f.movedIn - f.movedOut,
        );
        expect(f.hires, f.organization).toBeGreaterThanOrEqual(joining);
        expect(f.breaksHeadcount, f.organization).toBe(
          f.headcountLimit !== null && f.planned.headcount > f.headcountLimit,
        );
      }
      const newPeople = doc.cost.target.lines.find((l) => l.id === 'new-hires')?.people ?? 0;
      expect(newPeople).toBeGreaterThanOrEqual(hires());
      expect(doc.cost.target.people - doc.cost.today.people).toBe(newPeople);
      const current = doc.placementOptions.options.find((o) => o.current);
      const home =
        current?.organization &&
        doc.staffing.funding.find((f) => f.organization === current.organization);
      if (current && home) expect(current.headcount.organizationAfter).toBe(home.planned.headcount);
    });

    it('prices each promotion once: the same raise in funding and the operating cost, with its basis', () => {
      const promoted = doc.promotions.flatMap((p) =>
        p.candidates.slice(0, p.promoted).map((c) => ({ person: c.person, level: p.level })),
      );
      if (PROMOTING.includes(name)) expect(promoted.length).toBeGreaterThan(0);
      const raises = new Map<string, number>();
      for (const f of doc.staffing.funding) {
        const raised = f.promotions.reduce((sum, r) => sum + (r.perYear ? cents(r.perYear) : 0), 0);
        // A promotion adds no head: an organization that adds nobody changes its cost by the
        // raises alone.
        if (f.hires + f.openPositions.length + f.movedIn + f.movedOut === 0)
          expect(cents(f.planned.annualCost) - cents(f.current.annualCost), f.organization).toBe(
            raised,
          );
        for (const r of f.promotions) {
          expect(promoted, r.person).toContainEqual({ person: r.person, level: r.to });
          // Every organization that pays the person shows the same raise.
          const seen = raises.get(r.person);
          const here = r.perYear ? cents(r.perYear) : 0;
          if (seen !== undefined) expect(here, r.person).toBe(seen);
          raises.set(r.person, here);
          expect(here, r.basis).toBe((r.promoted.annual - r.today.annual) * 100);
          expect(markdown).toContain(r.basis);
        }
      }
      // Each promoted SRE is paid by an organization with a budget or limit here: the operating
      // cost's promotion line is the sum of the raises funding shows.
      expect([...raises.keys()].sort()).toEqual(promoted.map((p) => p.person).sort());
      const line = doc.cost.target.lines.find((l) => l.id === 'promotions');
      expect(line ? cents(line.perYear) : 0).toBe([...raises.values()].reduce((a, b) => a + b, 0));
      for (const f of doc.staffing.funding.filter((x) => x.promotions.length > 0))
        expect(line?.basis).toContain(f.promotions[0]?.basis);
    });

    it('adds the cost lines up to their totals, and the change to target minus today', () => {
      for (const side of [doc.cost.today, doc.cost.target]) {
        expect(side.lines.reduce((s, l) => s + cents(l.perYear), 0)).toBe(cents(side.total));
        expect(side.lines.reduce((n, l) => n + l.people, 0)).toBe(side.people);
      }
      expect(cents(doc.cost.change)).toBe(
        cents(doc.cost.target.total) - cents(doc.cost.today.total),
      );
      // Not SRE's: operations, other companies' contracts to run services, the thin layer's
      // hires and, with SRE in the target, the developers' and operations' on-call pay.
      const notSre = doc.cost.target.lines
        .filter(
          (l) =>
            l.id === 'operations-salaries' ||
            l.id === 'contracts' ||
            l.id === 'thin-layer-hires' ||
            (doc.businessCase.sreInTarget && l.id === 'oncall-compensation'),
        )
        .reduce((n, l) => n + cents(l.perYear), 0);
      expect(cents(doc.businessCase.sreCostPerYear)).toBe(cents(doc.cost.target.total) - notSre);
    });

    it('shows the same head count against limits in the summary, the funding table and the options', () => {
      expect(doc.summary.headcount).toEqual(
        doc.staffing.funding.map((f) => ({
          organization: f.organization,
          planned: f.planned.headcount,
          limit: f.headcountLimit,
          breaks: f.breaksHeadcount,
          breaksBudget: f.breaksBudget,
        })),
      );
      for (const f of doc.staffing.funding) {
        expect(markdown, f.organization).toContain(
          `| \`${f.organization}\` | ${f.costCenter ?? '–'} | ${f.current.headcount} → ${f.planned.headcount} |`,
        );
        if (f.headcountLimit !== null)
          expect(markdown).toContain(
            `\`${f.organization}\` ${f.planned.headcount} of ${f.headcountLimit}`,
          );
      }
    });

    it('takes every summary figure and every decision from the body it links to', () => {
      for (const figure of doc.summary.figures)
        expect(resolvePointer(doc, figure.source)).toEqual(figure.value);
      const hiring = doc.summary.decisions.find((d) => d.id === 'hiring');
      const promoted = doc.promotions.filter((p) => p.promoted > 0);
      if (hires() > 0 || promoted.length > 0) {
        for (const h of doc.staffing.hiring)
          expect(hiring?.proposal).toContain(`${h.count} ${h.level} SRE`);
        for (const p of promoted) {
          expect(hiring?.proposal).toContain(`the ${p.level} SRE place`);
          // Promoted on evidence, by name; else a question naming the evidence missing (§12.10.2).
          if (p.advice === 'promote') {
            for (const c of p.candidates.slice(0, p.promoted))
              expect(hiring?.proposal).toContain(c.name);
          } else {
            expect(hiring?.proposal).toContain('is a question, not a decision');
            for (const missing of p.candidates[0]?.unknown ?? [])
              expect(hiring?.proposal).toContain(missing);
          }
        }
      } else expect(hiring).toBeUndefined();
      // The head count table and its gaps in the body are the document's figures.
      for (const level of LEVELS) {
        const r = doc.staffing.headcount.roles[level];
        expect(markdown).toContain(`| ${level} SRE | ${r.units.length} `);
        expect(markdown).toContain(`| ${r.needed} | ${r.current} |`);
      }
    });

    it('never settles a hire that a surplus at another level or a head count limit puts in question', () => {
      const surplus = LEVELS.filter(
        (l) => doc.staffing.headcount.roles[l].current > doc.staffing.headcount.roles[l].needed,
      );
      const breach = doc.staffing.funding.some((f) => f.hires > 0 && f.breaksHeadcount);
      const hiring = doc.summary.decisions.find((d) => d.id === 'hiring');
      if (hires() > 0 && (surplus.length > 0 || breach)) {
        expect(hiring?.tradeOff).toBeTruthy();
        expect(markdown).toContain(hiring?.tradeOff ?? '');
      }
    });
  },
);
