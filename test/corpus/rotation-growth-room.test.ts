import { describe, expect, it } from 'vitest';
import { CORPUS, cents, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * Growing a short team pager takes people its organization may not have room for (§12.4.6,
 * §12.9.5): where the rotations an organization is asked to grow need more people than its head
 * count limit or budget leaves after the plan's hires, the risk of each says the gap with its
 * basis — the people needed, the room by head count (planned of limit) and by budget (what is
 * left, a salary of the rotations' role at their site). airline's crew and flight-ops pagers need
 * three more people while Flight Operations IT has room for two by head count and about one by
 * budget; no figure said so.
 */

interface Funding {
  readonly organization: string;
  readonly headcountLimit: number | null;
  readonly annualBudget: { readonly amount: string; readonly currency: string } | null;
  readonly planned: {
    readonly headcount: number;
    readonly annualCost: { readonly amount: string; readonly currency: string };
  };
}

const GAP =
  /Growing (.+?) takes (\d+) more (?:person|people) in (\S+), which has room for (.+?): raise its limits, or find them/;

describe.each(CORPUS)('the room %s leaves for growing its rotations', (name) => {
  it('is said with figures that are the funding table’s, and only where it is short', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const funding = (plan.staffing as unknown as { funding: readonly Funding[] } | null)?.funding;
    for (const risk of plan.risks) {
      const m = GAP.exec(risk.mitigation);
      if (m === null) continue;
      expect(risk.source, risk.id).toBe('rotation-shortfall');
      const [, rotations = '', needed = '', organization = '', rooms = ''] = m;
      expect(rotations, risk.id).toContain(risk.about.replace('Rotation ', ''));
      const f = funding?.find((x) => x.organization === organization);
      expect(f, `${risk.id}: ${organization}`).toBeDefined();
      if (f === undefined) continue;
      const limits: number[] = [];
      const byHeadcount =
        /(\d+|none) by head count \((\d+) (?:of|against a limit of) (\d+) after hiring\)/.exec(
          rooms,
        );
      if (byHeadcount !== null) {
        const [, room = '', planned = '', limit = ''] = byHeadcount;
        expect(Number(planned)).toBe(f.planned.headcount);
        expect(Number(limit)).toBe(f.headcountLimit);
        const n = room === 'none' ? 0 : Number(room);
        expect(n).toBe(Math.max(0, Number(limit) - Number(planned)));
        limits.push(n);
      }
      const byBudget =
        /about (\d+|none) by budget \(([\d,.]+) (\w+) a year left of ([\d,.]+) \w+, an? .+? ([\d,.]+) \w+ a year\)/.exec(
          rooms,
        );
      if (byBudget !== null && f.annualBudget !== null) {
        const [, room = '', left = '', currency = '', budget = '', each = ''] = byBudget;
        const minor = (s: string) => Math.round(Number(s.replaceAll(',', '')) * 100);
        expect(currency).toBe(f.annualBudget.currency);
        expect(minor(budget)).toBe(cents(f.annualBudget));
        expect(minor(left)).toBe(Math.max(0, cents(f.annualBudget) - cents(f.planned.annualCost)));
        const n = room === 'none' ? 0 : Number(room);
        expect(n).toBe(Math.floor(minor(left) / minor(each)));
        limits.push(n);
      }
      expect(limits.length, risk.id).toBeGreaterThan(0);
      expect(Number(needed), risk.id).toBeGreaterThan(Math.min(...limits));
    }
  });
});

describe('airline: the crew and flight-ops pagers against Flight Operations IT’s limits', () => {
  it('say three more people against room for two by head count and about one by budget', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('airline'), '--json']);
    for (const rotation of ['crew-oncall', 'flight-ops-oncall']) {
      const risk = plan.risks.find((r) => r.about === `Rotation ${rotation}`);
      expect(risk?.mitigation, rotation).toContain(
        'Growing crew-oncall and flight-ops-oncall takes 3 more people in flight-ops-it, which has room for 2 by head count (16 of 18 after hiring) and about 1 by budget (106,000.00 EUR a year left of 1,450,000.00 EUR, a developer at Dublin',
      );
      // The SRE kept for business hours consults for the team (§12.4.7), on no seat of its pager.
      expect(risk?.mitigation, rotation).toContain(
        'Agnieszka Wiśniewska, whom the surplus decision keeps for SRE work in business hours, can consult for',
      );
      expect(risk?.mitigation, rotation).toContain(`not a seat on it`);
    }
    // booking-shared is Digital's, which has room: no gap said.
    const booking = plan.risks.find((r) => r.about === 'Rotation booking-shared');
    expect(booking?.mitigation).not.toMatch(GAP);
  });
});
