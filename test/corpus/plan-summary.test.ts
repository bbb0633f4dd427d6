import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';

/**
 * What a VP reads first: the plan's summary and risk register (#13). A risk is listed once, and
 * the summary does not ask to move to an on-call design that takes a high-tier service off its
 * round-the-clock team rotation (#12 item 6; see pending/sites/optimized-design).
 */

interface PlanRisks {
  readonly risks: readonly {
    readonly id: string;
    readonly source: string;
    readonly about: string;
  }[];
}

describe.each(CORPUS)('the risk register of %s', (name) => {
  it('lists a rotation that is too small once, not once per command that found it', async () => {
    const plan = await runJson<PlanRisks>(['plan', orgPath(name), '--json']);
    const sizes = plan.risks.filter(
      (r) => r.source === 'rotation-shortfall' || r.source === 'rotation-too-small',
    );
    const about = sizes.map((r) => r.about);
    expect(about.length, about.join(', ')).toBe(new Set(about).size);
  });
});
