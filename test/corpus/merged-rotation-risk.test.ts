import { describe, expect, it } from 'vitest';
import { rotationsTheDesignEnds } from '../../src/engine/oncall-cost/rotations-the-design-ends.ts';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * A rotation the §12.6 design ends gets one answer in the risk register: the design's (#12).
 * streaming-media's R1 put drm-licence on playback-oncall, as the design and the on-call decision
 * do, then went on "Only if drm-oncall stays a rotation of its own: … Ravi Patel … joins it, 4 of
 * the 8 it needs; for the 4 more it needs: grow it to 8" — sending to drm-oncall the SRE the
 * surplus decision has share drm's on-call where the design puts it, on playback-oncall, where he
 * already takes turns. A risk never staffs, grows or sends anyone to a rotation the design ends.
 */

type Plan = PlanJson & {
  readonly onCallCost: {
    readonly cost?: {
      readonly sameDomainPagers: readonly { readonly short: { readonly rotation: string } }[];
    };
  } | null;
};

describe.each(CORPUS)('the risks of the rotations the design of %s ends', (name) => {
  it('say the design’s answer alone: nobody joins, grows or keeps them', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const cost = plan.onCallCost?.cost;
    if (!cost) return;
    const ended = rotationsTheDesignEnds(
      cost.current.rotations.map((r) => r.name),
      cost.optimized.rotations,
    );
    for (const offer of cost.sameDomainPagers) expect(ended).toContain(offer.short.rotation);
    for (const r of plan.risks) {
      const rotation = r.about.replace(/^Rotation /, '');
      if (r.source !== 'rotation-shortfall' || !ended.has(rotation)) continue;
      expect(r.mitigation, r.id).not.toMatch(/stays a rotation of its own/);
      // "… joins it (§12.4.1), 4 of the 8 it needs": its people join the pager it merges onto.
      expect(r.mitigation, r.id).not.toMatch(/\bjoins? it \(§|\d+ of the \d+ it needs/);
      expect(r.mitigation, r.id).not.toMatch(/[Gg]row it to/);
    }
  });
});
