import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { ScenarioComparisonSchema } from '../../engine/plan/scenarios/scenario-schema.ts';

describe('whorunsit compare', () => {
  it('puts the scenarios side by side in Markdown, one column each', async () => {
    const r = await runCli(['compare', 'examples/startup', 'examples/startup-target']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Scenarios: examples/startup · examples/startup-target');
    expect(r.stdout).toContain('|  | examples/startup | examples/startup-target |');
    expect(r.stdout).toMatch(
      /\| \*\*Operating cost per year, people in place\*\* \| \*\*[\d,]+ EUR\*\* \| \*\*[\d,]+ EUR\*\* \|/,
    );
  });

  it('prints the comparison as JSON that its schema accepts', async () => {
    const r = await runCli(['compare', 'examples/startup', 'examples/startup-target', '--json']);
    expect(r.code).toBe(0);
    const parsed = ScenarioComparisonSchema.safeParse(JSON.parse(r.stdout));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.scenarios.map((s) => s.placement.current)).toEqual([null, 'sre']);
  });

  it.each([[['examples/startup']], [['a', 'b', 'c', 'd']]])(
    'takes two or three models, not %j',
    async (paths) => {
      const r = await runCli(['compare', ...paths]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `compare takes 2 or 3 models (one path each), found ${paths.length}`,
      );
    },
  );

  it('reports the problems of every model together and exits 1', async () => {
    const broken =
      'apiVersion: whorunsit/v1\nkind: Team\nmetadata: { name: core }\nspec: { type: sre, organization: nowhere }\n';
    const r = await runCli(['compare', 'examples/startup', '-', '--json'], { stdin: broken });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.errors[0]).toMatchObject({ code: 'unknown-reference' });
  });
});

describe('whorunsit diff: what the change costs', () => {
  it('adds the cost, staffing and risk change and who goes on call first', async () => {
    const r = await runCli([
      'diff',
      'examples/startup',
      '--target',
      'examples/startup-target',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const { operatingChange } = JSON.parse(r.stdout);
    expect(operatingChange.sreTeams).toEqual({ today: 0, target: 1 });
    expect(operatingChange.newlyOnCall.map((p: { name: string }) => p.name)).toEqual([
      'Inês Carvalho',
    ]);
    const md = await runCli(['diff', 'examples/startup', '--target', 'examples/startup-target']);
    expect(md.stdout).toContain('## What the change costs (cost, staffing, risks)');
    expect(md.stdout).toContain('### On call for the first time');
    // The risks both models share are counted in words, not as a bare number beside two lists.
    const kept = operatingChange.risks.kept as number;
    expect(md.stdout).toContain(
      kept === 0
        ? '| Kept | none: no risk of today stays in the target |'
        : `| Kept | ${kept} ${kept === 1 ? 'risk of today stays' : 'risks of today stay'} in the target |`,
    );
  });
});
