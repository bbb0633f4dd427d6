import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { unorganizedOnOwnerRotation } from './unorganized-on-owner-rotation.ts';

/** cart, unorganized (§12.8.1), on shop-oncall, which names its owner team shop. */
const unorganized = () =>
  patch(tinyOrg(), 'Service', 'cart', {
    runModel: 'unorganized',
    sreTeam: undefined,
    errorBudgetPolicy: undefined,
  });

const thinLayer = {
  kind: 'Rotation',
  name: 'noc',
  spec: { type: 'thin-layer', coverage: '24x7', members: ['dan'], forwardsTo: ['shop-oncall'] },
};

describe('unorganized-on-owner-rotation (§12.8.1)', () => {
  it('reports an unorganized service covered only because a rotation names its owner team', () => {
    expect(findingsOf(unorganizedOnOwnerRotation, unorganized())).toEqual([
      {
        code: 'unorganized-on-owner-rotation',
        severity: 'warning',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringMatching(
          /^Service cart is covered by shop-oncall \(24x7\) only because team shop owns it: .*decide who runs it/,
        ),
        section: '§12.8.1',
      },
    ]);
  });

  it('still reports it behind a thin layer that covers every service: a first line is not who runs it', () => {
    expect(findingsOf(unorganizedOnOwnerRotation, [...unorganized(), thinLayer])).toHaveLength(1);
  });

  it.each([
    ['a rotation naming it', { teams: ['shop'], services: ['cart'] }],
    ['a rotation of its domain', { domain: 'payments' }],
  ])('accepts an unorganized service covered by %s', (_how, covers) => {
    const docs = patch(unorganized(), 'Rotation', 'shop-oncall', { covers });
    expect(findingsOf(unorganizedOnOwnerRotation, docs)).toEqual([]);
  });

  it('accepts a service whose run model is decided, and leaves one nothing covers to service-without-rotation', () => {
    const decided = patch(unorganized(), 'Service', 'cart', { runModel: 'you-run-it' });
    expect(findingsOf(unorganizedOnOwnerRotation, decided)).toEqual([]);
    const uncovered = patch(unorganized(), 'Rotation', 'shop-oncall', { covers: { services: [] } });
    expect(findingsOf(unorganizedOnOwnerRotation, uncovered)).toEqual([]);
  });
});
