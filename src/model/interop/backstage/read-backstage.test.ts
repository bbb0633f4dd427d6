import { describe, expect, it } from 'vitest';
import { fixtureSources } from '../../../../test/support/fixtures.ts';
import { doc } from '../../../../test/support/yaml-model.ts';
import { loadModel } from '../../load-model.ts';
import type { Model } from '../../model.ts';

/** A Backstage entity as YAML text. */
function entity(kind: string, name: string, spec: string, metadata = ''): string {
  const indent = (text: string, by: string) =>
    text
      .trim()
      .split('\n')
      .map((line) => `${by}${line}`)
      .join('\n');
  return `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${metadata ? `${indent(metadata, '  ')}\n` : ''}spec:\n${indent(spec, '  ')}\n`;
}

const ORG = entity('Group', 'acme', 'type: organization\nchildren: [web]');
const TEAM = entity('Group', 'web', 'type: team\nparent: acme\nchildren: []');
const ANN = entity('User', 'ann.lee', 'memberOf: [web]\nprofile: { displayName: Ann Lee }');
const SHOP = entity('Component', 'shop', 'type: service\nlifecycle: production\nowner: web');

function load(...files: [string, string][]) {
  return loadModel(files.map(([name, text]) => ({ name, text })));
}

function modelOf(result: ReturnType<typeof loadModel>): Model {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.model;
}

