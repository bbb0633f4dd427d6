import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { doc } from '../../../test/support/yaml-model.ts';

/**
 * §12.10.1: "single parents agreeing to be on call outside of business hours may be compensated
 * differently than others". Anna names a policy with a higher standby rate: `oncall-cost` pays her
 * at it, `hours` says whose business hours split her time, and `schedule` is what it was.
 */
const model = (annaPolicy: string) =>
  [
    doc('Organization', 'pd', 'type: product-delivery'),
    doc('Team', 'web', 'type: development\norganization: pd'),
    doc('Service', 'shop', 'owner: web\nrunModel: you-run-it'),
    doc('CompensationPolicy', 'standard', 'currency: EUR\nstandbyPerHour: 4'),
    doc('CompensationPolicy', 'single-parent', 'currency: EUR\nstandbyPerHour: 9'),
    doc('Person', 'anna', `team: web\nrole: developer\ntimezone: Europe/Berlin${annaPolicy}`),
    ...['ben', 'cleo', 'dan'].map((n) =>
      doc('Person', n, 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
    ),
    doc(
      'Rotation',
      'web-oncall',
      'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [anna, ben, cleo, dan]\ncovers: { services: [shop] }',
    ),
  ].join('---\n');
const PARENT = model('\ncompensationPolicy: single-parent');
const MONTH = ['--month', '2026-03'];
const RANGE = ['--from', '2026-03-01', '--to', '2026-04-01'];

interface Paid {
  readonly person: string;
  readonly policy: string;
  readonly hours: { readonly offHours: number };
  readonly pay: { readonly standby: { readonly amount: string } };
}

describe('a person paid by a policy of their own (§12.10.1)', () => {
  it('oncall-cost pays the single parent at the higher standby rate, the others at the default', async () => {
    const r = await runCli(['oncall-cost', '-', ...MONTH, '--json'], { stdin: PARENT });
    expect(r.code).toBe(0);
    const people: Paid[] = JSON.parse(r.stdout).compensation.people;
    const anna = people.find((p) => p.person === 'anna');
    const ben = people.find((p) => p.person === 'ben');
    expect(anna?.policy).toBe('single-parent');
    expect(ben?.policy).toBe('standard');
    expect(anna?.hours.offHours).toBeGreaterThan(0);
    expect(Number(anna?.pay.standby.amount)).toBeCloseTo((anna?.hours.offHours ?? 0) * 9, 1);
    expect(Number(ben?.pay.standby.amount)).toBeCloseTo((ben?.hours.offHours ?? 0) * 4, 1);
  });

  it('hours names her policy; the schedule is the one she had before', async () => {
    const hours = await runCli(['hours', '-', ...RANGE, '--json'], { stdin: PARENT });
    const policies = JSON.parse(hours.stdout).hours.map((h: { policy: string }) => h.policy);
    expect(policies).toEqual(['single-parent', 'standard', 'standard', 'standard']);
    const schedule = async (stdin: string) =>
      JSON.parse((await runCli(['schedule', '-', ...RANGE, '--json'], { stdin })).stdout).shifts;
    expect(await schedule(PARENT)).toEqual(await schedule(model('')));
  });

  it('an unknown policy is a located unknown-reference, with the closest name', async () => {
    const r = await runCli(['validate', '-', '--json'], {
      stdin: model('\ncompensationPolicy: single-parnet'),
    });
    expect(r.code).toBe(1);
    const [error] = JSON.parse(r.stdout).errors;
    expect(error).toMatchObject({ code: 'unknown-reference', path: 'spec.compensationPolicy' });
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toContain('did you mean "single-parent"?');
  });
});
