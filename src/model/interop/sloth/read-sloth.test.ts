import { describe, expect, it } from 'vitest';
import { fixtureSources } from '../../../../test/support/fixtures.ts';
import { sloSummary } from '../../../../test/support/slo-summary.ts';
import { doc } from '../../../../test/support/yaml-model.ts';
import { loadModel } from '../../load-model.ts';

const AVAILABILITY = 'myservice-requests-availability myservice 99.9 30d rolling 30d occurrences';

/** Every Sloth fixture: the SLOs (Sloth's default 30d period) and policies read, or why not. */
const EXPECTED: Record<string, { slos?: string[]; policies?: string[]; ignored?: string }> = {
  '_gen/getting-started.yml': { ignored: 'Prometheus rule groups are not read' },
  '_gen/openslo-getting-started.yml': { ignored: 'Prometheus rule groups are not read' },
  'contrib-denominator-corrected.yaml': {
    slos: ['svc01-slo1 svc01 99.9 30d rolling 30d occurrences'],
  },
  'contrib-slo-plugins.yml': {
    slos: [
      'myservice-requests-availability-contrib-plugin-info-labels-v1 myservice 99.9 30d rolling 30d occurrences',
      'myservice-requests-availability-contrib-plugin-rule-intervals-v myservice 99.9 30d rolling 30d occurrences',
    ],
  },
  'getting-started.yml': { slos: [AVAILABILITY] },
  'home-wifi.yml': {
    slos: [
      'home-wifi-good-wifi-client-satisfaction home-wifi 95 30d rolling 30d occurrences',
      'home-wifi-risk-wifi-client-satisfaction home-wifi 99.9 30d rolling 30d occurrences',
    ],
  },
  'k8s-getting-started.yml': { slos: [AVAILABILITY] },
  'k8s-home-wifi.yml': {
    slos: [
      'home-wifi-good-wifi-client-satisfaction home-wifi 95 30d rolling 30d occurrences',
      'home-wifi-risk-wifi-client-satisfaction home-wifi 99.9 30d rolling 30d occurrences',
    ],
  },
  'k8s-multifile.yml': {
    slos: [
      AVAILABILITY,
      'myservice2-requests-availability myservice2 99.99 30d rolling 30d occurrences',
    ],
  },
  'kubernetes-apiserver.yml': {
    slos: [
      'k8s-apiserver-requests-availability k8s-apiserver 99.9 30d rolling 30d occurrences',
      'k8s-apiserver-requests-latency k8s-apiserver 99 30d rolling 30d occurrences',
    ],
  },
  'multifile.yml': {
    slos: [
      AVAILABILITY,
      'myservice2-requests-availability myservice2 99.99 30d rolling 30d occurrences',
    ],
  },
  'no-alerts.yml': { slos: ['myapp-http-availability myapp 99.99 30d rolling 30d occurrences'] },
  // OpenSLO v1alpha specs Sloth accepts: read by the OpenSLO reader, 30 Day windows.
  'openslo-getting-started.yml': {
    slos: ['sloth-slo-my-service my-service 99.9 30 Day rolling 30d occurrences'],
  },
  'openslo-kubernetes-apiserver.yml': {
    slos: [
      'requests-availability-openslo k8s-apiserver 99.9 30 Day rolling 30d occurrences',
      'requests-latency-openslo k8s-apiserver 99.9 30 Day rolling 30d occurrences',
    ],
  },
  'plugin-getting-started.yml': { slos: [AVAILABILITY] },
  'plugin-k8s-getting-started.yml': { slos: [AVAILABILITY] },
  'raw-home-wifi.yml': {
    slos: ['home-wifi-wifi-client-satisfaction home-wifi 95 30d rolling 30d occurrences'],
  },
  'slo-plugin-getting-started.yml': { slos: [AVAILABILITY] },
  'slo-plugin-k8s-getting-started.yml': { slos: [AVAILABILITY] },
  'victoria-metrics.yml': {
    slos: [
      'foo-bar-grpc-latency-percentile-90 foo-bar 90 30d rolling 30d occurrences',
      'foo-bar-grpc-latency-percentile-99 foo-bar 99 30d rolling 30d occurrences',
    ],
  },
  'windows/7d.yaml': {
    ignored: 'Sloth AlertWindows for 7d not used: its SLO period is not an error budget window',
  },
  // 1% of a 30-day budget in 30m is a burn rate of 14.4; 2% in 3h, 4.8; 5% in 12h, 3; 5% in 36h, 1.
  'windows/custom-30d.yaml': {
    policies: ['sloth-30d 30d 30m/2m:14.4:page 3h/15m:4.8:page 12h/1h:3:ticket 36h/3h:1:ticket'],
  },
};

