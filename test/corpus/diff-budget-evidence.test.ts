import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusName, dataPath, orgPath, run, runJson } from './support/corpus.ts';
import type { DiffJson, PlanErrorBudgetsJson } from './support/outputs.ts';

/**
 * §12.5, no handback without evidence (#12): `diff` checks every move that gives SRE more of a
 * service's on-call against the SLI samples, with the handover engine `plan --sli` and
 * `handover` use. telecom-carrier-target moved `device-location-api` to SRE alone although its
 * policy, on the samples in telecom-carrier/data, hands it back; `diff` took no samples and said
 * nothing. Without samples the moves are said to be unchecked, never fine.
 */

/** Each corpus target with the organization it is the target of (`x-target` of `x` or `x-today`). */
const PAIRS = CORPUS.filter((name) => name.endsWith('-target')).map((target) => {
  const base = target.slice(0, -'-target'.length);
  const today = (CORPUS as readonly string[]).includes(base) ? base : `${base}-today`;
  expect(CORPUS).toContain(today);
  return [today as CorpusName, target] as const;
});
const WITH_DATA = PAIRS.filter(([today]) => existsSync(dataPath(today, 'sli.csv')));

const diff = (today: CorpusName, target: CorpusName, extra: readonly string[]) =>
  runJson<DiffJson>(['diff', orgPath(today), '--target', orgPath(target), ...extra, '--json']);

/** Two times inside the samples: halfway through and the last sample's time. */
function timesOf(today: CorpusName): string[] {
  const times = readFileSync(dataPath(today, 'sli.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => Date.parse(line.split(',')[1] ?? ''))
    .filter((t) => !Number.isNaN(t));
  const first = Math.min(...times);
  const last = Math.max(...times);
  return [new Date((first + last) / 2), new Date(last)].map((d) => d.toISOString());
}

describe('telecom-carrier → telecom-carrier-target: the move to SRE against the evidence', () => {
  const today = 'telecom-carrier';
  const target = 'telecom-carrier-target';
  const sli = dataPath(today, 'sli.csv');
  const incidents = dataPath(today, 'incidents.csv');
  const args = ['--sli', sli, '--incidents', incidents, '--at', '2026-05-01'];

  it('flags device-location-api: its policy hands it straight back on data/', async () => {
    const change = await diff(today, target, args);
    expect(change.moveEvidence.given).toBe(true);
    const check = (name: string) => change.moveEvidence.checks.find((c) => c.service === name);
    expect(change.moveEvidence.checks.map((c) => [c.service, c.verdict])).toEqual([
      ['sim-swap-api', 'ready'],
      ['device-location-api', 'handed-back'],
      ['qod-api', 'not-checked'],
    ]);
    const location = check('device-location-api');
    expect(location?.runsToday).toBe('you-run-it');
    // Why, with the figures and their basis.
    expect(location?.reason).toContain('error budget depleted in 2 of the last 3 periods');
    expect(location?.reason).toContain(
      '2026-01-19..2026-02-15: depleted, 209.6% of the budget used',
    );
    expect(location?.reason).toContain(`measured from the SLI samples in ${sli} up to 2026-05-01`);
    expect(location?.reason).toContain('against the 99.95% target over 28d windows');
    // What to do.
    expect(location?.advice).toMatch(/^Fix reliability first: keep shared on-call/);
    expect(location?.advice).toContain('within budget for 3 consecutive periods');
    const notes = change.rollout.find((s) => s.step === 'run-model-changes')?.notes ?? [];
    expect(notes).toContain(`device-location-api: do not move it yet. ${location?.advice}`);
    expect(check('qod-api')?.reason).toContain('qod-api has no SLI samples');
  });

  it('says so in the change plan a VP reads', async () => {
    const md = (await run(['diff', orgPath(today), '--target', orgPath(target), ...args])).stdout;
    expect(md).toContain('### Moves to SRE against the error budget evidence (§12.5)');
    expect(md).toContain(
      '**device-location-api: its error budget policy would hand it straight back.** Do not move it yet.',
    );
    expect(md).toMatch(/\| device-location-api \|[^\n]*\*\*Handed straight back\*\*/);
  });

  it('without data, says the moves are not checked against evidence', async () => {
    const change = await diff(today, target, []);
    expect(change.moveEvidence.given).toBe(false);
    expect(change.moveEvidence.checks.map((c) => [c.service, c.verdict])).toEqual([
      ['sim-swap-api', 'not-checked'],
      ['device-location-api', 'not-checked'],
      ['qod-api', 'not-checked'],
    ]);
    const md = (await run(['diff', orgPath(today), '--target', orgPath(target)])).stdout;
    expect(md).toContain('_Not checked against evidence: no SLI samples were given, so whether');
    expect(md).toContain(
      'Give the SLI samples with `--sli FILE` (and `--incidents FILE`, `--at TIME`) to check these moves._',
    );
    expect(md).not.toContain('Stays with SRE');
    // qod-api has no error budget policy in the target: samples alone would decide nothing.
    expect(change.moveEvidence.checks.find((c) => c.service === 'qod-api')?.advice).toMatch(
      /^Sign an error budget policy for qod-api first; then give the SLI samples with `--sli FILE`/,
    );
  });

  it('refuses incidents without samples, and stops on bad SLI rows', async () => {
    const noSli = await run([
      'diff',
      orgPath(today),
      '--target',
      orgPath(target),
      '--incidents',
      incidents,
    ]);
    expect(noSli.code).toBe(2);
    expect(noSli.stderr).toContain('--incidents: give --sli too');
    const bad = await run(
      ['diff', orgPath(today), '--target', orgPath(target), '--sli', '-', '--json'],
      'service,timestamp,good,total\ndevice-location-api,not-a-time,1,1\n',
    );
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false });
  });
});

