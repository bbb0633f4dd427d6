import { describe, expect, it } from 'vitest';
import { incident } from '../../../test/support/incidents.ts';
import { at, regularSeries } from '../../../test/support/sli-samples.ts';
import { incidentBudgetShare } from './incident-budget-share.ts';
import { objectiveOf } from './objective.ts';

const period = { start: at('2025-03-01T00:00:00Z'), end: at('2025-04-01T00:00:00Z') };
const asOf = at('2025-05-01T00:00:00Z');
const o999 = objectiveOf(99.9);

describe('incidentBudgetShare', () => {
  it('takes the share the incident source states', () => {
    const i = incident({
      id: 'a',
      start: '2025-03-02T00:00:00Z',
      minutes: 10,
      budgetConsumed: 0.25,
    });
    expect(
      incidentBudgetShare({ incident: i, objective: null, series: undefined, period, asOf }),
    ).toEqual({
      share: 0.25,
      source: 'stated',
    });
  });

  it('counts the bad events during the incident against the period allowance', () => {
    // 1000 events a minute in March; the incident fails 10 a minute for 60 minutes.
    const start = at('2025-03-10T00:00:00Z');
    const series = regularSeries({
      service: 'api',
      from: '2025-03-01T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
      step: 60,
      total: 1000,
      bad: (t) => (t > start && t <= start + 3600 ? 10 : 0),
    });
    const i = incident({ id: 'a', start: '2025-03-10T00:00:00Z', minutes: 60 });
    const result = incidentBudgetShare({ incident: i, objective: o999, series, period, asOf });
    // allowed: 31 days × 1440 minutes × 1000 events × 0.1% = 44,640; consumed 600.
    expect(result.source).toBe('sli');
    expect(result.share).toBeCloseTo(600 / 44_640, 12);
  });

  it('measures a short incident from the longer sample that covers it', () => {
    // Two-hour samples of 12,000 events; the one at 20:00 counts 18:00–20:00 and holds the 100
    // bad events of an incident from 19:40 to 20:00, at whose times no sample was taken.
    const series = regularSeries({
      service: 'api',
      from: '2025-03-01T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
      step: 7200,
      total: 12_000,
      bad: (t) => (t === at('2025-03-12T20:00:00Z') ? 100 : 0),
    });
    const i = incident({ id: 'a', start: '2025-03-12T19:40:00Z', minutes: 20 });
    const result = incidentBudgetShare({ incident: i, objective: o999, series, period, asOf });
    // allowed: 372 samples × 12,000 × 0.1% = 4,464 bad events; the incident's 100 of them.
    expect(result.source).toBe('sli');
    expect(result.share).toBeCloseTo(100 / 4464, 12);
  });

  it('does not measure an incident customers did not see as a full outage', () => {
    const i = incident({
      id: 'a',
      start: '2025-03-02T00:00:00Z',
      minutes: 30,
      customerVisible: false,
    });
    expect(
      incidentBudgetShare({ incident: i, objective: o999, series: undefined, period, asOf }),
    ).toEqual({ share: null, source: null });
    // With samples covering it, its bad events are its share, as for any incident.
    const series = regularSeries({
      service: 'api',
      from: '2025-03-01T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
      step: 3600,
      total: 1000,
    });
    expect(incidentBudgetShare({ incident: i, objective: o999, series, period, asOf })).toEqual({
      share: 0,
      source: 'sli',
    });
  });

  it('falls back to the duration over the allowed downtime without samples', () => {
    // 99.9% of 31 days allows 44.64 minutes; a 30-minute incident uses 67.2%.
    const i = incident({ id: 'a', start: '2025-03-02T00:00:00Z', minutes: 30 });
    const result = incidentBudgetShare({
      incident: i,
      objective: o999,
      series: undefined,
      period,
      asOf,
    });
    expect(result.source).toBe('duration');
    expect(result.share).toBeCloseTo(30 / 44.64, 12);
  });

  it('counts an open incident until asOf', () => {
    const i = incident({ id: 'a', start: '2025-03-31T23:00:00Z', minutes: null });
    const result = incidentBudgetShare({
      incident: i,
      objective: o999,
      series: undefined,
      period,
      asOf: at('2025-03-31T23:30:00Z'),
    });
    expect(result.share).toBeCloseTo(30 / 44.64, 12);
  });

  it('cannot tell without a stated share or a target', () => {
    const i = incident({ id: 'a', start: '2025-03-02T00:00:00Z', minutes: 30 });
    expect(
      incidentBudgetShare({ incident: i, objective: null, series: undefined, period, asOf }),
    ).toEqual({
      share: null,
      source: null,
    });
  });
});
