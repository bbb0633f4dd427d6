import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { doc } from '../../../test/support/yaml-model.ts';

const tmp = () => mkdtemp(join(tmpdir(), 'whorunsit-people-'));

const TODAY = [
  doc('Organization', 'pd', 'type: product-delivery\nhead: ceo'),
  doc('Team', 'shop', 'type: development\norganization: pd\nmanager: em'),
  doc('Person', 'ceo', 'role: manager'),
  doc('Person', 'em', 'team: shop\nrole: manager'),
  doc('Person', 'ana', 'team: shop\nrole: developer\nexperienceYears: 2\nsrePracticeMonths: 4'),
  doc('Service', 'web', 'owner: shop\nrunModel: you-run-it'),
].join('---\n');

const TARGET = [
  doc('Organization', 'pd', 'type: product-delivery\nhead: ceo'),
  doc('Organization', 'sre', 'type: sre\nparent: pd\nhead: hd'),
  doc('Team', 'shop', 'type: development\norganization: pd\nmanager: em'),
  doc('Team', 'core', 'type: sre\norganization: sre\nmanager: hd'),
  doc('Person', 'ceo', 'role: manager'),
  doc('Person', 'em', 'team: shop\nrole: manager'),
  doc('Person', 'hd', 'team: core\nrole: manager\ndisplayName: Hana Dvořák'),
  doc('Person', 'ana', 'team: core\nrole: sre\nlevel: junior'),
  doc('Service', 'web', 'owner: shop\nrunModel: sre-runs-it\nsreTeam: core'),
].join('---\n');

async function models() {
  const dir = await tmp();
  await writeFile(join(dir, 'today.yaml'), TODAY);
  await writeFile(join(dir, 'target.yaml'), TARGET);
  return { today: join(dir, 'today.yaml'), target: join(dir, 'target.yaml'), dir };
}

describe('whorunsit careers', () => {
  it('prints the roles, the career path and readiness as Markdown', async () => {
    const { target } = await models();
    const r = await runCli(['careers', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# SRE roles and careers');
    expect(r.stdout).toContain('| ana | SRE | junior | unknown | senior SRE |');
  });

  it('prints JSON with --json and with --format json', async () => {
    const { target } = await models();
    for (const flags of [['--json'], ['--format', 'json']]) {
      const r = await runCli(['careers', target, ...flags]);
      const out = JSON.parse(r.stdout);
      expect(out.people.find((p: { person: string }) => p.person === 'ana')).toMatchObject({
        track: 'sre',
        current: { verdict: 'unknown' },
        next: { level: 'senior' },
      });
    }
  });

  it('exits 1 with located problems for an invalid model', async () => {
    const dir = await tmp();
    await writeFile(
      join(dir, 'p.yaml'),
      doc('Person', 'ana', 'careerEvidence: { mentees: [{ person: ghost }] }'),
    );
    const r = await runCli(['careers', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ code: 'unknown-reference' });
  });

  it('rejects an unknown format as a usage error', async () => {
    const { target } = await models();
    const r = await runCli(['careers', target, '--format', 'pdf']);
    expect(r.code).toBe(2);
  });
});

describe('whorunsit diff', () => {
  it('keeps the JSON contract: reporting changes with three meetings in order, role, organization and model changes', async () => {
    const { today, target } = await models();
    const r = await runCli(['diff', today, '--target', target, '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.reportingChanges).toEqual([
      expect.objectContaining({
        person: 'ana',
        fromManager: 'em',
        toManager: 'hd',
        meetings: [
          expect.objectContaining({ order: 1, participants: ['ana', 'em'] }),
          expect.objectContaining({ order: 2, participants: ['ana', 'em', 'hd'] }),
          expect.objectContaining({ order: 3, participants: ['ana', 'hd'] }),
        ],
      }),
    ]);
    expect(plan.modelChanges).toEqual([
      { service: 'web', from: 'you-run-it', to: 'sre-runs-it', transition: 'possible' },
    ]);
    expect(plan.roleChanges).toEqual([
      expect.objectContaining({ person: 'ana', change: 'sre-role-assigned' }),
    ]);
    expect(plan.organizationChanges).toContainEqual(
      expect.objectContaining({ change: 'organization-created', newSreOrganization: true }),
    );
  });

  it('prints the plan as Markdown by default', async () => {
    const { today, target } = await models();
    const r = await runCli(['diff', today, '--target', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Rollout (§12.10.3)');
    expect(r.stdout).toContain(
      '## All-employee meeting of the new SRE organization `sre` (§12.12)',
    );
    // People by the name people know them by, and a field the target leaves out as not stated.
    expect(r.stdout).toContain('New **SRE organization** `sre` under `pd`, headed by Hana Dvořák');
    expect(r.stdout).not.toMatch(/\bunset\b/);
  });

  it('needs --target', async () => {
    const { today } = await models();
    const r = await runCli(['diff', today]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--target');
  });

  it('refuses to read stdin for both models', async () => {
    const r = await runCli(['diff', '-', '--target', '-'], { stdin: TODAY });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not both');
  });

  it('reports the problems of both models together and exits 1', async () => {
    const { dir, today } = await models();
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, doc('Team', 'core', 'type: sre\norganization: nowhere'));
    const r = await runCli(['diff', today, '--target', broken, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.errors[0]).toMatchObject({ file: broken, code: 'unknown-reference' });
  });

  it('exits 2 for a target path that does not exist', async () => {
    const { today, dir } = await models();
    const r = await runCli(['diff', today, '--target', join(dir, 'missing')]);
    expect(r.code).toBe(2);
  });
});
