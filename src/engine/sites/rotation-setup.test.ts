import { describe, expect, it } from 'vitest';
import { rotationModel } from '../../../test/support/rotation-model.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { rotationSetup } from './rotation-setup.ts';

/** A rotation whose members sit in the zones given, `count × zone`. */
function setupOf(
  sites: Readonly<Record<string, number>>,
  options: { coverage?: '24x7' | '8x5' | '8x7'; extra?: string } = {},
) {
  const members = Object.entries(sites).flatMap(([zone, n]) =>
    Array.from({ length: n }, (_, i) => ({
      name: `${zone.split('/')[1]?.toLowerCase().replace('_', '-')}-${i}`,
      timezone: zone,
    })),
  );
  const model = modelFrom(
    ...members.map((m) => doc('Person', m.name, `timezone: ${m.timezone}`)),
    doc(
      'Rotation',
      'r',
      [
        'type: team',
        `coverage: "${options.coverage ?? '24x7'}"`,
        'timezone: UTC',
        `members: [${members.map((m) => m.name).join(', ')}]`,
        options.extra ?? '',
      ].join('\n'),
    ),
  );
  return rotationSetup(model, model.rotations.get('r') as never);
}

describe('rotationSetup: follow the sun only where it works or where the rotation says so', () => {
  it('keeps a colleague one hour away in the pool (7 in Berlin, 1 in London)', () => {
    const setup = setupOf({ 'Europe/Berlin': 7, 'Europe/London': 1 });
    expect(setup.kind).toBe('pool');
    expect(setup.kind === 'pool' && setup.reason).toBe('one-site');
  });

  it('keeps Berlin and New York in one pool: New York’s part of the day would run through its night', () => {
    const setup = setupOf({ 'Europe/Berlin': 4, 'America/New_York': 4 });
    expect(setup.kind === 'pool' && setup.reason).toBe('night-at-a-site');
  });

  it('relays Singapore and New York, each covering its day and evening', () => {
    const setup = setupOf({ 'Asia/Singapore': 6, 'America/New_York': 6 });
    expect(setup.kind).toBe('relay');
    if (setup.kind !== 'relay') return;
    expect(setup.basis).toBe('automatic');
    expect(
      setup.sites.map((s) => [s.zone, s.members.length, s.part.january / 60, s.part.july / 60]),
    ).toEqual([
      ['Asia/Singapore', 6, 12.5, 11.5],
      ['America/New_York', 6, 11.5, 12.5],
    ]);
    // Singapore from 07:30, New York from 07:00: each centred on its working day.
    expect(setup.sites.map((s) => s.takeoverMinute)).toEqual([7.5 * 60, 7 * 60]);
    expect(setup.sites.map((s) => s.needed)).toEqual([6, 6]);
  });

  it('relays three sites eight hours apart with four people each', () => {
    const setup = setupOf({ 'Asia/Tokyo': 4, 'Europe/London': 4, 'America/New_York': 4 });
    expect(setup.kind).toBe('relay');
    expect(setup.kind === 'relay' && setup.sites.map((s) => s.needed)).toEqual([4, 4, 4]);
  });

  it('splits the day of Sydney, Berlin and San Francisco by working hours, not from 09:00 each', () => {
    const setup = setupOf({
      'Australia/Sydney': 4,
      'Europe/Berlin': 4,
      'America/Los_Angeles': 4,
    });
    expect(setup.kind === 'relay' && setup.basis).toBe('automatic');
    if (setup.kind !== 'relay') return;
    // Each from a local morning: 10:00, 08:30, 08:30, not all from 09:00 (which left San
    // Francisco 5 h a day in January and Sydney 10).
    expect(setup.sites.map((s) => s.takeoverMinute / 60)).toEqual([10, 8.5, 8.5]);
    expect(setup.sites.map((s) => [s.part.january / 60, s.part.july / 60])).toEqual([
      [8.5, 6.5],
      [9, 9],
      [6.5, 8.5],
    ]);
    for (const s of setup.sites) {
      expect(s.takeoverMinute).toBeGreaterThanOrEqual(8 * 60);
      expect(s.takeoverMinute + Math.max(s.part.january, s.part.july)).toBeLessThanOrEqual(
        18.5 * 60,
      );
    }
  });

  it('takes over when the rotation states, other sites splitting the day by working hours', () => {
    const setup = setupOf(
      { 'Australia/Sydney': 4, 'Europe/Berlin': 4, 'America/Los_Angeles': 4 },
      {
        extra: [
          'followTheSun:',
          '  sites:',
          '    - { timezone: Australia/Melbourne, from: "09:00" }',
          '    - { timezone: Europe/Berlin, from: "09:00" }',
          '    - { timezone: America/Denver, from: "09:00" }',
        ].join('\n'),
      },
    );
    expect(setup.kind === 'relay' && setup.basis).toBe('declared');
    if (setup.kind !== 'relay') return;
    // Melbourne names Sydney's site (one hour at most apart); Denver is not Los Angeles's zone
    // but within the neighbour rule of it. Each at 09:00 on the clock named: in January
    // Melbourne 22:00-08:00 UTC, Berlin 08:00-16:00, Denver 16:00-22:00.
    expect(setup.sites.map((s) => s.takeoverMinute / 60)).toEqual([9, 9, 9]);
    expect(setup.sites.map((s) => s.part.january / 60)).toEqual([10, 8, 6]);
    expect(setup.unmatched).toEqual([]);
    const partly = setupOf(
      { 'Australia/Sydney': 4, 'Europe/Berlin': 4, 'America/Los_Angeles': 4 },
      {
        extra:
          'followTheSun: { sites: [{ timezone: Europe/London, from: "07:00" }, { timezone: Asia/Kolkata, from: "09:00" }] }',
      },
    );
    // Berlin's site takes over at 07:00 London time (07:00 UTC in January) until San
    // Francisco's 08:30 (16:30 UTC).
    expect(partly.kind === 'relay' && partly.sites.map((s) => s.takeoverMinute / 60)).toEqual([
      10, 7, 8.5,
    ]);
    expect(partly.kind === 'relay' && partly.sites.map((s) => s.zone)).toEqual([
      'Australia/Sydney',
      'Europe/London',
      'America/Los_Angeles',
    ]);
    expect(partly.kind === 'relay' && partly.sites[1]?.part.january).toBe(9.5 * 60);
    expect(partly.kind === 'relay' && partly.unmatched).toEqual(['Asia/Kolkata']);
  });

  it('does not hand one person in New York half of every day: too few there, so one pool', () => {
    const setup = setupOf({ 'Asia/Singapore': 8, 'America/New_York': 1 });
    expect(setup.kind === 'pool' && setup.reason).toBe('too-few-at-a-site');
    expect(setup.kind === 'pool' && setup.relay?.map((s) => s.needed)).toEqual([6, 6]);
  });

  it('relays whenever the rotation says followTheSun: true, and never when it says false', () => {
    const declared = setupOf(
      { 'Europe/Berlin': 4, 'America/New_York': 4 },
      { extra: 'followTheSun: true' },
    );
    expect(declared.kind === 'relay' && declared.basis).toBe('declared');
    const refused = setupOf(
      { 'Asia/Singapore': 6, 'America/New_York': 6 },
      { extra: 'followTheSun: false' },
    );
    expect(refused.kind === 'pool' && refused.reason).toBe('declared');
  });

  it('keeps business-hours coverage in one pool whatever the zones', () => {
    const setup = setupOf({ 'Asia/Singapore': 6, 'America/New_York': 6 }, { coverage: '8x7' });
    expect(setup.kind === 'pool' && setup.reason).toBe('business-hours');
  });

  it('places members without a zone at the rotation’s zone', () => {
    const model = rotationModel(
      [{ name: 'a' }, { name: 'b', timezone: 'Asia/Tokyo' }],
      [{ name: 'r', members: ['a', 'b'], timezone: 'Asia/Tokyo' }],
    );
    const setup = rotationSetup(model, model.rotations.get('r') as never);
    expect(setup.sites.map((s) => s.members)).toEqual([['a', 'b']]);
  });
});
