import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * insurer-target and scale-up hired SREs while their surplus decision kept the SRE teams beyond
 * §12.4.1 "as room" for more development teams, without a word on how the two go together: a VP
 * reads "we have more than we need" beside "hire more". The room is in teams, not people: the
 * decision now says that merging the teams would save none of the hires (§12.4.1, §12.10.2).
 */
type Plan = PlanJson & {
  readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
};

describe.each(CORPUS)('%s: SRE teams kept as room beside hires', (name) => {
  it('the surplus decision says why it keeps the teams while the hiring list hires', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    const hires = (plan.staffing?.hiring ?? []).reduce((n, h) => n + h.count, 0);
    if (!/SRE teams as room for/.test(decision)) return;
    if (hires === 0) {
      expect(decision).not.toContain('That room is in teams, not people');
      return;
    }
    expect(decision).toContain(
      `That room is in teams, not people: ${/no SRE is beyond/.test(decision) ? 'no SRE is beyond the places of the §12.10.2 table, so ' : ''}merging the teams would save none of the ${hires} hire${hires === 1 ? '' : 's'} of the hiring list`,
    );
  });
});

describe('the orgs that hire beside surplus SRE teams', () => {
  it.each(['insurer-target', 'scale-up'] as const)('%s says both plainly', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    expect(decision).toMatch(/SRE teams as room for \d+ more development teams/);
    expect(decision).toContain('keeping them and hiring go together');
  });
});