describe('the Backstage example organization (test/fixtures/backstage)', () => {
  const result = loadModel(fixtureSources('backstage'));
  const model = modelOf(result);

  it('yields 4 organizations, 5 teams, 17 people and 12 services', () => {
    expect(model.organizations.size).toBe(4);
    expect(model.teams.size).toBe(5);
    expect(model.people.size).toBe(17);
    expect(model.services.size).toBe(12);
  });

  it('reads the group tree: organizations with parents, teams in their organization', () => {
    expect(model.organizations.get('acme-corp')?.spec).toMatchObject({ type: 'product-delivery' });
    expect(model.organizations.get('infrastructure')?.spec).toMatchObject({
      type: 'development',
      parent: 'acme-corp',
    });
    expect(model.organizations.get('boxoffice')?.spec.parent).toBe('infrastructure');
    expect(model.teams.get('team-a')?.spec).toMatchObject({
      type: 'development',
      organization: 'backstage',
    });
    expect(model.teams.get('team-e')?.spec.organization).toBe('boxoffice');
    expect(model.organizations.get('boxoffice')?.metadata.displayName).toBe('Box Office');
  });

  it('reports the parent that the parent group does not list as inconsistent, and uses it', () => {
    const inconsistent = result.inferences.filter((i) => i.code === 'inconsistent');
    expect(inconsistent).toHaveLength(1);
    expect(inconsistent[0]).toMatchObject({
      file: 'backstage/acme/team-e-big-name-group.yaml',
      line: 12,
      path: 'spec.parent',
    });
  });

  it('makes people of users, with slug names, their team and display name', () => {
    expect(model.people.get('breanna-davison')?.spec).toEqual({ team: 'team-a' });
    expect(model.people.get('janelle-dawe')?.spec).toEqual({
      team: 'team-a',
      displayName: 'Janelle Dawe',
    });
    expect(result.inferences).toContainEqual(
      expect.objectContaining({
        code: 'renamed',
        message: expect.stringContaining('breanna.davison is the Person breanna-davison'),
      }),
    );
  });

  it('keeps the guest of the development namespace as its own person, named with the namespace', () => {
    expect(model.people.get('guest')?.spec.team).toBe('team-a');
    expect(model.people.get('development-guest')?.spec.team).toBe('team-a');
    expect(model.people.get('development-guest')?.metadata.annotations).toEqual({
      'whorunsit.dev/backstage-ref': 'user:development/guest',
    });
  });

  it('takes the domain from the system and the system as product line', () => {
    expect(model.services.get('artist-lookup')?.spec).toEqual({
      owner: 'team-a',
      runModel: 'you-run-it',
      productLine: 'artist-engagement-portal',
      domain: 'artists',
    });
    expect(model.services.get('wayback-archive')?.spec.domain).toBeUndefined();
  });

  it('resolves owners that are users, written with or without the kind, to the user’s team', () => {
    expect(model.services.get('searcher')?.spec.owner).toBe('team-a');
    expect(model.services.get('playback-order')?.spec.owner).toBe('team-a');
    const owner = result.inferences.find(
      (i) => i.subject?.name === 'playback-order' && i.field === 'owner',
    );
    expect(owner?.message).toContain('"guest" is no Group but a User, a member of team-a');
  });

  it('leaves the library out and says so', () => {
    expect(model.services.has('playback-sdk')).toBe(false);
    expect(result.inferences).toContainEqual(
      expect.objectContaining({
        code: 'ignored',
        file: 'backstage/components/playback-lib-component.yaml',
        message: expect.stringContaining('a library is built, not run'),
      }),
    );
  });

  it('reports every value it infers: team types from owned components, run models', () => {
    const teamA = result.inferences.find((i) => i.subject?.name === 'team-a' && i.field === 'type');
    expect(teamA?.message).toMatch(
      /^Team team-a: type taken as development because it owns components \(/,
    );
    const teamE = result.inferences.find((i) => i.subject?.name === 'team-e' && i.field === 'type');
    expect(teamE?.message).toContain('it owns no components');
    const runModels = result.inferences.filter((i) => i.field === 'runModel');
    expect(runModels).toHaveLength(12);
  });

  it('reports the kinds it does not use', () => {
    expect(result.inferences).toContainEqual(
      expect.objectContaining({
        code: 'ignored',
        message: expect.stringContaining('Resource "artists-db" not used'),
      }),
    );
  });
});

describe('readBackstage', () => {
  it('reads whorunsit.dev annotations as fields, parsing numbers and lists', () => {
    const shop = entity(
      'Component',
      'shop',
      'type: service\nowner: web',
      'annotations:\n  whorunsit.dev/runModel: sre-runs-it\n  whorunsit.dev/sreTeam: web\n  whorunsit.dev/availabilityTarget: "99.95"\n  whorunsit.dev/runbooks: "[https://wiki.example.com/shop]"',
    );
    const model = modelOf(load(['c.yaml', [ORG, TEAM, shop].join('---\n')]));
    expect(model.services.get('shop')?.spec).toMatchObject({
      runModel: 'sre-runs-it',
      availabilityTarget: 99.95,
      runbooks: ['https://wiki.example.com/shop'],
    });
  });

  it('keeps a string annotation a string when the field wants one', () => {
    const org = entity(
      'Group',
      'acme',
      'type: organization',
      'annotations:\n  whorunsit.dev/costCenter: "0042"',
    );
    expect(modelOf(load(['o.yaml', org])).organizations.get('acme')?.spec.costCenter).toBe('0042');
  });

  it('rejects an unknown whorunsit.dev annotation at its key, with the closest field', () => {
    const shop = entity(
      'Component',
      'shop',
      'type: service\nowner: web',
      'annotations:\n  whorunsit.dev/runModle: sre-runs-it',
    );
    const result = load(['c.yaml', [ORG, TEAM, shop].join('---\n')]);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'unknown-field',
        line: 23,
        column: 5,
        message: expect.stringContaining('did you mean "whorunsit.dev/runModel"?'),
      }),
    ]);
  });

  it('reports an invalid annotation value where the annotation is', () => {
    const shop = entity(
      'Component',
      'shop',
      'type: service\nowner: web',
      'annotations:\n  whorunsit.dev/availabilityTarget: "100"',
    );
    const result = load(['c.yaml', [ORG, TEAM, shop].join('---\n')]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        file: 'c.yaml',
        line: 23,
        path: 'spec.availabilityTarget',
      }),
    ]);
  });

  it('infers you-and-sre-run-it for a service that names an SRE team', () => {
    const shop = entity(
      'Component',
      'shop',
      'type: service\nowner: web',
      'annotations:\n  whorunsit.dev/sreTeam: web',
    );
    const result = load(['c.yaml', [ORG, TEAM, shop].join('---\n')]);
    expect(modelOf(result).services.get('shop')?.spec.runModel).toBe('you-and-sre-run-it');
  });

  it('refuses an organization as the owner of a service', () => {
    const shop = entity('Component', 'shop', 'type: service\nowner: acme');
    const result = load(['c.yaml', [ORG, TEAM, shop].join('---\n')]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'invalid-value',
        path: 'spec.owner',
        message: expect.stringContaining('acme, which is an organization'),
      }),
    );
  });

  it('reports an owner that is not in the catalog as an unknown reference in the catalog file', () => {
    const shop = entity('Component', 'shop', 'type: service\nowner: group:default/webb');
    const result = load(['c.yaml', [ORG, TEAM, shop].join('---\n')]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        file: 'c.yaml',
        line: 24,
        column: 10,
        message: expect.stringContaining('did you mean "web"?'),
      }),
    ]);
  });

  it('takes groups of unknown types by their place in the tree, and says so', () => {
    const tribe = entity('Group', 'tribe', 'type: guild\nchildren: [squad]');
    const squad = entity('Group', 'squad', 'type: chapter\nparent: tribe');
    const result = load(['g.yaml', [tribe, squad].join('---\n')]);
    const model = modelOf(result);
    expect(model.organizations.has('tribe')).toBe(true);
    expect(model.teams.get('squad')?.spec.organization).toBe('tribe');
    expect(result.inferences.map((i) => i.message)).toContain(
      'Group tribe taken as an Organization: its type "guild" is not one whorunsit knows and it has child groups',
    );
  });

  it('follows the annotation whorunsit.dev/kind over the group type', () => {
    const org = entity(
      'Group',
      'platform',
      'type: team',
      'annotations:\n  whorunsit.dev/kind: Organization\n  whorunsit.dev/type: sre',
    );
    expect(modelOf(load(['g.yaml', org])).organizations.get('platform')?.spec.type).toBe('sre');
  });

  it('takes a group as the kind a whorunsit document gives it', () => {
    const result = load(
      ['g.yaml', entity('Group', 'ops', 'type: team')],
      ['w.yaml', doc('Organization', 'ops', 'type: operations')],
    );
    expect(modelOf(result).organizations.get('ops')?.spec.type).toBe('operations');
  });

  it('types an organization by the types the whorunsit documents give its teams', () => {
    const root = entity('Group', 'acme', 'type: organization');
    const sre = entity('Group', 'sre', 'type: department\nparent: acme');
    const core = entity('Group', 'core', 'type: team\nparent: sre');
    const overlay = doc('Team', 'core', 'type: sre');
    const result = load(['g.yaml', [root, sre, core].join('---\n')], ['w.yaml', overlay]);
    const model = modelOf(result);
    expect(model.organizations.get('sre')?.spec.type).toBe('sre');
    expect(model.teams.get('core')?.spec).toEqual({ type: 'sre', organization: 'sre' });
    expect(result.inferences.some((i) => i.subject?.name === 'core' && i.field === 'type')).toBe(
      false,
    );
  });

  it('reports a team in no organization, and validation asks for the organization there', () => {
    const result = load(['g.yaml', entity('Group', 'lonely', 'type: team')]);
    expect(result.inferences).toContainEqual(
      expect.objectContaining({ code: 'unattached', subject: { kind: 'Team', name: 'lonely' } }),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'missing-field', file: 'g.yaml', path: 'spec.organization' }),
    ]);
  });

  it('reports memberships in groups the catalog lacks and reads people without them', () => {
    const bob = entity('User', 'bob', 'memberOf: [ghosts]');
    const result = load(['u.yaml', bob]);
    expect(modelOf(result).people.get('bob')?.spec).toEqual({});
    expect(result.inferences[0]).toMatchObject({
      code: 'unattached',
      line: 6,
      path: 'spec.memberOf[0]',
    });
  });

  it('takes the first team of a person in several, and says so', () => {
    const other = entity('Group', 'api', 'type: team\nparent: acme\nmembers: [ann.lee]');
    const result = load(['g.yaml', [ORG, TEAM, other, ANN].join('---\n')]);
    expect(modelOf(result).people.get('ann-lee')?.spec.team).toBe('web');
    expect(result.inferences.map((i) => i.message)).toContain(
      'Person ann-lee: team taken as web, the first of the teams ann.lee is a member of (web, api); a person has one team in whorunsit',
    );
  });

  it('reports names that become the same whorunsit name as duplicates', () => {
    const a = entity('User', 'ann.lee', 'memberOf: []');
    const b = entity('User', 'ann_lee', 'memberOf: []');
    const result = load(['u.yaml', [a, b].join('---\n')]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-name', line: 11 }),
    ]);
  });

  it('reports a Backstage entity without a name', () => {
    const result = load([
      'u.yaml',
      'apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: {}\nspec: {}\n',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'missing-field', path: 'metadata.name' }),
    ]);
  });
});

