import { describe, expect, it } from 'vitest';
import { modelOf, tinyOrg } from '../../../test/support/docs-model.ts';
import { analyzeSpectrum } from './analyze-spectrum.ts';

describe('analyzeSpectrum', () => {
  it('describes each service today next to its recommendation', () => {
    const analysis = analyzeSpectrum(modelOf(tinyOrg()));
    expect(analysis.services).toEqual([
      {
        name: 'cart',
        owner: 'shop',
        runModel: 'you-and-sre-run-it',
        availabilityTarget: 99.95,
        tier: 'high',
        tierBasis: 'target',
        demand: 'high',
        errorBudgetPolicy: 'standard',
        sreTeam: 'sre-core',
        rotations: [{ name: 'shop-oncall', type: 'team' }],
        recommendation: expect.objectContaining({
          runModel: 'you-and-sre-run-it',
          rotation: 'team',
        }),
      },
    ]);
    expect(analysis.thresholds).toEqual({ high: 99.9, medium: 99.5 });
    expect(analysis.placements.map((p) => p.team)).toEqual(['sre-core']);
    expect(analysis.transitions).toEqual([]);
  });

  it('gives the same result for the same model', () => {
    const model = modelOf(tinyOrg());
    expect(JSON.stringify(analyzeSpectrum(model))).toBe(JSON.stringify(analyzeSpectrum(model)));
  });
});
