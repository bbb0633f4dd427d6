import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Doc,
  docNamed,
  docsOf,
  MONTH,
  MONTH_FROM,
  MONTH_TO,
  runJson,
  yamlOf,
} from './support/corpus.ts';
import type {
  CheckJson,
  DescribeServiceJson,
  OnCallCostJson,
  PlanJson,
  ScheduleJson,
} from './support/outputs.ts';

/**
 * One tier per service, whatever command shows it (§12.6, §12.8.1): the tier of its availability
 * target, else of its demand, else medium. Tidewater (`one-sre`) with the harbour masters'
 * console in high demand and still no target, and the team's rotation cut to office hours: the
 * console must be what the 99.9 % booking API is (high tier) for `check`, `schedule`,
 * `oncall-cost`, `plan` and `describe`, each saying that its tier comes from demand.
 */

const UNTARGETED = 'harbour-console';
const TARGETED = 'booking-api';

function highDemandWithoutTarget(): Doc[] {
  const docs = docsOf('one-sre');
  const console = docNamed(docs, 'Service', UNTARGETED);
  expect(console.spec.availabilityTarget).toBeUndefined();
  console.spec.demand = 'high';
  docNamed(docs, 'Rotation', 'berths-oncall').spec.coverage = '8x5';
  return docs;
}

describe('a service with high demand and no target has one tier in every command', () => {
  let yaml: string;
  let check: CheckJson;
  let plan: PlanJson;
  let schedule: ScheduleJson;
  let cost: OnCallCostJson;

  beforeAll(async () => {
    yaml = yamlOf(highDemandWithoutTarget());
    [check, plan, schedule, cost] = await Promise.all([
      runJson<CheckJson>(['check', '-', '--json'], yaml),
      runJson<PlanJson>(['plan', '-', '--json'], yaml),
      runJson<ScheduleJson>(
        ['schedule', '-', '--from', MONTH_FROM, '--to', MONTH_TO, '--json'],
        yaml,
      ),
      runJson<OnCallCostJson>(['oncall-cost', '-', '--month', MONTH, '--json'], yaml),
    ]);
  }, 120_000);

  it('the plan shows it high tier, from demand; the targeted service high tier, from its target', () => {
    const tiers = Object.fromEntries(
      plan.services.map((s) => [s.name, { tier: s.tier, basis: s.tierBasis }]),
    );
    expect(tiers[UNTARGETED]).toEqual({ tier: 'high', basis: 'demand' });
    expect(tiers[TARGETED]).toEqual({ tier: 'high', basis: 'target' });
  });

  it('check finds it covered only in office hours, as it finds the targeted one, and says the tier is from demand', () => {
    const night = check.checks.filter((c) => c.code === 'high-tier-without-round-the-clock');
    expect(night.map((c) => c.subject.name).sort()).toEqual([TARGETED, UNTARGETED]);
    const message = night.find((c) => c.subject.name === UNTARGETED)?.message ?? '';
    expect(message).toContain('no availability target');
    expect(message).toContain('high demand');
    expect(message).toContain('until a target is set');
  });

  it('the schedule reports its nights and weekends as coverage gaps, as it does the targeted one', () => {
    const gaps = (service: string) =>
      schedule.violations
        .filter((v) => v.code === 'coverage-gap' && v.service === service)
        .map((v) => `${v.start} ${v.end}`);
    expect(gaps(TARGETED)).not.toEqual([]);
    expect(gaps(UNTARGETED)).toEqual(gaps(TARGETED));
    const message =
      schedule.violations.find((v) => v.code === 'coverage-gap' && v.service === UNTARGETED)
        ?.message ?? '';
    expect(message).toContain('high demand');
  });

  it('the optimized design puts it on a 24x7 team rotation, with the targeted one', () => {
    const roundTheClock = (service: string) =>
      cost.optimized.rotations
        .filter((r) => r.type === 'team' && r.coverage === '24x7' && r.services.includes(service))
        .map((r) => r.name);
    expect(roundTheClock(TARGETED)).not.toEqual([]);
    expect(roundTheClock(UNTARGETED)).toEqual(roundTheClock(TARGETED));
  });

  it('the plan recommends a team rotation for it and lists its missing night cover as a risk', () => {
    const service = plan.services.find((s) => s.name === UNTARGETED);
    expect(service?.recommendation.rotation).toBe('team');
    expect(service?.recommendation.reasons.join(' ')).toContain('high demand');
  });

  it('describe service shows the tier and basis the plan shows', async () => {
    const described = await runJson<DescribeServiceJson>(
      ['describe', 'service', UNTARGETED, '--model', '-', '--json'],
      yaml,
    );
    expect({ tier: described.tier, basis: described.tierBasis }).toEqual({
      tier: 'high',
      basis: 'demand',
    });
  });
});
