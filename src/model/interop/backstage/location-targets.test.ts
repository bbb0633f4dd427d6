import { describe, expect, it } from 'vitest';
import { isInside, locationTargets, normalize } from './location-targets.ts';

const location = (targets: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: all }\nspec:\n  targets:\n${targets}`;

describe('locationTargets', () => {
  it('resolves relative targets against the Location file’s folder', () => {
    const found = locationTargets(
      {
        name: 'catalog/all.yaml',
        text: location('    - ./acme/org.yaml\n    - teams/../team.yaml\n'),
      },
      'catalog',
    );
    expect(found.targets.map((t) => [t.path, t.line, t.column])).toEqual([
      ['catalog/acme/org.yaml', 6, 7],
      ['catalog/team.yaml', 7, 7],
    ]);
    expect(found.problems).toEqual([]);
  });

  it('never fetches a URL: it is reported and skipped', () => {
    const found = locationTargets(
      {
        name: 'all.yaml',
        text: location('    - https://github.com/x/y/blob/main/catalog-info.yaml\n'),
      },
      '.',
    );
    expect(found.targets).toEqual([]);
    expect(found.inferences).toEqual([
      expect.objectContaining({
        code: 'not-followed',
        line: 6,
        message: expect.stringContaining('whorunsit never fetches URLs'),
      }),
    ]);
  });

  it('refuses paths that leave the catalog folder, absolute or relative', () => {
    const found = locationTargets(
      {
        name: 'catalog/all.yaml',
        text: location('    - ../secrets.yaml\n    - /etc/passwd\n    - ./a/../../b.yaml\n'),
      },
      'catalog',
    );
    expect(found.targets).toEqual([]);
    expect(found.problems.map((p) => [p.code, p.line])).toEqual([
      ['outside-catalog', 6],
      ['outside-catalog', 7],
      ['outside-catalog', 8],
    ]);
  });

  it('reads a single target and ignores documents that are no Locations', () => {
    const text = `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: one }\nspec: { type: file, target: ./x.yaml }\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: g }\nspec: { type: team, target: ./y.yaml }\n`;
    expect(locationTargets({ name: 'a.yaml', text }, '.').targets.map((t) => t.path)).toEqual([
      'x.yaml',
    ]);
  });

  it('reports a target that is not a path', () => {
    const found = locationTargets({ name: 'a.yaml', text: location('    - 42\n    - ""\n') }, '.');
    expect(found.problems.map((p) => [p.code, p.line])).toEqual([
      ['invalid-value', 6],
      ['invalid-value', 7],
    ]);
  });
});

describe('normalize and isInside', () => {
  it('resolve dots without the file system', () => {
    expect(normalize('a/./b/../c')).toBe('a/c');
    expect(normalize('../a')).toBe('../a');
    expect(normalize('/a/../../b')).toBe('/b');
    expect(normalize('a/..')).toBe('.');
  });

  it('tell whether a path is in a folder', () => {
    expect(isInside('catalog/a.yaml', 'catalog')).toBe(true);
    expect(isInside('catalogue/a.yaml', 'catalog')).toBe(false);
    expect(isInside('a.yaml', '.')).toBe(true);
    expect(isInside('../a.yaml', '.')).toBe(false);
  });
});
