import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { epochSeconds } from '../../model/index.ts';
import { supportHoursPerMonth } from '../chargeback/support-hours.ts';
import { runChecks } from '../checks/index.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { decimalToNumber, formatMoney } from '../money/index.ts';
import { sreMonths } from '../staffing/sre-month.ts';
import { onCallCost } from './oncall-cost.ts';

/**
 * §12.9.5: what is in hours and what is out of hours is the business hours of the policy that
 * pays the people. An SRE team paid by a policy of 08:00–15:00 beside a default of 09:00–17:00
 * is out of hours at 15:30 and works 35 hours a week: its incident work, its support capacity
 * and each SRE's month follow its own hours, not the default's.
 */

const EARLY =
  'currency: EUR\nstandbyPerHour: 5\nincidentPerHour: 50\nbusinessHours: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "15:00" }';
const PER_MONTH = 365.25 / 84;
const round = (n: number) => Math.round(n * 100) / 100;

describe('incident work out of hours by the hours of the policy that pays the rotation', () => {
  const docs = (sreTeamPolicy: string) => [
    doc('Organization', 'pd', 'type: product-delivery'),
    doc('Team', 'web', 'type: development\norganization: pd'),
    doc('Team', 'sre', `type: sre\norganization: pd${sreTeamPolicy}`),
    doc('Service', 'core', 'owner: web\nrunModel: sre-runs-it\nsreTeam: sre'),
    // The default, listed first: 09:00–17:00.
    doc('CompensationPolicy', 'standard', 'currency: EUR\nstandbyPerHour: 4\nincidentPerHour: 40'),
    doc('CompensationPolicy', 'early', EARLY),
    doc('Person', 'wendy', 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
    ...['sara', 'sven', 'sina', 'saul'].map((n) =>
      doc('Person', n, 'team: sre\nrole: sre\nlevel: senior\ntimezone: Europe/Berlin'),
    ),
    doc(
      'Rotation',
      'sre-oncall',
      'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [sara, sven, sina, saul]\ncovers: { services: [core] }',
    ),
  ];
  const at = (iso: string) =>
    epochSeconds(DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toSeconds());
  // Wednesday 15:30–16:30: in the default's business hours, after the SRE team's.
  const incidents = [
    {
      id: '1',
      service: 'core',
      startedAt: at('2026-03-18T15:30'),
      detectedAt: null,
      resolvedAt: at('2026-03-18T16:30'),
    },
  ];
  const incidentCost = (sreTeamPolicy: string) => {
    const result = onCallCost(modelFrom(...docs(sreTeamPolicy)), { incidents });
    if (!result.ok) throw new Error(result.message);
    return result.cost;
  };

  it('pays the hour after 15:00 to a team whose policy ends its day at 15:00', () => {
    const cost = incidentCost('\ncompensationPolicy: early');
    // One hour out of its hours, at its own rate (50 EUR), over the one month the data spans.
    expect(formatMoney(cost.current.cost.incidents)).toBe('50.00');
  });

  it('pays nothing for the same hour to a team on the default policy, in whose hours it falls', () => {
    expect(formatMoney(incidentCost('').current.cost.incidents)).toBe('0.00');
  });

  it('says so in its assumptions, not that incident work follows the default', () => {
    const text = incidentCost('\ncompensationPolicy: early').assumptions.join('\n');
    expect(text).not.toContain("incident work is counted in standard's business hours");
    expect(text).toContain('its incident work is out of hours by them');
  });
});

describe("an SRE's working time by the hours of the policy that pays them", () => {
  const withEarly = (docs: TestDoc[]): TestDoc[] => [
    ...patch(docs, 'Team', 'sre-core', { compensationPolicy: 'early' }),
    {
      kind: 'CompensationPolicy',
      name: 'standard',
      spec: { currency: 'EUR', standbyPerHour: 4 },
    },
    {
      kind: 'CompensationPolicy',
      name: 'early',
      spec: {
        currency: 'EUR',
        standbyPerHour: 5,
        businessHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '15:00' },
      },
    },
  ];

  it("counts 35 hours a week for an SRE whose team's policy works 08:00–15:00", () => {
    const model = modelOf(withEarly(tinyOrg()));
    const sam = sreMonths(model, DEFAULT_BUSINESS_HOURS).find((m) => m.person === 'sam');
    expect(round(sam?.workingHours ?? 0)).toBe(round(35 * PER_MONTH));
  });

  it("shares the SRE team's working time by its own hours in chargeback", () => {
    const model = modelOf(withEarly(tinyOrg()));
    const { allocations } = supportHoursPerMonth(model, 'average');
    const shop = allocations.find((a) => a.sreTeam === 'sre-core' && a.team === 'shop');
    expect(shop?.source).toBe('share-of-capacity');
    expect(decimalToNumber(shop?.hours ?? { units: 0n, scale: 0 })).toBe(round(35 * PER_MONTH));
  });

  it('finds agreed support beyond those hours that the default hours would have allowed', () => {
    // 160 h a month fits 173.93 h of 09:00–17:00 but not 152.19 h of 08:00–15:00.
    const docs = patch(withEarly(tinyOrg()), 'Team', 'sre-core', {
      compensationPolicy: 'early',
      supports: [{ team: 'shop', hoursPerMonth: 160 }],
    });
    const findings = runChecks(modelOf(docs)).filter(
      (f) => f.code === 'support-hours-beyond-working-time',
    );
    expect(findings.map((f) => f.subject.name)).toEqual(['sre-core']);
    expect(findings[0]?.message).toContain('about 152 h');
  });
});
