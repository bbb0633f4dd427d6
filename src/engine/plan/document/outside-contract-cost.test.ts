import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../../test/support/yaml-model.ts';
import { outsideContracts } from '../../funding/index.ts';
import { buildPlanDocument } from './build-plan-document.ts';

/**
 * §12.4.6: another company is paid its contract, not its people's salaries. A company with an
 * operations team of its own and two vendors: a managed-service provider (a 300,000 EUR contract,
 * two engineers and a delivery manager named) that has a sub-unit with a budget of its own inside
 * the contract, and a hosting vendor whose contract the model does not state. The plan once
 * counted the provider's three salaries in the operations line and no contract at all.
 */
const company = [
  doc('Organization', 'acme', 'type: product-delivery\nhead: ceo'),
  doc('Organization', 'dev', 'type: development\nparent: acme'),
  doc('Organization', 'ops', 'type: operations\nparent: acme'),
  doc('Team', 'shop', 'type: development\norganization: dev'),
  doc('Team', 'ops-core', 'type: operations\norganization: ops'),
  doc('Person', 'ceo', 'role: manager'),
  doc('Person', 'dana', 'team: shop\nrole: developer'),
  doc('Person', 'olga', 'team: ops-core\nrole: ops-engineer'),
  doc(
    'Organization',
    'msp',
    'type: operations\nbudget: { amount: 25000, currency: EUR, period: month }',
  ),
  doc(
    'Organization',
    'msp-night',
    'type: operations\nparent: msp\nbudget: { amount: 50000, currency: EUR, period: year }',
  ),
  doc('Team', 'msp-ops', 'type: operations\norganization: msp\nmanager: mia'),
  doc('Team', 'msp-night-ops', 'type: operations\norganization: msp-night'),
  doc('Person', 'mia', 'role: manager'),
  doc('Person', 'max', 'team: msp-ops\nrole: ops-engineer\nreportsTo: mia'),
  doc('Person', 'nina', 'team: msp-night-ops\nrole: ops-engineer'),
  doc('Organization', 'hoster', 'type: operations'),
  doc('Team', 'hoster-ops', 'type: operations\norganization: hoster'),
  doc('Person', 'hugo', 'team: hoster-ops\nrole: ops-engineer'),
];

describe('another company costs its contract, not its people', () => {
  const model = modelFrom(...company);

  it('counts each contract once: a budget inside another’s contract is not counted again', () => {
    expect(
      outsideContracts(model).map((c) => [c.organization, c.perYear?.minor ?? null, c.people]),
    ).toEqual([
      ['msp', 30_000_000, 3],
      ['hoster', null, 1],
    ]);
  });

  it('puts the contract in the operating cost as its own line, and no vendor salary', () => {
    const cost = buildPlanDocument(model).cost;
    for (const side of [cost.today, cost.target]) {
      const contract = side.lines.filter((l) => l.id === 'contracts');
      expect(contract).toHaveLength(1);
      expect(contract[0]?.perYear).toEqual({ amount: '300000.00', currency: 'EUR' });
      expect(contract[0]?.label).toBe('Contract with msp');
      expect(contract[0]?.basis).toContain('contract, 300,000.00 EUR a year');
      expect(contract[0]?.people).toBe(0);
      // Olga alone: no salary of mia, max, nina or hugo.
      const ops = side.lines.find((l) => l.id === 'operations-salaries');
      expect(ops?.people).toBe(1);
    }
    expect(cost.notes.join('\n')).toContain(
      'hoster is another company’s organization whose contract the model does not state (no budget): its cost is not in these totals, nor are the salaries of its one person',
    );
  });

  it('leaves the contract out of the cost of SRE', () => {
    const doc = buildPlanDocument(model);
    const contract = doc.cost.target.lines.find((l) => l.id === 'contracts');
    expect(contract).toBeDefined();
    const withoutVendors = buildPlanDocument(
      modelFrom(...company.filter((d) => !/msp|hoster|mia|max|nina|hugo/.test(d))),
    );
    expect(doc.businessCase.sreCostPerYear).toEqual(withoutVendors.businessCase.sreCostPerYear);
  });
});
