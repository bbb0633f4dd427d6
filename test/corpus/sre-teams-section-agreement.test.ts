import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run } from './support/corpus.ts';

/**
 * `staffing` and the plan write one SRE teams section (§12.4.1). On an organization with no SRE
 * team and no development team an SRE team supports, `staffing` printed a table of zeros ("0 | 0 |
 * 0 | none") that the plan left out: both now say in a sentence that there is none.
 */

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];

/** The text of one `##` section of a Markdown document, heading excluded. */
function section(md: string, title: string): string | undefined {
  const parts = md.split(/^## /m);
  const found = parts.find((p) => p.startsWith(title));
  // The plan puts the next section's anchor before its heading.
  return found?.slice(title.length).replace(/<a id="[^"]*"><\/a>\s*$/, '');
}

describe.each(ORGS)('the SRE teams section of %s', (path) => {
  it('is the same in staffing and in the plan, and never a table of zeros', async () => {
    const staffing = section(
      (await run(['staffing', path, '--format', 'md'])).stdout,
      'SRE teams (§12.4.1)',
    );
    const plan = section(
      (await run(['plan', path, '--format', 'md'])).stdout,
      'SRE teams (§12.4.1)',
    );
    expect(staffing).toBeDefined();
    expect(plan?.trim()).toBe(staffing?.trim());
    expect(staffing).not.toMatch(/\| 0 \| 0 \| 0 \|/);
  });
});

describe('one-sre', () => {
  it('says there is no SRE team and that its one SRE is embedded', async () => {
    const staffing = (await run(['staffing', orgPath('one-sre'), '--format', 'md'])).stdout;
    expect(section(staffing, 'SRE teams (§12.4.1)')).toContain(
      'There is no SRE team, and no development team is supported by one, now or by the target model, so the table asks for none. The SRE works in development teams',
    );
  });
});
