import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { sreMonths } from './sre-month.ts';

// An average month of 40 h weeks: 40 × 365.25 / 84 ≈ 173.93 h.
const WORKING = 173.93;
const PER_MONTH = 365.25 / 84;
const round = (n: number) => Math.round(n * 100) / 100;
const agreed = (docs: TestDoc[], hoursPerMonth: number) =>
  patch(docs, 'Team', 'sre-core', { supports: [{ team: 'shop', hoursPerMonth }] });
const samOf = (docs: TestDoc[]) => {
  const month = sreMonths(modelOf(docs), DEFAULT_BUSINESS_HOURS).find((m) => m.person === 'sam');
  if (!month) throw new Error('no month for sam');
  return month;
};

describe('sreMonths (§12.1, §12.4.1, §12.4.7)', () => {
  it('counts shared on-call in working hours as support when no hours are agreed, the rest is project time', () => {
    // shop-oncall is 24x7 among 8: 5 of sam's 21 h a week fall in business hours.
    const sam = samOf(tinyOrg());
    expect(sam.rotations).toMatchObject([{ rotation: 'shop-oncall', sharedWith: 'shop' }]);
    expect(round(sam.supportHours)).toBe(round(5 * PER_MONTH));
    expect(sam.dutyHours).toBe(0);
    expect(round(sam.projectHours)).toBe(round(WORKING - 5 * PER_MONTH));
    expect(sam.noTimeLeft).toBe(false);
  });

  it('takes agreed support hours instead, split over the SREs on the dev team’s rotation', () => {
    expect(round(samOf(agreed(tinyOrg(), 160)).supportHours)).toBe(160);
    expect(samOf(agreed(tinyOrg(), 160)).noTimeLeft).toBe(false);
    const twoSres = [
      ...agreed(tinyOrg(), 160),
      { kind: 'Person', name: 'sue', spec: { team: 'sre-core', role: 'sre' } },
    ].map((d) =>
      d.kind === 'Rotation' && d.name === 'shop-oncall'
        ? { ...d, spec: { ...d.spec, members: [...(d.spec.members as string[]), 'sue'] } }
        : d,
    );
    expect(round(samOf(twoSres).supportHours)).toBe(80);
  });

  it('adds on-call duty in working hours on a rotation the SRE runs alone, and finds no time left', () => {
    const alone: TestDoc[] = [
      ...agreed(tinyOrg(), 160),
      { kind: 'Team', name: 'core', spec: { type: 'development', organization: 'dev' } },
      {
        kind: 'Service',
        name: 'ledger',
        spec: { owner: 'core', runModel: 'sre-runs-it', sreTeam: 'sre-core' },
      },
      {
        kind: 'Rotation',
        name: 'ledger-oncall',
        spec: { type: 'team', coverage: '8x5', members: ['sam'], covers: { services: ['ledger'] } },
      },
    ];
    const sam = samOf(alone);
    expect(round(sam.dutyHours)).toBe(round(40 * PER_MONTH));
    expect(sam.projectHours).toBeLessThan(0);
    expect(sam.noTimeLeft).toBe(true);
  });

  it('has no month for open positions or SRE titles without practice', () => {
    const months = sreMonths(
      modelOf([
        ...tinyOrg(),
        {
          kind: 'Person',
          name: 'ola',
          spec: { team: 'sre-core', role: 'sre', openPosition: true },
        },
        {
          kind: 'Person',
          name: 'ron',
          spec: { team: 'sre-core', role: 'sre', srePracticeMonths: 0 },
        },
      ]),
      DEFAULT_BUSINESS_HOURS,
    );
    expect(months.map((m) => m.person)).toEqual(['sam']);
  });
});
