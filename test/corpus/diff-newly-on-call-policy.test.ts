import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  type CorpusName,
  MONTH_FROM,
  MONTH_TO,
  orgPath,
  runJson,
} from './support/corpus.ts';
import type { HoursJson } from './support/outputs.ts';

/**
 * §12.9.5: the change plan names the policy that pays everyone who goes on call for the first
 * time. merger-target puts twenty Tradewell developers on call under their teams' USD policy;
 * `diff` listed every one of them as paid by the default EUR policy, while `hours` and
 * `oncall-cost` of the target paid them by their team's. One rule (`payingPolicy`) answers for
 * all: the policy `diff` names is the one `hours` splits that person's time by.
 */

/** Each corpus target with the organization it is the target of (`x-target` of `x` or `x-today`). */
const PAIRS = CORPUS.filter((name) => name.endsWith('-target')).map((target) => {
  const base = target.slice(0, -'-target'.length);
  const today = (CORPUS as readonly string[]).includes(base) ? base : `${base}-today`;
  return [today as CorpusName, target] as const;
});

interface NewlyOnCall {
  readonly person: string;
  readonly compensation: string | null;
}

describe.each(PAIRS)('%s → %s: who goes on call is paid as hours pays them', (today, target) => {
  it('names, for each person newly on call, the policy hours splits their time by', async () => {
    const diff = await runJson<{ operatingChange: { newlyOnCall: readonly NewlyOnCall[] } }>([
      'diff',
      orgPath(today),
      '--target',
      orgPath(target),
      '--json',
    ]);
    const hours = await runJson<HoursJson>([
      'hours',
      orgPath(target),
      '--from',
      MONTH_FROM,
      '--to',
      MONTH_TO,
      '--json',
    ]);
    const policyOf = new Map(hours.hours.map((h) => [h.person, h]));
    const newly = diff.operatingChange.newlyOnCall.filter(
      (p) => policyOf.get(p.person)?.paidByContract !== true,
    );
    for (const p of newly) {
      expect({ person: p.person, policy: p.compensation }).toEqual({
        person: p.person,
        policy: policyOf.get(p.person)?.policy ?? null,
      });
    }
  });
});

describe('merger → merger-target', () => {
  it('pays the Tradewell developers newly on call by their teams’ USD policy', async () => {
    const diff = await runJson<{ operatingChange: { newlyOnCall: readonly NewlyOnCall[] } }>([
      'diff',
      orgPath('merger'),
      '--target',
      orgPath('merger-target'),
      '--json',
    ]);
    const policies = new Set(diff.operatingChange.newlyOnCall.map((p) => p.compensation));
    expect(diff.operatingChange.newlyOnCall).toHaveLength(20);
    expect([...policies]).toEqual(['tradewell-on-call']);
  });
});
