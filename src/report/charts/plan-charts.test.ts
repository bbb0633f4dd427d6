import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../test/support/acme-sources.ts';
import { modelOf, patch, tinyOrg, without } from '../../../test/support/docs-model.ts';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { PLAN_SECTION_IDS } from '../../engine/plan/document/section-ids.ts';
import { loadModel } from '../../model/index.ts';
import type { PlanChart } from './plan-chart.ts';
import { planCharts } from './plan-charts.ts';

function acme() {
  const loaded = loadModel(acmeSources());
  if (!loaded.ok) throw new Error('examples/acme does not load');
  return buildPlanDocument(loaded.model);
}

/** The data of a chart's spec; fails the test when the chart is missing. */
function valuesOf<T>(chart: PlanChart | undefined): T[] {
  if (!chart) throw new Error('the chart is missing');
  return (chart.spec as unknown as { data: { values: T[] } }).data.values;
}

function plan(docs = tinyOrg()) {
  return buildPlanDocument(modelOf(docs), { generatedOn: '2026-01-01' });
}

describe('planCharts', () => {
  it('builds one titled, described chart per figure with something to show, each for a section', () => {
    const doc = acme();
    const charts = planCharts(doc);
    expect(charts.map((c) => c.id)).toEqual([
      'run-model-mix',
      'operating-cost',
      'headcount',
      'oncall-load',
      'oncall-design-cost',
    ]);
    for (const c of charts) {
      expect(c.title).not.toBe('');
      expect(c.description.length).toBeGreaterThan(20);
      expect(PLAN_SECTION_IDS).toContain(c.section);
      expect(c.spec.title).toBe(c.title);
    }
  });

  it('draws the run model mix from the summary, today and target per tier', () => {
    const doc = plan(patch(tinyOrg(), 'Service', 'cart', { runModel: 'you-run-it' }));
    const mix = planCharts(doc).find((c) => c.id === 'run-model-mix');
    const values = valuesOf<{ bar: string; runModel: string; services: number }>(mix);
    const high = doc.summary.mixByTier.find((t) => t.tier === 'high');
    expect(high).toBeDefined();
    for (const when of ['today', 'target'] as const)
      for (const [runModel, services] of Object.entries(high ? high[when] : {}))
        expect(values).toContainEqual({ bar: `high tier, ${when}`, runModel, services });
    expect(mix?.description).toContain(
      `high tier, ${high?.services} ${high?.services === 1 ? 'service' : 'services'}:`,
    );
  });

  it('draws the operating cost lines and states the totals in words', () => {
    const doc = plan();
    const cost = planCharts(doc).find((c) => c.id === 'operating-cost');
    const values = valuesOf<{ when: string; perYear: number }>(cost);
    const sum = (when: string) =>
      values.filter((v) => v.when === when).reduce((s, v) => s + v.perYear, 0);
    expect(sum('today')).toBeCloseTo(Number(doc.cost.today.total.amount), 2);
    expect(sum('target')).toBeCloseTo(Number(doc.cost.target.total.amount), 2);
    expect(cost?.description).toContain('Today ');
  });

  it('draws each on-call design at its monthly cost, and none when it cannot be priced', () => {
    const doc = acme();
    const chart = planCharts(doc).find((c) => c.id === 'oncall-design-cost');
    const values = valuesOf<{ design: string; amount: number }>(chart);
    const today = values.filter((v) => v.design === 'Today').reduce((s, v) => s + v.amount, 0);
    if (!doc.onCallCost.ok) throw new Error('acme prices its on-call');
    expect(today).toBeCloseTo(Number(doc.onCallCost.cost.current.monthlyCost.amount), 2);
    // Without a compensation policy nothing prices the on-call hours (§12.9.5).
    const unpriced = plan(without(tinyOrg(), 'CompensationPolicy', 'standby-pay'));
    expect(unpriced.onCallCost.ok).toBe(false);
    expect(planCharts(unpriced).map((c) => c.id)).not.toContain('oncall-design-cost');
  });

  it('marks people on call more than a quarter of their time', () => {
    const doc = plan();
    const load = planCharts(doc).find((c) => c.id === 'oncall-load');
    const values = valuesOf<{ person: string; load: string }>(load);
    expect(values.map((v) => v.person).sort()).toEqual(doc.onCallLoad.map((l) => l.person).sort());
    for (const v of values) {
      const hours = doc.onCallLoad.find((l) => l.person === v.person)?.hoursPerWeek ?? 0;
      expect(v.load).toBe(hours > 42 ? 'over a quarter of their time' : 'within the limit');
    }
  });

  it('draws the error budget each service used, and none without SLI data', () => {
    const doc = acme();
    expect(doc.errorBudgets.given).toBe(false);
    expect(planCharts(doc).map((c) => c.id)).not.toContain('error-budgets');
    const service = (
      name: string,
      status: 'within' | 'depleted' | 'no-data',
      share: number | null,
    ) => ({
      name,
      tier: 'high' as const,
      target: 99.9,
      policy: null,
      window: '28d',
      period: 'last 28d',
      complete: true,
      status,
      consumedShare: share,
      remaining: share === null ? null : 100 - share * 100,
      exhaustedAt: null,
      agreedRunModel: 'sre-runs-it' as const,
      currentRunModel: name === 'burnt' ? ('you-run-it' as const) : ('sre-runs-it' as const),
      notes: [],
    });
    const withData = {
      ...doc,
      errorBudgets: {
        given: true as const,
        asOf: '2025-07-01T00:00:00Z',
        sli: 'sli.csv',
        incidents: null,
        services: [
          service('calm', 'within', 0.25),
          service('burnt', 'depleted', 3.5),
          service('silent', 'no-data', null),
        ],
        unknownServices: [],
      },
    };
    const chart = planCharts(withData).find((c) => c.id === 'error-budgets');
    expect(chart?.section).toBe('error-budgets');
    const values = valuesOf<{ service: string; used: number; status: string }>(chart);
    // Most used first; a service without samples is not a bar of 0 but is said in the text.
    expect(values.map((v) => [v.service, v.used, v.status])).toEqual([
      ['burnt', 350, 'depleted'],
      ['calm', 25, 'within budget'],
    ]);
    expect(chart?.description).toContain('2 services with SLI samples: 1 of them used more');
    expect(chart?.description).toContain('Not drawn: 1 service without samples');
    expect(chart?.description).toContain('burnt (you-run-it)');
    expect(chart?.description).toContain('Bars stop at 200 %');
  });
});
