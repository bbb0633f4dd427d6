import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { formatMoney, money } from '../money/index.ts';
import { checkLimits } from './check-limits.ts';
import { fundingPlan } from './funding-plan.ts';

// An SRE organization of a manager and a senior SRE (120,000 + 110,000 EUR a year by the
// default salaries) with room in its budget for one more senior (340,000) or two juniors
// (390,000), and in its head count limit for one more head.
const model = modelFrom(
  doc(
    'Organization',
    'sre',
    'type: sre\nhead: hana\nbudget: { amount: 400000, currency: EUR, period: year }\nheadcountLimit: 3',
  ),
  doc('Team', 'sre-core', 'type: sre\norganization: sre'),
  doc('Person', 'hana', 'role: manager'),
  doc('Person', 'sam', 'team: sre-core\nrole: sre\nlevel: senior'),
);

describe('fundingPlan', () => {
  it('counts the people and their default salaries today, saying where the salaries come from', () => {
    const [sre] = fundingPlan(model, []);
    expect(sre?.current.headcount).toBe(2);
    expect(formatMoney(sre?.current.annualCost ?? money(0, 'EUR'))).toBe('230000.00');
    expect(sre?.breaksBudget || sre?.breaksHeadcount).toBe(false);
    expect(sre?.salaries).toMatchObject({ fromBands: 0, fromDefaults: 2, otherCurrencies: [] });
  });

  it('adds a promotion’s raise to the planned cost, and no head, with its basis (§12.10.2)', () => {
    const [sre] = fundingPlan(model, [], undefined, [], [{ person: 'sam', level: 'principal' }]);
    expect(sre?.planned.headcount).toBe(2);
    expect(formatMoney(sre?.planned.annualCost ?? money(0, 'EUR'))).toBe('260000.00');
    expect(sre?.promotions.map((r) => [r.person, r.from, r.to])).toEqual([
      ['sam', 'senior', 'principal'],
    ]);
    expect(formatMoney(sre?.promotions[0]?.perYear ?? money(0, 'EUR'))).toBe('30000.00');
    expect(sre?.promotions[0]?.basis).toBe(
      'principal SRE 140,000.00 EUR (default yearly salary) − senior SRE 110,000.00 EUR (default yearly salary)',
    );
    // Someone the organization does not pay costs it nothing.
    const [other] = fundingPlan(
      model,
      [],
      undefined,
      [],
      [{ person: 'nobody', level: 'principal' }],
    );
    expect(other?.promotions).toEqual([]);
    expect(formatMoney(other?.planned.annualCost ?? money(0, 'EUR'))).toBe('230000.00');
  });

  it('fits one senior hire within both the budget and the head count limit', () => {
    const [sre] = fundingPlan(model, [{ level: 'senior', count: 1, organization: 'sre' }]);
    expect(sre?.planned.headcount).toBe(3);
    expect(formatMoney(sre?.planned.annualCost ?? money(0, 'EUR'))).toBe('340000.00');
    expect(sre?.breaksBudget).toBe(false);
    expect(sre?.breaksHeadcount).toBe(false);
  });

  it('flags two juniors instead of one senior: within budget, over the head count limit (§12.4.6)', () => {
    const [sre] = fundingPlan(model, [{ level: 'junior', count: 2, organization: 'sre' }]);
    expect(formatMoney(sre?.planned.annualCost ?? money(0, 'EUR'))).toBe('390000.00');
    expect(sre?.planned.headcount).toBe(4);
    expect(sre?.breaksBudget).toBe(false);
    expect(sre?.breaksHeadcount).toBe(true);
  });

  it('flags a plan that breaks the budget, normalizing a monthly budget to a year', () => {
    const monthly = modelFrom(
      doc(
        'Organization',
        'dev',
        'type: development\nbudget: { amount: 10000, currency: EUR, period: month }',
      ),
      doc('Team', 'web', 'type: development\norganization: dev'),
      doc('Person', 'ana', 'team: web\nrole: developer'),
    );
    const [dev] = fundingPlan(monthly, [{ level: 'principal', count: 1, organization: 'dev' }]);
    expect(formatMoney(dev?.annualBudget ?? money(0, 'EUR'))).toBe('120000.00');
    expect(dev?.breaksBudget).toBe(true);
    expect(dev?.breaksHeadcount).toBe(false);
    // Both salaries are defaults: over only with them (the rule of over-budget-at-default-salaries).
    expect(dev?.budget).toMatchObject({ kind: 'over-at-default-salaries', defaults: 2 });
    expect(dev?.budgetToday).toEqual({ kind: 'fits' });
    expect(formatMoney(dev?.salaries.defaulted ?? money(0, 'EUR'))).toBe('220000.00');
    expect(dev?.salaries.defaultedFor).toEqual(['ana', '1 principal SRE hire']);
  });

  it('says a budget the stated salaries alone break is over, whatever the defaults are', () => {
    const banded = modelFrom(
      doc(
        'Organization',
        'dev',
        'type: development\nbudget: { amount: 100000, currency: EUR, period: year }',
      ),
      doc('Team', 'web', 'type: development\norganization: dev'),
      doc('Person', 'ana', 'team: web\nrole: developer\nlocation: Porto'),
      doc('Person', 'rui', 'team: web\nrole: developer'),
      doc(
        'SalaryBand',
        'dev-porto',
        'role: developer\nlocation: Porto\nannual: 110000\ncurrency: EUR',
      ),
    );
    const [dev] = fundingPlan(banded, []);
    expect(dev?.budgetToday).toMatchObject({ kind: 'over' });
    expect(dev?.budget).toMatchObject({ kind: 'over' });
    expect(dev?.salaries.defaultedFor).toEqual(['rui']);
  });

  it('counts hires in a sub-organization against the organizations above it', () => {
    const nested = modelFrom(
      doc('Organization', 'pd', 'type: product-delivery\nheadcountLimit: 1'),
      doc('Organization', 'sre', 'type: sre\nparent: pd'),
      doc('Team', 'core', 'type: sre\norganization: sre'),
      doc('Person', 'kim', 'team: core\nrole: sre\nlevel: junior'),
    );
    const [pd] = fundingPlan(nested, [{ level: 'junior', count: 1, organization: 'sre' }]);
    expect(pd?.planned.headcount).toBe(2);
    expect(pd?.breaksHeadcount).toBe(true);
  });

  it('prices people and hires by their salary bands, the hire by the band of its location', () => {
    const banded = modelFrom(
      doc(
        'Organization',
        'sre',
        'type: sre\nhead: hana\nbudget: { amount: 500000, currency: EUR, period: year }',
      ),
      doc('Team', 'sre-core', 'type: sre\norganization: sre'),
      doc('Person', 'hana', 'role: manager'),
      doc('Person', 'sam', 'team: sre-core\nrole: sre\nlevel: senior\nlocation: Lisbon'),
      doc(
        'SalaryBand',
        'senior-sre-lisbon',
        'role: sre\nlevel: senior\nlocation: Lisbon\nannual: 70000\ncurrency: EUR',
      ),
      doc(
        'SalaryBand',
        'senior-sre-berlin',
        'role: sre\nlevel: senior\nlocation: berlin\nannual: 100000\ncurrency: EUR',
      ),
      doc('SalaryBand', 'managers', 'role: manager\nannual: 150000\ncurrency: EUR'),
    );
    const [sre] = fundingPlan(banded, [
      { level: 'senior', count: 2, organization: 'sre', location: 'Berlin' },
    ]);
    expect(formatMoney(sre?.current.annualCost ?? money(0, 'EUR'))).toBe('220000.00');
    expect(formatMoney(sre?.planned.annualCost ?? money(0, 'EUR'))).toBe('420000.00');
    expect(sre?.salaries).toMatchObject({ fromBands: 4, fromDefaults: 0, otherCurrencies: [] });
  });

  it('keeps salaries banded in another currency out of the budget comparison, and says so', () => {
    const mixed = modelFrom(
      doc(
        'Organization',
        'sre',
        'type: sre\nbudget: { amount: 100000, currency: EUR, period: year }',
      ),
      doc('Team', 'sre-core', 'type: sre\norganization: sre'),
      doc('Person', 'kim', 'team: sre-core\nrole: sre\nlevel: senior\nlocation: New York'),
      doc(
        'SalaryBand',
        'senior-sre-ny',
        'role: sre\nlevel: senior\nlocation: New York\nannual: 180000\ncurrency: USD',
      ),
    );
    const [sre] = fundingPlan(mixed, []);
    expect(formatMoney(sre?.current.annualCost ?? money(1, 'EUR'))).toBe('0.00');
    expect(sre?.salaries.otherCurrencies.map(formatMoney)).toEqual(['180000.00']);
  });

  it('leaves out organizations with neither a budget nor a head count limit', () => {
    const none = modelFrom(doc('Organization', 'pd', 'type: product-delivery'));
    expect(fundingPlan(none, [])).toEqual([]);
  });
});

