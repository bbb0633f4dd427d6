import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, ofKind, orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.8.2: a dedicated SRE organization needs a director or VP of its own. The options table
 * said whether that director was "in place" from the extra cost alone: startup, which has no SRE
 * organization, read "yes, in place" beside "Head of SRE (no such organization yet)" and an extra
 * cost of 0. The director is said from the organization: in place only where it names its head,
 * to hire (at a cost) where there is no such organization. And telecom-carrier's read "yes, in
 * place" for an SRE organization the CTO heads as head of the company, beside the decision that
 * asks whether SRE gets a director or VP of its own: a head who heads the organization above is
 * none of SRE's own.
 */
interface Option {
  readonly home: string;
  readonly organization: string | null;
  readonly reportingLine: string;
  readonly director: 'not-needed' | 'in-place' | 'head-above' | 'head-unnamed' | 'to-hire';
  readonly extraCostPerYear: { readonly amount: string };
}

interface Plan {
  readonly placementOptions: { readonly options: readonly Option[] };
  readonly summary: { readonly decisions: readonly { id: string; question: string }[] };
}

/** The SRE organizations whose head heads an organization above them too, from the files. */
function headsAbove(name: (typeof CORPUS)[number]): ReadonlySet<string> {
  const orgs = ofKind(docsOf(name), 'Organization');
  const byName = new Map(orgs.map((o) => [o.metadata.name, o]));
  const out = new Set<string>();
  for (const sre of orgs.filter((o) => o.spec.type === 'sre' && o.spec.head !== undefined)) {
    for (let up = byName.get(sre.spec.parent as string); up; ) {
      if (up.spec.head === sre.spec.head) out.add(sre.metadata.name);
      up = byName.get(up.spec.parent as string);
    }
  }
  return out;
}

describe('the options table says a director is in place only where one is', () => {
  it.each(CORPUS)('%s: JSON and Markdown agree with the organization', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const markdown = (await run(['plan', orgPath(name)])).stdout;
    const cells = (label: string) =>
      markdown
        .split('\n')
        .find((l) => l.startsWith(`| ${label} |`))
        ?.split(' | ')
        .slice(1)
        .map((c) => c.replace(/ \|$/, '')) ?? [];
    const lines = cells('Reporting line');
    const directors = cells('New director or VP');
    const costs = cells('Extra cost per year');
    const above = headsAbove(name);
    const asksForOne = plan.summary.decisions.some(
      (d) => d.id === 'director' && d.question === 'Does SRE get a director or VP of its own?',
    );
    plan.placementOptions.options.forEach((o, i) => {
      const named = /\(here: [^)]+\)/.test(o.reportingLine);
      const headAbove = o.organization !== null && above.has(o.organization);
      expect(o.director === 'head-above', `${o.home}`).toBe(o.home === 'sre' && named && headAbove);
      expect(o.director === 'in-place', `${o.home}`).toBe(o.home === 'sre' && named && !headAbove);
      // The table never says a director is in place where the decisions ask for one.
      if (asksForOne) expect(directors[i], `${o.home} Markdown`).not.toContain('in place');
      if (o.organization === null) expect(o.director, o.home).not.toBe('in-place');
      expect(o.director === 'to-hire', o.home).toBe(Number(o.extraCostPerYear.amount) > 0);
      expect(directors[i]?.includes('in place'), `${o.home} Markdown`).toBe(
        o.home === 'sre' && (lines[i]?.includes('(here: ') ?? false) && !headAbove,
      );
      expect(directors[i]?.includes('to hire'), `${o.home} Markdown`).toBe(
        !(costs[i]?.startsWith('0.00') ?? true),
      );
    });
  });

  it('telecom-carrier: the CTO heads SRE as head of the company, so SRE has no director of its own', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('telecom-carrier'), '--json']);
    const sre = plan.placementOptions.options.find((o) => o.home === 'sre');
    expect(sre?.reportingLine).toContain('(here: Inês Carvalho (CTO))');
    expect(sre?.director).toBe('head-above');
    expect(plan.summary.decisions.map((d) => d.question)).toContain(
      'Does SRE get a director or VP of its own?',
    );
  });

  it('startup: no SRE organization, so its director would be hired', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('startup'), '--json']);
    const sre = plan.placementOptions.options.find((o) => o.home === 'sre');
    expect(sre?.organization).toBeNull();
    expect(sre?.director).toBe('to-hire');
    expect(Number(sre?.extraCostPerYear.amount)).toBeGreaterThan(0);
  });
});
