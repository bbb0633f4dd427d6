import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, orgPath, runJson, yamlOf } from './support/corpus.ts';

interface Repriced {
  readonly transferPrice: string;
  readonly provider: string;
  readonly sreTeam: string;
  readonly movesTo: string;
}
interface Plan {
  readonly staffing: {
    readonly moves: readonly {
      readonly team: string;
      readonly from: string;
      readonly to: string;
    }[];
    readonly funding: readonly {
      readonly organization: string;
      readonly supportRepriced: readonly Repriced[];
    }[];
  };
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
}

/** Every move and every price it ends, said in the decision that moves the SRE team (§12.4.7). */
function expectSaid(plan: Plan): void {
  const placement = plan.summary.decisions.find((d) => d.id === 'placement')?.proposal ?? '';
  for (const m of plan.staffing.moves)
    expect(placement).toContain(`SRE team ${m.team} moves with its `);
  for (const f of plan.staffing.funding)
    for (const t of f.supportRepriced)
      expect(placement).toContain(
        `${f.organization} buys its support at the transfer price ${t.transferPrice}, negotiated with ${t.provider}`,
      );
}

/**
 * §12.4.7, §12.8.2: a transfer price is negotiated between the organization that provides SRE
 * and the one that buys it. When the SRE team moves to a third organization the price ends and
 * must be agreed anew; the funding section said so, and the decision that moves the team did not
 * — nor, when most of SRE already sat where the plan puts it, that the team moves at all ("Keep
 * SRE where it is").
 */
describe('the decision that moves an SRE team says the move and the transfer price it ends', () => {
  it.each(CORPUS)('%s', async (name) => {
    expectSaid(await runJson<Plan>(['plan', orgPath(name), '--json']));
  });

  it('parcel-logistics with a dedicated SRE organization beside it: the SRE team in technology moves, and product’s price ends', async () => {
    const docs = docsOf('parcel-logistics');
    const add = (kind: string, name: string, spec: Record<string, unknown>) =>
      docs.push({ apiVersion: 'whorunsit/v1', kind, metadata: { name }, spec });
    add('Organization', 'reliability', { type: 'sre', parent: 'fernway' });
    for (const team of ['platform-sre', 'data-sre']) {
      add('Team', team, { type: 'sre', organization: 'reliability' });
      add('Person', `${team}-lead`, {
        team,
        role: 'sre',
        level: 'senior',
        srePracticeMonths: 24,
        experienceYears: 6,
      });
    }
    const plan = await runJson<Plan>(['plan', '-', '--json'], yamlOf(docs));
    expect(plan.staffing.moves.map((m) => [m.team, m.from, m.to])).toEqual([
      ['sre', 'technology', 'reliability'],
    ]);
    expect(plan.staffing.funding.flatMap((f) => f.supportRepriced).length).toBeGreaterThan(0);
    expectSaid(plan);
    const placement = plan.summary.decisions.find((d) => d.id === 'placement')?.proposal ?? '';
    expect(placement).toContain(
      'product buys its support at the transfer price sre-to-product, negotiated with technology',
    );
    expect(placement).toContain(
      'that price ends with the move; reliability and product renegotiate it, or reliability carries the cost of the support in its own cost center (§12.4.7)',
    );
  });
}, 300_000);
