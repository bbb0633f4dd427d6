import { describe, expect, it } from 'vitest';
import { corpusWithPolicy, MONTH, orgPath, run } from './support/corpus.ts';

/**
 * oncall-cost says once how its design estimates staff a rotation: "one person on call at a
 * time on every rotation of a design, as the schedule staffs it". Below the month's compensation
 * it then told the reader the estimate was "for an average month with a primary and a secondary
 * on every rotation", a rule the estimates left behind; a reader comparing the month's standby
 * with the estimate was given the wrong reason for the difference. Every sentence about how the
 * estimate staffs a rotation says the same.
 */
describe('oncall-cost says one thing about how its estimate staffs a rotation', () => {
  it.each(corpusWithPolicy())('%s', async (name) => {
    const { stdout } = await run(['oncall-cost', orgPath(name), '--month', MONTH]);
    expect(stdout).toContain('one person on call at a time on every rotation of a design');
    expect(stdout).not.toContain('a primary and a secondary on every rotation');
    expect(stdout).toContain("the estimate of today's rotations above");
  });
});
