import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * §12.9.5: a high tier operations keep as first line until the team the plan gives it to can
 * staff a rotation round the clock waits for hires. bank's risk register said "hire 3 first" for
 * team lending, and no decision asked anyone for them: a VP reading the decisions saw core-ledger
 * move and no hire to approve. Every team such a service waits for has a decision, with the same
 * number as its risk, who decides, and a cost with its basis.
 */
describe('the hires a team makes before operations hand it a high tier are a decision', () => {
  it.each(CORPUS)('%s', async (name) => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const waiting = new Map<string, { services: string[]; more: number }>();
    for (const s of plan.services) {
      const until = s.recommendation.until;
      if (until?.kind !== 'team-staffed') continue;
      const entry = waiting.get(until.team) ?? { services: [], more: 0 };
      entry.services.push(s.name);
      entry.more = Math.max(entry.more, until.needed - until.people);
      waiting.set(until.team, entry);
    }
    const asked = plan.summary.decisions.filter((d) => d.id.startsWith('staff-'));
    expect(asked.length > 0).toBe(waiting.size > 0);
    expect(asked.length).toBeLessThanOrEqual(waiting.size);
    // Every hire is asked for once: the questions add up to the teams' shortfalls.
    const total = [...waiting.values()].reduce((n, w) => n + w.more, 0);
    const askedFor = asked.reduce(
      (n, d) => n + Number(/ with (\d+) more /.exec(d.question)?.[1] ?? Number.NaN),
      0,
    );
    expect(askedFor).toBe(total);
    for (const [team, { services, more }] of waiting) {
      const d = asked.find(
        (x) =>
          x.question.includes(`team ${team} with ${more} more `) ||
          x.proposal.includes(`; ${team} ${more} (`) ||
          x.proposal.includes(`: ${team} ${more} (`),
      );
      expect(d, `no decision to staff team ${team}`).toBeDefined();
      for (const s of services) expect(d?.question).toContain(s);
      expect(d?.proposal).toMatch(/Decided by [^.]+, head of /);
      expect(d?.proposal).toMatch(/Cost: \d+ × [\d,.]+ [A-Z]{3} = [\d,.]+ [A-Z]{3} a year \(/);
      // The risk of each service says the same number, and points at this decision.
      for (const s of services) {
        const risk = plan.risks.find((r) => r.about === `Service ${s}`);
        if (risk?.mitigation.includes('first (')) {
          expect(risk.mitigation).toContain(
            `so hire ${more} first (the decision to staff team ${team}, §12.9.5)`,
          );
        }
      }
    }
  });

  it('bank: Marcus Engel decides the 3 developers team lending needs before core-ledger leaves operations', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('bank'), '--json']);
    const d = plan.summary.decisions.find((x) => x.id === 'staff-it-development');
    expect(d?.question).toBe(
      'Do we staff team lending with 3 more developers, so core-ledger can leave operations?',
    );
    expect(d?.proposal).toContain(
      'Hire 3 developers into team lending: it has 5 of the 8 people a rotation round the clock needs',
    );
    expect(d?.proposal).toContain('Decided by Marcus Engel, head of it-development');
    expect(d?.proposal).toContain('it-development has the seats (21 of 32, 24 after)');
    expect(d?.proposal).toContain('Cost: 3 × 80,000.00 EUR = 240,000.00 EUR a year');
    // Asked before the hiring list and the on-call design that keep operations first line meanwhile.
    const ids = plan.summary.decisions.map((x) => x.id);
    expect(ids.indexOf('staff-it-development')).toBe(ids.indexOf('run-models') + 1);
  });
}, 300_000);
