import { describe, expect, it } from 'vitest';
import { patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { rotationTooSmall } from './rotation-too-small.ts';

/** A 24x7 rotation with the given number of people per time zone. */
function staffed(sites: Readonly<Record<string, number>>): TestDoc[] {
  const people: TestDoc[] = [];
  for (const [timezone, count] of Object.entries(sites)) {
    for (let i = 0; i < count; i++) {
      people.push({
        kind: 'Person',
        name: `p-${timezone.toLowerCase().replace(/[^a-z]/g, '')}-${i}`,
        spec: { team: 'shop', role: 'developer', timezone },
      });
    }
  }
  const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', {
    coverage: '24x7',
    members: people.map((p) => p.name),
  });
  return [...docs, ...people];
}

describe('rotation-too-small (§12.9.5)', () => {
  it.each([
    [{ 'Europe/Berlin': 7 }, true],
    [{ 'Europe/Berlin': 8 }, false],
    [{ 'Europe/Berlin': 5, 'America/New_York': 6 }, true],
    [{ 'Europe/Berlin': 6, 'America/New_York': 6 }, false],
    [{ 'Europe/Berlin': 6, 'Asia/Singapore': 1, 'America/New_York': 1 }, true],
  ])('with %j members reports: %s', (sites, fires) => {
    expect(findingsOf(rotationTooSmall, staffed(sites)).length > 0).toBe(fires);
  });

  it('says how the members are spread and what is needed', () => {
    expect(findingsOf(rotationTooSmall, staffed({ 'Europe/Berlin': 3, 'Asia/Tokyo': 2 }))).toEqual([
      {
        code: 'rotation-too-small',
        severity: 'warning',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message:
          '24x7 rotation shop-oncall has 5 members (2 in Asia/Tokyo, 3 in Europe/Berlin): it needs 8 at one site or 6 at each of two sites, or on-call comes round too often.',
        section: '§12.9.5',
      },
    ]);
  });

  it('counts members on one clock as one site, whatever city they live in', () => {
    const people = ['Berlin', 'Hamburg'].flatMap((location) =>
      [0, 1, 2, 3].map((i) => ({
        kind: 'Person',
        name: `p-${location.toLowerCase()}-${i}`,
        spec: { team: 'shop', role: 'developer', timezone: 'Europe/Berlin', location },
      })),
    );
    const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', {
      coverage: '24x7',
      members: people.map((p) => p.name),
    });
    // Berlin and Hamburg share every night: eight people at one site is enough (§12.9.5).
    expect(findingsOf(rotationTooSmall, [...docs, ...people])).toEqual([]);
  });

  it('places members without a time zone at the rotation’s zone', () => {
    const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', {
      coverage: '24x7',
      timezone: 'Europe/Paris',
    });
    const [f] = findingsOf(rotationTooSmall, patch(docs, 'Person', 'dan', { location: 'Lyon' }));
    expect(f?.message).toContain('has 2 members (2 in Europe/Paris)');
  });

  it('leaves business-hours rotations alone', () => {
    expect(findingsOf(rotationTooSmall, tinyOrg())).toEqual([]);
  });
});
