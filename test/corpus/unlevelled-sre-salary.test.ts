import { describe, expect, it } from 'vitest';
import { orgPath, runJson } from './support/corpus.ts';

/**
 * §12.4.6: an SRE with no level is priced by the band of the lowest level that matches them,
 * not at a default in the model's currency: saas-global's Deepa Joshi, a Bangalore SRE, is paid
 * in rupees (band blr-sre-junior), not 95,000 USD; public-agency's Gary Lowe by sre-junior
 * (50,000 GBP), not 95,000 GBP. The plan says so, and names whose salaries are still defaults.
 */

interface Plan {
  readonly cost: { readonly notes: readonly string[] };
}

describe('an SRE with no level is priced by a band of their location', () => {
  it('saas-global: Deepa Joshi by the Bangalore junior band, in INR', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('saas-global'), '--json']);
    const notes = plan.cost.notes.join('\n');
    expect(notes).toContain('Deepa Joshi (band blr-sre-junior, junior)');
    // What is still a default is named: a hire at a site with no SRE band.
    expect(notes).toMatch(
      /salaries are the default yearly salaries in USD .*: a junior SRE hire \(Dublin\/Lisbon\)\./,
    );
  });

  it('public-agency: Gary Lowe by the junior band, not the default', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('public-agency'), '--json']);
    const notes = plan.cost.notes.join('\n');
    expect(notes).toContain('Gary Lowe (band sre-junior, junior)');
    expect(notes).not.toMatch(/salaries are the default yearly salaries/);
  });
});
