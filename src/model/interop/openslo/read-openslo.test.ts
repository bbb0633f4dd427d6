import { describe, expect, it } from 'vitest';
import { fixtureSources } from '../../../../test/support/fixtures.ts';
import { sloSummary } from '../../../../test/support/slo-summary.ts';
import { doc } from '../../../../test/support/yaml-model.ts';
import { loadModel } from '../../load-model.ts';

/**
 * Every OpenSLO fixture, read or rejected with a reason: the SLOs read (name, service, target
 * in percent, window, budget window, budgeting method), or the reason it is not used.
 */
const EXPECTED: Record<string, { slos?: string[]; rejected?: string; ignored?: string }> = {
  'budgeting-method/occurences-slo.yaml': {
    slos: ['search-slo web-shop 99 2w rolling unsupported occurrences'],
  },
  'budgeting-method/ratio-timeslices.yaml': {
    slos: ['main-page web-shop 99 2w rolling unsupported ratio-timeslices'],
  },
  'budgeting-method/timeslices-slo.yaml': {
    slos: ['service-availability web-availability 99.5 1m calendar unsupported timeslices'],
  },
  'treat-low-traffic-as-equally-important/timeslices-slo.yaml': {
    slos: ['service-availability web-availability 99.95 1w calendar unsupported timeslices'],
  },
  'oslo-test-inputs/v1/multi.yaml': {
    slos: ['foo-slo foo-slos 98 28d rolling 28d occurrences'],
    ignored: 'DataSource foo-cloudwatch not used',
  },
  'oslo-test-inputs/v1/slo/slo-composite-indicatorRef-rolling-no-alerts.yaml': {
    slos: ['test-slo theservicename 99 1d rolling unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-composite-no-indicatorRef-rolling-no-alerts.yaml': {
    slos: ['test-slo theservicename 99 1M rolling 30d occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-indicatorRef-rolling-cloudwatch.yaml': {
    slos: ['foo-openslo-slo foo-slos 98 28d rolling 28d occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-indicatorref-calendar-alerts.yaml': {
    slos: ['test-slo theservicename 98 1d calendar unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-indicatorref-calendar-no-alerts.yaml': {
    slos: ['test-slo theservicename 98 1d calendar unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-indicatorref-rolling-alerts.yaml': {
    slos: ['test-slo theservicename 98 1d rolling unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-indicatorref-rolling-no-alerts.yaml': {
    slos: ['test-slo theservicename 98 1d rolling unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-no-indicatorref-calendar-alerts.yaml': {
    slos: ['test-slo theservicename 98 1d calendar unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-no-indicatorref-calendar-no-alerts.yaml': {
    slos: ['test-slo theservicename 98 1d calendar unsupported occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-no-indicatorref-rolling-alerts.yaml': {
    slos: ['test-slo theservicename 98 1M rolling 30d occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-no-indicatorref-rolling-no-alerts.yaml': {
    slos: ['test-slo theservicename 98 1M rolling 30d occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-with-annotations.yaml': {
    slos: ['monthy-openslo-slo foo-slos 98 28d rolling 28d occurrences'],
  },
  'oslo-test-inputs/v1/slo/slo-with-labels.yaml': {
    slos: ['labeled-slo tv-show 98 28d rolling 28d occurrences'],
  },
  'oslo-test-inputs/validate/v1.yaml': {
    rejected:
      'expected an OpenSLO name (lowercase letters, digits and inner "-", as OpenSLO requires), found "example service"',
  },
  'oslo-test-inputs/validate/v1alpha.yaml': { rejected: 'found "my-rad service"' },
  'oslo-test-inputs/validate/v2alpha.yaml': {
    ignored: 'whorunsit reads openslo/v1 and openslo/v1alpha, not openslo.com/v2alpha',
  },
  'oslo-test-inputs/v1/invalid-apiversion.yaml': {
    ignored: 'AlertNotificationTarget OnCallDevopsMailNotification not used',
  },
  'oslo-test-inputs/v1/sli/sli-ratio-good-and-bad.yaml': {
    rejected: 'expected good or bad events in the SLI ratio, not both',
  },
  'oslo-test-inputs/v1/sli/sli-description-ratio-inline-metricsource.yaml': {
    rejected: 'expected good or bad events in the SLI ratio, not both',
  },
};
for (const kind of [
  'alert-condition',
  'alert-notification-target',
  'alert-policy',
  'data-source',
]) {
  for (const source of fixtureSources(`openslo/oslo-test-inputs/v1/${kind}`)) {
    EXPECTED[source.name.replace('openslo/', '')] = { ignored: 'not used: ' };
  }
}
for (const source of [
  ...fixtureSources('openslo/oslo-test-inputs/v1/sli'),
  ...fixtureSources('openslo/oslo-test-inputs/v1/service'),
]) {
  EXPECTED[source.name.replace('openslo/', '')] ??= {};
}

describe('every OpenSLO fixture', () => {
  const files = fixtureSources('openslo').map((s) => s.name.replace('openslo/', ''));

  it('has an expectation here', () => {
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  it.each(files)('%s is read or rejected with a reason', (file) => {
    const expected = EXPECTED[file] ?? {};
    const result = loadModel(fixtureSources(`openslo/${file}`));
    if (expected.rejected) {
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.message).join('\n')).toContain(expected.rejected);
      return;
    }
    expect(result.problems).toEqual([]);
    expect(sloSummary(result).slos).toEqual(expected.slos ?? []);
    if (expected.ignored) {
      expect(
        result.inferences
          .filter((i) => i.code === 'ignored')
          .map((i) => i.message)
          .join('\n'),
      ).toContain(expected.ignored);
    }
  });
});

describe('OpenSLO SLOs on services', () => {
  const model = [
    doc('Organization', 'shop', 'type: development'),
    doc('Team', 'web', 'type: development\norganization: shop'),
    doc('Service', 'web-shop', 'owner: web\nrunModel: you-run-it'),
  ].join('---\n');

  it('give a service its target and an error budget policy with the SLO window', () => {
    const slo = `apiVersion: openslo/v1
kind: SLO
metadata: { name: checkout }
spec:
  service: web-shop
  indicatorRef: checkout-ratio
  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.9995 }]
`;
    const result = loadModel([
      { name: 'm.yaml', text: model },
      { name: 'slo.yaml', text: slo },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.services.get('web-shop')?.spec).toMatchObject({
      availabilityTarget: 99.95,
      slo: 'checkout',
      errorBudgetPolicy: 'openslo-28d',
    });
    expect(result.model.errorBudgetPolicies.get('openslo-28d')?.spec.window).toBe('28d');
    expect(result.inferences).toContainEqual(
      expect.objectContaining({
        file: 'slo.yaml',
        line: 9,
        field: 'availabilityTarget',
        message: 'Service web-shop: availabilityTarget taken as 99.95 from SLO checkout',
      }),
    );
  });

  it('give the target even when the SLO window is no error budget window', () => {
    const result = loadModel([
      { name: 'm.yaml', text: model },
      ...fixtureSources('openslo/budgeting-method/occurences-slo.yaml'),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.services.get('web-shop')?.spec).toMatchObject({
      availabilityTarget: 99,
      slo: 'search-slo',
    });
    // 2w is no budget window: the service gets the target, not a policy.
    expect(result.model.services.get('web-shop')?.spec.errorBudgetPolicy).toBeUndefined();
  });

  it('resolve a service’s slo reference, and reject one that names no SLO', () => {
    const named = model.replace('runModel: you-run-it', 'runModel: you-run-it\n  slo: search-sloo');
    const result = loadModel([
      { name: 'm.yaml', text: named },
      ...fixtureSources('openslo/budgeting-method/occurences-slo.yaml'),
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        file: 'm.yaml',
        path: 'spec.slo',
        message: expect.stringContaining('did you mean "search-slo"?'),
      }),
    ]);
  });

  it('reject targets of 100% and windows that are no durations', () => {
    const bad = `apiVersion: openslo/v1
kind: SLO
metadata: { name: perfect }
spec:
  service: web-shop
  timeWindow: [{ duration: a month, isRolling: false }]
  budgetingMethod: Occurrences
  objectives: [{ target: 1 }]
`;
    const result = loadModel([{ name: 'slo.yaml', text: bad }]);
    expect(result.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [6, 'spec.timeWindow[0].duration', 'expected a duration like 28d or 1M, found "a month"'],
      [
        8,
        'spec.objectives[0].target',
        'expected a target between 0 and 1 (0.999 for 99.9%); a target of 100% leaves no error budget, found 1',
      ],
    ]);
  });

  it('say that 1m is a minute in OpenSLO', () => {
    const result = loadModel(fixtureSources('openslo/budgeting-method/timeslices-slo.yaml'));
    const window = result.inferences.find((i) => i.field === 'window');
    expect(window?.message).toContain('in OpenSLO 1m is one minute, a month is 1M');
  });
});
