import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { rotationsCovering, servicesCoveredBy } from './rotations-covering.ts';

const rotation = (name: string, covers: Record<string, unknown>) => ({
  kind: 'Rotation',
  name,
  spec: { type: 'domain', coverage: '8x7', members: ['dan'], covers },
});

describe('rotationsCovering', () => {
  it('finds rotations covering a service by name, by owner team and by domain', () => {
    const model = modelOf([
      ...tinyOrg(),
      rotation('by-name', { services: ['cart'] }),
      rotation('by-domain', { domain: 'payments' }),
      rotation('other-domain', { domain: 'catalog' }),
      rotation('nothing', {}),
    ]);
    const cart = model.services.get('cart');
    if (!cart) throw new Error('no cart');
    expect(rotationsCovering(model, cart).map((r) => r.name)).toEqual([
      'shop-oncall',
      'by-name',
      'by-domain',
    ]);
  });

  it('takes the owner team’s domain when the service states none', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { domain: undefined });
    const model = modelOf([...docs, rotation('by-domain', { domain: 'payments' })]);
    const cart = model.services.get('cart');
    if (!cart) throw new Error('no cart');
    expect(rotationsCovering(model, cart).map((r) => r.name)).toContain('by-domain');
  });

  it('covers nothing with a rotation that states no cover', () => {
    const model = modelOf([
      ...tinyOrg(),
      { kind: 'Rotation', name: 'bare', spec: { type: 'team', coverage: '8x5', members: ['dan'] } },
    ]);
    const bare = model.rotations.get('bare');
    if (!bare) throw new Error('no rotation');
    expect(servicesCoveredBy(model, bare)).toEqual([]);
  });
});
