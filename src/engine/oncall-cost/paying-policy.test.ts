import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { loadModel } from '../../model/index.ts';
import { onCallInOtherCurrency } from '../compensation/on-call-in-other-currency.ts';
import { formatMoney, moneyFromMajor, multiplyMoney } from '../money/index.ts';
import { generateSchedule, hoursPerPerson } from '../schedule/index.ts';
import { monthCompensation } from './month-compensation.ts';
import { compare, onCallCost } from './oncall-cost.ts';
import type { DesignCost } from './price-design.ts';

/**
 * §12.10.1: "single parents agreeing to be on call outside of business hours may be compensated
 * differently than others"; §12.9.5: people on several sites are paid in their own currency. A
 * person (or their team) names the policy that pays them; the schedule stays the same.
 */
const MARCH = { year: 2026, month: 3 };

const base = (annaPolicy: string) => [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Team', 'web', 'type: development\norganization: pd'),
  doc('Team', 'tokyo', 'type: development\norganization: pd\ncompensationPolicy: jp-oncall'),
  doc('Service', 'shop', 'owner: web\nrunModel: you-run-it'),
  doc('Service', 'game', 'owner: tokyo\nrunModel: you-run-it'),
  doc('CompensationPolicy', 'standard', 'currency: EUR\nstandbyPerHour: 4\nincidentPerHour: 40'),
  doc('CompensationPolicy', 'parent', 'currency: EUR\nstandbyPerHour: 9\nincidentPerHour: 60'),
  doc('CompensationPolicy', 'jp-oncall', 'currency: JPY\nstandbyPerHour: 700'),
  doc('Person', 'anna', `team: web\nrole: developer\ntimezone: Europe/Berlin${annaPolicy}`),
  ...['ben', 'cleo', 'dan'].map((n) =>
    doc('Person', n, 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
  ),
  ...['kenji', 'yui'].map((n) =>
    doc('Person', n, 'team: tokyo\nrole: developer\ntimezone: Asia/Tokyo\nlocation: Tokyo'),
  ),
  doc(
    'Rotation',
    'web-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [anna, ben, cleo, dan]\ncovers: { services: [shop] }',
  ),
  doc(
    'Rotation',
    'tokyo-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Asia/Tokyo\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [kenji, yui]\ncovers: { services: [game] }',
  ),
];

const model = modelFrom(...base('\ncompensationPolicy: parent'));
const standard = model.compensationPolicies.get('standard');
if (!standard) throw new Error('test model without policy');

describe('the policy that pays each person (§12.9.5, §12.10.1)', () => {
  const month = monthCompensation({ model, month: MARCH, policy: standard });
  const paid = (name: string) => {
    const p = month.people.find((x) => x.person === name);
    if (!p) throw new Error(`${name} not paid`);
    return p;
  };

  it('pays a single parent on a higher standby rate at that rate, the others at the default', () => {
    const anna = paid('anna');
    expect(anna.policy).toBe('parent');
    expect(anna.hours.offHours).toBeGreaterThan(0);
    expect(anna.pay.standby).toEqual(multiplyMoney(moneyFromMajor(9, 'EUR'), anna.hours.offHours));
    const ben = paid('ben');
    expect(ben.policy).toBe('standard');
    expect(ben.pay.standby).toEqual(multiplyMoney(moneyFromMajor(4, 'EUR'), ben.hours.offHours));
  });

  it('leaves the schedule as it was: the policy changes the pay, not who is on call', () => {
    const without = modelFrom(...base(''));
    const policyOf = (m: typeof model) => m.compensationPolicies.get('standard');
    const range = month.range;
    const a = generateSchedule({ model, range, policy: policyOf(model) });
    const b = generateSchedule({ model: without, range, policy: policyOf(without) });
    expect(a.shifts).toEqual(b.shifts);
    expect(hoursPerPerson({ model, shifts: a.shifts, policy: standard })).toEqual(
      hoursPerPerson({ model: without, shifts: b.shifts, policy: policyOf(without) }),
    );
  });

  it("pays a team's people by the team's policy, in its currency, and never adds two currencies", () => {
    expect(paid('kenji').policy).toBe('jp-oncall');
    expect(paid('kenji').currency).toBe('JPY');
    expect(paid('kenji').pay.standby.currency).toBe('JPY');
    expect(month.byCurrency.map((c) => [c.currency, c.people, c.policies])).toEqual([
      ['EUR', 4, ['parent', 'standard']],
      ['JPY', 2, ['jp-oncall']],
    ]);
    const sum = (currency: string) =>
      month.people
        .filter((p) => p.currency === currency)
        .reduce((n, p) => n + p.pay.standby.minor, 0);
    expect(month.byCurrency[1]?.standby.minor).toBe(sum('JPY'));
    expect(month.byCurrency[1]?.standby.minor).toBeGreaterThan(0);
    // The existing total is the default policy's currency alone.
    expect(month.total.pay.standby).toEqual(month.byCurrency[0]?.standby);
    expect(month.total.pay.standby.minor).toBe(sum('EUR'));
  });

  it('says on-call pay is in another currency only for those priced in one', () => {
    const bands = [
      doc('SalaryBand', 'eu', 'role: developer\nannual: 80000\ncurrency: EUR'),
      doc('SalaryBand', 'jp', 'role: developer\nlocation: Tokyo\nannual: 9000000\ncurrency: JPY'),
    ];
    const note = (tokyoPolicy: string) => {
      const m = modelFrom(
        ...base('').map((d) =>
          d.includes('name: tokyo\n') ? d.replace('compensationPolicy: jp-oncall', tokyoPolicy) : d,
        ),
        ...bands,
      );
      const p = m.compensationPolicies.get('standard');
      if (!p) throw new Error('no policy');
      return onCallInOtherCurrency(m, p);
    };
    // Tokyo's people are paid in yen by their band: a yen policy of their team's says nothing.
    expect(note('compensationPolicy: jp-oncall')).toBeUndefined();
    // Priced by the default policy in euro, they are named.
    expect(note('')).toBe(
      '2 people on call are paid in another currency than EUR by their salary bands (2 in JPY: kenji, yui): their on-call pay is priced at the rates of "standard", in EUR, not converted',
    );
  });
});

describe('compensationPolicy names a policy of the model', () => {
  it('is an unknown-reference at the field that names it, with the closest name', () => {
    const text = base('\ncompensationPolicy: parnet').join('---\n');
    const result = loadModel([{ name: 'org.yaml', text }]);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'unknown-reference',
      path: 'spec.compensationPolicy',
      file: 'org.yaml',
    });
    expect(problems[0]?.message).toContain('did you mean "parent"?');
    expect(problems[0]?.line).toBeGreaterThan(1);
  });
});

