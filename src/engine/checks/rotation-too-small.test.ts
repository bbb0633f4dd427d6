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
    // A colleague an hour away is at the same site: eight in all.
    [{ 'Europe/Berlin': 7, 'Europe/London': 1 }, false],
    // Berlin and New York cannot follow the sun (one would be on call at night): one pool of 11.
    [{ 'Europe/Berlin': 5, 'America/New_York': 6 }, false],
    [{ 'Europe/Berlin': 4, 'America/New_York': 3 }, true],
    [{ 'Asia/Singapore': 6, 'America/New_York': 6 }, false],
    [{ 'Europe/Berlin': 6, 'Asia/Singapore': 1, 'America/New_York': 1 }, false],
    [{ 'Asia/Tokyo': 4, 'Europe/London': 4, 'America/New_York': 4 }, false],
  ])('with %j members reports: %s', (sites, fires) => {
    expect(findingsOf(rotationTooSmall, staffed(sites)).length > 0).toBe(fires);
  });

  it('says how the members are spread and what a pool needs', () => {
    expect(findingsOf(rotationTooSmall, staffed({ 'Europe/Berlin': 3, 'Asia/Tokyo': 2 }))).toEqual([
      {
        code: 'rotation-too-small',
        severity: 'warning',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message:
          "24x7 rotation shop-oncall has 5 members (2 in Asia/Tokyo, 3 in Europe/Berlin) taking whole turns round the clock: it needs 8, or on-call comes round too often (8 taking whole turns, or follow the sun, which needs sites far enough apart that each site's part of the day falls in its day (07:00–23:00): Asia/Tokyo and Europe/Berlin are not, and no other site of the organization would close the gap).",
        section: '§12.9.5',
      },
    ]);
  });

  it('offers a pool whose sites could relay the day follow-the-sun with what each site needs', () => {
    // Singapore and New York are far enough apart for each to cover its part in its own day;
    // with 3 at each they are one pool, short of the people a relay needs at each site.
    const [message] = findingsOf(
      rotationTooSmall,
      staffed({ 'Asia/Singapore': 3, 'America/New_York': 3 }),
    ).map((f) => f.message);
    expect(message).toContain(
      'or follow the sun, each site on call for its part of the day (6 in Asia/Singapore and 6 in America/New_York)',
    );
  });

  it('offers a one-site rotation follow-the-sun only with a second site the organization has', () => {
    // hospital-group's Chicago command centre was told "or 6 at each of two sites that follow
    // the sun" though the organization has no other site (§12.9.5).
    const [message] = findingsOf(rotationTooSmall, staffed({ 'Europe/Berlin': 5 })).map(
      (f) => f.message,
    );
    expect(message).toContain(
      'or follow the sun, which needs people at a second site far enough from',
    );
    expect(message).toContain('the organization has none');
    expect(message).not.toContain('6 at each of two sites');
  });

  it('names the site of a declared follow-the-sun rotation that lacks people for its part', () => {
    const docs = patch(
      staffed({ 'Asia/Singapore': 10, 'America/New_York': 2 }),
      'Rotation',
      'shop-oncall',
      {
        followTheSun: true,
        timezone: 'UTC',
      },
    );
    expect(findingsOf(rotationTooSmall, docs).map((f) => f.message)).toEqual([
      '24x7 rotation shop-oncall follows the sun over 2 sites with 12 members (10 in Asia/Singapore, 2 in America/New_York): America/New_York covers 12.5 h a day with 2 and needs 6, or on-call comes round too often (4 more in all).',
    ]);
  });

  it('agrees with staffing on business-hours rotations too: 8x7 needs three', () => {
    const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', {
      coverage: '8x7',
      members: ['dan', 'sam'],
    });
    expect(findingsOf(rotationTooSmall, docs).map((f) => f.message)).toEqual([
      '8x7 rotation shop-oncall has 2 members: it needs 3 so that nobody is on call more than a quarter of their time with a primary and a secondary.',
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
      members: ['dan', 'sam'],
    });
    const [f] = findingsOf(rotationTooSmall, patch(docs, 'Person', 'dan', { location: 'Lyon' }));
    expect(f?.message).toContain('has 2 members (2 in Lyon)');
  });

  it('leaves business-hours rotations with people enough alone', () => {
    expect(findingsOf(rotationTooSmall, tinyOrg())).toEqual([]);
  });
});
