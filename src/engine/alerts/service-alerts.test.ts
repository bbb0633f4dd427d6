import { describe, expect, it } from 'vitest';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { epochSeconds } from '../../model/index.ts';
import { HOUR, MINUTE } from '../budgets/epoch.ts';
import { rulesFromPolicy } from './policy-alert-rules.ts';
import { serviceAlerts } from './service-alerts.ts';

const model = modelFrom(
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'shop', 'type: development\norganization: dev'),
  doc(
    'ErrorBudgetPolicy',
    'fast',
    'window: 30d\nburnRateAlerts:\n  - { window: 10m, burnRate: 2, severity: ticket }',
  ),
  doc('Service', 'api', 'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.9'),
  doc(
    'Service',
    'web',
    'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.9\nerrorBudgetPolicy: fast',
  ),
  doc('Service', 'batch', 'owner: shop\nrunModel: you-run-it'),
);
const START = at('2025-01-01T00:00:00Z');
// 0.3% errors for 20 minutes: burn rate 3, which only a 2x rule catches within the hour.
const burst = (service: string) =>
  regularSeries({
    service,
    from: START,
    to: START + 2 * HOUR,
    step: MINUTE,
    total: 1000,
    bad: (t) => (t >= START + HOUR && t < START + HOUR + 20 * MINUTE ? 3 : 0),
  });

describe('serviceAlerts', () => {
  const report = serviceAlerts({
    model,
    series: seriesMap(burst('api'), burst('web'), burst('ghost')),
    asOf: epochSeconds(START + 2 * HOUR),
  });
  const of = (name: string) => report.services.find((s) => s.name === name);

  it("uses the alerts of the service's policy, single-window ones included", () => {
    expect(of('web')?.rules).toBe('policy fast');
    expect(of('web')?.firings).toEqual([
      expect.objectContaining({
        rule: 'ticket-10m',
        // 7 of 10 minutes at 0.3% make 0.21% > 2 × 0.1%; 6 of 10 are 0.18%.
        firedAt: START + HOUR + 6 * MINUTE,
        resolvedAt: START + HOUR + 23 * MINUTE,
      }),
    ]);
  });

  it("falls back to the workbook's alerts, which a short burn at 3x does not trip", () => {
    expect(of('api')?.rules).toBe('workbook');
    expect(of('api')?.firings).toEqual([]);
  });

  it('explains services it cannot evaluate and names unknown ones', () => {
    expect(of('batch')?.notes).toEqual(['no availabilityTarget: burn rates need an objective']);
    expect(report.unknownServices).toEqual(['ghost']);
  });
});

describe('rulesFromPolicy', () => {
  it('reads windows in minutes, hours, days and weeks', () => {
    expect(
      rulesFromPolicy([
        { window: '1h', shortWindow: '5m', burnRate: 14.4, severity: 'page' },
        { name: 'weekly', window: '1w', burnRate: 1, severity: 'ticket' },
      ]),
    ).toEqual([
      { name: 'page-1h', severity: 'page', burnRate: 14.4, longWindow: 3600, shortWindow: 300 },
      { name: 'weekly', severity: 'ticket', burnRate: 1, longWindow: 604_800, shortWindow: null },
    ]);
  });

  it('refuses a malformed window', () => {
    expect(() => rulesFromPolicy([{ window: '5s', burnRate: 1, severity: 'page' }])).toThrow(
      RangeError,
    );
  });
});
