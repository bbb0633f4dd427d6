import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { POSITIONING_TABLE, positionSreOrganizations } from './positioning.ts';

// §12.8.4 "Four Types of SRE Organizations".
const CHAPTER = [
  ['cost-center', 'Cost reduction', 'Reduce cost'],
  ['asset', 'Reliability asset', 'Optimize the asset'],
  ['partner', 'Reliability business value', 'Exploit revenue'],
  ['enabler', 'Enabling business through reliability', 'Nurture'],
] as const;

describe('the SRE organization types (§12.8.4)', () => {
  it.each(CHAPTER)(
    'gives SRE as %s the focus "%s" and the strategy "%s"',
    (type, focus, strategy) => {
      expect(POSITIONING_TABLE[type]).toMatchObject({ focus, strategy });
    },
  );
});

describe('positionSreOrganizations', () => {
  it('states the type, focus and strategy of each SRE organization', () => {
    expect(positionSreOrganizations(modelOf(tinyOrg()))).toEqual([
      {
        organization: 'sre',
        positioning: 'partner',
        focus: 'Reliability business value',
        strategy: 'Exploit revenue',
        advice: expect.stringContaining('new revenue streams'),
      },
    ]);
  });

  it('advises repositioning a cost center', () => {
    const model = modelOf(patch(tinyOrg(), 'Organization', 'sre', { positioning: 'cost-center' }));
    expect(positionSreOrganizations(model)[0]?.advice).toContain('reposition');
  });

  it('asks for a decision when the positioning is not stated', () => {
    const model = modelOf(patch(tinyOrg(), 'Organization', 'sre', { positioning: undefined }));
    expect(positionSreOrganizations(model)[0]).toMatchObject({
      positioning: undefined,
      focus: undefined,
      advice: expect.stringContaining('Not stated'),
    });
  });

  it('positions nothing when there is no SRE organization', () => {
    const docs = tinyOrg().filter((d) => !(d.kind === 'Organization' && d.name === 'sre'));
    const model = modelOf(
      patch(patch(docs, 'Team', 'sre-core', { organization: 'dev' }), 'Person', 'sre-head', {
        reportsTo: 'pd-head',
      }),
    );
    expect(positionSreOrganizations(model)).toEqual([]);
  });
});
