import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { opsRunHighTarget } from './ops-run-high-target.ts';

const opsRun = (change: Record<string, unknown>) =>
  patch(tinyOrg(), 'Service', 'cart', { runModel: 'ops-runs-it', sreTeam: undefined, ...change });

describe('ops-run-high-target (§12.2.5)', () => {
  it('reports a high-tier target run by ops', () => {
    const [f] = findingsOf(opsRunHighTarget, opsRun({ demand: 'low' }));
    expect(f).toMatchObject({
      code: 'ops-run-high-target',
      severity: 'warning',
      section: '§12.2.5',
    });
    expect(f?.message).toContain('high-tier target of 99.95% (≥ 99.9%)');
    // The chapter's issues with "you build it, ops run it" are set out, each once (§12.2.3).
    expect(f?.message).toContain(
      'Its issues (§12.2.3): long incident resolution times, many workarounds',
    );
    for (const issue of [
      'many workarounds',
      'no knowledge synchronization',
      'limited adaptive capacity in the architecture',
      'limited telemetry',
      'limited understanding of how services and infrastructure interplay',
      'collaboration issues during incident response',
    ]) {
      expect(f?.message.split(issue)).toHaveLength(2);
    }
  });

  it('reports high demand without a target as a high tier from demand', () => {
    const [f] = findingsOf(
      opsRunHighTarget,
      opsRun({ availabilityTarget: undefined, demand: 'high' }),
    );
    expect(f?.message).toContain(
      'has high demand and no availability target (high tier until a target is set) but is run by ops',
    );
  });

  it('reports high demand run by ops even with a low target', () => {
    const [f] = findingsOf(opsRunHighTarget, opsRun({ availabilityTarget: 99, demand: 'high' }));
    expect(f?.message).toContain('has high demand');
  });

  it('accepts low targets and demand run by ops', () => {
    expect(findingsOf(opsRunHighTarget, opsRun({ availabilityTarget: 99, demand: 'low' }))).toEqual(
      [],
    );
  });

  it('follows the organization’s tiers', () => {
    const docs = patch(opsRun({ demand: 'low' }), 'Organization', 'pd', {
      availabilityTiers: { high: 99.99, medium: 99.9 },
    });
    expect(findingsOf(opsRunHighTarget, docs)).toEqual([]);
  });
});
