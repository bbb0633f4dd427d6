import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * §12.4.1, §12.6, §12.9.5: a risk about a rotation short of people says first what the plan does
 * with it. retail-peak's tax-oncall (two developers round the clock) was told "Grow it to 8 people
 * in Warsaw" while the same plan moves tax-calculation to shared on-call with SRE, whose SRE for
 * tax joins that rotation; and a rotation the optimized design replaces was still asked to grow
 * "while today's rotations stay": hiring into a rotation the plan dissolves.
 */

const shortfall = (plan: PlanJson, rotation: string) =>
  plan.risks.find((r) => r.source === 'rotation-shortfall' && r.about === `Rotation ${rotation}`)
    ?.mitigation ?? '';

/**
 * A same-domain pager the design merges the rotation onto (§12.6): the merge is the plan's move,
 * said alone (same-domain-pager.test.ts).
 */
const merged = (mitigation: string) =>
  /^Put \S+ on \S+, .*before the rotations merge/.test(mitigation);

describe('a short rotation’s risk says the plan’s move first', () => {
  it('retail-peak: tax-oncall merges onto checkout-oncall; payments-oncall is shared with the SRE for payments and grown by a free SRE: nobody is hired', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('retail-peak'), '--json']);
    const tax = shortfall(plan, 'tax-oncall');
    expect(tax).toMatch(/^Put tax-calculation on checkout-oncall, /);
    expect(tax).not.toMatch(/joins it|[Gg]row it to/);
    // Two of sre's six, beyond the places now that consulting holds no seat (§12.4.1, §12.4.7):
    // the one assigned to payments and one the surplus decision sends make it 8 of 8.
    expect(shortfall(plan, 'payments-oncall')).toMatch(
      /^The plan moves payment-service to you build it, you and SRE run it \(the run-model decision\): .* join it \(§12\.4\.1\), 8 of the 8 it needs: nobody to hire/,
    );
  });

  it('migration: ops-oncall, which the design replaces, is not grown', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('migration'), '--json']);
    const ops = shortfall(plan, 'ops-oncall');
    expect(ops).toMatch(
      /^Move to the optimized on-call design of §12\.6, which replaces it: its services go to /,
    );
    expect(ops).not.toMatch(/[Gg]row it/);
  });

  it.each(CORPUS)('%s: a rotation whose services change run model says so first', async (name) => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    for (const r of plan.risks.filter((x) => x.source === 'rotation-shortfall')) {
      const rotation = r.about.replace(/^Rotation /, '');
      // A thin layer stays in front of whoever runs a service (§12.6): a move changes nothing
      // on it, and its risk grows it with its own figures (parcel-logistics' contractor NOC).
      const moved = plan.services.filter(
        (s) =>
          s.rotations.some((o) => o.name === rotation && o.type !== 'thin-layer') &&
          s.recommendation.runModel !== s.runModel,
      );
      if (moved.length === 0 || r.mitigation.startsWith('Move to the optimized')) continue;
      if (!merged(r.mitigation)) expect(r.mitigation, r.id).toMatch(/^The plan moves /);
      for (const s of moved) expect(r.mitigation, r.id).toContain(s.name);
    }
  });

  it('parcel-logistics: the contractor’s NOC in front of moved services is asked of the contract, with its own figures', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('parcel-logistics'), '--json']);
    expect(shortfall(plan, 'noc-first-line')).toMatch(
      /^Andina NOC Services \(contractor\) staffs it under contract: ask it to put 2 more people on it \(8 taking turns\)/,
    );
    // SRE only consults for driver-app (§12.4.7): no SRE seat, so no move; the pager needs
    // people, as EXPECTED says ("it needs people, not a lower coverage").
    expect(shortfall(plan, 'driver-app-oncall')).toMatch(
      /^Grow it to 8 people in Utrecht\/Kraków taking whole turns round the clock/,
    );
  });
});
