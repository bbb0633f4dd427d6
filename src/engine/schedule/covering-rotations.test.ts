import { describe, expect, it } from 'vitest';
import { doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { coveringRotations } from './covering-rotations.ts';

const base = [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Team', 'shop', 'type: development\norganization: pd\ndomain: payments'),
  doc('Team', 'sre-core', 'type: sre\norganization: pd'),
];
const service = (runModel: string) =>
  doc('Service', 'cart', `owner: shop\nrunModel: ${runModel}\nsreTeam: sre-core`);

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
      service('you-run-it'),
    );
    const cart = model.services.get('cart');
    expect(cart && coveringRotations(model, cart).map((r) => r.name)).toEqual([
      'noc',
      'team',
      'domain',
      'by-name',
    ]);
  });

  it('covers through the SRE team only when the run model puts SRE on call (§12.4, §12.5)', () => {
    const rotations = [{ name: 'sre', members: ['a'], covers: '{ teams: [sre-core] }' }];
    for (const [runModel, covered] of [
      ['you-run-it', false],
      ['you-and-sre-run-it', true],
      ['sre-runs-it', true],
      ['ops-runs-it', false],
    ] as const) {
      const model = rotationModel(people('a'), rotations, ...base, service(runModel));
      const cart = model.services.get('cart');
      expect(cart && coveringRotations(model, cart).length > 0).toBe(covered);
    }
  });

  it('does not count a thin layer that names what it covers but not this service', () => {
    const model = rotationModel(
      people('a'),
      [{ name: 'noc', type: 'thin-layer', members: ['a'], covers: '{ services: [search] }' }],
      ...base,
      service('you-run-it'),
      doc('Service', 'search', 'owner: shop\nrunModel: you-run-it'),
    );
    const cart = model.services.get('cart');
    expect(cart && coveringRotations(model, cart)).toEqual([]);
  });
});
