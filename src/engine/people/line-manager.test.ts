import { describe, expect, it } from 'vitest';
import { doc, modelOf } from '../../../test/support/short-model.ts';
import { lineManager } from './line-manager.ts';

const model = modelOf([
  doc.org('pd', { type: 'product-delivery', head: 'ceo' }),
  doc.org('dev', { type: 'development', parent: 'pd', head: 'vp' }),
  doc.org('sre', { type: 'sre', parent: 'pd' }),
  doc.team('shop', { type: 'development', organization: 'dev', manager: 'em' }),
  doc.team('core', { type: 'sre', organization: 'sre' }),
  doc.person('ceo'),
  doc.person('vp'),
  doc.person('em', { team: 'shop' }),
  doc.person('dev1', { team: 'shop' }),
  doc.person('dev2', { team: 'shop', reportsTo: 'vp' }),
  doc.person('sre1', { team: 'core' }),
  doc.person('loner'),
]);

function managerOf(name: string) {
  const person = model.people.get(name);
  if (!person) throw new Error(name);
  return lineManager(model, person);
}

describe('lineManager', () => {
  it('takes reportsTo over everything else', () => {
    expect(managerOf('dev2')).toEqual({ manager: 'vp', source: 'reportsTo' });
  });

  it('falls back to the manager of the team', () => {
    expect(managerOf('dev1')).toEqual({ manager: 'em', source: 'team-manager' });
  });

  it('gives a team manager the head of their organization, not themselves', () => {
    expect(managerOf('em')).toEqual({ manager: 'vp', source: 'organization-head' });
  });

  it('walks up past an organization without a head', () => {
    expect(managerOf('sre1')).toEqual({ manager: 'ceo', source: 'organization-head' });
  });

  it('gives the head of an organization the head of its parent', () => {
    expect(managerOf('vp')).toEqual({ manager: 'ceo', source: 'organization-head' });
  });

  it('names no one at the top or for a person the chart does not place', () => {
    expect(managerOf('ceo')).toBeUndefined();
    expect(managerOf('loner')).toBeUndefined();
  });
});
