import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.ts';

const band = (spec: string) => ({
  name: 'salaries.yaml',
  text: `apiVersion: whorunsit/v1\nkind: SalaryBand\nmetadata: { name: senior-berlin }\nspec:\n${spec}\n`,
});

describe('SalaryBand', () => {
  it('accepts a band by role, level, location and currency', () => {
    const result = loadModel([
      band('  role: sre\n  level: senior\n  location: Berlin\n  annual: 110000\n  currency: EUR'),
    ]);
    expect(result.ok && result.model.salaryBands.get('senior-berlin')?.spec.annual).toBe(110000);
  });

  it('rejects a band without an amount or currency, a negative amount and an unknown role, each at its place', () => {
    const result = loadModel([band('  role: sysadmin\n  annual: -5\n  currncy: EUR')]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['missing-field', 'spec.currency', 5],
      ['invalid-value', 'spec.role', 5],
      ['invalid-value', 'spec.annual', 6],
      ['unknown-field', 'spec.currncy', 7],
    ]);
  });
});
