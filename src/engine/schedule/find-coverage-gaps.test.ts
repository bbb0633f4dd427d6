import { describe, expect, it } from 'vitest';
import { at, doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { generateSchedule } from './generate-schedule.ts';

const org = (tiers = '') => doc('Organization', 'pd', `type: product-delivery${tiers}`);
const team = doc('Team', 'shop', 'type: development\norganization: pd\ndomain: payments');
const service = (name: string, target: number, extra = '') =>
  doc('Service', name, `owner: shop\nrunModel: you-run-it\navailabilityTarget: ${target}${extra}`);
const range = { start: at('2025-05-05T00:00:00Z'), end: at('2025-05-12T00:00:00Z') };

describe('coverage gaps', () => {
  it('names a high-tier service and every interval with nobody on call', () => {
    const model = rotationModel(
      people('ann', 'bob'),
      [{ name: 'shop-day', members: ['ann', 'bob'], coverage: '8x5', covers: '{ teams: [shop] }' }],
      org(),
      team,
      service('checkout', 99.95),
      service('reports', 99.0),
    );
    const gaps = generateSchedule({ model, range }).violations.filter(
      (v) => v.code === 'coverage-gap',
    );
    // Nights and the weekend: 00:00–09:00 Monday, 17:00–09:00 on weeknights, Friday 17:00 on.
    expect(gaps.map((g) => g.service)).toEqual(Array(6).fill('checkout'));
    expect(gaps[0]?.message).toBe(
      'service checkout (a high-tier target of 99.95%: needs someone who knows it on call 24x7) has nobody on call from 2025-05-05T00:00:00Z to 2025-05-05T07:00:00Z: rotations shop-day leave it uncovered',
    );
    expect(gaps.at(-1)).toMatchObject({ start: at('2025-05-09T15:00:00Z'), end: range.end });
  });

  it('holds a service without a target but with high demand to the high tier, and says why', () => {
    const untargeted = (name: string, demand: string) =>
      doc('Service', name, `owner: shop\nrunModel: you-run-it\ndemand: ${demand}`);
    const model = rotationModel(
      people('ann', 'bob'),
      [{ name: 'shop-day', members: ['ann', 'bob'], coverage: '8x5', covers: '{ teams: [shop] }' }],
      org(),
      team,
      untargeted('checkout', 'high'),
      untargeted('reports', 'medium'),
    );
    const gaps = generateSchedule({ model, range }).violations.filter(
      (v) => v.code === 'coverage-gap',
    );
    expect(gaps.map((g) => g.service)).toEqual(Array(6).fill('checkout'));
    expect(gaps[0]?.message).toBe(
      'service checkout (high demand and no availability target (high tier until a target is set): needs someone who knows it on call 24x7) has nobody on call from 2025-05-05T00:00:00Z to 2025-05-05T07:00:00Z: rotations shop-day leave it uncovered',
    );
  });

  it('takes the tier thresholds from the model, not from constants', () => {
    const model = rotationModel(
      people('ann'),
      [{ name: 'shop-day', members: ['ann'], coverage: '8x5', covers: '{ teams: [shop] }' }],
      org('\navailabilityTiers: { high: 99.99, medium: 99.9 }'),
      team,
      service('checkout', 99.95),
    );
    const gaps = generateSchedule({ model, range }).violations.filter(
      (v) => v.code === 'coverage-gap',
    );
    expect(gaps).toEqual([]);
  });

  it('does not count a thin layer in front of an office-hours team rotation as cover (§12.6)', () => {
    const model = rotationModel(
      people('ann', 'tl1', 'tl2'),
      [
        { name: 'shop-day', members: ['ann'], coverage: '8x5', covers: '{ teams: [shop] }' },
        { name: 'noc', type: 'thin-layer', members: ['tl1', 'tl2'], forwardsTo: ['shop-day'] },
      ],
      org(),
      team,
      service('checkout', 99.95),
    );
    const gaps = generateSchedule({ model, range }).violations.filter(
      (v) => v.code === 'coverage-gap',
    );
    expect(gaps).toHaveLength(6);
    expect(gaps[0]?.message).toContain(
      'rotations shop-day leave it uncovered (the thin layer noc takes only runbook cases)',
    );
  });

  it('accepts a thin layer in front of a round-the-clock team rotation', () => {
    const model = rotationModel(
      people('ann', 'tl1', 'tl2'),
      [
        { name: 'shop', members: ['ann'], covers: '{ teams: [shop] }' },
        { name: 'noc', type: 'thin-layer', members: ['tl1', 'tl2'], forwardsTo: ['shop'] },
      ],
      org(),
      team,
      service('checkout', 99.95),
    );
    expect(generateSchedule({ model, range }).violations).toEqual([]);
  });

  it('says when only the thin layer covers a high-tier service', () => {
    const model = rotationModel(
      people('tl1', 'tl2'),
      [{ name: 'noc', type: 'thin-layer', members: ['tl1', 'tl2'] }],
      org(),
      team,
      service('checkout', 99.95),
    );
    const [gap] = generateSchedule({ model, range }).violations;
    expect(gap?.message).toMatch(
      /only the thin layer noc covers it, which takes runbook cases but does not know the service$/,
    );
    expect(gap).toMatchObject({ start: range.start, end: range.end });
  });

  it('reports a high-tier service no rotation covers for the whole range', () => {
    const model = rotationModel(
      people('ann'),
      [{ name: 'other', members: ['ann'] }],
      org(),
      team,
      service('checkout', 99.99),
    );
    const [gap] = generateSchedule({ model, range }).violations;
    expect(gap).toMatchObject({
      code: 'coverage-gap',
      service: 'checkout',
      start: range.start,
      end: range.end,
    });
    expect(gap?.message).toMatch(/no rotation covers it$/);
  });
});
