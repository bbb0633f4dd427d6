import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * A person the plan keeps for a promotion is never the one it lets go (§12.10.2): no promotion
 * candidate (one not shown to fail a criterion) is offered to attrition, in staffing's options or
 * the plan's surplus decision. streaming-media listed Marc Leblanc, senior SRE in Toronto, among
 * the candidates for the principal place and let attrition absorb him in the same plan.
 */

interface Candidates {
  readonly promotions: readonly {
    readonly candidates: readonly {
      readonly person: string;
      readonly name: string;
      readonly verdict: 'meets' | 'unknown' | 'does-not-meet';
    }[];
  }[];
}

interface PlanDecisions extends Candidates {
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
}

/** The names in parentheses of every "let attrition absorb …" clause of a text. */
function offeredToAttrition(text: string): string[] {
  return [...text.matchAll(/let attrition absorb the \d+[^(]*\(([^)]*)\)/g)].flatMap((m) =>
    (m[1] ?? '').split(/, | and /),
  );
}

describe.each(CORPUS)('the promotion candidates of %s', (name) => {
  it('are never offered to attrition, in staffing or the plan', async () => {
    const dir = orgPath(name);
    const staffing = await runJson<Candidates>(['staffing', dir, '--json']);
    const plan = await runJson<PlanDecisions>(['plan', dir, '--json']);
    const { stdout } = await run(['staffing', dir]);
    const kept = (doc: Candidates) =>
      doc.promotions.flatMap((p) =>
        p.candidates.filter((c) => c.verdict !== 'does-not-meet').map((c) => c.name),
      );
    const surplus = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    for (const [where, text, candidates] of [
      ['staffing', stdout, kept(staffing)],
      ['the plan', surplus, kept(plan)],
    ] as const) {
      const gone = offeredToAttrition(text);
      for (const c of candidates) expect(gone, `${where}: ${c}`).not.toContain(c);
    }
  });
});

describe('streaming-media: Siobhán O’Hara, a candidate for the principal place', () => {
  it('is kept as growth room, not let go', async () => {
    const dir = orgPath('streaming-media');
    const plan = await runJson<PlanDecisions>(['plan', dir, '--json']);
    const names = plan.promotions.flatMap((p) => p.candidates.map((c) => c.name));
    expect(names).toContain("Siobhán O'Hara");
    const surplus = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    expect(offeredToAttrition(surplus)).toEqual([]);
    // Emma Doherty and Marc Leblanc do their teams' agreed consulting (§12.4.7): never attrition.
    expect(surplus).not.toContain('Emma Doherty');
    expect(surplus).not.toContain('Marc Leblanc');
    expect(surplus).toContain(
      "keep the 1 left (Siobhán O'Hara) as growth room, not for attrition to absorb: a candidate for a principal SRE place (§12.10.2)",
    );
  });
});
