import { describe, expect, it } from 'vitest';
import { type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { thinLayerWithoutForward } from './thin-layer-without-forward.ts';

const thinLayer = (forwardsTo?: string[]): TestDoc => ({
  kind: 'Rotation',
  name: 'noc',
  spec: {
    type: 'thin-layer',
    coverage: '24x7',
    members: ['dan'],
    covers: { services: ['cart'] },
    ...(forwardsTo ? { forwardsTo } : {}),
  },
});

describe('thin-layer-without-forward (§12.6)', () => {
  it('reports a thin layer that forwards nowhere', () => {
    expect(findingsOf(thinLayerWithoutForward, [...tinyOrg(), thinLayer()])).toEqual([
      {
        code: 'thin-layer-without-forward',
        severity: 'error',
        subject: { kind: 'Rotation', name: 'noc' },
        message: expect.stringContaining('forwards to no rotation:'),
        section: '§12.6',
      },
    ]);
  });

  it('reports a thin layer that forwards only to a domain rotation', () => {
    const docs = [
      ...tinyOrg(),
      {
        kind: 'Rotation',
        name: 'payments',
        spec: { type: 'domain', coverage: '8x7', members: ['dan'], covers: { domain: 'payments' } },
      },
      thinLayer(['payments']),
    ];
    expect(findingsOf(thinLayerWithoutForward, docs)[0]?.message).toContain(
      'forwards to no rotation of type team',
    );
  });

  it('accepts a thin layer that forwards to a team rotation', () => {
    expect(findingsOf(thinLayerWithoutForward, [...tinyOrg(), thinLayer(['shop-oncall'])])).toEqual(
      [],
    );
  });
});
