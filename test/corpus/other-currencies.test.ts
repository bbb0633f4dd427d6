import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

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
