import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNUAL_COST } from '../../src/engine/funding/index.ts';
import { CORPUS, orgPath, run } from './support/corpus.ts';

/**
 * Figures without their basis are a bug: where default yearly salaries price anyone, the funding
 * section (the plan's and `staffing`'s) shows the table it used — role, level, location, currency
 * and amount — and not a list of bare numbers "in the budget's currency".
 */

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];
const HEADER = '| Role | Level | Location | Currency | Default yearly salary |';

/** "80,000.00": as the table writes an amount with two minor digits. */
const amount = (n: number) => `${n.toLocaleString('en-US')}.00`;

describe.each(ORGS)('the funding basis of %s', (path) => {
  it('shows the default salaries it used, in staffing and in the plan alike', async () => {
    for (const command of ['staffing', 'plan']) {
      const md = (await run([command, path, '--format', 'md'])).stdout;
      const funding = md.split(/^## /m).find((s) => s.startsWith('Funding and limits')) ?? '';
      const defaulted = /Yearly costs are [^._]*default yearly salaries/.test(funding);
      expect(funding.includes(HEADER), `${command} ${path}`).toBe(defaulted);
      expect(funding).not.toMatch(/junior SRE 80000, senior 110000/);
      if (!defaulted) continue;
      for (const level of ['junior', 'senior', 'principal'] as const)
        expect(funding).toMatch(
          new RegExp(
            `\\| \`sre\` or none \\| ${level} \\| any \\| [A-Z]{3} \\| ${amount(DEFAULT_ANNUAL_COST.levels[level])} \\|`,
          ),
        );
      expect(funding).toMatch(
        new RegExp(
          `\\| \`ops-engineer\` \\| – \\| any \\| [A-Z]{3} \\| ${amount(DEFAULT_ANNUAL_COST.roles['ops-engineer'] ?? 0)} \\|`,
        ),
      );
    }
  });
});
