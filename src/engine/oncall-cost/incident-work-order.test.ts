import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH } from './incident-load.ts';
import { onCallCost } from './oncall-cost.ts';

/**
 * Whose people do a service's incident work outside business hours when a team rotation and a
 * contractor's thin layer both cover it round the clock: the team's (§12.6: the thin layer
 * forwards what its runbooks do not cover), as a month's schedule pays it (`rotationsWorking`).
 * It must not depend on which rotation the files or the design list first: with the NOC first,
 * every incident hour was the contract's, and a design that put its thin layer first looked
 * cheaper by the incident pay of every team rotation behind it.
 */
const team = doc(
  'Rotation',
  'web-oncall',
  'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [ann, bob, cid, dee]\ncovers: { services: [shop] }',
);
const noc = doc(
  'Rotation',
  'noc-first-line',
  'type: thin-layer\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 12h\nmembers: [vic, wen, xia, yan]\ncovers: { services: [shop] }\nforwardsTo: [web-oncall]',
);
const docs = (rotations: readonly ReturnType<typeof doc>[]) => [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc(
    'Organization',
    'vendor',
    'type: operations\nbudget: { amount: 120000, currency: EUR, period: year }',
  ),
  doc('Team', 'web', 'type: development\norganization: dev'),
  doc('Team', 'noc', 'type: thin-layer\norganization: vendor'),
  doc('Service', 'shop', 'owner: web\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('CompensationPolicy', 'standard', 'currency: EUR\nstandbyPerHour: 4\nincidentPerHour: 40'),
  ...['ann', 'bob', 'cid', 'dee'].map((n) =>
    doc('Person', n, 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
  ),
  ...['vic', 'wen', 'xia', 'yan'].map((n) =>
    doc('Person', n, 'team: noc\nrole: ops-engineer\ntimezone: Europe/Berlin'),
  ),
  ...rotations,
];

const costOf = (rotations: readonly ReturnType<typeof doc>[]) => {
  const result = onCallCost(modelFrom(...docs(rotations)));
  if (!result.ok) throw new Error(result.message);
  return result.cost;
};

describe('incident work outside business hours goes to the team rotation, not the thin layer (§12.6)', () => {
  it('pays the team’s people for it whichever rotation the files list first', () => {
    const nocFirst = costOf([noc, team]).current;
    const teamFirst = costOf([team, noc]).current;
    // 2 h a month per service, the part outside business hours (Mon–Fri 09:00–17:00): 128 of 168 h.
    const hours = (ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH * 128) / 168;
    expect(nocFirst.incidentOffHoursPerMonth).toBeCloseTo(hours, 9);
    expect(nocFirst.cost.incidents.minor).toBeGreaterThan(0);
    expect(nocFirst.cost.incidents).toEqual(teamFirst.cost.incidents);
    expect(nocFirst.monthlyCost).toEqual(teamFirst.monthlyCost);
  });

  it('leaves it to the thin layer where the team rotation keeps office hours only', () => {
    const officeHours = doc(
      'Rotation',
      'web-oncall',
      'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nmembers: [ann, bob, cid, dee]\ncovers: { services: [shop] }',
    );
    // The contract pays the thin layer's people: the off-hours incident work costs the company nothing.
    expect(costOf([officeHours, noc]).current.cost.incidents.minor).toBe(0);
  });
});
