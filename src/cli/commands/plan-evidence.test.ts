import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { GIVE_SLI_FLAGS } from '../data-options.ts';

/** The payments organization of the corpus: a handback on 2025-03-17, a service without samples. */
const ORG = 'test/corpus/payments';
const EVIDENCE = [
  '--sli',
  `${ORG}/data/sli.csv`,
  '--incidents',
  `${ORG}/data/incidents.csv`,
  '--at',
  '2025-04-01T00:00:00Z',
];

interface Status {
  readonly name: string;
  readonly status: string;
  readonly consumedShare: number | null;
  readonly period: string | null;
  readonly currentRunModel: string;
  readonly agreedRunModel: string;
}

async function json<T>(argv: readonly string[]): Promise<T> {
  const run = await runCli(argv);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

describe('whorunsit plan --sli: error budget status per service (§12.5)', () => {
  it('shows what budgets measures and whom handover has running each service now', async () => {
    const [plan, budgets, handover] = await Promise.all([
      json<{
        errorBudgets: { given: true; services: Status[] };
        risks: { about: string; source: string }[];
      }>(['plan', ORG, ...EVIDENCE, '--json']),
      json<{
        services: {
          name: string;
          current: { period: string; consumedShare: number | null; status: string } | null;
        }[];
      }>(['budgets', ORG, ...EVIDENCE.slice(0, 2), ...EVIDENCE.slice(4), '--json']),
      json<{ services: { name: string; currentRunModel: string }[] }>([
        'handover',
        ORG,
        ...EVIDENCE,
        '--json',
      ]),
    ]);
    expect(plan.errorBudgets.given).toBe(true);
    const inPlan = new Map(plan.errorBudgets.services.map((s) => [s.name, s]));
    expect([...inPlan.keys()]).toEqual(budgets.services.map((s) => s.name));
    for (const b of budgets.services) {
      const s = inPlan.get(b.name);
      expect(s?.period, b.name).toBe(b.current?.period ?? null);
      expect(s?.consumedShare, b.name).toBe(b.current?.consumedShare ?? null);
      expect(s?.status, b.name).toBe(b.current?.status ?? 'no-target');
    }
    for (const h of handover.services)
      expect(inPlan.get(h.name)?.currentRunModel, h.name).toBe(h.currentRunModel);
    // fraud-scoring burnt its budget and was handed back to its developers: both are said.
    const fraud = inPlan.get('fraud-scoring');
    expect(fraud?.status).toBe('depleted');
    expect(fraud?.currentRunModel).not.toBe(fraud?.agreedRunModel);
    expect(plan.risks).toContainEqual(
      expect.objectContaining({ about: 'Service fraud-scoring', source: 'error-budget-depleted' }),
    );
    // The risk team has no rotation of its own: the plan says nobody of it is on call (§12.5).
    expect((fraud as (Status & { notes: string[] }) | undefined)?.notes).toContain(
      'Nobody of risk is on call for fraud-scoring while it is handed back to its developers: no rotation with people of risk covers it and its alerts still reach sre-core-oncall, which no longer runs it. Name who of risk is on call until it returns (§12.5).',
    );
    const depleted = plan.errorBudgets.services.filter((s) => s.status === 'depleted').length;
    expect(plan.risks.filter((r) => r.source === 'error-budget-depleted')).toHaveLength(depleted);
  });

  it('says so in the Markdown, with the handback, and that no SLI data was given without --sli', async () => {
    const given = await runCli(['plan', ORG, ...EVIDENCE]);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('## Error budget status per service (§12.5)');
    expect(given.stdout).toMatch(
      /\| `fraud-scoring` \| high \| .* \| \*\*depleted\*\* \| `you-run-it` \(agreed: `sre-runs-it`\) \|/,
    );
    const none = await runCli(['plan', ORG, '--json']);
    expect(JSON.parse(none.stdout).errorBudgets).toEqual({
      given: false,
      howToGive: GIVE_SLI_FLAGS,
    });
    const md = await runCli(['plan', ORG]);
    expect(md.stdout).toContain(
      'No SLI data given. Give the SLI samples with `--sli FILE` (and `--incidents FILE`, `--at TIME`) to see',
    );
  });

  it('takes incidents without a baseline when they serve the handover, measuring no revenue', async () => {
    const doc = await json<{ businessCase: { revenueProtected: unknown } }>([
      'plan',
      ORG,
      ...EVIDENCE,
      '--json',
    ]);
    expect(doc.businessCase.revenueProtected).toBeNull();
  });

  it('reports bad SLI rows with their place and prints no plan', async () => {
    const bad = join(tmpdir(), `plan-sli-${process.pid}.csv`);
    await writeFile(bad, 'service,timestamp,good,total\nfraud-scoring,yesterday,5,4\n');
    const run = await runCli(['plan', ORG, '--sli', bad, '--at', '2025-04-01']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(bad);
    expect(run.stdout).toBe('');
    const missing = await runCli(['plan', ORG, '--sli', 'no-such-sli.csv']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no-such-sli.csv');
    expect(missing.stdout).toBe('');
  });
});
