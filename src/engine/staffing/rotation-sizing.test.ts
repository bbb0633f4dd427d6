import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { sizeRotation } from './rotation-sizing.ts';

const ZONES = [
  'Asia/Tokyo',
  'Asia/Singapore',
  'Asia/Kolkata',
  'Europe/Berlin',
  'Europe/London',
  'Europe/Lisbon',
  'America/New_York',
  'America/Los_Angeles',
] as const;

/** A rotation with `count` members in each zone. */
function sized(
  sites: Readonly<Partial<Record<string, number>>>,
  options: { coverage?: string; followTheSun?: boolean } = {},
) {
  const members = Object.entries(sites).flatMap(([zone, n = 0]) =>
    Array.from({ length: n }, (_, i) => ({
      name: `${(zone.split('/')[1] ?? '').toLowerCase().replace('_', '-')}-${i}`,
      zone,
    })),
  );
  const model = modelFrom(
    ...members.map((m) => doc('Person', m.name, `timezone: ${m.zone}`)),
    doc(
      'Rotation',
      'r',
      [
        'type: team',
        `coverage: "${options.coverage ?? '24x7'}"`,
        `members: [${members.map((m) => m.name).join(', ')}]`,
        options.followTheSun === undefined ? '' : `followTheSun: ${options.followTheSun}`,
      ].join('\n'),
    ),
  );
  return sizeRotation(model, model.rotations.get('r') as never, DEFAULT_BUSINESS_HOURS);
}

describe('rotation sizing by sites (§12.9.5)', () => {
  it('counts a colleague an hour away at the same site: 7 in Berlin and 1 in London are 8', () => {
    expect(sized({ 'Europe/Berlin': 7, 'Europe/London': 1 })).toMatchObject({
      needed: 8,
      current: 8,
      shortfall: 0,
      setup: 'one-site',
      sustainable: true,
    });
  });

  it('does not call a sound follow-the-sun rotation over three sites short', () => {
    const sizing = sized({ 'Asia/Tokyo': 4, 'Europe/London': 4, 'America/New_York': 4 });
    expect(sizing).toMatchObject({
      needed: 12,
      current: 12,
      shortfall: 0,
      setup: 'follow-the-sun',
      sustainable: true,
    });
    expect(sizing.sites.map((s) => [s.current, s.needed])).toEqual([
      [4, 4],
      [4, 4],
      [4, 4],
    ]);
  });

  it('sizes Berlin and New York together as one pool round the clock', () => {
    expect(sized({ 'Europe/Berlin': 4, 'America/New_York': 4 })).toMatchObject({
      needed: 8,
      shortfall: 0,
      setup: 'one-pool',
    });
  });

  // Singapore's four beyond its 6 cannot take New York's part: Singapore keeps its 10, New York
  // needs 6, so the relay needs 16, has 12 and is short by 4; nobody is asked to leave Singapore.
  it('says what each site of a declared relay lacks, never asking another site to shrink', () => {
    const sizing = sized({ 'Asia/Singapore': 10, 'America/New_York': 2 }, { followTheSun: true });
    expect(sizing).toMatchObject({ shortfall: 4, current: 12, needed: 16, setup: 'two-sites' });
    expect(sizing.sites.map((s) => [s.site, s.current, s.needed])).toEqual([
      ['Asia/Singapore', 10, 10],
      ['America/New_York', 2, 6],
    ]);
  });

  const anySites = fc.dictionary(fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 9 }), {
    minKeys: 1,
    maxKeys: 4,
  });
  const anyOptions = fc.record({
    coverage: fc.constantFrom('24x7', '24x7', '8x7', '8x5'),
    followTheSun: fc.constantFrom(undefined, true, false),
  });

  // A relay's shortfall is what its short sites lack, and a site keeps what it has beyond its
  // part (7 and 5 where each site needs 6: needs 13, short by 1), so sizing adds up (#12).
  it('never finds a shortfall larger than needed minus current, nor tells a site to shrink', () => {
    fc.assert(
      fc.property(anySites, anyOptions, (sites, { coverage, followTheSun }) => {
        const options = {
          coverage,
          ...(coverage === '24x7' && followTheSun !== undefined ? { followTheSun } : {}),
        };
        const sizing = sized(sites, options);
        const lack = sizing.sites.reduce((n, s) => n + Math.max(0, s.needed - s.current), 0);
        expect(sizing.shortfall).toBe(Math.max(0, sizing.needed - sizing.current));
        for (const site of sizing.sites) expect(site.needed).toBeGreaterThanOrEqual(site.current);
        if (sizing.followTheSun === null) {
          for (const site of sizing.sites) expect(site.needed).toBe(site.current);
        } else {
          expect(sizing.shortfall).toBe(lack);
          expect(sizing.needed).toBe(sizing.sites.reduce((n, s) => n + s.needed, 0));
        }
        expect(sizing.shortfall).toBeGreaterThanOrEqual(0);
        expect(sizing.sustainable).toBe(sizing.shortfall === 0);
      }),
      { numRuns: 60 },
    );
  });

  it('never finds a larger shortfall after one more member joins at a site the rotation has', () => {
    fc.assert(
      fc.property(anySites, fc.nat(), (sites, pick) => {
        const zones = Object.keys(sites);
        const zone = zones[pick % zones.length] as string;
        const before = sized(sites);
        const after = sized({ ...sites, [zone]: (sites[zone] ?? 0) + 1 });
        expect(after.shortfall).toBeLessThanOrEqual(before.shortfall);
      }),
      { numRuns: 60 },
    );
  });
});
