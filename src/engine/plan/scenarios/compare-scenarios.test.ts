import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../../test/support/docs-model.ts';
import { buildPlanDocument } from '../document/build-plan-document.ts';
import { compareScenarios } from './compare-scenarios.ts';
import { ScenarioComparisonSchema } from './scenario-schema.ts';

describe('compareScenarios', () => {
  const a = buildPlanDocument(modelOf(tinyOrg()), { revision: 'a' });
  const b = buildPlanDocument(
    modelOf(patch(tinyOrg(), 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined })),
    { revision: 'b' },
  );
  const comparison = compareScenarios([
    { label: 'a/', doc: a },
    { label: 'b/', doc: b },
  ]);

  it('is exactly what its schema says, one scenario per model in the order given', () => {
    expect(ScenarioComparisonSchema.safeParse(comparison).success).toBe(true);
    expect(comparison.scenarios.map((s) => [s.label, s.revision])).toEqual([
      ['a/', 'a'],
      ['b/', 'b'],
    ]);
  });

  it('reads every figure from the scenario’s own plan document', () => {
    for (const [s, doc] of [
      [comparison.scenarios[0], a],
      [comparison.scenarios[1], b],
    ] as const) {
      expect(s?.cost.perYear).toEqual(doc.cost.today.total);
      expect(s?.cost.afterItsPlan).toEqual(doc.cost.target.total);
      expect(s?.sreTeams.current).toBe(doc.staffing.sreTeams.current);
      expect(s?.risks.total).toBe(doc.risks.length);
      expect(s?.onCall.people).toBe(doc.onCallLoad.length);
      expect(s?.services).toBe(doc.services.length);
    }
  });

  it('counts the run models as each model states them', () => {
    expect(comparison.scenarios[0]?.runModels).toEqual({ 'you-and-sre-run-it': 1 });
    expect(comparison.scenarios[1]?.runModels).toEqual({ 'you-run-it': 1 });
  });
});
