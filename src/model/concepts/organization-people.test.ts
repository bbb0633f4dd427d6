import { describe, expect, it } from 'vitest';
import {
  modelOf,
  SHOP_DEVELOPERS,
  type TestDoc,
  tinyOrg,
} from '../../../test/support/docs-model.ts';
import type { CompiledModel as Model } from '../compiled/compiled-model.ts';
import type { Organization } from '../model.ts';
import { homeOrganization, organizationPeople, organizationTree } from './organization-people.ts';

function org(model: Model, name: string): Organization {
  const found = model.organizations.get(name);
  if (!found) throw new Error(name);
  return found;
}

const names = (model: Model, o: string) =>
  organizationPeople(model, org(model, o)).map((p) => p.name);

describe('organizationPeople (§12.4.4, §12.4.6): everyone in an organization counts', () => {
  it('counts the people of its teams and those below it, and the heads', () => {
    const model = modelOf(tinyOrg());
    expect(names(model, 'dev')).toEqual(['dev-head', 'dan', ...SHOP_DEVELOPERS]);
    expect(names(model, 'pd')).toEqual([
      'pd-head',
      'dev-head',
      'sre-head',
      'dan',
      'sam',
      ...SHOP_DEVELOPERS,
    ]);
    expect([...organizationTree(model, org(model, 'pd'))]).toEqual(['pd', 'dev', 'sre']);
  });

  it('counts a team manager who names no team in the organization of the team they manage', () => {
    const docs: TestDoc[] = [
      ...tinyOrg(),
      { kind: 'Person', name: 'mia', spec: { role: 'manager', reportsTo: 'dev-head' } },
    ].map((d) =>
      d.kind === 'Team' && d.name === 'shop' ? { ...d, spec: { ...d.spec, manager: 'mia' } } : d,
    );
    const model = modelOf(docs);
    expect(names(model, 'dev')).toContain('mia');
    expect(names(model, 'sre')).not.toContain('mia');
    expect(homeOrganization(model, 'mia')).toEqual({
      organization: 'dev',
      by: 'manages-team',
      via: 'shop',
    });
  });

  it('places a person without a team by their reporting line', () => {
    const model = modelOf([
      ...tinyOrg(),
      { kind: 'Person', name: 'staff-eng', spec: { role: 'developer', reportsTo: 'dev-head' } },
      { kind: 'Person', name: 'intern', spec: { role: 'developer', reportsTo: 'staff-eng' } },
    ]);
    expect(names(model, 'dev')).toEqual([
      'dev-head',
      'dan',
      ...SHOP_DEVELOPERS,
      'staff-eng',
      'intern',
    ]);
    expect(homeOrganization(model, 'intern')).toEqual({
      organization: 'dev',
      by: 'reporting-line',
      via: 'staff-eng',
    });
    expect(names(model, 'pd')).toHaveLength(7 + SHOP_DEVELOPERS.length);
  });

  it('counts a head once, in the organization they head, even with a team elsewhere', () => {
    const docs = tinyOrg().map((d) =>
      d.kind === 'Person' && d.name === 'sre-head'
        ? { ...d, spec: { ...d.spec, team: 'shop' } }
        : d,
    );
    const model = modelOf(docs);
    expect(names(model, 'sre')).toContain('sre-head');
    expect(names(model, 'dev')).not.toContain('sre-head');
    expect(names(model, 'pd').filter((n) => n === 'sre-head')).toHaveLength(1);
  });

  it('leaves a person with no team, no headship, no team to manage and no manager unplaced', () => {
    const model = modelOf([
      ...tinyOrg(),
      { kind: 'Person', name: 'loner', spec: { role: 'developer' } },
    ]);
    expect(homeOrganization(model, 'loner')).toBeUndefined();
    expect(names(model, 'pd')).not.toContain('loner');
  });
});
