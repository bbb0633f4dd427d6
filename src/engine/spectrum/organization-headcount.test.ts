import { describe, expect, it } from 'vitest';
import { modelOf, SHOP_DEVELOPERS, tinyOrg } from '../../../test/support/docs-model.ts';
import { organizationPeople, organizationTree } from './organization-headcount.ts';

describe('organizationPeople (§12.4.6)', () => {
  it('counts the people of the organization’s teams and those below it, and their heads', () => {
    const model = modelOf(tinyOrg());
    const get = (name: string) => {
      const org = model.organizations.get(name);
      if (!org) throw new Error(name);
      return org;
    };
    expect(organizationPeople(model, get('dev'))).toEqual(['dev-head', 'dan', ...SHOP_DEVELOPERS]);
    expect(organizationPeople(model, get('pd'))).toEqual([
      'pd-head',
      'dev-head',
      'sre-head',
      'dan',
      'sam',
      ...SHOP_DEVELOPERS,
    ]);
    expect([...organizationTree(model, 'pd')]).toEqual(['pd', 'dev', 'sre']);
  });
});
