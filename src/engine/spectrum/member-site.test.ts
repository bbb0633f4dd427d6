import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { memberSite } from './member-site.ts';

describe('memberSite (§12.9.5)', () => {
  const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { timezone: 'Europe/Paris' });

  it('is the person’s location when the model gives one, even with a time zone', () => {
    const model = modelOf(
      patch(docs, 'Person', 'dan', { location: 'Hamburg', timezone: 'Europe/Berlin' }),
    );
    expect(memberSite(model.people.get('dan'), model.rotations.get('shop-oncall'))).toBe('Hamburg');
  });

  it('is the time zone name without a location', () => {
    const model = modelOf(patch(docs, 'Person', 'dan', { timezone: 'Europe/Berlin' }));
    expect(memberSite(model.people.get('dan'), model.rotations.get('shop-oncall'))).toBe(
      'Europe/Berlin',
    );
  });

  it('is the rotation’s zone for a member with neither, and unknown outside a rotation', () => {
    const model = modelOf(docs);
    const dan = model.people.get('dan');
    expect(memberSite(dan, model.rotations.get('shop-oncall'))).toBe('Europe/Paris');
    expect(memberSite(dan)).toBe('unknown');
    expect(memberSite(undefined)).toBe('unknown');
  });
});
