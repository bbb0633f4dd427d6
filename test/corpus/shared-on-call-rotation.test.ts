import { describe, expect, it } from 'vitest';
import {
  corpusWithPolicy,
  docNamed,
  docsOf,
  MONTH,
  membersOf,
  ofKind,
  orgPath,
  runJson,
} from './support/corpus.ts';
import type { OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * §12.4: "the SRE team runs a shared on-call rotation for services in production with the
 * developers"; §12.4.1: one SRE supports a development team by taking turns on its rotation (one
 * SRE cannot stand beside every developer's turn round the clock). SREs on a round-the-clock
 * rotation of their own beside the developers' for the same services pay a second standby for
 * the same services: the optimized design has them join the developers' rotation and says what
 * that saves, in people and standby pay, against today (#12 item 6). It once kept bank's
 * sre-payments-oncall (4 SREs, a week in four) beside payments-oncall (8 developers).
 */

const SRE_ROLES = new Set(['sre', 'infrastructure-sre', 'platform-sre', 'application-sre']);
const WITH_POLICY = corpusWithPolicy();

describe.each(WITH_POLICY)('the optimized on-call design of %s', (name) => {
  it('has no SRE rotation of its own beside the developers’ for services run with shared on-call', async () => {
    const docs = docsOf(name);
    const role = new Map(ofKind(docs, 'Person').map((p) => [p.metadata.name, String(p.spec.role)]));
    const sreOnly = (rotation: string) => {
      const doc = ofKind(docs, 'Rotation').find((r) => r.metadata.name === rotation);
      return doc !== undefined && membersOf(doc).every((m) => SRE_ROLES.has(role.get(m) ?? ''));
    };
    const [plan, cost] = await Promise.all([
      runJson<PlanJson>(['plan', orgPath(name), '--json']),
      runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--month', MONTH, '--json']),
    ]);
    for (const s of plan.services.filter((x) => x.runModel === 'you-and-sre-run-it')) {
      const on = cost.optimized.rotations.filter(
        (r) => r.services.includes(s.name) && r.coverage === '24x7' && r.type !== 'thin-layer',
      );
      for (const r of on.filter((x) => x.keeps !== null && sreOnly(x.keeps))) {
        const beside = on.filter(
          (x) =>
            x !== r && !sreOnly(x.keeps ?? '') && r.services.every((y) => x.services.includes(y)),
        );
        expect(
          beside.map((x) => x.name),
          `${s.name}: ${r.name} beside the developers' rotation`,
        ).toEqual([]);
      }
    }
  });
});

describe('bank: the SREs share payments-oncall (§12.4.1)', () => {
  // None of the 4 is free for another team (`freeSres`): lending's SRE is a hire
  // (sre-joins-team-rotation.test.ts), so all four stay with payments.
  it('puts the 4 SREs on payments-oncall and states the people and standby pay that saves against today', async () => {
    const docs = docsOf('bank');
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('bank'),
      '--month',
      MONTH,
      '--json',
    ]);
    const developers = membersOf(docNamed(docs, 'Rotation', 'payments-oncall'));
    const sres = membersOf(docNamed(docs, 'Rotation', 'sre-payments-oncall'));
    expect(cost.optimized.rotations.map((r) => r.keeps)).not.toContain('sre-payments-oncall');
    expect(cost.optimized.rotations.find((r) => r.name === 'payments-oncall')).toMatchObject({
      coverage: '24x7',
      services: ['card-payments', 'sepa-instant'],
      members: developers.length + sres.length,
    });
    const today = cost.current.rotations.find((r) => r.name === 'sre-payments-oncall');
    const pay = Number(today?.standbyCost.amount).toLocaleString('en-US', {
      minimumFractionDigits: 2,
    });
    const note = cost.optimized.notes.find((n) => n.startsWith('share one rotation'));
    expect(note).toContain(`the ${sres.length} SREs of sre-payments-oncall join payments-oncall`);
    expect(note).toContain(`against today: ${today?.peopleNeeded} fewer people needed`);
    expect(note).toContain(`${pay} EUR less standby pay per month`);
    expect(note).toContain('§12.4.1');
  });
});
