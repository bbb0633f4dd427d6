import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';

/**
 * The plan's operating cost counts heads by one rule (§12.4.4, §12.4.6): the head of an SRE
 * organization in the SRE line, the head of an operations organization in the operations line.
 * An SRE team in name only is paid as the operations team it is. The operations line once left out insurer-today's
 * head of IT operations while the SRE line counted the head of SRE, and neither said so.
 */
interface Line {
  readonly id: string;
  readonly label: string;
  readonly people: number;
  readonly basis: string;
}
interface Plan {
  readonly cost: { readonly today: { readonly lines: readonly Line[] } };
}

const HEADS =
  "heads of organizations: an SRE organization's in the SRE line, an operations organization's in the operations line, a development organization's in neither";

describe('operating cost: one rule for the heads each salary line counts', () => {
  it('insurer-today: the head of IT operations is in the operations line, and its basis says so', async () => {
    // 14 operations engineers, the managers of application and infrastructure operations, and
    // Reinhard Stoltenberg, head of it-operations; and the re-titled team sre (its 4 engineers
    // and its manager), an operations team in all but its name (§12.4.6, §12.9.4).
    const plan = await runJson<Plan>(['plan', orgPath('insurer-today'), '--json']);
    const ops = plan.cost.today.lines.find((l) => l.id === 'operations-salaries');
    expect(ops?.people).toBe(22);
    expect(plan.cost.today.lines.find((l) => l.id === 'sre-salaries')).toBeUndefined();
    expect(ops?.label).toBe('Operations engineers, their managers and the head of operations');
    expect(ops?.basis).toContain(HEADS);
  });

  it.each(CORPUS)('%s: the SRE and operations lines state the same rule', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    for (const id of ['sre-salaries', 'operations-salaries']) {
      const line = plan.cost.today.lines.find((l) => l.id === id);
      if (line) expect(line.basis, id).toContain(HEADS);
    }
  });

  it('game-studio: the re-titled IT team is paid as operations, not as SRE', async () => {
    // infra-sre: four administrators re-titled SRE with no SRE practice and their manager. The
    // SRE line counted them, so SRE's cost (and the business case's premium) held five people
    // whom every other section counts as operations.
    const plan = await runJson<Plan>(['plan', orgPath('game-studio'), '--json']);
    const line = (id: string) => plan.cost.today.lines.find((l) => l.id === id);
    expect(line('sre-salaries')?.people).toBe(15);
    expect(line('operations-salaries')?.people).toBe(5);
  });
});
