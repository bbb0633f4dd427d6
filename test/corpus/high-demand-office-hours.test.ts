import { describe, expect, it } from 'vitest';
import { MONTH, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, OnCallCostJson } from './support/outputs.ts';

/**
 * saas-global (EXPECTED.md): signup-flow has high demand and a 99.9 % target, the medium tier
 * under tiers {99.95, 99.9}, and only growth-oncall (8x5) covers it; the optimized design moves
 * dashboards-web, also high demand at 99.9 %, from its 24x7 team rotation to an 8x5 domain
 * rotation. The target decides the tier (`tierOfService`), and both commands say what that leaves.
 */
describe('saas-global: high demand, office hours only', () => {
  it('check flags signup-flow, and the optimized design names dashboards-web and signup-flow', async () => {
    const dir = orgPath('saas-global');
    const [check, cost] = await Promise.all([
      runJson<CheckJson>(['check', dir, '--json']),
      runJson<OnCallCostJson>(['oncall-cost', dir, '--month', MONTH, '--json']),
    ]);
    expect(
      check.checks
        .filter((c) => c.code === 'high-demand-office-hours-only')
        .map((c) => c.subject.name),
    ).toEqual(['signup-flow']);
    const note = cost.optimized.notes.find((n) => n.startsWith('high demand, office hours only'));
    expect(note).toContain('dashboards-web (99.9 %)');
    expect(note).toContain('signup-flow (99.9 %)');
    // the tier stays the target's: dashboards-web is not kept round the clock for its demand
    const dashboards = cost.optimized.rotations.filter(
      (r) => r.services.includes('dashboards-web') && r.type !== 'thin-layer',
    );
    expect(dashboards.map((r) => r.coverage)).toEqual(['8x5']);
  }, 120_000);
});
