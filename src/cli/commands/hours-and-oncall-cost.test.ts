import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { type FakeRun, runCli } from '../../../test/support/fake-io.ts';
import {
  formatMoney,
  type Money,
  moneyFromMajor,
  multiplyMoney,
  sumMoney,
} from '../../engine/money/index.ts';
import { roundHours } from '../../report/figures.ts';

/**
 * The hours report is the input of compensation (§12.9.5): on examples/acme, `hours` for a
 * calendar month in UTC and `oncall-cost --month` for that month must agree person by person,
 * and the standby pay must be the off-hours × the policy's `standbyPerHour`, to the cent.
 * March 2026 has both DST changes (New York on the 8th, Europe on the 29th).
 */

const ACME = join(new URL('../../../', import.meta.url).pathname, 'examples', 'acme');

interface Hours {
  readonly person: string;
  readonly businessHours: number;
  readonly offHours: number;
  readonly weekendHours: number;
}

interface Amount {
  readonly amount: string;
  readonly currency: string;
}

interface OnCallCostJson {
  readonly policy: string;
  readonly currency: string;
  readonly current: { readonly basis: string; readonly monthlyCost: Amount };
  readonly optimized: { readonly basis: string; readonly monthlyCost: Amount };
  readonly saving: Amount;
  readonly compensation: {
    readonly month: string;
    readonly basis: string;
    readonly from: string;
    readonly to: string;
    readonly scheduleErrors: number;
    readonly people: readonly {
      readonly person: string;
      readonly hours: Omit<Hours, 'person'> & { readonly incidentOffHours: number };
      readonly pay: { readonly standby: Amount };
    }[];
    readonly total: { readonly pay: { readonly standby: Amount } };
  };
}

/** The policy's standby rate, read from the example's own files. */
function standbyPerHour(policy: string): number {
  const text = readFileSync(join(ACME, 'money.yaml'), 'utf8');
  for (const d of parseAllDocuments(text)) {
    const value = d.toJSON() as {
      kind?: string;
      metadata?: { name?: string };
      spec?: { standbyPerHour?: number };
    };
    if (value.kind === 'CompensationPolicy' && value.metadata?.name === policy) {
      return value.spec?.standbyPerHour ?? 0;
    }
  }
  throw new Error(`no CompensationPolicy ${policy} in examples/acme/money.yaml`);
}

describe('whorunsit hours and whorunsit oncall-cost on examples/acme', () => {
  let hoursRun: FakeRun;
  let costRun: FakeRun;
  let hours: { from: string; to: string; hours: Hours[] };
  let cost: OnCallCostJson;
  let rate: Money;

  beforeAll(async () => {
    hoursRun = await runCli([
      'hours',
      ACME,
      '--from',
      '2026-03-01',
      '--to',
      '2026-04-01',
      '--json',
    ]);
    costRun = await runCli(['oncall-cost', ACME, '--month', '2026-03', '--json']);
    hours = JSON.parse(hoursRun.stdout);
    cost = JSON.parse(costRun.stdout);
    rate = moneyFromMajor(standbyPerHour(cost.policy), cost.currency);
  });

  it('both succeed and cover the same month', () => {
    expect(hoursRun.code, hoursRun.stderr).toBe(0);
    expect(costRun.code, costRun.stderr).toBe(0);
    expect(cost.compensation).toMatchObject({
      month: '2026-03',
      basis: 'schedule',
      from: hours.from,
      to: hours.to,
      scheduleErrors: 0,
    });
  });

  it('list the same people with the same hours', () => {
    expect(cost.compensation.people.map((p) => p.person)).toEqual(hours.hours.map((h) => h.person));
    expect(hours.hours.length).toBeGreaterThan(0);
    for (const h of hours.hours) {
      const paid = cost.compensation.people.find((p) => p.person === h.person);
      expect(paid?.hours, h.person).toMatchObject({
        businessHours: roundHours(h.businessHours),
        offHours: roundHours(h.offHours),
        weekendHours: roundHours(h.weekendHours),
      });
    }
  });

  it('pay each person standby = off-hours × standbyPerHour, to the cent', () => {
    for (const h of hours.hours) {
      const paid = cost.compensation.people.find((p) => p.person === h.person);
      expect(paid?.pay.standby, h.person).toEqual({
        amount: formatMoney(multiplyMoney(rate, h.offHours)),
        currency: cost.currency,
      });
    }
  });

  it("make the month's standby pay the sum of everyone's", () => {
    const sum = sumMoney(
      hours.hours.map((h) => multiplyMoney(rate, h.offHours)),
      cost.currency,
    );
    expect(cost.compensation.total.pay.standby).toEqual({
      amount: formatMoney(sum),
      currency: cost.currency,
    });
  });

  it('keep the design costs as estimates for an average month, and say so', () => {
    expect(cost.current.basis).toBe('average-month');
    expect(cost.optimized.basis).toBe('average-month');
    expect(cost.current.monthlyCost.amount).toMatch(/^\d+\.\d{2}$/);
    expect(cost.saving.currency).toBe(cost.currency);
  });
});
