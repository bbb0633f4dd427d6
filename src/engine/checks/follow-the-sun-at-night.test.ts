import { describe, expect, it } from 'vitest';
import type { TestDoc } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { followTheSunAtNight } from './follow-the-sun-at-night.ts';

/** Four people in each zone on one 24x7 rotation, with what the rotation says of the sun. */
function relay(zones: readonly string[], followTheSun?: unknown): TestDoc[] {
  const people = zones.flatMap((zone) =>
    [0, 1, 2, 3].map((i) => ({
      kind: 'Person',
      name: `${zone.split('/')[1]?.toLowerCase().replace('_', '-')}-${i}`,
      spec: { role: 'sre', timezone: zone },
    })),
  );
  return [
    ...people,
    {
      kind: 'Rotation',
      name: 'global',
      spec: {
        type: 'team',
        coverage: '24x7',
        members: people.map((p) => p.name),
        ...(followTheSun === undefined ? {} : { followTheSun }),
      },
    },
  ];
}

const THREE = ['Australia/Sydney', 'Europe/Berlin', 'America/Los_Angeles'];

describe('follow-the-sun-at-night (§12.6)', () => {
  it('says nothing of three offices whose days cover the clock, split by working hours', () => {
    expect(findingsOf(followTheSunAtNight, relay(THREE, true))).toEqual([]);
    expect(findingsOf(followTheSunAtNight, relay(THREE))).toEqual([]);
  });

  it('reports a rotation said to follow the sun between sites too close for their days', () => {
    const findings = findingsOf(
      followTheSunAtNight,
      relay(['Europe/Berlin', 'America/New_York'], true),
    );
    expect(findings.map((f) => [f.subject.name, f.message])).toEqual([
      [
        'global',
        'Rotation global follows the sun but puts Europe/Berlin 04:00–16:00 (local time) on call at night: follow the sun only between sites whose days cover the clock, or state takeovers that keep each site within 07:00–23:00 (followTheSun.sites).',
      ],
    ]);
  });

  it('reports stated takeovers that put a site on at night, and a zone that is no site', () => {
    const findings = findingsOf(
      followTheSunAtNight,
      relay(THREE, {
        sites: [
          { timezone: 'Australia/Sydney', from: '05:00' },
          { timezone: 'Asia/Kolkata', from: '09:00' },
        ],
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('puts Australia/Sydney 05:00–'),
      'Rotation global states when Asia/Kolkata takes over, but no site of its members is there (its sites: Australia/Sydney, Europe/Berlin and America/Los_Angeles): that takeover is not used.',
    ]);
  });
});
