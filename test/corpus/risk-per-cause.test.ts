import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_DIR, orgPath, runJson } from './support/corpus.ts';

/**
 * One risk per subject and cause (issue #13's register, §12.6, §12.4.1): two checks that see the
 * same gap from different sides (an 8x5 rotation and "nobody on call at night" for one high-tier
 * service; an SRE team short of SREs and with none to cover absence) are one entry a reader acts
 * on, not two. Over every organization of the corpus and the examples: no two risks of a plan are
 * about the same subject in the same section of the chapter.
 */

interface PlanRisks {
  readonly risks: readonly {
    readonly id: string;
    readonly title: string;
    readonly about: string;
    readonly section: string;
    readonly source: string;
    readonly likelihood: string;
    readonly impact: string;
  }[];
  readonly summary: { readonly topRisks: readonly string[] };
}

const EXAMPLES = join(CORPUS_DIR, '..', '..', 'examples');
const ORGS = [
  ...CORPUS.map((name) => ({ name: name as string, path: orgPath(name) })),
  ...['startup', 'startup-target', 'acme'].map((name) => ({
    name: `examples/${name}`,
    path: join(EXAMPLES, name),
  })),
];

describe('the risk register names each risk once', () => {
  it.each(ORGS)('$name: no two risks share their subject and section', async ({ path }) => {
    const plan = await runJson<PlanRisks>(['plan', path, '--json']);
    const seen = new Map<string, string>();
    for (const r of plan.risks) {
      const key = `${r.about} | ${r.section}`;
      expect(seen.get(key), `${r.id} (${r.source}) repeats ${key}`).toBeUndefined();
      seen.set(key, `${r.id} ${r.source}`);
    }
  });

  it('insurer-today: customer-portal’s night cover is one risk, from both checks, first in the summary', async () => {
    const plan = await runJson<PlanRisks>(['plan', orgPath('insurer-today'), '--json']);
    const portal = plan.risks.filter((r) => r.about === 'Service customer-portal');
    expect(portal).toHaveLength(1);
    expect(portal[0]).toMatchObject({
      source: 'high-tier-without-round-the-clock, night-coverage-of-high-tier',
      likelihood: 'high',
      impact: 'high',
    });
    expect(portal[0]?.title).toContain('customer-portal: a high-tier service');
    expect(plan.summary.topRisks[0]).toBe(portal[0]?.id);
  });
});
