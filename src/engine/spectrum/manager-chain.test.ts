import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { lineOrganization, managerChain, organizationAndAncestors } from './manager-chain.ts';

describe('managerChain and lineOrganization', () => {
  it('walks reportsTo upwards and finds the first head on the way', () => {
    const model = modelOf(tinyOrg());
    const dan = model.people.get('dan');
    if (!dan) throw new Error('no dan');
    const chain = managerChain(model, dan);
    expect(chain.map((p) => p.name)).toEqual(['dev-head', 'pd-head']);
    expect(lineOrganization(model, chain)?.name).toBe('dev');
  });

  it('takes the innermost organization of a head of several', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', { head: 'dev-head' });
    const model = modelOf(patch(docs, 'Person', 'dev-head', { reportsTo: undefined }));
    const dan = model.people.get('dan');
    if (!dan) throw new Error('no dan');
    expect(lineOrganization(model, managerChain(model, dan))?.name).toBe('dev');
  });

  it('lists an organization and its ancestors, innermost first', () => {
    expect(organizationAndAncestors(modelOf(tinyOrg()), 'dev').map((o) => o.name)).toEqual([
      'dev',
      'pd',
    ]);
  });
});
