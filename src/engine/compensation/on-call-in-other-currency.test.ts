import { describe, expect, it } from 'vitest';
import { doc, modelOf, type TestDocument } from '../../../test/support/short-model.ts';
import { onCallInOtherCurrency } from './on-call-in-other-currency.ts';

const org: TestDocument[] = [
  doc.org('co', { type: 'development', head: 'boss' }),
  doc.team('web', { type: 'development', organization: 'co', manager: 'boss' }),
  doc.person('boss', { team: 'web', role: 'manager' }),
  doc.person('ana', { team: 'web', role: 'developer', location: 'Berlin' }),
  doc.person('raj', { team: 'web', role: 'developer', location: 'Bangalore' }),
  doc.person('off', { team: 'web', role: 'developer', location: 'Bangalore' }),
  { kind: 'SalaryBand', name: 'dev', spec: { role: 'developer', annual: 85000, currency: 'EUR' } },
  {
    kind: 'SalaryBand',
    name: 'dev-blr',
    spec: { role: 'developer', location: 'Bangalore', annual: 2400000, currency: 'INR' },
  },
  {
    kind: 'CompensationPolicy',
    name: 'eu-oncall',
    spec: { currency: 'EUR', standbyPerHour: 4, incidentPerHour: 30 },
  },
];
const rotation = (members: string[]): TestDocument => ({
  kind: 'Rotation',
  name: 'web-oncall',
  spec: { type: 'team', coverage: '24x7', members, covers: { teams: ['web'] } },
});
const note = (docs: TestDocument[]) => {
  const model = modelOf(docs);
  const policy = model.compensationPolicies.get('eu-oncall');
  if (policy === undefined) throw new Error('no policy');
  return onCallInOtherCurrency(model, policy);
};

describe('people on call the policy prices in a currency they are not paid in', () => {
  it('names those on call whose salary band is in another currency, with the count per currency', () => {
    expect(note([...org, rotation(['ana', 'raj'])])).toBe(
      '1 person on call is paid in another currency than EUR by their salary band (1 in INR: raj): their on-call pay is priced at the rates of "eu-oncall", in EUR, not converted',
    );
  });

  it('says nothing when everyone on call is paid in the policy’s currency', () => {
    // off is paid in INR but on no rotation: the policy prices no hour of theirs.
    expect(note([...org, rotation(['ana'])])).toBeUndefined();
  });

  it('leaves out another company’s people, whose on-call their contract pays, not the policy', () => {
    // A contractor placed on the desk by an agency (an organization outside the company), with
    // a Bangalore band in INR: oncall-cost pays him nothing ("its contract"), so the note must
    // not say his on-call is priced at the policy's rates.
    const agency: TestDocument[] = [
      doc.org('group', { type: 'product-delivery', head: 'boss' }),
      doc.org('co', { type: 'development', head: 'boss', parent: 'group' }),
      ...org.filter((d) => !(d.kind === 'Organization' && d.name === 'co')),
      doc.org('agency', { type: 'operations' }),
      doc.team('agency-desk', { type: 'operations', organization: 'agency' }),
      doc.person('temp', { team: 'agency-desk', role: 'developer', location: 'Bangalore' }),
    ];
    expect(note([...agency, rotation(['ana', 'temp'])])).toBeUndefined();
    expect(note([...agency, rotation(['ana', 'raj', 'temp'])])).toBe(
      '1 person on call is paid in another currency than EUR by their salary band (1 in INR: raj): their on-call pay is priced at the rates of "eu-oncall", in EUR, not converted',
    );
  });
});
