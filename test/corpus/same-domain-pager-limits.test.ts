import { describe, expect, it } from 'vitest';
import {
  type CorpusName,
  corpusWithPolicy,
  docNamed,
  docsOf,
  orgPath,
  runJson,
  turnTakersOf,
} from './support/corpus.ts';

interface Side {
  readonly rotation: string;
  readonly team: string;
  readonly members: number;
  readonly needed: number;
}
interface Offer {
  readonly short: Side;
  readonly partner: Side;
  readonly together: number;
}

const offersOf = async (org: CorpusName) =>
  (await runJson<{ sameDomainPagers: readonly Offer[] }>(['oncall-cost', orgPath(org), '--json']))
    .sameDomainPagers;

/**
 * §12.6: a high tier keeps a team rotation; a rotation of several teams is the medium tiers'
 * economy. The same-domain pager is offered only where it stays a team rotation in all but name:
 * teams of one product line, and one rotation smaller than twice its need (at twice, the people
 * are enough for a rotation each). Offers onto the same pager are judged together, since the
 * reader may take them all (retail-peak's payments and tax made checkout-oncall 17 for 8).
 */
describe.each(corpusWithPolicy())('%s: a same-domain pager is offered within §12.6', (org) => {
  it('joins teams of one product line only', async () => {
    const docs = docsOf(org);
    const line = (team: string) => docNamed(docs, 'Team', team).spec.productLine;
    for (const offer of await offersOf(org)) {
      const [a, b] = [line(offer.short.team), line(offer.partner.team)];
      if (a !== undefined && b !== undefined) expect(a, offer.short.rotation).toBe(b);
    }
  });

  it('keeps every pager, with all offers onto it taken, below twice what it needs', async () => {
    const docs = docsOf(org);
    const takers = (rotation: string) => turnTakersOf(docs, docNamed(docs, 'Rotation', rotation));
    const offers = await offersOf(org);
    for (const partner of new Set(offers.map((o) => o.partner.rotation))) {
      const onto = offers.filter((o) => o.partner.rotation === partner);
      const everyone = new Set([
        ...takers(partner),
        ...onto.flatMap((o) => takers(o.short.rotation)),
      ]);
      const [first] = onto;
      expect(everyone.size, partner).toBeLessThan(2 * (first?.partner.needed ?? 0));
      // The last offer's count is the pager with all of them on it.
      expect(Math.max(...onto.map((o) => o.together)), partner).toBe(everyone.size);
    }
  });
});

describe('the offers the corpus reads', () => {
  it('parcel-logistics: dispatch-api is not offered route planning’s pager (another product line)', async () => {
    expect(await offersOf('parcel-logistics')).toEqual([]);
  });

  it('retail-peak: one offer onto checkout-oncall, the shortest pager first', async () => {
    const offers = await offersOf('retail-peak');
    expect(offers.map((o) => [o.short.rotation, o.partner.rotation, o.together])).toEqual([
      ['tax-oncall', 'checkout-oncall', 11],
    ]);
  });

  it('streaming-media: drm-licence on playback-oncall still offered (one product line, 12 for 8)', async () => {
    const offers = await offersOf('streaming-media');
    expect(offers.map((o) => [o.short.rotation, o.partner.rotation, o.together])).toEqual([
      ['drm-oncall', 'playback-oncall', 12],
    ]);
  });
});
