import { describe, expect, it } from 'vitest';
import { budgetsFrom } from '../../../test/support/budget-pattern.ts';
import { incident } from '../../../test/support/incidents.ts';
import { at } from '../../../test/support/sli-samples.ts';
import { epochSeconds } from '../../model/index.ts';
import { objectiveOf } from '../budgets/objective.ts';
import { postmortemChecks } from './postmortems.ts';

const policy = { window: 'calendar-month', postmortemIncidentShare: 0.2 } as const;
const checks = (incidents: Parameters<typeof postmortemChecks>[0]['incidents']) =>
  postmortemChecks({
    policyName: 'standard',
    policy,
    objective: objectiveOf(99.9),
    budgets: budgetsFrom('WWW'),
    incidents,
    series: undefined,
    asOf: at('2025-04-01T00:00:00Z'),
  });

describe('postmortemChecks', () => {
  it('requires a postmortem above the share and not exactly at it', () => {
    const result = checks([
      incident({ id: 'above', start: '2025-01-05T00:00:00Z', minutes: 1, budgetConsumed: 0.21 }),
      incident({ id: 'at', start: '2025-01-06T00:00:00Z', minutes: 1, budgetConsumed: 0.2 }),
      incident({ id: 'below', start: '2025-01-07T00:00:00Z', minutes: 1, budgetConsumed: 0.05 }),
    ]);
    expect(result.map((c) => [c.incident, c.required])).toEqual([
      ['above', true],
      ['at', false],
      ['below', false],
    ]);
    expect(result[0]?.reason).toBe(
      'consumed 21% of the 2025-01 error budget (stated), more than the 20% policy standard allows without a postmortem (§12.5)',
    );
  });

  it('measures against the budget of the period the incident started in', () => {
    // February (28 days) at 99.9% allows 40.32 minutes: 9 minutes are 22%; of March's 44.64, 8.9 are 19.9%.
    const [feb, mar] = checks([
      incident({ id: 'feb', start: '2025-02-10T00:00:00Z', minutes: 9 }),
      incident({ id: 'mar', start: '2025-03-10T00:00:00Z', minutes: 8.9 }),
    ]);
    expect(feb).toMatchObject({ period: '2025-02', source: 'duration', required: true });
    expect(mar).toMatchObject({ period: '2025-03', required: false });
  });

  it('lists an incident outside the periods with an unknown share instead of dropping it', () => {
    const [outside] = checks([incident({ id: 'old', start: '2024-12-31T00:00:00Z', minutes: 5 })]);
    expect(outside).toMatchObject({ period: null, share: null, required: false });
  });

  it('checks nothing when the policy sets no share', () => {
    expect(
      postmortemChecks({
        policyName: 'p',
        policy: { window: '28d' },
        objective: null,
        budgets: [],
        incidents: [incident({ id: 'x', start: '2025-01-01T00:00:00Z', minutes: 5 })],
        series: undefined,
        asOf: epochSeconds(0),
      }),
    ).toEqual([]);
  });
});
