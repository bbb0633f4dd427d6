import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { analyzePlan } from './analyze-plan.ts';

describe('analyzePlan', () => {
  it('adds the findings of every check to the spectrum analysis', () => {
    const plan = analyzePlan(modelOf(patch(tinyOrg(), 'Organization', 'sre', { head: undefined })));
    expect(plan.services.map((s) => s.name)).toEqual(['cart']);
    expect(plan.checks.map((c) => c.code)).toEqual(['sre-org-needs-head']);
  });
});