/**
 * Samples only count against a policy: where the target gives a service that moves to SRE no
 * error budget policy (or no availability target), the advice asks for that first and for
 * samples after, with evidence and without.
 */
describe.each(PAIRS)(
  '%s → %s: a move without a policy asks for the policy first',
  (today, target) => {
    it('with and without samples', async () => {
      const runs = [
        await diff(today, target, []),
        ...(existsSync(dataPath(today, 'sli.csv'))
          ? [await diff(today, target, ['--sli', dataPath(today, 'sli.csv')])]
          : []),
      ];
      for (const change of runs) {
        for (const c of change.moveEvidence.checks) {
          if (c.policy !== null && c.target !== null) continue;
          expect(c.verdict, c.service).toBe('not-checked');
          const advice = c.advice ?? '';
          expect(advice, c.service).toMatch(
            c.target === null
              ? new RegExp(`^State ${c.service}'s availability target`)
              : new RegExp(`^Sign an error budget policy for ${c.service} first`),
          );
          // Samples, when asked for, come after.
          const samples = advice.search(/SLI/);
          if (samples >= 0) expect(samples, c.service).toBeGreaterThan(advice.search(/policy/));
        }
      }
    });
  },
);

it('some corpus target moves a service without a policy to SRE', async () => {
  const missing = [];
  for (const [today, target] of PAIRS)
    for (const c of (await diff(today, target, [])).moveEvidence.checks)
      if (c.policy === null || c.target === null) missing.push(`${target}/${c.service}`);
  expect(missing).toContain('telecom-carrier-target/qod-api');
});

describe.each(WITH_DATA)('%s → %s: diff and plan agree on the error budgets', (today, target) => {
  it('the corpus has a pair with data', () => {
    expect(WITH_DATA.map(([t]) => t)).toContain('telecom-carrier');
  });

  it.each(timesOf(today))('as of %s', async (at) => {
    const args = ['--sli', dataPath(today, 'sli.csv'), '--at', at];
    const [change, planToday, planTarget] = await Promise.all([
      diff(today, target, args),
      runJson<PlanErrorBudgetsJson>(['plan', orgPath(today), ...args, '--json']),
      runJson<PlanErrorBudgetsJson>(['plan', orgPath(target), ...args, '--json']),
    ]);
    const budgets = (plan: PlanErrorBudgetsJson) => {
      expect(plan.errorBudgets.given).toBe(true);
      return new Map(
        (plan.errorBudgets.given ? plan.errorBudgets.services : []).map((s) => [s.name, s]),
      );
    };
    const ofToday = budgets(planToday);
    const ofTarget = budgets(planTarget);
    let compared = 0;
    for (const c of change.moveEvidence.checks) {
      const t = ofTarget.get(c.service);
      // Within budget or not: the same verdict and share as `plan` on the target's SLO.
      if (c.budgetNow === null) expect(t?.status, c.service).toBe('no-data');
      else
        expect([c.budgetNow.status, c.budgetNow.consumedShare]).toEqual([
          t?.status,
          t?.consumedShare,
        ]);
      const now = ofToday.get(c.service);
      // Same target and window today: today's plan says the same.
      if (c.budgetNow !== null && now?.target === c.target && now?.window === c.window) {
        expect(now.status, c.service).toBe(c.budgetNow.status);
        compared++;
      }
      // A service today's plan has handed back is never a move diff lets go.
      if (now && now.currentRunModel !== now.agreedRunModel)
        expect(c.verdict, c.service).toBe('handed-back');
    }
    expect(compared).toBeGreaterThan(0);
  });
});
