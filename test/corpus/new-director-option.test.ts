import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.8.2: a dedicated SRE organization needs a director or VP of its own. The options table
 * said whether that director was "in place" from the extra cost alone: startup, which has no SRE
 * organization, read "yes, in place" beside "Head of SRE (no such organization yet)" and an extra
 * cost of 0. The director is said from the organization: in place only where it names its head,
 * to hire (at a cost) where there is no such organization.
 */
interface Option {
  readonly home: string;
  readonly organization: string | null;
  readonly reportingLine: string;
  readonly director: 'not-needed' | 'in-place' | 'head-unnamed' | 'to-hire';
  readonly extraCostPerYear: { readonly amount: string };
}

interface Plan {
  readonly placementOptions: { readonly options: readonly Option[] };
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
    plan.placementOptions.options.forEach((o, i) => {
      const named = /\(here: [^)]+\)/.test(o.reportingLine);
      expect(o.director === 'in-place', `${o.home}`).toBe(o.home === 'sre' && named);
      if (o.organization === null) expect(o.director, o.home).not.toBe('in-place');
      expect(o.director === 'to-hire', o.home).toBe(Number(o.extraCostPerYear.amount) > 0);
      expect(directors[i]?.includes('in place'), `${o.home} Markdown`).toBe(
        o.home === 'sre' && (lines[i]?.includes('(here: ') ?? false),
      );
      expect(directors[i]?.includes('to hire'), `${o.home} Markdown`).toBe(
        !(costs[i]?.startsWith('0.00') ?? true),
      );
    });
  });

  it('startup: no SRE organization, so its director would be hired', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('startup'), '--json']);
    const sre = plan.placementOptions.options.find((o) => o.home === 'sre');
    expect(sre?.organization).toBeNull();
    expect(sre?.director).toBe('to-hire');
    expect(Number(sre?.extraCostPerYear.amount)).toBeGreaterThan(0);
  });
});
