import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';
import type { HoursJson, OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * §12.4.6: head count and budget. saas-global pays its Bangalore people in rupees and its Dublin
 * people in euro against budgets in dollars; whorunsit never converts (no exchange rates). Its
 * figures once said so in one footnote for all organizations together, while the verdict said
 * "fits" and the plan's operating cost gave "SREs … 13 people, 1,650,000.00 USD" — the cost of
 * seven of them. Each figure now says what it leaves out.
 */
describe('saas-global: salaries in INR and EUR against budgets in USD', () => {
  it('staffing: each verdict says it reads the budget currency only and names what it left out', async () => {
    const { stdout } = await run(['staffing', orgPath('saas-global')]);
    const row = (org: string) => stdout.split('\n').find((l) => l.startsWith(`| \`${org}\``));
    expect(row('engineering')).toContain(
      'fits on USD salaries only; 217,300,000.00 INR, 3,760,000.00 EUR not converted',
    );
    expect(row('sre')).toContain('on USD salaries only; 19,400,000.00 INR not converted');
  });

  it('plan: the SRE salary line says how many of its people are paid in INR, and how much', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('saas-global'), '--json']);
    const doc = plan as unknown as {
      cost: { today: { lines: { id: string; people: number; basis: string }[] } };
    };
    const line = doc.cost.today.lines.find((l) => l.id === 'sre-salaries');
    expect(line?.people).toBe(13);
    expect(line?.basis).toContain(
      'not in this figure, no exchange rates: 6 paid in INR (19,400,000.00 INR a year)',
    );
  });

  it('says nothing of other currencies where every salary is in the budget’s', async () => {
    const { stdout } = await run(['staffing', orgPath('public-agency')]);
    expect(stdout).not.toContain('not converted');
  });

  it('business case: the break-even says the SRE salaries in other currencies are not in its cost', async () => {
    // game-studio pays 10 SREs in PLN and 3 in JPY: the break-even of 106 hours counted the USD
    // salaries alone, and said nothing of it.
    const plan = await runJson<PlanJson>(['plan', orgPath('game-studio'), '--json']);
    const doc = plan as unknown as {
      businessCase: {
        sreCostOtherCurrencies: { amount: string; currency: string }[];
        verdict: string;
        breakEvenHoursPerYear: number;
      };
      cost: { target: { lines: { id: string; otherCurrencies: { currency: string }[] }[] } };
    };
    expect(doc.businessCase.sreCostOtherCurrencies.map((m) => m.currency).sort()).toEqual([
      'JPY',
      'PLN',
    ]);
    expect(doc.businessCase.verdict).toContain(
      'are not in this cost (no exchange rates): counting them, SRE must prevent more than',
    );
    // The summary's business case line and its salary note say it too.
    const { stdout } = await run(['plan', orgPath('game-studio')]);
    const summary = stdout.slice(
      stdout.indexOf('## Summary'),
      stdout.indexOf('### What could go wrong'),
    );
    expect(summary).toMatch(/not counting [\d,.]+ PLN and [\d,]+ JPY a year of SRE salaries/);
    expect(summary).toContain('Salaries paid in JPY and PLN are not in these figures');
    const sre = doc.cost.target.lines.find((l) => l.id === 'sre-salaries');
    expect(sre?.otherCurrencies.map((m) => m.currency).sort()).toEqual(['JPY', 'PLN']);
    // An organization paid in one currency leaves nothing out.
    const acme = (await runJson<PlanJson>(['plan', 'examples/acme', '--json'])) as unknown as {
      businessCase: { sreCostOtherCurrencies: unknown[]; verdict: string };
    };
    expect(acme.businessCase.sreCostOtherCurrencies).toEqual([]);
    expect(acme.businessCase.verdict).not.toContain('other currencies');
  });
});

/**
 * §12.9.5, §12.10.1: game-studio's Tokyo payroll pays on-call in yen (`tokyo-oncall`, named by
 * the social team and the three Tokyo SREs). Every person was priced at the USD policy, yen
 * "not converted", and one note said so.
 */
describe('game-studio: Tokyo paid by its own policy in JPY', () => {
  const args = ['--month', '2026-06'];
  it('oncall-cost pays Tokyo in yen and keeps each currency’s total apart', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('game-studio'),
      ...args,
      '--json',
    ]);
    const person = (name: string) => cost.compensation.people.find((p) => p.person === name);
    expect(person('yuki-tanaka')).toMatchObject({ policy: 'tokyo-oncall', currency: 'JPY' });
    expect(person('yui-takahashi')).toMatchObject({ policy: 'tokyo-oncall', currency: 'JPY' });
    expect(person('aleksandra-wrobel')).toMatchObject({ policy: 'northgale-oncall' });
    expect(cost.compensation.byCurrency.map((c) => c.currency)).toEqual(['USD', 'JPY']);
    expect(cost.compensation.total.pay.standby.currency).toBe('USD');
    expect(cost.current.byCurrency.map((c) => c.currency)).toEqual(['USD', 'JPY']);
    // The note names those still priced in another currency (Warsaw, paid in PLN), not Tokyo.
    const note = cost.assumptions.find((a) => a.includes('not converted')) ?? '';
    expect(note).toContain('in PLN');
    expect(note).not.toContain('JPY');
    const { stdout } = await run(['oncall-cost', orgPath('game-studio'), ...args]);
    expect(stdout).toMatch(/\| \*\*Total JPY\*\* \| `tokyo-oncall` \| 8 people \|/);
    expect(stdout).toMatch(/the month's standby pay as scheduled is [\d,.]+ USD and [\d,]+ JPY/);
  });

  it('hours names the policy whose business hours split each person’s time', async () => {
    const hours = await runJson<HoursJson>([
      'hours',
      orgPath('game-studio'),
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-08',
      '--json',
    ]);
    const policy = new Map(hours.hours.map((h) => [h.person, h.policy]));
    expect(policy.get('ren-kobayashi')).toBe('tokyo-oncall');
    expect(policy.get('ashley-morgan')).toBe('northgale-oncall');
  });

  it('the plan says the on-call cost in yen on a row of its own, and never adds it', async () => {
    const { stdout } = await run(['plan', orgPath('game-studio')]);
    expect(stdout).toMatch(/\| On-call compensation per month, paid in JPY \| \[[\d,]+ JPY\]/);
    expect(stdout).toMatch(/not in this figure, no exchange rates: on-call pay in JPY/);
  });
});
