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
});
