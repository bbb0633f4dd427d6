import { describe, expect, it } from 'vitest';
import type { SurplusPlaces } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';

/**
 * The hiring decision and the surplus decision tell one story (§12.10.2, §12.4.1): an SRE the
 * plan sends to a team's on-call or a rotation's seat is not offered for a promotion, and the
 * SREs the surplus decision places are those left once the promotion has taken its one. payments'
 * hiring decision offered Anouk Peters among the seniors to promote into the principal place
 * while its surplus decision sent her to share threeds's on-call, and spoke of "the 1 senior SRE
 * beyond the places" just after "2 senior SREs beyond the 3 needed ... promote one" without
 * saying the one was the promotion's.
 */

interface Plan {
  readonly promotions: readonly {
    readonly from: string;
    readonly promoted: number;
    readonly candidates: readonly { readonly person: string; readonly name: string }[];
  }[];
  readonly staffing: {
    readonly surplusPlaces: SurplusPlaces;
    readonly surplus: {
      readonly levels: readonly {
        readonly level: string;
        readonly promoted: number;
        readonly spare: number;
      }[];
    };
  };
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
}

describe.each(CORPUS)('promotions and placed SREs of %s', (name) => {
  it('never offer an SRE the plan places for a promotion', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const places = plan.staffing.surplusPlaces;
    const placed = new Set([
      ...places.joined.flatMap((x) => x.sres.map((p) => p.sre)),
      ...places.sentApart.map((p) => p.sre),
    ]);
    for (const p of plan.promotions)
      for (const c of p.candidates)
        expect(placed.has(c.person), `${c.name} is placed and a candidate`).toBe(false);
  });

  it('count the SREs the surplus decision places once the promotion has taken its own', async () => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const surplus = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    const grown = plan.staffing.surplus.levels.filter((l) => l.promoted > 0 && l.spare > 0);
    if (surplus === '' || !/^(Of|Keep) the /.test(surplus)) return;
    const once = /once ([^()]*?) grows? into the level above/.exec(surplus)?.[1] ?? null;
    if (grown.length === 0) expect(once, 'no promotion: no "once … grows"').toBeNull();
    for (const l of grown)
      expect(once).toContain(`${l.promoted} ${l.level} SRE${l.promoted === 1 ? '' : 's'}`);
  });
});
