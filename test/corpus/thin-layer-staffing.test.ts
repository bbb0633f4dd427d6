import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.6: a thin layer the optimized design proposes is people on call around the clock. The
 * design said "add thin-layer (24x7) … 8 people needed" and named nobody: retail-peak's VP could
 * not tell whether those were hires or whose nights they were. It now says who staffs it: the
 * operations teams inside the company, else the people of the round-the-clock rotations it
 * replaces. And an operations team exists when the model has one: game-studio's IT team of
 * re-titled administrators (an SRE team in name only) runs the build farm, yet the design said
 * "the organization has no operations team".
 */
interface Rotation {
  readonly name: string;
  readonly type: string;
  readonly keeps: string | null;
  readonly services: readonly string[];
  readonly peopleNeeded: number;
  readonly staffedFrom: {
    readonly from: string;
    readonly teams: readonly string[];
    readonly rotations: readonly string[];
    readonly people: number;
  } | null;
}
interface OnCallCost {
  readonly optimized: {
    readonly rotations: readonly Rotation[];
    readonly notes: readonly string[];
  };
}

describe('the optimized design says who staffs its thin layer', () => {
  it('retail-peak: the people of the three 24x7 rotations it replaces', async () => {
    const cost = await runJson<OnCallCost>(['oncall-cost', orgPath('retail-peak'), '--json']);
    const thin = cost.optimized.rotations.find((r) => r.type === 'thin-layer');
    expect(thin?.staffedFrom).toEqual({
      from: 'replaced-rotations',
      teams: expect.any(Array),
      rotations: ['discovery-oncall', 'fulfilment-oncall', 'customer-oncall'],
      people: 28,
    });
    // The outside provider's operations team is not Marktwerk's to put on the pager.
    expect(thin?.staffedFrom?.teams).not.toContain('msp-backoffice');
    expect(cost.optimized.notes.join('\n')).toContain(
      'staffed by the 28 people of discovery-oncall, fulfilment-oncall, customer-oncall',
    );
  });

  it.each(CORPUS)('%s: every thin layer the design adds names who staffs it', async (name) => {
    // Without a compensation policy oncall-cost prices nothing (model-incomplete).
    const result = await run(['oncall-cost', orgPath(name), '--json']);
    if (result.code !== 0) return;
    const cost = JSON.parse(result.stdout) as OnCallCost;
    for (const r of cost.optimized.rotations) {
      if (r.type !== 'thin-layer' || r.keeps !== null) continue;
      expect(r.staffedFrom, r.name).not.toBeNull();
    }
  });

  it('game-studio: the IT team in name only is an operations team; the build farm stays with it', async () => {
    const cost = await runJson<OnCallCost>(['oncall-cost', orgPath('game-studio'), '--json']);
    expect(cost.optimized.notes.join('\n')).not.toContain('no operations team');
    const infra = cost.optimized.rotations.find((r) => r.name === 'infra-hours');
    expect(infra?.services).toContain('build-farm');
  });
});