describe('every Sloth fixture', () => {
  const files = fixtureSources('sloth').map((s) => s.name.replace('sloth/', ''));

  it('has an expectation here', () => {
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  it.each(files)('%s is read or rejected with a reason', (file) => {
    const expected = EXPECTED[file] ?? {};
    const result = loadModel(fixtureSources(`sloth/${file}`));
    expect(result.problems).toEqual([]);
    expect(sloSummary(result)).toEqual({
      slos: expected.slos ?? [],
      policies: expected.policies ?? [],
    });
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

describe('Sloth SLOs on services', () => {
  const base = [
    doc('Organization', 'dev', 'type: development'),
    doc('Team', 'web', 'type: development\norganization: dev'),
    doc('Service', 'myservice', 'owner: web\nrunModel: you-run-it'),
    doc('Service', 'myapp', 'owner: web\nrunModel: you-run-it'),
  ].join('---\n');

  it('use Sloth’s default 30-day alert windows, the burn rates its generated rules use', () => {
    // _gen/getting-started.yml pages at 14.4 (5m and 1h) or 6 (30m and 6h), tickets at 3 (2h and 1d) or 1 (6h and 3d).
    const result = loadModel([
      { name: 'm.yaml', text: base },
      ...fixtureSources('sloth/getting-started.yml'),
    ]);
    expect(result.ok).toBe(true);
    expect(sloSummary(result).policies).toEqual([
      'sloth-30d 30d 1h/5m:14.4:page 6h/30m:6:page 1d/2h:3:ticket 3d/6h:1:ticket',
    ]);
    if (!result.ok) return;
    expect(result.model.services.get('myservice')?.spec).toMatchObject({
      availabilityTarget: 99.9,
      slo: 'myservice-requests-availability',
      errorBudgetPolicy: 'sloth-30d',
    });
  });

  it('use the AlertWindows given for the period instead of the defaults', () => {
    const result = loadModel([
      { name: 'm.yaml', text: base },
      ...fixtureSources('sloth/getting-started.yml', 'sloth/windows/custom-30d.yaml'),
    ]);
    expect(sloSummary(result).policies).toEqual([
      'sloth-30d 30d 30m/2m:14.4:page 3h/15m:4.8:page 12h/1h:3:ticket 36h/3h:1:ticket',
    ]);
  });

  it('leave out the alerts an SLO disables', () => {
    const result = loadModel([
      { name: 'm.yaml', text: base },
      ...fixtureSources('sloth/no-alerts.yml'),
    ]);
    expect(sloSummary(result).policies).toEqual(['sloth-30d-no-alerts 30d']);
  });

  it('choose the availability SLO of a service with several, and say so', () => {
    const model = base.replace('name: myservice', 'name: k8s-apiserver');
    const result = loadModel([
      { name: 'm.yaml', text: model },
      ...fixtureSources('sloth/kubernetes-apiserver.yml'),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.model.services.get('k8s-apiserver')?.spec.availabilityTarget).toBe(99.9);
    expect(result.inferences.find((i) => i.field === 'slo')?.message).toContain(
      'the one about availability',
    );
  });

  it('reject an objective of 100% with the reason', () => {
    const spec =
      'version: "prometheus/v1"\nservice: api\nslos:\n  - name: perfect\n    objective: 100\n';
    const result = loadModel([{ name: 's.yml', text: spec }]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 5,
        path: 'slos[0].objective',
        message:
          'expected an objective in percent between 0 and 100; 100% leaves no error budget, found 100',
      }),
    ]);
  });
});
