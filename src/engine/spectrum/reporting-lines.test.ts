import { describe, expect, it } from 'vitest';
import { modelOf, patch, SHOP_DEVELOPERS, tinyOrg } from '../../../test/support/docs-model.ts';
import { reportingLines } from './reporting-lines.ts';

describe('reportingLines (§12.7.1)', () => {
  it('derives each person’s line from reportsTo and the models they take part in', () => {
    const lines = reportingLines(modelOf(tinyOrg()));
    expect(lines.people).toEqual([
      {
        person: 'dan',
        group: 'developer',
        team: 'shop',
        teamOrganization: 'dev',
        lineOrganization: 'dev',
        lineOrganizationType: 'development',
        managerChain: ['dev-head', 'pd-head'],
        runModels: ['you-and-sre-run-it'],
      },
      {
        person: 'sam',
        group: 'sre',
        team: 'sre-core',
        teamOrganization: 'sre',
        lineOrganization: 'sre',
        lineOrganizationType: 'sre',
        managerChain: ['sre-head', 'pd-head'],
        runModels: ['you-and-sre-run-it'],
      },
      // The rest of the shop's developers, on its rotation like dan.
      ...SHOP_DEVELOPERS.map((person) => ({
        person,
        group: 'developer',
        team: 'shop',
        teamOrganization: 'dev',
        lineOrganization: 'dev',
        lineOrganizationType: 'development',
        managerChain: ['dev-head', 'pd-head'],
        runModels: ['you-and-sre-run-it'],
      })),
    ]);
    expect(lines.models).toEqual(['you-and-sre-run-it']);
    expect(lines.table).toEqual({
      development: {
        'you-and-sre-run-it': { developer: 7, sre: 0, 'sre-infrastructure-engineer': 0 },
      },
      sre: { 'you-and-sre-run-it': { developer: 0, sre: 1, 'sre-infrastructure-engineer': 0 } },
    });
  });

  it('puts SRE infrastructure engineers in every model in use', () => {
    const docs = [
      ...tinyOrg(),
      { kind: 'Team', name: 'infra', spec: { type: 'sre-infrastructure', organization: 'sre' } },
      { kind: 'Person', name: 'ivy', spec: { team: 'infra', role: 'sre', reportsTo: 'sre-head' } },
      {
        kind: 'Service',
        name: 'faq',
        spec: { owner: 'shop', runModel: 'you-run-it' },
      },
    ];
    const ivy = reportingLines(modelOf(docs)).people.find((p) => p.person === 'ivy');
    expect(ivy).toMatchObject({
      group: 'sre-infrastructure-engineer',
      runModels: ['you-run-it', 'you-and-sre-run-it'],
    });
  });

  it('files people whose chain reaches no head under "none"', () => {
    const docs = patch(tinyOrg(), 'Person', 'dan', { reportsTo: undefined });
    const lines = reportingLines(modelOf(docs));
    expect(lines.people[0]).toMatchObject({ lineOrganization: undefined, managerChain: [] });
    expect(Object.keys(lines.table)).toContain('none');
  });

  it('leaves managers and ops engineers out of the three groups', () => {
    const docs = [
      ...tinyOrg(),
      { kind: 'Person', name: 'olga', spec: { team: 'shop', role: 'ops-engineer' } },
    ];
    expect(reportingLines(modelOf(docs)).people.map((p) => p.person)).toEqual([
      'dan',
      'sam',
      ...SHOP_DEVELOPERS,
    ]);
  });
});
