import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { PLACEMENT_TABLE } from './placement-table.ts';
import { sreTeamPlacements } from './sre-team-placement.ts';

describe('sreTeamPlacements (§12.4.4–§12.4.8)', () => {
  it('places an SRE team of a dedicated SRE organization with that organization’s facts', () => {
    let docs = patch(tinyOrg(), 'Organization', 'sre', {
      costCenter: 'CC-4000',
      budget: { amount: 100000, currency: 'EUR', period: 'quarter' },
      headcountLimit: 10,
    });
    docs = patch(docs, 'Team', 'sre-core', {
      manager: 'sre-head',
      supports: [{ team: 'shop', hoursPerMonth: 120.5 }],
    });
    docs.push({
      kind: 'TransferPrice',
      name: 'support',
      spec: { provider: 'sre', consumer: 'dev', hourlyRate: 90 },
    });
    const [placement] = sreTeamPlacements(modelOf(docs));
    expect(placement).toEqual({
      team: 'sre-core',
      organization: 'sre',
      home: 'sre',
      chapter: PLACEMENT_TABLE.sre,
      reportingLine: ['sre-head', 'pd-head'],
      teamHeadCount: 1,
      organizationHeadCount: 2,
      headcountLimit: 10,
      budgetPerYear: { minor: 40000000, currency: 'EUR' },
      costCenter: 'CC-4000',
      charges: [{ transferPrice: 'support', consumer: 'dev', hoursPerMonth: 120.5 }],
    });
  });

  it('charges support without agreed hours at its share of the team’s time, as chargeback does (§12.4.7)', () => {
    const docs = [
      ...tinyOrg(),
      {
        kind: 'TransferPrice',
        name: 'support',
        spec: { provider: 'sre', consumer: 'dev', hourlyRate: 90 },
      },
    ];
    const [placement] = sreTeamPlacements(modelOf(docs));
    expect(placement?.charges).toEqual([
      { transferPrice: 'support', consumer: 'dev', hoursPerMonth: 173.93 },
    ]);
  });

  it('uses the development row for an SRE team in the development organization', () => {
    const docs = patch(tinyOrg(), 'Team', 'sre-core', { organization: 'dev' });
    const [placement] = sreTeamPlacements(modelOf(docs));
    expect(placement?.home).toBe('development');
    expect(placement?.chapter?.reportingLine).toBe('Development manager -> Head of Development');
    expect(placement?.reportingLine).toEqual([]);
  });

  it('has no chapter row for an SRE team placed directly in the product delivery organization', () => {
    const docs = patch(tinyOrg(), 'Team', 'sre-core', { organization: 'pd' });
    expect(sreTeamPlacements(modelOf(docs))[0]).toMatchObject({
      home: 'product-delivery',
      chapter: undefined,
    });
  });
});
