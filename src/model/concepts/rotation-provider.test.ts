import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { rotationProvider } from './rotation-provider.ts';

/**
 * §12.4.6, §12.6: a rotation most of whose people work for another company (a contractor's NOC)
 * is that company's to staff under its contract; the company hires nobody into it.
 */
const rotation = (name: string, members: readonly string[]) =>
  doc(
    'Rotation',
    name,
    `type: thin-layer\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [${members.join(', ')}]\ncovers: { services: [shop] }`,
  );

const docs = (options: { policyFor?: string; offCall?: readonly string[] } = {}) => [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Organization', 'ops', 'type: operations\nparent: pd'),
  doc('Organization', 'vendor', 'type: operations'),
  doc('Organization', 'other-vendor', 'type: operations'),
  doc('Team', 'web', 'type: development\norganization: dev'),
  doc('Team', 'noc', 'type: thin-layer\norganization: vendor'),
  doc('Team', 'desk', 'type: thin-layer\norganization: other-vendor'),
  doc('Team', 'it-ops', 'type: operations\norganization: ops'),
  doc('Service', 'shop', 'owner: web\nrunModel: you-run-it'),
  doc('CompensationPolicy', 'standard', 'currency: EUR\nstandbyPerHour: 4'),
  ...['ann', 'bob', 'cid'].map((n) => doc('Person', n, 'team: web\nrole: developer')),
  ...['opa', 'opb'].map((n) => doc('Person', n, 'team: it-ops\nrole: ops-engineer')),
  ...['vic', 'wen', 'xia'].map((n) =>
    doc(
      'Person',
      n,
      `team: noc\nrole: ops-engineer${n === options.policyFor ? '\ncompensationPolicy: standard' : ''}${options.offCall?.includes(n) ? '\nonCall: false' : ''}`,
    ),
  ),
  ...['dan', 'eve'].map((n) => doc('Person', n, 'team: desk\nrole: ops-engineer')),
  rotation('noc-first-line', ['vic', 'wen', 'xia']),
  rotation('mostly-vendor', ['vic', 'wen', 'ann']),
  rotation('half-vendor', ['vic', 'wen', 'ann', 'bob']),
  rotation('two-vendors', ['vic', 'dan', 'eve', 'ann']),
  rotation('in-house-ops', ['opa', 'opb']),
  rotation('developers', ['ann', 'bob', 'cid']),
];

describe('which rotations another company staffs (§12.4.6, §12.6)', () => {
  it('is the provider whose people take all or most of its turns, named as the reader knows it', () => {
    const model = modelFrom(...docs());
    const of = (name: string) => {
      const r = model.rotations.get(name);
      if (!r) throw new Error(`no rotation ${name}`);
      return rotationProvider(model, r);
    };
    expect(of('noc-first-line')).toEqual({
      organization: 'vendor',
      displayName: 'vendor',
      people: 3,
      paysOnCall: true,
    });
    expect(of('mostly-vendor')).toMatchObject({ organization: 'vendor', people: 2 });
    // Three of four are outside the company: the provider is the one most of them work for.
    expect(of('two-vendors')).toMatchObject({ organization: 'other-vendor', people: 2 });
  });

  it("is no provider's when half or fewer are outside, nor for the company's own operations", () => {
    const model = modelFrom(...docs());
    for (const name of ['half-vendor', 'in-house-ops', 'developers']) {
      const r = model.rotations.get(name);
      if (!r) throw new Error(`no rotation ${name}`);
      expect(rotationProvider(model, r), name).toBeUndefined();
    }
  });

  it('counts only those who take turns, and says when a policy of the model pays one of them', () => {
    // Two of mostly-vendor's three are the vendor's; with wen not on call, one of two is.
    const off = modelFrom(...docs({ offCall: ['wen'] }));
    const mostly = off.rotations.get('mostly-vendor');
    if (!mostly) throw new Error('no rotation mostly-vendor');
    expect(rotationProvider(off, mostly)).toBeUndefined();
    const paid = modelFrom(...docs({ policyFor: 'vic' }));
    const noc = paid.rotations.get('noc-first-line');
    if (!noc) throw new Error('no rotation noc-first-line');
    expect(rotationProvider(paid, noc)).toMatchObject({
      organization: 'vendor',
      paysOnCall: false,
    });
  });
});
