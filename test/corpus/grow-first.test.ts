import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.10.2: grow before you hire, and say whom. saas-global's hiring decision said "there is 1 of
 * the 2 senior SREs beyond the 3 needed free to grow (the others hold places or rotations)" and
 * then listed five seniors with the years a principal needs: a VP could not tell whom to assess,
 * nor that promoting one who holds a place or a rotation seat opens that place to fill. The one
 * free to grow is named first (the candidate the promotion counts on), the others apart with what
 * promoting them instead costs; staffing says it in the same words as the plan.
 */
interface Plan {
  readonly promotions: readonly {
    readonly promoted: number;
    readonly spare: number;
    readonly advice: string;
    readonly candidates: readonly { readonly name: string; readonly site: string }[];
  }[];
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly tradeOff: string | null }[];
  };
}

describe('saas-global: who grows into the principal place first', () => {
  it('names the senior free to grow, and says the others hold a place promoting them opens', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('saas-global'), '--json']);
    const [p] = plan.promotions;
    expect(p).toMatchObject({ promoted: 1, spare: 1, advice: 'assess' });
    const first = p?.candidates[0];
    const others = p?.candidates.slice(1) ?? [];
    expect(others.length).toBeGreaterThan(0);
    const tradeOff =
      plan.summary.decisions.find((d) => d.tradeOff?.startsWith('Grow before you hire'))
        ?.tradeOff ?? '';
    expect(tradeOff).toContain(
      // One other beyond the places: "the other holds", not "the others hold".
      `1 of the 2 senior SREs beyond the 3 needed free to grow (the other holds a place or a rotation): ${first?.name} at ${first?.site}, with the 5 years a principal SRE needs`,
    );
    expect(tradeOff).toContain(`confirm them for ${first?.name} and promote on that evidence`);
    expect(tradeOff).toContain(`${others[0]?.name} at ${others[0]?.site}`);
    expect(tradeOff).toContain(
      'each holds a place or a rotation seat, which promoting one of them instead opens to fill',
    );
    expect(tradeOff).toContain(`hire if ${first?.name} does not meet them`);
    // The free one is not also among those who hold a place.
    expect(tradeOff.split('have the years too')[0]?.split('no head added')[1]).not.toContain(
      first?.name,
    );
    const { stdout } = await run(['staffing', orgPath('saas-global')]);
    expect(stdout).toContain(`**${tradeOff.split('. The hiring list')[0]}`);
  });
});
