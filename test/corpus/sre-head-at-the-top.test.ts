import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, ofKind, orgPath, runJson } from './support/corpus.ts';

/**
 * §12.8.2: where SRE sits sets whom its head reports to. When the head of the SRE organization
 * heads an organization above it too (the CTO heading the company, telecom-carrier), she reports
 * to no one above SRE: the plan asked "Whom does the head of SRE report to? … confirm the line",
 * a question with no answer. SRE then reports to the top directly, and the decision is whether it
 * gets a director or VP of its own.
 */
interface Plan {
  readonly newDirector: { readonly needed: boolean };
  readonly summary: {
    readonly decisions: readonly { id: string; question: string; proposal: string }[];
  };
}

/** The head of the SRE organization when they also head an organization above it. */
function headAbove(name: (typeof CORPUS)[number]): string | undefined {
  const orgs = ofKind(docsOf(name), 'Organization');
  const byName = new Map(orgs.map((o) => [o.metadata.name, o]));
  for (const sre of orgs.filter((o) => o.spec.type === 'sre' && o.spec.head !== undefined)) {
    for (let up = byName.get(sre.spec.parent as string); up; ) {
      if (up.spec.head === sre.spec.head) return sre.spec.head as string;
      up = byName.get(up.spec.parent as string);
    }
  }
  return undefined;
}

describe('a head of SRE who heads the organization above it is not asked for a line', () => {
  it.each(CORPUS)('%s', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const director = plan.summary.decisions.find((d) => d.id === 'director');
    expect(director === undefined, 'a director decision exactly when one is needed').toBe(
      !plan.newDirector.needed,
    );
    if (director === undefined) return;
    const above = headAbove(name);
    if (above === undefined) {
      expect(director.question).toBe('Whom does the head of SRE report to?');
      return;
    }
    expect(director.question).toBe('Does SRE get a director or VP of its own?');
    expect(director.proposal).toContain('SRE reports to the top directly');
    expect(director.proposal).not.toMatch(/confirm the line/);
  });

  it('telecom-carrier: the CTO heads the company and SRE', () => {
    expect(headAbove('telecom-carrier')).toBe('ines-carvalho');
  });
});
