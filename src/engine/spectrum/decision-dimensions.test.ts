import { describe, expect, it } from 'vitest';
import { modelOf, tinyOrg } from '../../../test/support/docs-model.ts';
import { decisionDimensions } from './decision-dimensions.ts';

describe('decisionDimensions (§12.8.2)', () => {
  it('keeps who runs each service apart from where SRE sits', () => {
    expect(decisionDimensions(modelOf(tinyOrg()))).toEqual({
      whoRunsIt: {
        decidedPer: 'service',
        changeable: 'easily',
        services: [{ service: 'cart', runModel: 'you-and-sre-run-it' }],
      },
      organizational: {
        decidedPer: 'product-delivery-organization',
        changeable: 'hardly',
        sreTeams: [{ team: 'sre-core', home: 'sre' }],
        sreOrganizations: ['sre'],
      },
    });
  });
});
