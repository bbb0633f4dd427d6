import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * Where the free SREs go (`surplusAllocation`), one answer for the plan's surplus decision and its
 * risk register. Before it, streaming-media's decision sent both free SREs to drm-oncall — one a
 * Toronto sports SRE onto video's London pager — while R1 offered drm-licence on the playback
 * pager first; game-studio's R3 counted one SRE joining store-oncall and asked to grow it by one
 * more while the decision sent two there. An SRE lead sends a free SRE first to a short rotation
 * of their own product line, across product lines only when none of theirs is short, and says so
 * (§12.6, §12.7.1).
 */

type Plan = PlanJson & {
  readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
};

const planOf = (name: (typeof CORPUS)[number]) => runJson<Plan>(['plan', orgPath(name), '--json']);
const surplusDecision = (plan: Plan) =>
  plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
const riskAbout = (plan: Plan, rotation: string) =>
  plan.risks.find((r) => r.about === `Rotation ${rotation}`)?.mitigation ?? '';

/**
 * "send A (whom … assigns to store) and B to rotation store-oncall (short by 2); C to rotation x
 * (…), which the plan asks to grow" → [['store-oncall', ['A', 'B']], ['x', ['C']]].
 */
function sentTo(decision: string): [string, string[]][] {
  const sent = /send (.*?), which the plan asks to grow/.exec(decision)?.[1];
  if (sent === undefined) return [];
  return sent.split('; ').flatMap((part) => {
    const m = /^(.*) to rotation ([^\s(]+)/.exec(part);
    if (!m?.[1] || !m[2]) return [];
    const names = m[1]
      .replace(/ \([^)]*\)/g, '')
      .split(/, | and /)
      .filter((n) => n !== '');
    return [[m[2], names]];
  });
}

describe.each(CORPUS)('free SREs in the plan of %s', (name) => {
  it('the surplus decision and the risk register name the same people on each rotation', async () => {
    const plan = await planOf(name);
    for (const [rotation, names] of sentTo(surplusDecision(plan))) {
      const risk = riskAbout(plan, rotation);
      expect(risk, `${rotation}: the decision sends ${names.join(', ')}`).not.toBe('');
      for (const who of names) expect(risk, `${rotation}: ${who}`).toContain(who);
    }
  });
});

describe('streaming-media: free SREs stay in their product line', () => {
  it('sends the Toronto sports SRE onto no other product line’s pager: he does his team’s consulting', async () => {
    const plan = await planOf('streaming-media');
    const decision = surplusDecision(plan);
    expect(decision).not.toMatch(/send [^;]*Marc Leblanc/);
    expect(decision).not.toContain('Marc Leblanc');
    // sports-sre sells 15 h a month of consulting to sports-data (§12.4.7): he is not spare.
    const staffing = await runJson<{
      surplus: { consulting: { sreTeam: string; names: string[] }[] };
    }>(['staffing', orgPath('streaming-media'), '--json']);
    expect(staffing.surplus.consulting).toContainEqual(
      expect.objectContaining({ sreTeam: 'sports-sre', names: ['Marc Leblanc'] }),
    );
    // Kept as growth room: a candidate for the principal place is not let go (§12.10.2).
    expect(decision).toContain("(Siobhán O'Hara) as growth room, not for attrition to absorb");
    expect(decision).toContain('no rotation or team needs this SRE today');
  });

  it('grows no drm-oncall the design merges onto the playback pager, and sends nobody to it', async () => {
    const plan = await planOf('streaming-media');
    const decision = surplusDecision(plan);
    expect(decision).not.toContain('rotation drm-oncall');
    expect(decision).toContain('Ravi Patel shares the on-call of team drm');
    const r1 = riskAbout(plan, 'drm-oncall');
    expect(r1).toMatch(/^Put drm-licence on playback-oncall/);
    // The design merges drm-oncall onto playback-oncall, where Ravi Patel already takes turns:
    // R1 sends him to no drm-oncall (merged-rotation-risk.test.ts).
    expect(r1).not.toContain('Ravi Patel');
  });
});

describe('game-studio: the risk counts every free SRE the decision sends', () => {
  it('R3 names both SREs sent to store-oncall and hires nobody', async () => {
    const plan = await planOf('game-studio');
    const [store] = sentTo(surplusDecision(plan)).filter(([r]) => r === 'store-oncall');
    expect(store?.[1]).toHaveLength(2);
    const risk = riskAbout(plan, 'store-oncall');
    for (const who of store?.[1] ?? []) expect(risk).toContain(who);
    const sized = plan.staffing?.rotations.find((r) => r.name === 'store-oncall');
    expect(risk).toContain(`${sized?.needed} of the ${sized?.needed} it needs: nobody to hire`);
    expect(risk).not.toMatch(/for the \d+ more it needs/);
  });
});
