import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { onCallPaidByContract, payingPolicy } from '../../model/index.ts';
import { runChecks } from '../checks/run-checks.ts';
import { standbyUnpaid } from '../checks/standby-unpaid.ts';
import { moneyFromMajor, multiplyMoneyRatio } from '../money/index.ts';
import { buildPlanDocument } from '../plan/document/build-plan-document.ts';
import { monthCompensation } from './month-compensation.ts';
import { onCallCost } from './oncall-cost.ts';

/**
 * §12.4.6: another company's people (a contractor's NOC) work under its contract; the company pays
 * the contract, not their on-call. `oncall-cost`, the plan's operating cost and `standby-unpaid`
 * read it from one definition (`payingPolicy` says `contract`), and agree on what it costs: nothing
 * beyond the contract.
 */
const docs = (options: { nocPolicy?: string; standby?: number } = {}) => [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc(
    'Organization',
    'vendor',
    'type: operations\nbudget: { amount: 120000, currency: EUR, period: year }',
  ),
  doc('Team', 'web', 'type: development\norganization: dev'),
  doc(
    'Team',
    'noc',
    `type: thin-layer\norganization: vendor${options.nocPolicy ? `\ncompensationPolicy: ${options.nocPolicy}` : ''}`,
  ),
  doc('Service', 'shop', 'owner: web\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc(
    'CompensationPolicy',
    'standard',
    `currency: EUR\nstandbyPerHour: ${options.standby ?? 4}\nincidentPerHour: 40`,
  ),
  doc('CompensationPolicy', 'vendor-rate', 'currency: EUR\nstandbyPerHour: 10'),
  ...['ann', 'bob', 'cid', 'dee'].map((n) =>
    doc('Person', n, 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
  ),
  ...['vic', 'wen', 'xia', 'yan'].map((n) =>
    doc('Person', n, 'team: noc\nrole: ops-engineer\ntimezone: Europe/Berlin'),
  ),
  doc(
    'Rotation',
    'web-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [ann, bob, cid, dee]\ncovers: { services: [shop] }',
  ),
  doc(
    'Rotation',
    'noc-first-line',
    'type: thin-layer\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [vic, wen, xia, yan]\ncovers: { services: [shop] }',
  ),
  // Two employees and two of the vendor's people on one pager: half its turns are the contract's.
  doc(
    'Rotation',
    'mixed-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 10:00"\nmembers: [ann, bob, vic, wen]\ncovers: { services: [shop] }',
  ),
];

const priced = (options: Parameters<typeof docs>[0] = {}) => {
  const model = modelFrom(...docs(options));
  const result = onCallCost(model);
  if (!result.ok) throw new Error(result.message);
  const today = (name: string) => {
    const r = result.cost.current.rotations.find((x) => x.name === name);
    if (!r) throw new Error(`no rotation ${name}`);
    return r;
  };
  return { model, cost: result.cost, today };
};

describe("another company's contract pays its people's on-call (§12.4.6)", () => {
  it('says so of a vendor person who names no policy, and of nobody else', () => {
    const model = modelFrom(...docs());
    const standard = model.compensationPolicies.get('standard');
    expect(payingPolicy(model, 'vic', standard)).toEqual({ policy: standard, by: 'contract' });
    expect(payingPolicy(model, 'ann', standard)).toEqual({ policy: standard, by: 'default' });
    expect(onCallPaidByContract(model, 'vic')).toBe(true);
    expect(onCallPaidByContract(model, 'ann')).toBe(false);
    // A policy named for the vendor's team: the company pays their on-call itself.
    const named = modelFrom(...docs({ nocPolicy: 'vendor-rate' }));
    expect(payingPolicy(named, 'vic', undefined).by).toBe('team');
    expect(onCallPaidByContract(named, 'vic')).toBe(false);
  });

  it("prices the vendor's turns at nothing in oncall-cost, and half of a pager they share", () => {
    const { today } = priced();
    const hours = today('web-oncall').standbyHoursPerMonth.outside;
    expect(today('noc-first-line').standbyHoursPerMonth.outside).toBe(hours);
    expect(today('noc-first-line').standbyCost).toEqual(moneyFromMajor(0, 'EUR'));
    const full = today('web-oncall').standbyCost;
    expect(full.minor).toBeGreaterThan(0);
    expect(today('mixed-oncall').standbyCost).toEqual(multiplyMoneyRatio(full, 1, 2));
    // Named for them, a policy prices them at its own rate.
    const named = priced({ nocPolicy: 'vendor-rate' }).today('noc-first-line').standbyCost;
    expect(named.minor).toBeGreaterThan(full.minor);
  });

  it("pays the vendor's people nothing in the month's compensation, and says why", () => {
    const { model } = priced();
    const standard = model.compensationPolicies.get('standard');
    if (!standard) throw new Error('no policy');
    const month = monthCompensation({ model, month: { year: 2026, month: 3 }, policy: standard });
    const vic = month.people.find((p) => p.person === 'vic');
    const ann = month.people.find((p) => p.person === 'ann');
    expect(vic?.hours.offHours).toBeGreaterThan(0);
    expect(vic?.paidByContract).toBe(true);
    expect(vic?.pay.total).toEqual(moneyFromMajor(0, 'EUR'));
    expect(ann?.paidByContract).toBe(false);
    expect(ann?.pay.standby.minor).toBeGreaterThan(0);
  });

  it('says in the assumptions that the zero is the contract, not unpaid standby', () => {
    const { cost } = priced();
    expect(cost.assumptions.join('\n')).toMatch(
      /another company's people take \(on noc-first-line, staffed by vendor; mixed-oncall\) are paid by its contract/,
    );
    expect(priced({ nocPolicy: 'vendor-rate' }).cost.assumptions.join('\n')).not.toMatch(
      /paid by its contract/,
    );
  });

  it('agrees with the plan: its on-call lines are twelve months of oncall-cost, the vendor in neither', () => {
    const { model, cost } = priced();
    const plan = buildPlanDocument(model);
    const lines = (plan.cost?.today.lines ?? []).filter((l) =>
      l.id.startsWith('oncall-compensation'),
    );
    expect(lines.length).toBeGreaterThan(0);
    // The plan's amounts are in major units with cents ("74,516.40").
    const cents = (amount: string) => Math.round(Number(amount) * 100);
    const yearly = lines.reduce((n, l) => n + cents(l.perYear.amount), 0);
    expect(yearly).toBe(12 * cost.current.monthlyCost.minor);
    expect(plan.cost?.notes.join('\n')).toMatch(
      /turns another company’s people take \(on noc-first-line, staffed by vendor; mixed-oncall\) is in its contract/,
    );
  });

  it("does not call the vendor's standby unpaid when the company's policy pays nothing", () => {
    const model = modelFrom(...docs({ standby: 0 }));
    const findings = runChecks(model, [standbyUnpaid]);
    const subjects = findings.map((f) => f.subject.name);
    expect(subjects).toEqual(['web-oncall', 'mixed-oncall']);
    // Of the shared pager, only the company's own people are unpaid: they are named.
    expect(findings.find((f) => f.subject.name === 'mixed-oncall')?.message).toMatch(
      /standard, which pays ann and bob,/,
    );
  });
});
