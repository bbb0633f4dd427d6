import { describe, expect, it } from 'vitest';
import { SAME_DOMAIN_PAGER } from '../../src/engine/oncall-cost/same-domain-pager.ts';
import { type Amount, orgPath, runJson } from './support/corpus.ts';
import type { OnCallCostJson } from './support/outputs.ts';

/**
 * streaming-media: DRM's three developers run the licence server (99.95 %, high) on their own
 * 24x7 pager, 5 short. The §12.6 design grew that pager to 8 and said nothing else; an SRE leader
 * puts the licence server on the playback pager (same domain, same manager, same SRE team), where
 * the playback developers and the video SREs are already 9 round the clock for the 8 it needs.
 * The design makes that merge, with its figures against today: it ends drm-oncall rather than price
 * it grown.
 */
describe('streaming-media: a short team pager of a high tier merges onto the same-domain pager with room', () => {
  it('names drm-licence on playback-oncall, with the people either way', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('streaming-media'),
      '--json',
    ]);
    const offered = cost.optimized.notes.filter((n) => n.startsWith(SAME_DOMAIN_PAGER));
    expect(offered).toHaveLength(1);
    const [note] = offered;
    expect(note).toContain('drm-licence on playback-oncall');
    expect(note).toContain('domain playback, manager aisha-khan, SRE team video-sre');
    expect(note).toContain('9 who take turns for the 8 it needs');
    expect(note).toContain('grow drm-oncall from 3 to 8 (5 more people');
    expect(note).toContain('against today: 8 fewer people needed (8 instead of 16)');
    expect(note).toContain('1,909.95 GBP less standby pay per month');
    expect(note).toContain('12 who take turns on one rotation');
    // No other rotation is offered a partner: the content domain rotation and the live relay are
    // not short, and delivery operations have no development team of their domain.
    expect(offered.join('\n')).not.toMatch(/delivery-ops-oncall|live-oncall|content-oncall/);
  });
});

/**
 * The offer was said in the design's notes alone, unpriced ("drm-oncall's standby pay (its row)")
 * while the plan's risk register said "grow it to 8 people in London" of drm-oncall and no
 * decision named it: three voices. The risk and the on-call decision now offer the same-domain
 * pager first, in the design note's words, with the pay it spares as `oncall-cost` prices
 * drm-oncall, and the design merges it, so the risk says nothing of it staying.
 */
interface Offer {
  readonly short: { readonly rotation: string; readonly members: number; readonly needed: number };
  readonly partner: { readonly rotation: string };
  readonly services: readonly string[];
  readonly standbyPerMonth: readonly Amount[];
}
interface Plan {
  readonly risks: readonly { readonly about: string; readonly mitigation: string }[];
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
  readonly onCallCost: {
    readonly cost: {
      readonly sameDomainPagers: readonly Offer[];
      readonly current: {
        readonly rotations: readonly {
          readonly name: string;
          readonly standbyCosts: readonly Amount[];
        }[];
      };
      readonly optimized: {
        readonly notes: readonly string[];
        readonly rotations: readonly {
          readonly name: string;
          readonly services: readonly string[];
          readonly standbyCosts: readonly Amount[];
        }[];
      };
    };
  };
}

describe('streaming-media: the design, the risk register and the on-call decision offer the same-domain pager in one voice', () => {
  const planned = () => runJson<Plan>(['plan', orgPath('streaming-media'), '--json']);

  it('prices the merge by the standby pay of the pager it ends, as today’s design prices it', async () => {
    const { onCallCost } = await planned();
    const [offer] = onCallCost.cost.sameDomainPagers;
    expect(onCallCost.cost.sameDomainPagers).toHaveLength(1);
    expect(offer?.short).toMatchObject({ rotation: 'drm-oncall', members: 3, needed: 8 });
    expect(offer?.partner.rotation).toBe('playback-oncall');
    // Ended, not grown: the design prices drm-licence on the playback pager and no drm-oncall.
    const designed = onCallCost.cost.optimized.rotations;
    expect(designed.map((r) => r.name)).not.toContain('drm-oncall');
    expect(designed.find((r) => r.name === 'playback-oncall')?.services).toContain('drm-licence');
    const row = onCallCost.cost.current.rotations.find((r) => r.name === 'drm-oncall');
    expect(row?.standbyCosts.length).toBeGreaterThan(0);
    expect(offer?.standbyPerMonth).toEqual(row?.standbyCosts);
    const note = onCallCost.cost.optimized.notes.find((n) => n.startsWith(SAME_DOMAIN_PAGER));
    const [standby] = row?.standbyCosts ?? [];
    const shown = `${Number(standby?.amount).toLocaleString('en-US', { minimumFractionDigits: 2 })} ${standby?.currency}`;
    expect(note).toContain(`${shown} less standby pay per month`);
  });

  it('the risk of drm-oncall puts it on the playback pager before growing drm-oncall', async () => {
    const { risks, summary, onCallCost } = await planned();
    const note = onCallCost.cost.optimized.notes.find((n) => n.startsWith(SAME_DOMAIN_PAGER)) ?? '';
    // The design's words, up to its figures, which the risk says with the pay.
    const merge = note.slice(`${SAME_DOMAIN_PAGER} (§12.6): `.length).split(', nobody to hire')[0];
    expect(merge).toMatch(/^put drm-licence on playback-oncall/);
    const risk = risks.find((r) => r.about === 'Rotation drm-oncall');
    expect(risk?.mitigation.toLowerCase().startsWith(merge?.toLowerCase() ?? '-')).toBe(true);
    const decision = summary.decisions.find((d) => d.id === 'oncall-design')?.proposal ?? '';
    const offer = /For drm-oncall, short of people: (.*?before the rotations merge)\./.exec(
      decision,
    )?.[1];
    expect(offer).toBeDefined();
    expect(risk?.mitigation.toLowerCase().startsWith(offer?.toLowerCase() ?? '-')).toBe(true);
    // The design merges it: the merge is the one answer, with growing drm-oncall priced inside
    // it ("rather than grow drm-oncall from 3 to 8"), and nothing said of it staying
    // (merged-rotation-risk.test.ts).
    expect(risk?.mitigation).toBe(`${offer?.replace(/^./, (c) => c.toUpperCase())} (§12.6).`);
  });

  it('the on-call decision moves to the design that merges it, in the design’s words', async () => {
    const { summary, onCallCost } = await planned();
    const note = onCallCost.cost.optimized.notes.find((n) => n.startsWith(SAME_DOMAIN_PAGER)) ?? '';
    const merge = note.slice(`${SAME_DOMAIN_PAGER} (§12.6): `.length).split(', nobody to hire')[0];
    const decision = summary.decisions.find((d) => d.id === 'oncall-design');
    expect(decision?.proposal).toContain(`For drm-oncall, short of people: ${merge}`);
    expect(decision?.proposal).toContain(
      'it merges drm-oncall, short of people today, onto playback-oncall rather than grow it',
    );
  });
});