describe('merging whorunsit documents into catalog entities', () => {
  it('adds fields and reports the merge', () => {
    const overlay = doc(
      'Service',
      'shop',
      'runModel: sre-runs-it\nsreTeam: web\navailabilityTarget: 99.9',
    );
    const result = load(['c.yaml', [ORG, TEAM, SHOP].join('---\n')], ['o.yaml', overlay]);
    const shop = modelOf(result).services.get('shop');
    expect(shop?.spec).toEqual({
      owner: 'web',
      runModel: 'sre-runs-it',
      sreTeam: 'web',
      availabilityTarget: 99.9,
    });
    expect(shop?.source).toEqual({ file: 'c.yaml', line: 21, column: 9 });
    expect(result.inferences).toContainEqual(
      expect.objectContaining({
        code: 'merged',
        file: 'o.yaml',
        message:
          'Service shop: runModel, sreTeam, availabilityTarget added to the catalog entity of the same name',
      }),
    );
    expect(
      result.inferences.some((i) => i.subject?.name === 'shop' && i.field === 'runModel'),
    ).toBe(false);
  });

  it('reports a value the catalog states that a whorunsit document replaces', () => {
    const api = entity('Group', 'api', 'type: team\nparent: acme');
    const overlay = doc('Service', 'shop', 'owner: api');
    const result = load(['c.yaml', [ORG, TEAM, api, SHOP].join('---\n')], ['o.yaml', overlay]);
    expect(modelOf(result).services.get('shop')?.spec.owner).toBe('api');
    expect(result.inferences).toContainEqual(
      expect.objectContaining({
        code: 'overridden',
        file: 'o.yaml',
        line: 6,
        message: 'Service shop: owner web (c.yaml:33) replaced by api',
      }),
    );
  });

  it('locates problems of a merged entity in the file that holds the value', () => {
    const overlay = doc('Service', 'shop', 'runModel: who-knows\ncolour: red');
    const result = load(['c.yaml', [ORG, TEAM, SHOP].join('---\n')], ['o.yaml', overlay]);
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code, p.path])).toEqual([
      ['o.yaml', 6, 13, 'invalid-value', 'spec.runModel'],
      ['o.yaml', 7, 3, 'unknown-field', 'spec.colour'],
    ]);
  });

  it('keeps a whorunsit document without a catalog counterpart as it is', () => {
    const result = load(
      ['c.yaml', [ORG, TEAM].join('---\n')],
      ['o.yaml', doc('Team', 'sre', 'type: sre\norganization: acme\nsupports: [web]')],
    );
    expect(modelOf(result).teams.get('sre')?.source.file).toBe('o.yaml');
    expect(result.inferences.some((i) => i.code === 'merged')).toBe(false);
  });
});
