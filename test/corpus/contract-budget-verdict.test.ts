import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusName, type Doc, docsOf, runJson, yamlOf } from './support/corpus.ts';
import type { CheckJson, StaffingJson } from './support/outputs.ts';
import { outsideOrganizations } from './support/outside.ts';

/**
 * §12.4.6: another company's organization is paid by its contract; its budget is the contract's
 * value, committed to that company in full. Its people's salaries, stated or default, are that
 * company's costs inside it and say nothing about whether it fits. parcel-logistics' NOC at
 * 384,000 EUR: `check` warned `over-budget-at-default-salaries` and `staffing` said
 * `over-at-default-salaries` while its funding table said "a contract with another company:
 * committed in full". Every command now gives a contract one verdict, however small it is.
 */
const WITH_VENDORS = CORPUS.filter((name) =>
  outsideOrganizations(docsOf(name)).some((o) => o.spec.budget !== undefined),
);

/** The organization with each outside organization's contract set to `amount` a year. */
function withContracts(name: CorpusName, amount: number): Doc[] {
  const docs = docsOf(name);
  const outside = new Set(outsideOrganizations(docs).map((o) => o.metadata.name));
  for (const d of docs) {
    const budget = d.spec.budget as { currency: string } | undefined;
    if (d.kind === 'Organization' && outside.has(d.metadata.name) && budget !== undefined)
      d.spec.budget = { amount, currency: budget.currency, period: 'year' };
  }
  return docs;
}

const verdicts = async (docs: readonly Doc[]) => {
  const [check, staffing] = await Promise.all([
    runJson<CheckJson>(['check', '-', '--json'], yamlOf(docs)),
    runJson<StaffingJson>(['staffing', '-', '--json'], yamlOf(docs)),
  ]);
  return { check, staffing };
};

describe('a contract with another company is committed in full, never over budget (§12.4.6)', () => {
  it('the corpus has outside organizations with a contract', () => {
    expect(WITH_VENDORS).toEqual(
      expect.arrayContaining(['retail-peak', 'hospital-group', 'parcel-logistics']),
    );
  });

  it.each(WITH_VENDORS.flatMap((name) => [[name, 1] as const, [name, 1_000_000_000] as const]))(
    '%s with its contracts at %d a year: no budget finding or verdict against them',
    async (name, amount) => {
      const docs = withContracts(name, amount);
      const outside = new Set(outsideOrganizations(docs).map((o) => o.metadata.name));
      const { check, staffing } = await verdicts(docs);
      const findings = check.checks.filter(
        (c) =>
          c.subject.kind === 'Organization' &&
          outside.has(c.subject.name) &&
          c.code.startsWith('over-budget'),
      );
      expect(findings).toEqual([]);
      const rows = staffing.funding.filter((f) => outside.has(f.organization));
      expect(rows.length).toBeGreaterThan(0);
      for (const f of rows) {
        expect([f.budget?.kind, f.budgetToday?.kind, f.breaksBudget], f.organization).toEqual([
          'fits',
          'fits',
          false,
        ]);
      }
    },
  );

  it('parcel-logistics with the NOC at 384,000 EUR: the company’s own budgets are still judged', async () => {
    const { check, staffing } = await verdicts(withContracts('parcel-logistics', 384_000));
    const codes = (org: string) =>
      check.checks
        .filter((c) => c.subject.kind === 'Organization' && c.subject.name === org)
        .map((c) => c.code)
        .filter((c) => c.startsWith('over-budget'));
    expect(codes('andina-noc')).toEqual([]);
    const noc = staffing.funding.find((f) => f.organization === 'andina-noc');
    expect(noc?.budgetToday).toEqual({ kind: 'fits' });
    // Technology's one planned hire (the principal for route planning) fits its budget on stated
    // salaries, and breaks its head count limit: verdicts still given.
    const technology = staffing.funding.find((f) => f.organization === 'technology');
    expect(technology?.budget?.kind).toBe('fits');
    expect(technology?.breaksBudget).toBe(false);
    expect(technology?.breaksHeadcount).toBe(true);
  });
});
