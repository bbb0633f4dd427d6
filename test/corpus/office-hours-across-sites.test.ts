import { describe, expect, it } from 'vitest';
import { MONTH, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, OnCallCostJson } from './support/outputs.ts';

/**
 * §12.6, §12.9.5 (saas-global EXPECTED.md): an office-hours rotation on one site's clock with
 * people at another site stands them by outside their working day. `check` says so with the
 * people and their local hours, and the optimized design, which gives each site its own
 * rotation, keeps none of the rotations it flags.
 */
describe.each(['saas-global', 'scale-up'] as const)('office hours across sites in %s', (name) => {
  it('flags each such rotation, and the optimized design keeps none of them', async () => {
    const dir = orgPath(name);
    const [check, cost] = await Promise.all([
      runJson<CheckJson>(['check', dir, '--json']),
      runJson<OnCallCostJson>(['oncall-cost', dir, '--month', MONTH, '--json']),
    ]);
    const flagged = check.checks.filter((c) => c.code === 'office-hours-across-sites');
    expect(flagged.map((c) => c.subject.name).sort()).toEqual(
      name === 'saas-global' ? ['growth-oncall', 'ml-oncall'] : ['platform-domain'],
    );
    const kept = new Set(cost.optimized.rotations.map((r) => r.keeps));
    for (const c of flagged) expect(kept.has(c.subject.name), c.subject.name).toBe(false);
    if (name === 'saas-global') {
      const growth = flagged.find((c) => c.subject.name === 'growth-oncall')?.message;
      expect(growth).toContain(
        'Dublin/Lisbon (Conor Daly and Sinead Kelly) 17:00–01:00 local time',
      );
      const ml = flagged.find((c) => c.subject.name === 'ml-oncall')?.message;
      expect(ml).toContain(
        'San Francisco/Denver/New York (Felix Foster and Vera Price) 19:30–03:30 (20:30–04:30 in July)',
      );
    }
  }, 120_000);
});
