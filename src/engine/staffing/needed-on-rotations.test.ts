import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { neededOnRotations } from './needed-on-rotations.ts';
import { rotationSizing } from './rotation-sizing.ts';

/** SREs in three far-apart zones on one follow-the-sun rotation, with a level each. */
function relay(sites: Readonly<Record<string, readonly string[]>>, extra: readonly string[] = []) {
  const people = Object.entries(sites).flatMap(([zone, levels]) =>
    levels.map((level, i) => ({
      name: `${(zone.split('/')[1] ?? '').toLowerCase().replace('_', '-')}-${level}-${i}`,
      zone,
      level,
    })),
  );
  const model = modelFrom(
    ...people.map((p) =>
      doc('Person', p.name, `timezone: ${p.zone}\nrole: sre\nlevel: ${p.level}`),
    ),
    ...extra,
    doc(
      'Rotation',
      'pager',
      [
        'type: team',
        'coverage: "24x7"',
        'followTheSun: true',
        `members: [${people.map((p) => p.name).join(', ')}]`,
      ].join('\n'),
    ),
  );
  return { model, rotations: rotationSizing(model, DEFAULT_BUSINESS_HOURS) };
}

describe('neededOnRotations', () => {
  it('keeps as many of a relay site as its part of the day needs, not none of them', () => {
    // Each of three sites needs 4 (§12.9.5): Warsaw's 5 keep 4 of them on the pager; before,
    // a site with more than its part kept nobody and the surplus let attrition take all 5.
    const { model, rotations } = relay({
      'Asia/Tokyo': ['junior', 'junior', 'senior'],
      'Europe/Warsaw': ['junior', 'junior', 'junior', 'senior', 'senior'],
      'America/Los_Angeles': ['junior', 'junior', 'senior', 'senior'],
    });
    const kept = neededOnRotations(model, rotations);
    const at = (prefix: string) => [...kept.keys()].filter((n) => n.startsWith(prefix));
    expect(at('warsaw')).toHaveLength(4);
    expect(at('los-angeles')).toHaveLength(4);
    expect(at('tokyo')).toHaveLength(3);
  });

  it('keeps those who hold a place at their site first, then juniors before seniors', () => {
    const { model, rotations } = relay({
      'Asia/Tokyo': ['junior', 'junior', 'junior', 'junior'],
      'Europe/Warsaw': ['junior', 'junior', 'senior', 'senior', 'senior'],
      'America/Los_Angeles': ['junior', 'junior', 'junior', 'junior'],
    });
    const holders = new Set(['warsaw-senior-4']);
    const kept = neededOnRotations(model, rotations, () => holders);
    expect([...kept.keys()].filter((n) => n.startsWith('warsaw')).sort()).toEqual([
      'warsaw-junior-0',
      'warsaw-junior-1',
      'warsaw-senior-2',
      'warsaw-senior-4',
    ]);
  });
});
