import { describe, expect, it } from 'vitest';
import { corpusWithPolicy, orgPath, run, runJson } from './support/corpus.ts';
import type { OnCallCostJson } from './support/outputs.ts';

/**
 * One answer to "does this rotation go on?" across commands (§12.6). streaming-media's §12.6
 * design offered to put drm-licence on the playback pager yet still priced drm-oncall grown to 8,
 * and `staffing`, which knew no design, offered its free SRE "redeploy into rotation drm-oncall
 * (1 of the 5 it is short)" while the plan's decision merged it. The design now makes the merge,
 * and staffing and the plan place free SREs from one allocation that skips every rotation the
 * design ends.
 */

interface Offer {
  readonly short: { readonly rotation: string };
  readonly partner: { readonly rotation: string };
  readonly services: readonly string[];
}
type CostJson = OnCallCostJson & { readonly sameDomainPagers: readonly Offer[] };

interface Seats {
  readonly joined: readonly {
    readonly rotation: string;
    readonly sres: readonly { readonly sre: string; readonly shown: string }[];
  }[];
  readonly left: readonly { readonly sre: string }[];
  readonly sentApart: readonly { readonly sre: string }[];
}
interface StaffingJson {
  readonly surplus: { readonly byLocation: readonly { readonly free: readonly string[] }[] };
  readonly surplusPlaces: Seats;
}
interface PlanJson {
  readonly staffing: StaffingJson;
  readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
  readonly risks: readonly { readonly about: string; readonly mitigation: string }[];
}

/** Today's rotations the design keeps none of, and those it merges onto a same-domain pager. */
async function ended(org: Parameters<typeof orgPath>[0]) {
  const cost = await runJson<CostJson>(['oncall-cost', orgPath(org), '--json']);
  const kept = new Set(cost.optimized.rotations.flatMap((r) => (r.keeps ? [r.keeps] : [])));
  const merged = cost.sameDomainPagers.map((o) => o.short.rotation);
  const gone = [
    ...new Set([...cost.current.rotations.map((r) => r.name).filter((n) => !kept.has(n))]),
  ];
  return { cost, gone: [...new Set([...gone, ...merged])], merged };
}

/** The sentence of the staffing section that says where the spare SREs can go. */
const optionsOf = (markdown: string) =>
  markdown.split('\n').find((line) => line.includes('Options:')) ?? '';

describe.each(corpusWithPolicy())('%s: a rotation the §12.6 design ends', (org) => {
  it('is never priced as grown, and a merged one is priced on its partner', async () => {
    const { cost, merged } = await ended(org);
    for (const name of merged) {
      const still = cost.optimized.rotations.filter((r) => r.name === name || r.keeps === name);
      expect(
        still.map((r) => r.name),
        `${name} is merged, not grown`,
      ).toEqual([]);
    }
    for (const o of cost.sameDomainPagers) {
      const partner = cost.optimized.rotations.find((r) => r.name === o.partner.rotation);
      for (const s of o.services) expect(partner?.services, o.partner.rotation).toContain(s);
    }
  });

  it('is never offered as a place for free SREs by staffing or the plan', async () => {
    const { gone } = await ended(org);
    const staffing = await runJson<StaffingJson>(['staffing', orgPath(org), '--json']);
    const text = (await run(['staffing', orgPath(org)])).stdout;
    const plan = await runJson<PlanJson>(['plan', orgPath(org), '--json']);
    const surplus = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    for (const name of gone) {
      for (const places of [staffing.surplusPlaces, plan.staffing.surplusPlaces]) {
        expect(places.joined.map((x) => x.rotation)).not.toContain(name);
      }
      expect(optionsOf(text), `staffing offers ${name}`).not.toContain(`rotation ${name} (`);
      expect(surplus, `the surplus decision offers ${name}`).not.toContain(`rotation ${name} (`);
    }
    // One allocation: staffing and the plan place the same people in the same seats.
    expect(plan.staffing.surplusPlaces).toEqual(staffing.surplusPlaces);
  });

  it('staffing names the free SREs it places, as the plan’s decision does', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath(org), '--json']);
    const text = optionsOf((await run(['staffing', orgPath(org)])).stdout);
    for (const x of staffing.surplusPlaces.joined) {
      const names = x.sres.map((p) => p.shown);
      const last = names.pop();
      const who = names.length > 0 ? `${names.join(', ')} and ${last}` : last;
      expect(text, x.rotation).toContain(`${who} into rotation ${x.rotation} (`);
    }
    const placed = staffing.surplusPlaces.joined.flatMap((x) => x.sres);
    const free = staffing.surplus.byLocation.flatMap((b) => b.free);
    const accounted = [
      ...placed.map((p) => p.sre),
      ...staffing.surplusPlaces.left.map((p) => p.sre),
      ...staffing.surplusPlaces.sentApart.map((p) => p.sre),
    ];
    expect([...accounted].sort()).toEqual([...free].sort());
  });
});

describe('streaming-media: the DRM pager merges onto playback in every command', () => {
  it('staffing offers Ravi Patel no seat on drm-oncall and names Siobhán O’Hara', async () => {
    const text = optionsOf((await run(['staffing', orgPath('streaming-media')])).stdout);
    expect(text).not.toContain('drm-oncall');
    expect(text).toContain('Ravi Patel shares the on-call of team drm');
    // Marc Leblanc does sports-sre's consulting for sports-data (§12.4.7): said before the
    // options, never among them.
    const options = text.slice(text.indexOf('Options:'));
    expect(options).toContain("(Siobhán O'Hara)");
    expect(options).not.toContain('Marc Leblanc');
    expect(text).toContain('Marc Leblanc does the 15 h a month of consulting sports-sre agreed');
    expect(text).not.toMatch(/absorb the 2\b/);
  });

  it('the design prices drm-licence on playback-oncall and no drm-oncall', async () => {
    const { cost } = await ended('streaming-media');
    expect(cost.optimized.rotations.map((r) => r.name)).not.toContain('drm-oncall');
    const playback = cost.optimized.rotations.find((r) => r.name === 'playback-oncall');
    expect(playback?.services).toContain('drm-licence');
    expect(playback?.peopleNeeded).toBe(8);
  });
});
