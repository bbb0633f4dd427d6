import { describe, expect, it } from 'vitest';
import { corpusWithPolicy, docsOf, MONTH, ofKind, orgPath, runJson } from './support/corpus.ts';
import type { OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * A service run `you-and-sre-run-it` or `sre-runs-it` has SREs on call: that is its run model
 * (§12.4.1, §12.5). The §12.6 optimized design may change rotations, not run models: it must keep
 * an SRE rotation on call for it (#12 items 5, 6). It once did not: bank's
 * design dropped `sre-payments-oncall` (card-payments, sepa-instant, 99.95 %, shared on-call under a
 * signed policy) and says "kept: sre-payments-oncall, round the clock for medium and low tiers
 * only" (its SREs now join payments-oncall instead: shared-on-call-rotation.test.ts);
 * migration's replaces `sre-delivery-oncall` (route-planner, tracking-api, 99.9 % = high there)
 * by "office-hours domain rotations … that protect no high-tier service". (S14)
 */

const SRE_ROLES = new Set(['sre', 'infrastructure-sre', 'platform-sre', 'application-sre']);
const WITH_SRE = new Set(['sre-runs-it', 'you-and-sre-run-it']);
const WITH_POLICY = corpusWithPolicy();

describe.each(WITH_POLICY)('the optimized on-call design of %s', (name) => {
  it('keeps on call the SRE rotation of every service run with SRE', async () => {
    const docs = docsOf(name);
    const roleOf = new Map(
      ofKind(docs, 'Person').map((p) => [p.metadata.name, String(p.spec.role)]),
    );
    const sreRotation = new Set(
      ofKind(docs, 'Rotation')
        .filter((r) =>
          (r.spec.members as string[]).every((m) => SRE_ROLES.has(roleOf.get(m) ?? '')),
        )
        .map((r) => r.metadata.name),
    );
    const [plan, cost] = await Promise.all([
      runJson<PlanJson>(['plan', orgPath(name), '--json']),
      runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--month', MONTH, '--json']),
    ]);
    for (const s of plan.services) {
      if (!WITH_SRE.has(s.runModel)) continue;
      const today = s.rotations.map((r) => r.name).filter((r) => sreRotation.has(r));
      if (today.length === 0) continue;
      // Kept, or shared: its SREs join the developers' rotation for the service (§12.4.1).
      const joins = (r: { name: string }) =>
        cost.optimized.notes.some((n) =>
          today.some((t) => n.includes(`SREs of ${t} join ${r.name} `)),
        );
      const kept = cost.optimized.rotations.filter(
        (r) =>
          r.services.includes(s.name) &&
          (today.includes(r.name) || r.name.includes('sre') || joins(r)),
      );
      expect(
        kept.map((r) => r.name),
        `${s.name} (${s.runModel}, ${s.availabilityTarget} %): on call today by ${today.join(', ')}; design: ${cost.optimized.rotations.map((r) => `${r.name} [${r.services.join(' ')}]`).join('; ')}`,
      ).not.toEqual([]);
    }
  });
});

/**
 * Shared on-call is developers and SREs both on call (§12.4, §12.4.1: "the SRE team runs a shared
 * on-call rotation for services in production with the developers"). The optimized design may
 * change which rotation the developers take turns on, not take them off the pager: it once kept
 * saas-global's login, billing-api, ingest-api and query-api on sre-core-oncall alone and dropped
 * platform-oncall, the developers' own round-the-clock domain rotation, saying "its services go to
 * their developers" — they were its developers.
 */
describe.each(WITH_POLICY)('the optimized on-call design of %s, shared on-call', (name) => {
  it('keeps developers on call round the clock for every shared-on-call service that has them today', async () => {
    const docs = docsOf(name);
    const roleOf = new Map(
      ofKind(docs, 'Person').map((p) => [p.metadata.name, String(p.spec.role)]),
    );
    const membersOf = new Map(
      ofKind(docs, 'Rotation').map((r) => [r.metadata.name, r.spec.members as string[]]),
    );
    const hasDevelopers = (rotation: string) =>
      (membersOf.get(rotation) ?? []).some((m) => !SRE_ROLES.has(roleOf.get(m) ?? ''));
    const [plan, cost] = await Promise.all([
      runJson<PlanJson>(['plan', orgPath(name), '--json']),
      runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--month', MONTH, '--json']),
    ]);
    const roundTheClock = new Set(
      ofKind(docs, 'Rotation')
        .filter((r) => r.spec.coverage === '24x7' && r.spec.type !== 'thin-layer')
        .map((r) => r.metadata.name),
    );
    for (const s of plan.services) {
      if (s.runModel !== 'you-and-sre-run-it') continue;
      const today = s.rotations
        .map((r) => r.name)
        .filter((r) => roundTheClock.has(r) && hasDevelopers(r));
      if (today.length === 0) continue;
      const designed = cost.optimized.rotations.filter(
        (r) =>
          r.services.includes(s.name) &&
          r.coverage === '24x7' &&
          r.type !== 'thin-layer' &&
          (r.keeps === null || hasDevelopers(r.keeps)),
      );
      expect(
        designed.map((r) => r.name),
        `${s.name}: developers on call today on ${today.join(', ')}; design: ${cost.optimized.rotations.map((r) => `${r.name} [${r.services.join(' ')}]`).join('; ')}`,
      ).not.toEqual([]);
    }
  });
});
