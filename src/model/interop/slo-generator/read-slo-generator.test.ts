import { describe, expect, it } from 'vitest';
import { fixtureSources } from '../../../../test/support/fixtures.ts';
import { sloSummary } from '../../../../test/support/slo-summary.ts';
import { loadModel } from '../../load-model.ts';

const STEPS = '1h:9:page 12h:3:page 7d:1.5:ticket 28d:1:ticket';

/** Every slo-generator fixture: policies (steps as burn-rate alerts) and SLOs read. */
const EXPECTED: Record<string, { slos?: string[]; policies?: string[]; ignored?: string }> = {
  'config.yaml': {
    policies: [`default 28d ${STEPS}`, 'cloud-service-monitoring 28d 1d:4:page 2d:2:page'],
    ignored: 'slo-generator default_exporters, backends, exporters not used',
  },
  'v1/error_budget_policy.yaml': { policies: [`error-budget-policy 28d ${STEPS}`] },
  'prometheus/slo_prom_metrics_availability_query_sli.yaml': {
    slos: ['prom-metrics-availability prom 99.9 no-window occurrences'],
  },
  'prometheus/slo_prom_metrics_availability_ratio.yaml': {
    slos: ['prom-metrics-availability prom 99.9 no-window occurrences'],
  },
  'prometheus/slo_prom_metrics_latency_distribution_cut.yaml': {
    slos: ['prom-metrics-latency prom 99.99 no-window occurrences'],
  },
  'prometheus/slo_prom_metrics_latency_query_sli.yaml': {
    slos: ['prom-metrics-latency prom 99.99 no-window occurrences'],
  },
};

describe('every slo-generator fixture', () => {
  const files = fixtureSources('slo-generator').map((s) => s.name.replace('slo-generator/', ''));

  it('has an expectation here', () => {
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  it.each(files)('%s is read', (file) => {
    const expected = EXPECTED[file] ?? {};
    const result = loadModel(fixtureSources(`slo-generator/${file}`));
    expect(result.problems).toEqual([]);
    expect(sloSummary(result)).toEqual({
      slos: expected.slos ?? [],
      policies: expected.policies ?? [],
    });
    if (expected.ignored) {
      expect(result.inferences.map((i) => i.message).join('\n')).toContain(expected.ignored);
    }
  });

  it('keeps the consequence messages of the steps', () => {
    const result = loadModel(fixtureSources('slo-generator/v1/error_budget_policy.yaml'));
    if (!result.ok) throw new Error('invalid');
    const alerts =
      result.model.errorBudgetPolicies.get('error-budget-policy')?.spec.burnRateAlerts ?? [];
    expect(alerts[3]).toEqual({
      name: '28 days',
      window: '28d',
      burnRate: 1,
      severity: 'ticket',
      message: 'Freeze release, unless related to reliability or security',
    });
  });

  it('merges a policy with the whorunsit document of the same name', () => {
    const policy =
      'apiVersion: whorunsit/v1\nkind: ErrorBudgetPolicy\nmetadata: { name: default }\nspec:\n  handback: { depletedPeriods: 2, outOf: 3 }\n';
    const result = loadModel([
      ...fixtureSources('slo-generator/config.yaml'),
      { name: 'p.yaml', text: policy },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.model.errorBudgetPolicies.get('default')?.spec).toMatchObject({
      window: '28d',
      handback: { depletedPeriods: 2, outOf: 3 },
    });
    expect(result.model.errorBudgetPolicies.get('default')?.spec.burnRateAlerts).toHaveLength(4);
  });

  it('rejects a step whose window is not whole minutes, and a burn rate of 0', () => {
    const bad =
      'error_budget_policies:\n  x:\n    steps:\n      - { name: a, window: 90, burn_rate_threshold: 2, alert: true }\n      - { name: b, window: 3600, burn_rate_threshold: 0, alert: true }\n';
    const result = loadModel([{ name: 'c.yaml', text: bad }]);
    expect(result.problems.map((p) => [p.line, p.path])).toEqual([
      [4, 'error_budget_policies.x.steps[0].window'],
    ]);
    const zero = loadModel([{ name: 'c.yaml', text: bad.replace('window: 90', 'window: 60') }]);
    expect(zero.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [
        5,
        'error_budget_policies.x.steps[1].burn_rate_threshold',
        'expected a burn rate threshold above 0, found 0',
      ],
    ]);
  });
});
