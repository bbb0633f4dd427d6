import { describe, expect, it } from 'vitest';
import {
  type Amount,
  CORPUS,
  type CorpusName,
  cents,
  type Doc,
  docsOf,
  ofKind,
  run,
  runJson,
  yamlOf,
} from './support/corpus.ts';
import { outsideOrganizations } from './support/outside.ts';

/**
 * §12.4.6: an organization of another company (a vendor, a managed-service provider: outside
 * the product delivery organization's tree) is paid by its contract, not by its people's
 * salaries. retail-peak's operations line counted the provider's five salaries (344,000 EUR)
 * instead of its 420,000 EUR contract; hospital-group's 1,900,000 USD vendor contract was in no
 * cost at all. Every cost of the plan now counts the contract once, as its own line, and no
 * outside person's salary.
 */
interface Line {
  readonly id: string;
  readonly label: string;
  readonly people: number;
  readonly perYear: Amount;
  readonly basis: string;
}
interface Side {
  readonly people: number;
  readonly lines: readonly Line[];
  readonly total: Amount;
}
interface Plan {
  readonly cost: {
    readonly currency: string;
    readonly today: Side;
    readonly target: Side;
    readonly notes: readonly string[];
  };
  readonly businessCase: { readonly sreCostPerYear: Amount };
  readonly onCallCost: {
    readonly ok: boolean;
    readonly cost?: {
      readonly current: {
        readonly monthlyCost: Amount;
        readonly rotations: readonly {
          readonly name: string;
          readonly standbyCost: Amount;
          readonly standbyHoursPerMonth: { readonly outside: number };
        }[];
      };
      readonly assumptions: readonly string[];
    };
  };
}

const PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

/** The people whose team is in one of the organizations, or who head one. */
function peopleOf(docs: readonly Doc[], orgs: readonly Doc[]): Doc[] {
  const names = new Set(orgs.map((o) => o.metadata.name));
  const teams = new Set(
    ofKind(docs, 'Team')
      .filter((t) => names.has(t.spec.organization as string))
      .map((t) => t.metadata.name),
  );
  const heads = new Set(orgs.map((o) => o.spec.head));
  return ofKind(docs, 'Person').filter(
    (p) => teams.has(p.spec.team as string) || heads.has(p.metadata.name),
  );
}

const WITH_VENDORS = CORPUS.filter((name) => outsideOrganizations(docsOf(name)).length > 0);

const plan = (name: CorpusName, docs: readonly Doc[] = docsOf(name)) =>
  runJson<Plan>(['plan', '-', '--json'], yamlOf(docs));

