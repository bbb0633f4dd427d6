import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../../../test/support/fake-io.ts';
import { FIXTURES } from '../../../test/support/fixtures.ts';

const REPO = join(FIXTURES, '..', '..');
const CATALOG = ['test/fixtures/backstage/acme-corp.yaml', 'test/fixtures/backstage/all.yaml'];
/** The example's own files: what a whorunsit overlay adds to the catalog (its `catalog/` aside). */
const EXAMPLE = 'examples/backstage-overlay';
const OVERLAY = readdirSync(join(REPO, EXAMPLE))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `${EXAMPLE}/${f}`);

describe('whorunsit import', () => {
  it('reads the example catalog with the overlay and says what is still missing, most blocking first', async () => {
    const r = await runCli(['import', ...CATALOG, ...OVERLAY], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Documents read: Backstage 54, whorunsit 17, OpenSLO 1.');
    expect(r.stdout).toContain(
      'Entities: 5 Organization, 6 Team, 21 Person, 12 Service, 1 ErrorBudgetPolicy, 2 Rotation, 1 CompensationPolicy.',
    );
    expect(r.stdout).toContain('The model is **valid**');
    expect(r.stdout).toMatch(/^1\. \*\*Person\.role\*\* missing on 14 people$/m);
    expect(r.stdout).toMatch(/^2\. \*\*Service\.availabilityTarget\*\* missing on 10 services$/m);
    expect(r.stdout).toContain(
      '`test/fixtures/backstage/all.yaml:8` not-followed: Location example-all: ./all-ai-resources.yaml not read',
    );
    expect(r.stdout).toContain(
      'Service wayback-search: availabilityTarget taken as 99.95 from SLO wayback-search-availability',
    );
  });

  it('ships an example that validates and plans on its own, its catalog the Backstage one unchanged', async () => {
    const validate = await runCli(['validate', EXAMPLE], { cwd: REPO });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toBe(
      'valid: 5 organizations, 6 teams, 21 people, 12 services, 2 rotations\n',
    );
    const plan = await runCli(['plan', EXAMPLE], { cwd: REPO });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('`wayback-search`');
    expect(plan.stderr).toMatch(
      /^note: \d+ inferences made reading other tools' files; `whorunsit import examples\/backstage-overlay` lists them$/m,
    );
    // Without its catalog the overlay is not a model: it adds to entities the catalog defines.
    const alone = await runCli(['validate', ...OVERLAY], { cwd: REPO });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('missing required field "owner"');
    // The copy is the fixture of test/fixtures/backstage (its NOTICE.md names the upstream commits).
    const catalog = join(REPO, EXAMPLE, 'catalog');
    const files = (readdirSync(catalog, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.yaml'),
    );
    expect(files.length).toBe(1 + 9 + 13 + 3 + 3);
    for (const file of files) {
      expect(readFileSync(join(catalog, file), 'utf8'), file).toBe(
        readFileSync(join(FIXTURES, 'backstage', file), 'utf8'),
      );
    }
  });

  it('gives the same report as JSON', async () => {
    const r = await runCli(['import', ...CATALOG, ...OVERLAY, '--json'], { cwd: REPO });
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(true);
    expect(report.entities).toMatchObject({ Organization: 5, Team: 6, Person: 21, Service: 12 });
    expect(report.completeness[0]).toMatchObject({
      kind: 'Person',
      field: 'role',
      status: 'missing',
    });
    expect(
      report.completeness.find(
        (i: { field: string; status: string }) => i.field === 'runModel' && i.status === 'inferred',
      ).entities,
    ).toHaveLength(10);
    expect(
      report.inferences.every(
        (i: { file: string; line: number; message: string }) => i.file && i.line > 0 && i.message,
      ),
    ).toBe(true);
  });

  it('reports required fields a catalog cannot give as the first thing to write, and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whorunsit-import-'));
    await writeFile(
      join(dir, 'catalog.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: lonely }\nspec: { type: team }\n',
    );
    const r = await runCli(['import', dir, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ code: 'missing-field', path: 'spec.organization' });
    expect(report.completeness[0]).toMatchObject({
      kind: 'Team',
      field: 'organization',
      status: 'missing',
      entities: ['lonely'],
    });
  });

  it('prints a Backstage annotation patch per entity that re-reads as valid YAML', async () => {
    const r = await runCli(['import', ...CATALOG, ...OVERLAY, '--backstage-patches'], {
      cwd: REPO,
    });
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout) as unknown as {
      toJS(): { kind: string; metadata: { name: string; annotations: Record<string, string> } };
    }[];
    const search = docs.map((d) => d.toJS()).find((d) => d.metadata.name === 'wayback-search');
    expect(search?.metadata.annotations).toMatchObject({
      'whorunsit.dev/runModel': 'you-and-sre-run-it',
      'whorunsit.dev/availabilityTarget': '99.95',
      'whorunsit.dev/run-by': 'team-a with sre-core',
    });
    expect(r.stdout).toContain(
      '# Merge into the catalog file of component:default/petstore\n# runModel inferred, not written anywhere: confirm before merging',
    );
    const json = JSON.parse(
      (
        await runCli(['import', ...CATALOG, ...OVERLAY, '--backstage-patches', '--json'], {
          cwd: REPO,
        })
      ).stdout,
    );
    expect(
      json.find((p: { ref: string }) => p.ref === 'group:default/team-a').metadata.annotations[
        'whorunsit.dev/manager'
      ],
    ).toBe('janelle-dawe');
  });

  it('refuses patches of an invalid model', async () => {
    const r = await runCli(
      ['import', 'test/fixtures/openslo/oslo-test-inputs/validate/v1.yaml', '--backstage-patches'],
      { cwd: REPO },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('expected an OpenSLO name');
  });

  it('checks SLI data and incidents against the model’s services', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whorunsit-import-'));
    const matrix = {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          {
            metric: { sli: 'good' },
            values: [
              [1735689600, '99'],
              [1735689660, 'NaN'],
            ],
          },
          {
            metric: { sli: 'total' },
            values: [
              [1735689600, '100'],
              [1735689660, 'NaN'],
            ],
          },
        ],
      },
    };
    await writeFile(join(dir, 'search.json'), JSON.stringify(matrix));
    await writeFile(
      join(dir, 'incidents.csv'),
      'id,service,startedAt,detectedAt,resolvedAt,customerVisible,severity\n1,wayback-search,2025-01-01T10:00:00+01:00,,,true,SEV2\n2,nowhere,2025-01-02T10:00:00Z,,2025-01-02T11:00:00Z,no,SEV3\n',
    );
    const r = await runCli([
      'import',
      ...CATALOG.map((c) => join(REPO, c)),
      ...OVERLAY.map((o) => join(REPO, o)),
      '--sli',
      join(dir, 'search.json'),
      '--service',
      'wayback-search',
      '--incidents',
      join(dir, 'incidents.csv'),
    ]);
    expect(r.stdout).toContain(
      `${join(dir, 'search.json')}: 1 SLI samples (wayback-search 1); skipped 2 × NaN value (no data at that time)`,
    );
    expect(r.stdout).toContain(
      `${join(dir, 'incidents.csv')}: 2 incidents (wayback-search 1, nowhere 1); 1 still open (no end time); not services of the model: nowhere`,
    );
    expect(r.code).toBe(0);
  });
});
