import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';

/**
 * migration's head count lists the open SRE position open-sre-delivery-madrid (junior, Madrid)
 * while its hiring list hires 1 junior SRE at Madrid; only the operating cost said they were
 * counted once. The hiring list now says the open position is part of that hire, not added to it,
 * in staffing and the plan alike; insurer-target's Porto position, at the Hamburg site, likewise.
 */

interface Staffing {
  readonly openPositions: readonly string[];
  readonly hiring: readonly { level: string; count: number; location: string; reason: string }[];
}

const CASES = [
  {
    org: 'migration' as const,
    row: '| junior SRE | 1 | Madrid',
    words: 'the open SRE position open-sre-delivery-madrid is part of this hire, not added to it',
  },
  {
    org: 'insurer-target' as const,
    row: '| junior SRE | 6 | Hamburg',
    words:
      'the open SRE position open-sre-channels-porto is part of these 6 hires, not added to them',
  },
];

describe.each(CASES)('$org: open SRE positions in the hiring list', ({ org, row, words }) => {
  it('are said to be part of the hires of their level and site, not added to them', async () => {
    const path = orgPath(org);
    const json = await runJson<Staffing>(['staffing', path, '--json']);
    const hire = json.hiring.filter((h) => h.reason.includes(words));
    expect(hire).toHaveLength(1);
    // Said once: no other hire claims the same position.
    for (const name of json.openPositions)
      expect(json.hiring.filter((h) => h.reason.includes(name)).length).toBeLessThanOrEqual(1);
    for (const out of [
      (await run(['staffing', path])).stdout,
      (await run(['plan', path])).stdout,
    ]) {
      const line = out.split('\n').find((l) => l.startsWith(row));
      expect(line).toContain(words);
    }
  });
});
