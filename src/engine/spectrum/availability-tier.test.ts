import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import type { Service } from '../../model/index.ts';
import { describeTier, tierOfService, tierThresholds } from './availability-tier.ts';

/** The tier of `cart` in the tiny organization with these service fields. */
function cart(spec: Record<string, unknown>) {
  const model = modelOf(patch(tinyOrg(), 'Service', 'cart', spec));
  const service = model.services.get('cart') as Service;
  const thresholds = tierThresholds(model);
  return { ...tierOfService(service, thresholds), words: describeTier(service, thresholds) };
}

describe('the tier a service is run by (§12.6, §12.8.1)', () => {
  it('is its target’s tier when it states a target, whatever its demand', () => {
    expect(cart({ availabilityTarget: 99.0, demand: 'high' })).toEqual({
      tier: 'low',
      basis: 'target',
      words: 'a low-tier target of 99%',
    });
  });

  it('is its demand without a target, and says it holds until a target is set', () => {
    expect(cart({ availabilityTarget: undefined, demand: 'high' })).toEqual({
      tier: 'high',
      basis: 'demand',
      words: 'high demand and no availability target (high tier until a target is set)',
    });
  });

  it('is medium by default with neither target nor demand', () => {
    expect(cart({ availabilityTarget: undefined, demand: undefined })).toEqual({
      tier: 'medium',
      basis: 'default',
      words: 'neither an availability target nor demand (medium tier until a target is set)',
    });
  });
});
