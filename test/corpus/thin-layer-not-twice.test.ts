import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, ofKind, orgPath, runJson } from './support/corpus.ts';
import type { OnCallCostJson } from './support/outputs.ts';

/**
 * §12.6: the thin layer receives the SLO breaches of every team round the clock. merger's Manila
 * desk, an operations team already on call round the clock and kept first line for what it runs,
 * was kept as it was, first line for the marketplace, while the optimized design added a second
 * 24x7 rotation, `thin-layer`, staffed from the same seven people: each of them on two
 * round-the-clock rotations at once, their standby priced twice (860.95 USD a month instead of
 * 401.78) and an operations engineer hired for the second. A layer the design proposes is never
 * staffed from a team whose people it keeps on another round-the-clock rotation: it is staffed,
 * as where there are no operations, by the people of the pagers it replaces.
 */

interface StaffedRotation {
  readonly name: string;
  readonly type: string;
  readonly coverage: string;
  readonly keeps: string | null;
  readonly peopleNeeded: number;
  readonly staffedFrom: { readonly from: string; readonly teams: readonly string[] } | null;
}

const PRICED = CORPUS.filter((name) => docsOf(name).some((d) => d.kind === 'CompensationPolicy'));

describe.each(PRICED)('%s: a proposed thin layer is staffed by people free to take it', (name) => {
  it('staffs it from no team whose people the design keeps on another 24x7 rotation', async () => {
    const docs = docsOf(name);
    const teamOf = new Map(
      ofKind(docs, 'Person').map((p) => [p.metadata.name, p.spec.team as string | undefined]),
    );
    const membersOf = new Map(
      ofKind(docs, 'Rotation').map((r) => [r.metadata.name, (r.spec.members ?? []) as string[]]),
    );
    const cost = await runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--json']);
    const rotations = cost.optimized.rotations as unknown as readonly StaffedRotation[];
    const kept = rotations.filter(
      (r) => r.keeps !== null && r.coverage === '24x7' && r.staffedFrom === null,
    );
    for (const layer of rotations) {
      if (layer.type !== 'thin-layer' || layer.keeps !== null || layer.staffedFrom === null) {
        continue;
      }
      const teams = new Set(layer.staffedFrom.teams);
      for (const r of kept) {
        const shared = (membersOf.get(r.keeps ?? '') ?? []).filter((m) =>
          teams.has(teamOf.get(m) ?? ''),
        );
        expect(shared, `${layer.name} and ${r.name}`).toEqual([]);
      }
    }
  });
});

describe('merger: the Manila desk stays first line, and the thin layer is staffed apart', () => {
  it('staffs the layer from the people whose pagers it replaces, and hires nobody for it', async () => {
    const cost = await runJson<OnCallCostJson>(['oncall-cost', orgPath('merger'), '--json']);
    const rotations = cost.optimized.rotations as unknown as readonly StaffedRotation[];
    const desk = rotations.find((r) => r.name === 'manila-desk');
    expect([desk?.type, desk?.coverage]).toEqual(['team', '24x7']);
    const layers = rotations.filter((r) => r.type === 'thin-layer');
    expect(layers.map((r) => r.staffedFrom?.from)).toEqual(['replaced-rotations']);
    expect(rotations.filter((r) => r.staffedFrom?.teams.includes('ops-manila'))).toEqual([]);
    expect((cost as unknown as { thinLayerHires: unknown }).thinLayerHires).toBeNull();
  });
});
