import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.9.4: people moving to SRE from another discipline begin practising SRE before the role is
 * assigned. insurer-today's four re-titled operations engineers hold the SRE title without
 * practice (staffing's `withoutPractice`): the plan offers them junior SRE places before it hires,
 * as it offers promotions before hiring (§12.10.2), asks the reader to decide, and its hiring
 * list, head count and funding count them in those places, not as hires.
 */

interface Practice {
  readonly level: string;
  readonly hires: number;
  readonly offered: number;
  readonly candidates: readonly { readonly person: string; readonly offered: boolean }[];
}
interface Staffing {
  readonly roles: Record<string, { readonly short: number }>;
  readonly withoutPractice: readonly string[];
  readonly hiring: readonly { readonly level: string; readonly count: number }[];
  readonly promotions: readonly { readonly level: string; readonly promoted: number }[];
  readonly practice: Practice | null;
  readonly funding: readonly {
    readonly organization: string;
    readonly current: { readonly headcount: number };
    readonly planned: { readonly headcount: number };
    readonly hires: number;
    readonly movedIn: number;
  }[];
}
interface Plan {
  readonly staffing: { readonly practice: Practice | null };
  readonly summary: {
    readonly decisions: readonly {
      readonly id: string;
      readonly proposal: string;
      readonly tradeOff: string | null;
    }[];
  };
  readonly cost: {
    readonly target: {
      readonly lines: readonly { readonly id: string; readonly people: number | null }[];
    };
  };
}

const RETITLED = ['petra-bruhn', 'frank-petersen', 'silke-harms', 'thorsten-lorenzen'];
const juniors = (s: Staffing) =>
  s.hiring.filter((h) => h.level === 'junior').reduce((n, h) => n + h.count, 0);

describe('insurer-today: junior SRE places for the re-titled before hiring (§12.9.4)', () => {
  const path = orgPath('insurer-today');

  it('offers the four re-titled engineers junior places, and the hiring list hires only the rest', async () => {
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    expect([...staffing.withoutPractice].sort()).toEqual([...RETITLED].sort());
    expect(staffing.practice?.level).toBe('junior');
    expect(staffing.practice?.offered).toBe(4);
    expect(
      staffing.practice?.candidates
        .filter((c) => c.offered)
        .map((c) => c.person)
        .sort(),
    ).toEqual([...RETITLED].sort());
    expect(staffing.roles.junior?.short).toBe(7);
    expect(juniors(staffing)).toBe(3);
    // They are people of the SRE team already: funding counts no new head for them.
    const dev = staffing.funding.find((f) => f.organization === 'it-development');
    expect(dev?.hires).toBe(9);
    expect(dev?.planned.headcount).toBe((dev?.current.headcount ?? 0) + 9 + (dev?.movedIn ?? 0));
  });

  it('states the offer as a decision asked of the reader, citing §12.9.4, in plan and staffing', async () => {
    const plan = await runJson<Plan>(['plan', path, '--json']);
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    expect(plan.staffing.practice).toEqual(staffing.practice);
    const hiring = plan.summary.decisions.find((d) => d.id === 'hiring');
    expect(hiring?.proposal).toMatch(/^Offer 4 junior SRE places .*§12\.9\.4.*3 junior SREs at/);
    expect(hiring?.tradeOff).toMatch(/^Grow before you hire \(§12\.9\.4\)/);
    expect(hiring?.tradeOff).toContain('Petra Bruhn');
    // The operating cost prices the hires the hiring list keeps, not the places offered.
    const hires = plan.cost.target.lines.find((l) => l.id === 'new-hires');
    expect(hires?.people).toBe(9);

    const [md, staffingMd] = await Promise.all([run(['plan', path]), run(['staffing', path])]);
    for (const out of [md.stdout, staffingMd.stdout]) {
      const section = out.slice(out.indexOf('## Hiring list'));
      const hiringSection = section.slice(0, section.indexOf('\n## ', 5));
      expect(hiringSection).toContain('Offer 4 junior SRE places before hiring (§12.9.4)');
      expect(hiringSection).toContain('Thorsten Lorenzen');
      expect(hiringSection).toMatch(/\| junior SRE \| 3 \|/);
    }
  });
});

describe.each(CORPUS)('%s: places offered to SRE titles without practice', (name) => {
  it('offers no more than the junior places short and the people without practice', async () => {
    const staffing = await runJson<Staffing>(['staffing', orgPath(name), '--json']);
    const practice = staffing.practice;
    const promoted = staffing.promotions
      .filter((p) => p.level === 'junior')
      .reduce((n, p) => n + p.promoted, 0);
    const offered = practice?.offered ?? 0;
    expect(juniors(staffing) + promoted + offered).toBe(staffing.roles.junior?.short);
    expect(offered).toBeLessThanOrEqual(staffing.withoutPractice.length);
    if (practice) {
      expect(practice.candidates.map((c) => c.person).sort()).toEqual(
        [...staffing.withoutPractice].sort(),
      );
      expect(practice.hires).toBe(juniors(staffing) + offered);
    } else if (staffing.withoutPractice.length > 0) {
      expect(staffing.roles.junior?.short).toBe(0);
    }
  });
});
