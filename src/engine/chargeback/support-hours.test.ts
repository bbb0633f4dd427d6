import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../test/support/acme-sources.ts';
import { modelOf, patch, tinyOrg, without } from '../../../test/support/docs-model.ts';
import { type CompiledModel, loadModel } from '../../model/index.ts';
import { addDecimal, DECIMAL_ZERO, decimalToNumber, sumMoney } from '../money/index.ts';
import { budgetCommitment } from '../spectrum/budget-commitments.ts';
import { sreTeamPlacements } from '../spectrum/sre-team-placement.ts';
import { chargeback } from './chargeback.ts';
import { supportHoursPerMonth } from './support-hours.ts';

function acme(): CompiledModel {
  const loaded = loadModel(acmeSources());
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.model;
}

describe('supportHoursPerMonth (§12.4.7)', () => {
  it('takes agreed hours as given and shares what is left of the team’s time among the rest', () => {
    const docs = patch(tinyOrg(), 'Team', 'sre-core', {
      supports: [{ team: 'shop', hoursPerMonth: 100 }, 'other'],
    });
    docs.push({ kind: 'Team', name: 'other', spec: { type: 'development', organization: 'dev' } });
    const { allocations } = supportHoursPerMonth(modelOf(docs), 'average');
    expect(allocations.map((a) => [a.team, decimalToNumber(a.hours), a.source])).toEqual([
      ['shop', 100, 'agreed'],
      // One SRE: 173.93 h in an average month, 100 of them agreed.
      ['other', 73.93, 'share-of-capacity'],
    ]);
  });

  it('follows the business hours of the compensation policy', () => {
    const docs = [
      // The policy in force is the model's first: this one in place of the organization's.
      ...without(tinyOrg(), 'CompensationPolicy', 'standby-pay'),
      {
        kind: 'CompensationPolicy',
        name: 'short-days',
        spec: {
          currency: 'EUR',
          businessHours: {
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: '09:00',
            end: '13:00',
          },
        },
      },
    ];
    const [allocation] = supportHoursPerMonth(modelOf(docs), { year: 2026, month: 3 }).allocations;
    // March 2026 has 22 weekdays of 4 hours.
    expect(allocation && decimalToNumber(allocation.hours)).toBe(88);
  });
});

describe('support hours on examples/acme', () => {
  const model = acme();
  const bill = chargeback(model, 'average');
  const development = model.organizations.get('development');
  if (!development) throw new Error('acme has no development organization');
  const commitment = budgetCommitment(model, development);

  it('bills support without agreed hours (search) at a share of sre-core’s time', () => {
    const search = bill.statements.flatMap((s) => s.lines).find((l) => l.team === 'search');
    expect(search).toMatchObject({ sreTeam: 'sre-core', source: 'share-of-capacity' });
    expect(decimalToNumber(search?.hours ?? DECIMAL_ZERO)).toBeGreaterThan(0);
  });

  it('gives over-budget the hours and money chargeback bills development in a month', () => {
    const statement = bill.statements.find((s) => s.consumerOrganizations.includes('development'));
    if (!statement) throw new Error('no statement for development');
    const hours = statement.lines.reduce((sum, l) => addDecimal(sum, l.hours), DECIMAL_ZERO);
    expect(commitment?.transferCharges).toHaveLength(1);
    const [charge] = commitment?.transferCharges ?? [];
    expect(charge?.hoursPerMonth).toBe(decimalToNumber(hours));
    expect(charge?.perMonth).toEqual(statement.total);
  });

  it('shows in the plan’s placements the hours chargeback bills per SRE team', () => {
    for (const placement of sreTeamPlacements(model)) {
      const billed = bill.statements
        .flatMap((s) => s.lines)
        .filter((l) => l.sreTeam === placement.team)
        .reduce((sum, l) => addDecimal(sum, l.hours), DECIMAL_ZERO);
      const shown = placement.charges.reduce((sum, c) => sum + c.hoursPerMonth, 0);
      expect(shown, placement.team).toBeCloseTo(decimalToNumber(billed), 6);
    }
    expect(
      sumMoney(
        bill.statements.map((s) => s.total),
        'EUR',
      ),
    ).toEqual(commitment?.transferCharges[0]?.perMonth);
  });
});
