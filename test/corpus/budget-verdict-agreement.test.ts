import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, type CorpusName, orgPath, run, runJson } from './support/corpus.ts';
import type { CheckJson, PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * §12.4.6: whether an organization breaks its budget is one verdict (`budgetVerdict`), whatever
 * command says it. `check` reads today's commitment: `over-budget` (an error) when the stated
 * figures alone break it, `over-budget-at-default-salaries` (a warning) when only the default
 * salaries standing in for unstated ones do. `staffing` and `plan` say the same of today's figures
 * and word their funding table's verdict alike: never "breaks the budget" where the breach rests
 * on default salaries (scale-up's operations, payments' engineering, migration's reliability).
 */

const CHECK_CODE = {
  fits: undefined,
  over: 'over-budget',
  'over-at-default-salaries': 'over-budget-at-default-salaries',
} as const;

/** The Verdict cell of each row of a Markdown funding table, by organization. */
function verdictCells(markdown: string): Map<string, string> {
  const start = markdown.indexOf('Funding and limits (§12.4.6)');
  expect(start).toBeGreaterThanOrEqual(0);
  const cells = new Map<string, string>();
  for (const line of markdown.slice(start).split('\n')) {
    // The funding table only: the section's other tables (the default salaries) name roles.
    if (cells.size > 0 && !line.startsWith('|')) break;
    const m = /^\| `([^`]+)` \|.*\| ([^|]+) \|$/.exec(line);
    if (m?.[1] && m[2]) cells.set(m[1], m[2].trim());
  }
  return cells;
}

describe.each(CORPUS)(
  '%s: check, staffing and plan give one budget verdict',
  (name: CorpusName) => {
    let check: CheckJson;
    let staffing: StaffingJson;
    let plan: PlanJson;
    let staffingMd: string;
    let planMd: string;

    beforeAll(async () => {
      const path = orgPath(name);
      [check, staffing, plan] = await Promise.all([
        runJson<CheckJson>(['check', path, '--json']),
        runJson<StaffingJson>(['staffing', path, '--json']),
        runJson<PlanJson>(['plan', path, '--json']),
      ]);
      const [s, p] = await Promise.all([run(['staffing', path]), run(['plan', path])]);
      staffingMd = s.stdout;
      planMd = p.stdout;
    }, 120_000);

    it("check's budget findings are staffing's verdict on today's figures", () => {
      for (const f of staffing.funding) {
        const codes = check.checks
          .filter(
            (c) =>
              c.subject.kind === 'Organization' &&
              c.subject.name === f.organization &&
              c.code.startsWith('over-budget'),
          )
          .map((c) => c.code);
        const kind = f.budgetToday?.kind;
        expect(codes, f.organization).toEqual(
          kind === undefined || kind === 'fits' ? [] : [CHECK_CODE[kind]],
        );
      }
    });

    it('plan shows the verdicts staffing shows, in the same words', () => {
      const planned = plan.staffing?.funding ?? [];
      expect(planned.map((f) => [f.organization, f.budget, f.budgetToday])).toEqual(
        staffing.funding.map((f) => [f.organization, f.budget, f.budgetToday]),
      );
      if (staffing.funding.length === 0) return;
      const words = verdictCells(staffingMd);
      expect(verdictCells(planMd)).toEqual(words);
      for (const f of staffing.funding) {
        const cell = words.get(f.organization) ?? '';
        // "breaks the budget" only when the stated figures alone break it.
        expect(
          /breaks (the head count limit and )?the budget/.test(cell),
          `${f.organization}: ${cell}`,
        ).toBe(f.budget?.kind === 'over');
        if (f.budget?.kind === 'over-at-default-salaries')
          expect(cell).toMatch(
            new RegExp(
              `on stated salaries; over by [\\d,.]+ \\w+ only with ${f.budget.defaults} default salar`,
            ),
          );
      }
      // Whose salaries the defaults stand in for, where the verdict rests on them.
      const note = (md: string) =>
        md.split('\n').find((l) => l.startsWith('Default salaries stand in for')) ?? '';
      expect(note(planMd)).toBe(note(staffingMd));
      for (const f of staffing.funding.filter((x) => x.budget?.kind === 'over-at-default-salaries'))
        expect(note(staffingMd)).toContain(`\`${f.organization}\` ${f.salaries.defaultedFor[0]}`);
    });

    it("the plan's risks and decisions say a budget breaks as the verdict does", () => {
      const { risks, summary } = plan as unknown as {
        readonly risks: readonly {
          about: string;
          source: string;
          title: string;
          mitigation: string;
        }[];
        readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
      };
      for (const f of staffing.funding) {
        const atDefaults = f.budget?.kind === 'over-at-default-salaries';
        for (const r of risks.filter(
          (x) => x.source === 'headcount-breach' && x.about === `Organization ${f.organization}`,
        )) {
          if (!/budget/.test(r.title)) continue;
          expect(r.title.includes('budget at default salaries'), r.title).toBe(atDefaults);
          if (atDefaults && !f.breaksHeadcount)
            expect(r.mitigation, r.title).toMatch(/^State salary bands for the \d+ default salar/);
        }
        const decision = summary.decisions.find((d) => d.id === `limits-${f.organization}`);
        if (decision === undefined || f.breaksHeadcount) continue;
        expect(
          decision.proposal.startsWith('Its planned cost is over the budget only with'),
          decision.proposal,
        ).toBe(atDefaults);
      }
    });
  },
);
