import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { analyzePlan } from '../../engine/plan/analyze-plan.ts';
import { planJson } from './plan-json.ts';

function json(docs = tinyOrg()) {
  const model = modelOf(docs);
  return JSON.parse(JSON.stringify(planJson(model, analyzePlan(model))));
}

describe('planJson (the contract scripts rely on)', () => {
  it('has services with their run model and recommendation', () => {
    const [service] = json().services;
    expect(service).toMatchObject({
      name: 'cart',
      runModel: 'you-and-sre-run-it',
      recommendation: { runModel: 'you-and-sre-run-it', rotation: 'team' },
    });
    expect(service.recommendation.reasons.every((r: unknown) => typeof r === 'string')).toBe(true);
  });

  it('has placements, reporting lines, transitions and checks', () => {
    const docs = patch(tinyOrg(), 'Organization', 'sre', {
      budget: { amount: 1000.5, currency: 'EUR', period: 'year' },
      head: undefined,
    });
    const plan = json(docs);
    expect(plan.placements[0]).toMatchObject({
      team: 'sre-core',
      home: 'sre',
      budgetPerYear: { amount: '1000.50', currency: 'EUR' },
      headcountLimit: null,
    });
    expect(plan.reportingLines.map((l: { person: string }) => l.person)).toEqual(['dan', 'sam']);
    expect(plan.transitions).toEqual([]);
    expect(plan.checks).toEqual([
      {
        code: 'sre-org-needs-head',
        severity: 'warning',
        subject: { kind: 'Organization', name: 'sre' },
        message: expect.any(String),
        section: '§12.8.2',
      },
    ]);
  });

  it('writes absent values as null, never leaving a key out', () => {
    const [service] = json(patch(tinyOrg(), 'Service', 'cart', { demand: undefined })).services;
    expect(service.demand).toBeNull();
    expect(Object.keys(service)).toContain('demand');
  });
});
