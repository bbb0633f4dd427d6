import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * What the on-call design needs against today counts the company's own rotations; the seats of a
 * rotation another company staffs under contract are said apart (§12.4.6, `rotationProvider`).
 * parcel-logistics' plan read "It needs 2 more people on its rotations (52 instead of 50)" with
 * the contractor NOC's 8 inside, beside "noc-first-line is 2 short, for the contract … to staff,
 * not to hire": a sizing total a VP reads as people to find.
 */

interface Rotation {
  readonly name: string;
  readonly peopleNeeded: number;
  readonly provider: { readonly displayName: string } | null;
}
interface OnCallCost {
  readonly current: { readonly rotations: readonly Rotation[] };
  readonly optimized: { readonly rotations: readonly Rotation[] };
}
interface Plan {
  readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
}

const own = (rotations: readonly Rotation[]) =>
  rotations.filter((r) => r.provider === null).reduce((n, r) => n + r.peopleNeeded, 0);
const SAID =
  /needs (\d+) (?:more|fewer) (?:people|person) on its (own )?rotations \((\d+) instead of (\d+)\)(, besides the \d+(?: \(instead of \d+\))? of ([^,]+), which)?/;

describe.each(CORPUS)('people on the design’s rotations of %s', (name) => {
  it('counts the company’s own rotations and says a contract’s seats apart, in oncall-cost and the plan', async () => {
    const priced = await run(['oncall-cost', orgPath(name), '--json']);
    // No compensation policy: nothing priced, nothing said of the design's people.
    if (priced.code !== 0) return;
    const cost = JSON.parse(priced.stdout) as OnCallCost;
    const design = own(cost.optimized.rotations);
    const today = own(cost.current.rotations);
    const contracted = [
      ...new Set(
        [...cost.optimized.rotations, ...cost.current.rotations]
          .filter((r) => r.provider !== null)
          .map((r) => r.name),
      ),
    ];
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const decision = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.proposal ?? '';
    const texts = [(await run(['oncall-cost', orgPath(name)])).stdout, decision];
    for (const text of texts) {
      const m = SAID.exec(text);
      if (m === null) continue;
      expect(Number(m[1])).toBe(Math.abs(design - today));
      expect(Number(m[3])).toBe(design);
      expect(Number(m[4])).toBe(today);
      expect(m[2] !== undefined).toBe(contracted.length > 0);
      if (contracted.length > 0) expect(m[6]).toBe(contracted.join(', '));
    }
  });
});

describe('parcel-logistics: the contractor NOC’s seats are not among the people the design needs', () => {
  it('says 44 instead of 42 on its own rotations, besides the NOC the contract staffs', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('parcel-logistics'), '--json']);
    const decision = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.proposal;
    expect(decision).toContain(
      'It needs 2 more people on its own rotations (44 instead of 42), besides the 8 of noc-first-line, which Andina NOC Services (contractor) staffs under contract (§12.4.6).',
    );
    expect(decision).not.toContain('52 instead of 50');
  });
});