describe('the on-call designs priced by the policies that pay their people (§12.9.5)', () => {
  const result = onCallCost(model);
  if (!result.ok) throw new Error(result.message);
  const { cost } = result;
  const rotation = (name: string) => {
    const r = cost.current.rotations.find((x) => x.name === name);
    if (!r) throw new Error(`no rotation ${name}`);
    return r;
  };

  it("prices a rotation's hours by its people's policies, each their share", () => {
    // web-oncall: anna at 9 EUR an hour (parent), ben, cleo and dan at 4 (standard).
    const web = rotation('web-oncall');
    const hours = web.standbyHoursPerMonth.outside;
    expect(Number(formatMoney(web.standbyCost))).toBeCloseTo((hours * (9 + 3 * 4)) / 4, 1);
    expect(web.standbyCosts.map((m) => m.currency)).toEqual(['EUR']);
  });

  it('keeps each currency apart: the JSON fields are the default’s, byCurrency has them all', () => {
    const tokyo = rotation('tokyo-oncall');
    expect(tokyo.standbyCost.minor).toBe(0);
    expect(tokyo.standbyCosts.map((m) => [m.currency, m.minor > 0])).toEqual([
      ['EUR', false],
      ['JPY', true],
    ]);
    expect(cost.current.byCurrency.map((c) => c.currency)).toEqual(['EUR', 'JPY']);
    expect(cost.current.monthlyCost).toEqual(cost.current.byCurrency[0]?.monthlyCost);
    expect(cost.current.byCurrency[1]?.standby).toEqual(tokyo.standbyCosts[1]);
    expect(cost.assumptions.join('\n')).toContain(
      'people are paid by the policy they or their team name (else standard)',
    );
  });

  it('says each change against today in every currency it moves, never added', () => {
    // Both 24x7 rotations protect no high tier: the design drops them for office-hours team
    // rotations behind a thin layer staffed by both teams' people.
    const notes = cost.optimized.notes;
    const note = (start: string) => notes.find((n) => n.startsWith(start)) ?? '';
    expect(note('drop tokyo-oncall')).toMatch(/and [\d,]+ JPY less standby pay per month$/);
    expect(note('drop web-oncall')).toMatch(/and [\d,.]+ EUR less standby pay per month$/);
    expect(note('add thin-layer')).toMatch(
      /and [\d,.]+ EUR more and [\d,]+ JPY more standby pay per month$/,
    );
  });

  it('claims no saving when another currency costs more', () => {
    const design = (eur: number, jpy: number): DesignCost => ({
      ...cost.current,
      monthlyCost: moneyFromMajor(eur, 'EUR'),
      byCurrency: [
        {
          currency: 'EUR',
          standby: moneyFromMajor(eur, 'EUR'),
          incidents: moneyFromMajor(0, 'EUR'),
          monthlyCost: moneyFromMajor(eur, 'EUR'),
        },
        {
          currency: 'JPY',
          standby: moneyFromMajor(jpy, 'JPY'),
          incidents: moneyFromMajor(0, 'JPY'),
          monthlyCost: moneyFromMajor(jpy, 'JPY'),
        },
      ],
    });
    // 100 EUR cheaper but 50,000 JPY dearer: it costs more, whatever the euro says.
    const dearer = compare(design(900, 150000), design(1000, 100000));
    expect(dearer.verdict).toBe('costs-more');
    expect(dearer.money).toEqual(moneyFromMajor(100, 'EUR'));
    expect(dearer.byCurrency).toEqual([moneyFromMajor(100, 'EUR'), moneyFromMajor(-50000, 'JPY')]);
    // Cheaper in both: a saving.
    expect(compare(design(900, 90000), design(1000, 100000)).verdict).toBe('saves');
  });
});
