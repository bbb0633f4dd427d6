import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { rotationPolicy } from '../../model/index.ts';
import { officeHoursAcrossSites } from '../checks/office-hours-across-sites.ts';
import { rotationTooSmall } from '../checks/rotation-too-small.ts';
import { runChecks } from '../checks/run-checks.ts';
import { onCallCost } from '../oncall-cost/oncall-cost.ts';
import { rotationSizing } from '../staffing/rotation-sizing.ts';
import { businessHoursOf } from './business-hours.ts';
import { rotationBusinessHours } from './rotation-business-hours.ts';

/**
 * §12.9.5: a rotation's business hours are those of the policy that pays its people. The model's
 * first policy (`standard`, Monday to Friday 09:00–17:00) is not the one that pays the depot team
 * (`depot-week`, every day 06:00–18:00), whose 8x5 pager covers seven days and whose 24x7 pager
 * stands by twelve hours a day fewer: sizing, `check` and the on-call designs read its own.
 */
const docs = (depotPolicy: boolean) => [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'web', 'type: development\norganization: dev'),
  doc(
    'Team',
    'depot',
    `type: development\norganization: dev${depotPolicy ? '\ncompensationPolicy: depot-week' : ''}`,
  ),
  doc('Service', 'shop', 'owner: web\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('Service', 'sorter', 'owner: depot\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('Service', 'labels', 'owner: depot\nrunModel: you-run-it\navailabilityTarget: 99.5'),
  doc(
    'CompensationPolicy',
    'standard',
    'currency: EUR\nstandbyPerHour: 4\nbusinessHours: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }',
  ),
  doc(
    'CompensationPolicy',
    'depot-week',
    'currency: EUR\nstandbyPerHour: 4\nbusinessHours: { days: [mon, tue, wed, thu, fri, sat, sun], start: "06:00", end: "18:00" }',
  ),
  ...['ann', 'bob', 'cid', 'dee', 'eve', 'fay', 'gus', 'hal'].map((n) =>
    doc('Person', n, 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
  ),
  ...['kai', 'lea', 'max', 'nia', 'oli', 'pia', 'quy', 'rex'].map((n) =>
    doc('Person', n, 'team: depot\nrole: developer\ntimezone: Europe/Berlin'),
  ),
  doc('Person', 'sam', 'team: depot\nrole: developer\ntimezone: America/New_York'),
  doc(
    'Rotation',
    'web-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [ann, bob, cid, dee, eve, fay, gus, hal]\ncovers: { services: [shop] }',
  ),
  doc(
    'Rotation',
    'depot-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [kai, lea, max, nia, oli, pia, quy, rex]\ncovers: { services: [sorter] }',
  ),
  // One in Berlin and one in New York on the labels desk in office hours.
  doc(
    'Rotation',
    'labels-desk',
    'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [kai, sam]\ncovers: { services: [labels] }',
  ),
];

const model = modelFrom(...docs(true));
const unnamed = modelFrom(...docs(false));
const policy = (name: string) => {
  const p = model.compensationPolicies.get(name);
  if (!p) throw new Error(`no policy ${name}`);
  return p;
};
const rotation = (m: typeof model, name: string) => {
  const r = m.rotations.get(name);
  if (!r) throw new Error(`no rotation ${name}`);
  return r;
};
const STANDARD = businessHoursOf(policy('standard').spec);

describe("a rotation's business hours are its own policy's (§12.9.5)", () => {
  it('takes the policy that pays most of its people, else the default', () => {
    expect(rotationPolicy(model, rotation(model, 'depot-oncall'), policy('standard'))).toBe(
      policy('depot-week'),
    );
    expect(rotationPolicy(model, rotation(model, 'web-oncall'), policy('standard'))).toBe(
      policy('standard'),
    );
    expect(rotationBusinessHours(model, rotation(model, 'labels-desk'), STANDARD).start).toBe(
      '06:00',
    );
    expect(rotationBusinessHours(unnamed, rotation(unnamed, 'labels-desk'), STANDARD)).toBe(
      STANDARD,
    );
  });

  it('sizes an 8x5 pager over its own seven business days: rotation-too-small says it', () => {
    const sized = rotationSizing(model, STANDARD).find((r) => r.name === 'labels-desk');
    const before = rotationSizing(unnamed, STANDARD).find((r) => r.name === 'labels-desk');
    expect(sized?.needed).toBeGreaterThan(before?.needed ?? Infinity);
    const small = (m: typeof model) => runChecks(m, [rotationTooSmall]).map((f) => f.subject.name);
    expect(small(model)).toContain('labels-desk');
    expect(small(unnamed)).not.toContain('labels-desk');
  });

  it("puts office hours across sites on the rotation's own clock", () => {
    const [finding] = runChecks(model, [officeHoursAcrossSites]);
    expect(finding?.message).toContain('8x5, 06:00–14:00 Europe/Berlin time');
    const [before] = runChecks(unnamed, [officeHoursAcrossSites]);
    expect(before?.message).toContain('8x5, 09:00–17:00 Europe/Berlin time');
  });

  it('prices the standby of a pager paid by its own policy outside its own hours only', () => {
    const priced = (m: typeof model) => {
      const result = onCallCost(m);
      if (!result.ok) throw new Error(result.message);
      const of = (name: string) =>
        result.cost.current.rotations.find((r) => r.name === name)?.standbyHoursPerMonth.outside;
      return { web: of('web-oncall') ?? 0, depot: of('depot-oncall') ?? 0, cost: result.cost };
    };
    const now = priced(model);
    // Twelve business hours every day: 84 of 168 hours a week outside them, against 128.
    expect(now.depot / now.web).toBeCloseTo(84 / 128, 3);
    const before = priced(unnamed);
    expect(before.depot).toBe(before.web);
    expect(now.cost.assumptions.join('\n')).toContain(
      "a rotation's business hours are those of the policy that pays most of its people",
    );
  });
});
