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
      ['Asia/Singapore', 6, 13, 12],
      ['America/New_York', 6, 11, 12],
    ]);
    expect(setup.sites.map((s) => s.needed)).toEqual([6, 6]);
  });

  it('relays three sites eight hours apart with four people each', () => {
    const setup = setupOf({ 'Asia/Tokyo': 4, 'Europe/London': 4, 'America/New_York': 4 });
    expect(setup.kind).toBe('relay');
    expect(setup.kind === 'relay' && setup.sites.map((s) => s.needed)).toEqual([4, 4, 4]);
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
