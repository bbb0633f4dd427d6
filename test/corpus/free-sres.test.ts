import { describe, expect, it } from 'vitest';
import { CORPUS, docNamed, docsOf, orgPath, runJson, turnTakersOf } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * One definition of an SRE free for other work (`freeSres`: beyond the places of their level,
 * §12.10.2; in no seat a rotation needs them in, §12.6, §12.9; sharing no team's on-call,
 * §12.4.1), read by every command, so their advice agrees. Before it, three rules disagreed:
 * streaming-media's capacity table showed 4 video SREs "free for another team" though four of the
 * five carry the playback pager; retail-peak's showed 5 free while the hiring list takes the SRE
 * team to 13 of its limit of 8; and game-studio's plan let attrition absorb 3 SREs while its risk
 * R3 asked to grow store-oncall by 2.
 */

type Plan = PlanJson & {
  readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
  readonly onCallCost?: {
    readonly cost?: {
      readonly sameDomainPagers?: readonly { readonly short: { readonly rotation: string } }[];
    };
  };
};

const freeOf = (plan: Plan) =>
  new Set((plan.staffing?.surplus.byLocation ?? []).flatMap((b) => b.free ?? []));

describe.each(CORPUS)('free SREs in the plan of %s', (name) => {
  it('the capacity table calls free only the SREs staffing lets go', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const free = freeOf(plan);
    const spareByLevel = (plan.staffing?.surplus.levels ?? []).reduce((n, l) => n + l.spare, 0);
    const offered = plan.capacities.flatMap((c) => c.spareSres);
    expect(offered.length, 'SREs free for another team').toBeLessThanOrEqual(spareByLevel);
    for (const sre of offered) expect(free, `${sre} is offered to another team`).toContain(sre);
    // And every free SRE of a team with a row is offered: the two are one list.
    for (const c of plan.capacities) {
      expect(c.spareSres, c.team).toEqual(c.sres.filter((p) => free.has(p)));
    }
  });

  it('no SRE is free while a rotation they take turns on needs their seat', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const free = new Set([...freeOf(plan), ...plan.capacities.flatMap((c) => c.spareSres)]);
    const docs = docsOf(name);
    for (const r of plan.staffing?.rotations ?? []) {
      // A relay's sites each keep their own part (`partNeeds`; a site is never told to shrink, so
      // its `needed` is at least what it has): only a site's members beyond its part are free.
      const beyond =
        r.setup === 'two-sites' || r.setup === 'follow-the-sun'
          ? r.sites.reduce(
              (n, s) => n + Math.max(0, s.current - (s.partNeeds ?? s.needed ?? s.current)),
              0,
            )
          : Math.max(0, r.current - r.needed);
      const onIt = turnTakersOf(docs, docNamed(docs, 'Rotation', r.name)).filter((p) =>
        free.has(p),
      );
      expect(
        onIt.length,
        `${r.name} (${r.current} for ${r.needed}): ${onIt.join(', ')} free`,
      ).toBeLessThanOrEqual(beyond);
    }
  });

  it('the surplus decision lets attrition take no SRE a short rotation it keeps could seat', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    const released = Number(/let attrition absorb the (\d+)/.exec(decision)?.[1] ?? 0);
    if (released === 0) return;
    const byLocation = plan.staffing?.surplus.byLocation ?? [];
    const free = byLocation.flatMap((b) =>
      b.free.map((sre, i) => ({ sre, at: b.location, lines: b.freeProductLines[i] ?? [] })),
    );
    const freeAt = (site: string) => free.filter((p) => p.at === site).length;
    // The short rotations the plan asks to grow: not those its optimized design replaces, nor one
    // it offers to put on a same-domain pager with room.
    const pagered = new Set(
      (plan.onCallCost?.cost?.sameDomainPagers ?? []).map((o) => o.short.rotation),
    );
    const grown = plan.risks
      .filter((r) => r.source === 'rotation-shortfall' && /[Gg]row it/.test(r.mitigation))
      .map((r) => r.about.replace(/^Rotation /, ''))
      .filter((r) => !pagered.has(r));
    const rotations = (plan.staffing?.rotations ?? []).filter(
      (r) => grown.includes(r.name) && r.shortfall > 0,
    );
    const relay = (r: (typeof rotations)[number]) =>
      r.setup === 'two-sites' || r.setup === 'follow-the-sun';
    let seats = 0;
    for (const r of rotations) {
      const oneSite = r.setup === 'any-site' && r.sites.length === 1 ? r.sites[0]?.site : undefined;
      seats += relay(r)
        ? r.sites.reduce(
            (n, s) => n + Math.min(Math.max(0, (s.needed ?? 0) - s.current), freeAt(s.site)),
            0,
          )
        : oneSite !== undefined
          ? Math.min(r.shortfall, freeAt(oneSite))
          : r.shortfall;
    }
    // Who could take a seat: of the rotation's product line (or where either names none), else
    // at one of its sites (§12.7.1); a relay's or a business-hours rotation's seat only there.
    const same = (a: readonly string[], b: readonly string[]) =>
      a.length === 0 || b.length === 0 || a.some((l) => b.includes(l));
    const could = free.filter((p) =>
      rotations.some((r) => {
        const sites = r.sites.map((s) => s.site);
        if (relay(r)) return r.sites.some((s) => s.site === p.at && (s.needed ?? 0) > s.current);
        if (r.setup === 'any-site' && sites.length === 1) return sites[0] === p.at;
        return same(p.lines, r.productLines) || sites.includes(p.at);
      }),
    );
    expect(released, `"${decision}" while ${grown.join(', ')} ask for people`).toBeLessThanOrEqual(
      Math.max(0, free.length - Math.min(seats, could.length)),
    );
  });
});

describe('the recommendations read the same free SREs', () => {
  it('game-studio: the SRE team with SREs beyond its places and seats has one for store', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('game-studio'), '--json']);
    const store = plan.services.find((s) => s.name === 'store-api');
    expect(store?.recommendation.reasons.join(' ')).not.toMatch(/No SRE team has an SRE to spare/);
    expect(plan.capacities.find((c) => c.team === 'sre-live')?.spareSres).toHaveLength(3);
  });

  // The six teams sre only consults for hold no seat (§12.4.1, §12.4.7): beyond the one whose
  // pager it shares and the one its 130 h a month of consulting hold, four of its six are free,
  // and one of them shares tax's on-call, as the run-model decision proposes.
  it('retail-peak: the SREs of sre that no seat or consulting holds are free, one for tax', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('retail-peak'), '--json']);
    expect(plan.capacities.find((c) => c.team === 'sre')?.spareSres).toHaveLength(4);
    const tax = plan.services.find((s) => s.name === 'tax-calculation');
    expect(tax?.recommendation.reasons.join(' ')).toContain(
      'SRE team sre consults for tax and has a spare SRE',
    );
  });
});
