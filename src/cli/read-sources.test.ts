import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../../test/support/fake-io.ts';
import { FIXTURES } from '../../test/support/fixtures.ts';
import { readSources } from './read-sources.ts';

const io = (cwd: string) => fakeIo({ cwd });

const location = (...targets: string[]) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: all }\nspec:\n  targets:\n${targets.map((t) => `    - ${t}\n`).join('')}`;

describe('readSources following Backstage Locations', () => {
  it('reads the example catalog from its two root Locations, each file once', async () => {
    const read = await readSources(
      ['backstage/acme-corp.yaml', 'backstage/all.yaml'],
      io(FIXTURES),
    );
    expect(read.sources.map((s) => s.name)).toContain('backstage/acme/team-e-big-name-group.yaml');
    expect(read.sources.map((s) => s.name)).toContain(
      'backstage/components/wayback-search-component.yaml',
    );
    expect(new Set(read.sources.map((s) => s.name)).size).toBe(read.sources.length);
    expect(read.sources).toHaveLength(2 + 1 + 8 + 5 + 13 + 3 + 1 + 3);
    // all.yaml and all-apis.yaml name files that were not collected: reported, not fatal.
    expect(read.inferences.filter((i) => i.code === 'not-followed')).toHaveLength(11);
    expect(read.problems).toEqual([]);
  });

  it('does not read a target twice when the folder is given too', async () => {
    const read = await readSources(['backstage'], io(FIXTURES));
    expect(new Set(read.sources.map((s) => s.name)).size).toBe(read.sources.length);
  });

  it('expands * in targets', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whorunsit-loc-'));
    await mkdir(join(dir, 'teams'));
    await writeFile(join(dir, 'teams', 'a.yaml'), 'x: 1\n');
    await writeFile(join(dir, 'teams', 'b.yaml'), 'x: 2\n');
    await writeFile(join(dir, 'all.yaml'), location('./teams/*.yaml'));
    const read = await readSources(['all.yaml'], io(dir));
    expect(read.sources.map((s) => s.name)).toEqual(['all.yaml', 'teams/a.yaml', 'teams/b.yaml']);
  });

  it('refuses a target that leaves the catalog through a symbolic link', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'whorunsit-out-'));
    await writeFile(join(outside, 'secret.yaml'), 'x: 1\n');
    const dir = await mkdtemp(join(tmpdir(), 'whorunsit-loc-'));
    await symlink(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    await writeFile(join(dir, 'all.yaml'), location('./link.yaml', '../x.yaml'));
    const read = await readSources(['all.yaml'], io(dir));
    expect(read.sources.map((s) => s.name)).toEqual(['all.yaml']);
    expect(read.problems.map((p) => [p.code, p.line])).toEqual([
      ['outside-catalog', 7],
      ['outside-catalog', 6],
    ]);
  });

  it('loads, validates and lists its inferences from the command line', async () => {
    const r = await runCli(['validate', 'backstage/acme-corp.yaml', 'backstage/all.yaml'], {
      cwd: FIXTURES,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('valid: 4 organizations, 5 teams, 17 people, 12 services, 0 rotations\n');
    expect(r.stderr).toContain(
      'backstage/all.yaml:8:7  not-followed  Location example-all: ./all-ai-resources.yaml not read: the file does not exist',
    );
    expect(r.stderr).toMatch(/\d+ inferences made reading other tools' files/);
    const json = JSON.parse(
      (await runCli(['validate', 'backstage', '--json'], { cwd: FIXTURES })).stdout,
    );
    expect(json.valid).toBe(true);
    expect(json.inferences.length).toBeGreaterThan(40);
  });
});
