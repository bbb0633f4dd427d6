import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';

/**
 * §12.4.6, §12.8.2: where the recommended home for SRE breaks its head count limit, the
 * recommendation says so beside the limit every other home would break or keep. public-agency's
 * plan put SRE in digital (34 of 32) and said it only in the funding; the operations organization
 * would have broken its own (26 of 24) and nothing said so beside the choice.
 */
interface Placement {
  readonly placementOptions: {
    readonly why: string;
    readonly options: readonly {
      readonly label: string;
      readonly recommended: boolean;
      readonly organization: string | null;
      readonly headcount: {
        readonly organizationAfter: number | null;
        readonly limit: number | null;
        readonly fits: boolean | null;
      };
    }[];
  };
}

describe('the recommended home for SRE says which head count limit each home breaks', () => {
  it.each(CORPUS)('%s', async (name) => {
    const plan = await runJson<Placement>(['plan', orgPath(name), '--json']);
    const { why, options } = plan.placementOptions;
    const best = options.find((o) => o.recommended);
    if (best?.headcount.fits !== false) {
      expect(why).not.toContain('against its head count limit');
      return;
    }
    expect(why).toContain(
      `takes ${best.organization} to ${best.headcount.organizationAfter} people against its head count limit of ${best.headcount.limit}`,
    );
    for (const o of options.filter((x) => !x.recommended && x.organization !== null)) {
      const { organizationAfter: after, limit, fits } = o.headcount;
      if (fits === false) expect(why).toContain(`take ${o.organization} to ${after} of ${limit}`);
      if (fits === true)
        expect(why).toContain(`keep ${o.organization} within its limit (${after} of ${limit})`);
    }
    const anyFits = options.some((o) => !o.recommended && o.headcount.fits === true);
    expect(why.includes('No home with a limit stays within it')).toBe(!anyFits);
  });

  it('public-agency: digital 34 of 32 beside technology-operations 26 of 24', async () => {
    const plan = await runJson<Placement>(['plan', orgPath('public-agency'), '--json']);
    expect(plan.placementOptions.why).toContain(
      'takes digital to 34 people against its head count limit of 32',
    );
    expect(plan.placementOptions.why).toContain('take technology-operations to 26 of 24');
  });
});
