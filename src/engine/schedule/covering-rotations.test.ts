import { describe, expect, it } from 'vitest';
import { doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { coveringRotations } from './covering-rotations.ts';

const base = [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Team', 'shop', 'type: development\norganization: pd\ndomain: payments'),
  doc('Service', 'cart', 'owner: shop\nrunModel: you-run-it'),
];

describe('coveringRotations', () => {
  it('orders the thin layer first, then the team rotation it forwards to, then the rest (§12.6)', () => {
    const model = rotationModel(
      people('a', 'b', 'c', 'd'),
      [
        { name: 'domain', type: 'domain', members: ['a'], covers: '{ domain: payments }' },
        { name: 'by-name', members: ['b'], covers: '{ services: [cart] }' },
        { name: 'team', members: ['c'], covers: '{ teams: [shop] }' },
        { name: 'noc', type: 'thin-layer', members: ['d'], forwardsTo: ['team'] },
      ],
      ...base,
    );
    const cart = model.services.get('cart');
    expect(cart && coveringRotations(model, cart).map((r) => r.name)).toEqual([
      'noc',
      'team',
      'domain',
      'by-name',
    ]);
  });

  it('puts operations before the developers for a service operations run (§12.2), and the developers first for their own', () => {
    const model = rotationModel(
      [],
      [
        { name: 'shop-oncall', members: ['dev1', 'dev2'], covers: '{ teams: [shop] }' },
        { name: 'ops-standby', members: ['op1', 'op2'], covers: '{ services: [crm, cart] }' },
      ],
      ...base,
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'it-ops', 'type: operations\norganization: it'),
      doc('Service', 'crm', 'owner: shop\nrunModel: ops-runs-it'),
      ...['dev1', 'dev2'].map((n) => doc('Person', n, 'team: shop\nrole: developer')),
      ...['op1', 'op2'].map((n) => doc('Person', n, 'team: it-ops\nrole: ops-engineer')),
    );
    const order = (name: string) => {
      const service = model.services.get(name);
      return service && coveringRotations(model, service).map((r) => r.name);
    };
    expect(order('crm')).toEqual(['ops-standby', 'shop-oncall']);
    expect(order('cart')).toEqual(['shop-oncall', 'ops-standby']);
  });
});