describe('another company costs its contract, not its people’s salaries (§12.4.6)', () => {
  it('the corpus has organizations with a vendor, with and without people named', () => {
    expect(WITH_VENDORS).toEqual(expect.arrayContaining(['retail-peak', 'hospital-group']));
  });

  it.each(WITH_VENDORS)(
    '%s: each contract is counted exactly once, today and in the target',
    async (name) => {
      const docs = docsOf(name);
      const { cost } = await plan(name, docs);
      const contracts = outsideOrganizations(docs).flatMap((o) => {
        const b = o.spec.budget as
          | { amount: number; currency: string; period: keyof typeof PER_YEAR }
          | undefined;
        return b ? [{ org: o, cents: Math.round(b.amount * PER_YEAR[b.period] * 100), b }] : [];
      });
      expect(contracts.length).toBeGreaterThan(0);
      for (const side of [cost.today, cost.target]) {
        const lines = side.lines.filter((l) => l.id === 'contracts' || l.id === 'sre-contracts');
        const inCurrency = contracts.filter((c) => c.b.currency === cost.currency);
        expect(lines.reduce((n, l) => n + cents(l.perYear), 0)).toBe(
          inCurrency.reduce((n, c) => n + c.cents, 0),
        );
        for (const c of contracts) {
          const name = (c.org.metadata.displayName as string | undefined) ?? c.org.metadata.name;
          expect(lines.filter((l) => l.label.includes(name))).toHaveLength(1);
        }
        for (const l of lines) {
          expect(l.basis).toMatch(/contract, [\d,.]+ [A-Z]{3} a year/);
          expect(l.people).toBe(0);
        }
      }
    },
  );

  it.each(WITH_VENDORS)(
    '%s: no salary of another company’s people is in any cost',
    async (name) => {
      // Price every outside person at a salary nobody could miss (a band of their role at a
      // location only they have): no total, no line and no cost of SRE may move.
      const docs = docsOf(name);
      const outside = peopleOf(docs, outsideOrganizations(docs));
      const changed: Doc[] = docs.map((d) =>
        outside.some((p) => p.metadata.name === d.metadata.name && d.kind === 'Person')
          ? { ...d, spec: { ...d.spec, location: 'Vendor City' } }
          : d,
      );
      const currency = (await plan(name, docs)).cost.currency;
      const roles = [...new Set(outside.map((p) => p.spec.role as string | undefined))];
      for (const [i, role] of roles.entries())
        changed.push({
          apiVersion: 'whorunsit/v1',
          kind: 'SalaryBand',
          metadata: { name: `vendor-city-${i}` },
          spec: {
            ...(role ? { role } : {}),
            location: 'Vendor City',
            annual: 9_000_000,
            currency,
          },
        });
      const before = await plan(name, docs);
      const after = await plan(name, changed);
      for (const side of ['today', 'target'] as const) {
        expect(after.cost[side].total, side).toEqual(before.cost[side].total);
        expect(after.cost[side].people, side).toBe(before.cost[side].people);
      }
      expect(after.businessCase.sreCostPerYear).toEqual(before.businessCase.sreCostPerYear);
    },
  );

  it.each(WITH_VENDORS)(
    '%s: the funding table shows a contract as its amount alone, no salaries of its people',
    async (name) => {
      // parcel-logistics' contractor row read 'salaries of its people in the model: 540,000.00
      // EUR' beside a 384,000.00 EUR contract: default salaries the company does not pay.
      const docs = docsOf(name);
      const { stdout } = await run(['plan', '-'], yamlOf(docs));
      for (const o of outsideOrganizations(docs)) {
        const row = stdout.split('\n').find((l) => l.startsWith(`| \`${o.metadata.name}\` |`));
        expect(row, o.metadata.name).toBeDefined();
        const committed = row?.split(' | ')[4] ?? '';
        expect(committed).toContain('the contract in full');
        expect(committed).not.toMatch(/\d/);
      }
    },
  );

  it('retail-peak: the provider is its 420,000 EUR contract, and the operations line is gone', async () => {
    const { cost } = await plan('retail-peak');
    for (const side of [cost.today, cost.target]) {
      expect(side.lines.find((l) => l.id === 'operations-salaries')).toBeUndefined();
      const contract = side.lines.find((l) => l.id === 'contracts');
      expect(contract?.label).toBe('Contract with Vistula Managed Services (vendor)');
      expect(contract?.perYear).toEqual({ amount: '420000.00', currency: 'EUR' });
      expect(contract?.basis).toContain('contract, 420,000.00 EUR a year');
      expect(contract?.basis).toContain('its 5 people');
    }
  });

  it('hospital-group: the vendor’s 1,900,000 USD contract is in the cost, not in the cost of SRE', async () => {
    const { cost, businessCase } = await plan('hospital-group');
    const contract = cost.target.lines.find((l) => l.id === 'contracts');
    expect(contract?.perYear).toEqual({ amount: '1900000.00', currency: 'USD' });
    const notSre = cost.target.lines
      .filter((l) =>
        ['operations-salaries', 'contracts', 'thin-layer-hires', 'oncall-compensation'].includes(
          l.id,
        ),
      )
      .reduce((n, l) => n + cents(l.perYear), 0);
    expect(cents(businessCase.sreCostPerYear)).toBe(cents(cost.target.total) - notSre);
  });

  describe('retail-peak with the provider on call round the clock', () => {
    const docs = (policy?: string) =>
      docsOf('retail-peak').map((d) => {
        if (d.kind === 'Rotation' && d.metadata.name === 'msp-backoffice-hours')
          return { ...d, spec: { ...d.spec, coverage: '24x7' } };
        if (policy && d.kind === 'Team' && d.metadata.name === 'msp-backoffice')
          return { ...d, spec: { ...d.spec, compensationPolicy: policy } };
        return d;
      });
    const onCallLines = (p: Plan) =>
      p.cost.today.lines
        .filter((l) => l.id === 'oncall-compensation' || l.id === 'oncall-compensation-sre')
        .reduce((n, l) => n + cents(l.perYear), 0);

    it('pays its standby through the contract: oncall-cost prices it at nothing, the plan agrees', async () => {
      const p = await plan('retail-peak', docs());
      const current = p.onCallCost.cost?.current;
      const rotation = current?.rotations.find((r) => r.name === 'msp-backoffice-hours');
      expect(rotation?.standbyHoursPerMonth.outside).toBeGreaterThan(0);
      expect(cents(rotation?.standbyCost ?? { amount: '-1', currency: 'EUR' })).toBe(0);
      // The plan's on-call lines are twelve months of oncall-cost's: nothing left for a note to add.
      expect(onCallLines(p)).toBe(
        12 * cents(current?.monthlyCost ?? { amount: '0', currency: 'EUR' }),
      );
      // Today's rotation, and the office-hours one the design proposes for the provider's team.
      expect(p.cost.notes.join('\n')).toMatch(
        /take \(on msp-backoffice-hours.*\) is in its contract: neither the on-call lines nor oncall-cost count it/,
      );
      expect(p.onCallCost.cost?.assumptions.join('\n')).toContain(
        "the turns another company's people take (on msp-backoffice-hours, staffed by Vistula Managed Services (vendor)) are paid by its contract",
      );
    });

    it('counts it as on-call compensation when the file names a policy that pays them', async () => {
      const policy = ofKind(docsOf('retail-peak'), 'CompensationPolicy')[0]?.metadata.name;
      expect(policy).toBeDefined();
      const p = await plan('retail-peak', docs(policy));
      expect(onCallLines(p)).toBe(
        12 * cents(p.onCallCost.cost?.current.monthlyCost ?? { amount: '0', currency: 'EUR' }),
      );
      expect(p.cost.notes.join('\n')).not.toContain('is in its contract');
      const named = p.onCallCost.cost?.current.rotations.find(
        (r) => r.name === 'msp-backoffice-hours',
      );
      expect(cents(named?.standbyCost ?? { amount: '0', currency: 'EUR' })).toBeGreaterThan(0);
    });
  });
});