describe('checkLimits', () => {
  it('passes when no limits are set', () => {
    expect(checkLimits({ headcount: 99, annualCost: money(1, 'EUR') }).ok).toBe(true);
  });

  it('allows exactly the limit and flags one above it', () => {
    const budget = money(100, 'EUR');
    expect(
      checkLimits({ headcount: 3, headcountLimit: 3, annualCost: budget, annualBudget: budget }).ok,
    ).toBe(true);
    const over = checkLimits({
      headcount: 4,
      headcountLimit: 3,
      annualCost: money(101, 'EUR'),
      annualBudget: budget,
    });
    expect(over).toEqual({ breaksHeadcount: true, breaksBudget: true, ok: false });
  });

  it('moves an SRE team’s head count and salaries to where the plan puts SRE (§12.8.2), not within a parent that pays both', () => {
    const moving = modelFrom(
      doc(
        'Organization',
        'it',
        'type: product-delivery\nbudget: { amount: 900000, currency: EUR, period: year }',
      ),
      doc(
        'Organization',
        'dev',
        'type: development\nparent: it\nheadcountLimit: 2\nbudget: { amount: 300000, currency: EUR, period: year }',
      ),
      doc(
        'Organization',
        'ops',
        'type: operations\nparent: it\nheadcountLimit: 3\nbudget: { amount: 300000, currency: EUR, period: year }',
      ),
      doc('Team', 'web', 'type: development\norganization: dev'),
      doc('Team', 'sre', 'type: sre\norganization: ops\nmanager: max'),
      doc('Person', 'ana', 'team: web\nrole: developer'),
      doc('Person', 'max', 'role: manager'),
      doc('Person', 'sam', 'team: sre\nrole: sre\nlevel: senior'),
      doc('Person', 'olga', 'role: ops-engineer\nreportsTo: max'),
    );
    const people = ['max', 'sam'].map((n) => moving.people.get(n)).filter((p) => p !== undefined);
    const plan = fundingPlan(moving, [], undefined, [
      { team: 'sre', from: 'ops', to: 'dev', people },
    ]);
    const by = (name: string) => plan.find((f) => f.organization === name);
    // dev: ana, then max (120,000) and sam (110,000) move in: 3 of 2.
    expect(by('dev')).toMatchObject({ movedIn: 2, movedOut: 0, breaksHeadcount: true });
    expect(by('dev')?.planned.headcount).toBe(3);
    expect(formatMoney(by('dev')?.planned.annualCost ?? money(0, 'EUR'))).toBe('310000.00');
    expect(by('dev')?.breaksBudget).toBe(true);
    // ops keeps olga, placed by her reporting line (she is no person of the team).
    expect(by('ops')).toMatchObject({ movedIn: 0, movedOut: 2, breaksHeadcount: false });
    expect(by('ops')?.current.headcount).toBe(3);
    expect(by('ops')?.planned.headcount).toBe(1);
    expect(formatMoney(by('ops')?.planned.annualCost ?? money(0, 'EUR'))).toBe('70000.00');
    // The parent counts both ends: nothing changes there.
    expect(by('it')).toMatchObject({ movedIn: 0, movedOut: 0 });
    expect(by('it')?.planned).toEqual(by('it')?.current);
  });

  it('stops charging the support a moving SRE team gives the organization it moves into (§12.4.7)', () => {
    const priced = modelFrom(
      doc(
        'Organization',
        'dev',
        'type: development\nbudget: { amount: 500000, currency: EUR, period: year }',
      ),
      doc(
        'Organization',
        'ops',
        'type: operations\nbudget: { amount: 500000, currency: EUR, period: year }',
      ),
      doc('Team', 'web', 'type: development\norganization: dev'),
      doc(
        'Team',
        'sre',
        'type: sre\norganization: ops\nmanager: max\nsupports: [{ team: web, hoursPerMonth: 100 }]',
      ),
      doc(
        'TransferPrice',
        'sre-hours',
        'provider: ops\nconsumer: dev\nhourlyRate: 50\ncurrency: EUR',
      ),
      doc('Person', 'ana', 'team: web\nrole: developer'),
      doc('Person', 'max', 'role: manager'),
      doc('Person', 'sam', 'team: sre\nrole: sre\nlevel: senior'),
    );
    const people = ['max', 'sam'].map((n) => priced.people.get(n)).filter((p) => p !== undefined);
    const by = (plan: ReturnType<typeof fundingPlan>, name: string) =>
      plan.find((f) => f.organization === name);
    const eur = (m: { annualCost: ReturnType<typeof money> } | undefined) =>
      formatMoney(m?.annualCost ?? money(0, 'EUR'));
    // Today dev pays ana (80,000) and 100 h a month at 50 EUR: 60,000 a year.
    const stay = by(fundingPlan(priced, []), 'dev');
    expect(eur(stay?.current)).toBe('140000.00');
    expect(eur(stay?.planned)).toBe('140000.00');
    expect(stay?.supportEnded).toEqual([]);
    // The team moves into dev: its 230,000 of salaries join, the 60,000 of support leave.
    const moved = by(
      fundingPlan(priced, [], undefined, [{ team: 'sre', from: 'ops', to: 'dev', people }]),
      'dev',
    );
    expect(eur(moved?.planned)).toBe('310000.00');
    expect(moved?.supportEnded).toMatchObject([
      { transferPrice: 'sre-hours', provider: 'ops', hoursPerMonth: 100 },
    ]);
    expect(formatMoney(moved?.supportEnded[0]?.perYear ?? money(0, 'EUR'))).toBe('60000.00');
    expect(moved?.supportRepriced).toEqual([]);
  });

  it('ends the price of support from an SRE team that leaves the provider for a third organization (§12.4.7)', () => {
    // The transfer price is what ops negotiated with dev for ops' SREs: an SRE team moving from
    // ops to a dedicated SRE organization takes its support out of that price.
    const priced = modelFrom(
      doc(
        'Organization',
        'dev',
        'type: development\nbudget: { amount: 500000, currency: EUR, period: year }',
      ),
      doc('Organization', 'ops', 'type: operations'),
      doc('Organization', 'sre-org', 'type: sre'),
      doc('Team', 'web', 'type: development\norganization: dev'),
      doc(
        'Team',
        'sre',
        'type: sre\norganization: ops\nsupports: [{ team: web, hoursPerMonth: 100 }]',
      ),
      doc(
        'TransferPrice',
        'sre-hours',
        'provider: ops\nconsumer: dev\nhourlyRate: 50\ncurrency: EUR',
      ),
      doc('Person', 'ana', 'team: web\nrole: developer'),
      doc('Person', 'sam', 'team: sre\nrole: sre\nlevel: senior'),
    );
    const people = ['sam'].map((n) => priced.people.get(n)).filter((p) => p !== undefined);
    const dev = (moves: Parameters<typeof fundingPlan>[3]) =>
      fundingPlan(priced, [], undefined, moves).find((f) => f.organization === 'dev');
    expect(dev([])?.supportRepriced).toEqual([]);
    const moved = dev([{ team: 'sre', from: 'ops', to: 'sre-org', people }]);
    expect(moved?.supportRepriced).toMatchObject([
      {
        transferPrice: 'sre-hours',
        provider: 'ops',
        sreTeam: 'sre',
        movesTo: 'sre-org',
        hoursPerMonth: 100,
      },
    ]);
    expect(formatMoney(moved?.supportRepriced[0]?.perYear ?? money(0, 'EUR'))).toBe('60000.00');
    // Not ended: the support goes on, at a price to agree; the estimate keeps the old one.
    expect(moved?.supportEnded).toEqual([]);
    expect(moved?.planned.annualCost).toEqual(dev([])?.planned.annualCost);
    // A move within the provider changes nothing.
    const within = dev([{ team: 'sre', from: 'ops', to: 'ops', people }]);
    expect(within?.supportRepriced).toEqual([]);
  });
});
