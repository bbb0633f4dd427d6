import { describe, expect, it } from 'vitest';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { serviceBudgets } from './service-budgets.ts';

const base = [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'shop', 'type: development\norganization: dev'),
  doc('ErrorBudgetPolicy', 'monthly', 'window: calendar-month'),
];

const model = modelFrom(
  ...base,
  doc(
    'Service',
    'api',
    'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.9\nerrorBudgetPolicy: monthly',
  ),
  doc('Service', 'web', 'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.5'),
  doc('Service', 'batch', 'owner: shop\nrunModel: you-run-it'),
);

const hourly = (service: string) =>
  regularSeries({
    service,
    from: '2025-01-01T00:00:00Z',
    to: '2025-03-01T00:00:00Z',
    step: 3600,
    total: 100,
  });

describe('serviceBudgets', () => {
  const report = serviceBudgets({
    model,
    series: seriesMap(hourly('api'), hourly('web'), hourly('ghost')),
    asOf: at('2025-03-01T00:00:00Z'),
  });

  it('uses the window of the service policy', () => {
    const api = report.services.find((s) => s.name === 'api');
    expect(api?.window).toBe('calendar-month');
    expect(api?.periods.map((p) => p.period.label)).toEqual(['2025-01', '2025-02']);
    expect(api?.current?.period.label).toBe('2025-02');
    expect(api?.notes).toEqual([]);
  });

  it('measures a service without a policy over the default 28 days and says so', () => {
    const web = report.services.find((s) => s.name === 'web');
    expect(web?.window).toBe('28d');
    expect(web?.notes[0]).toMatch(/no error budget policy/);
    expect(web?.current?.period.end).toBe(at('2025-03-01T00:00:00Z'));
    expect(web?.current?.total).toBe(28 * 24 * 100);
  });

  it('explains a service without a target instead of dropping it', () => {
    const batch = report.services.find((s) => s.name === 'batch');
    expect(batch?.periods).toEqual([]);
    expect(batch?.notes.join(' ')).toMatch(/no availabilityTarget/);
  });

  it('reports samples of services the model does not know', () => {
    expect(report.unknownServices).toEqual([{ name: 'ghost', samples: 59 * 24 }]);
  });

  it('counts samples at or after asOf, which no period includes', () => {
    const early = serviceBudgets({
      model,
      series: seriesMap(hourly('api')),
      asOf: at('2025-02-28T00:00:00Z'),
    });
    expect(early.samplesAfterAsOf).toBe(24);
  });

  it('has no periods without samples', () => {
    const empty = serviceBudgets({ model, series: new Map(), asOf: at('2025-03-01T00:00:00Z') });
    expect(empty.from).toBeNull();
    expect(empty.services.every((s) => s.periods.length === 0)).toBe(true);
  });
});
