import { describe, expect, it } from 'vitest';
import { orgPath, runJson } from './support/corpus.ts';
import type { CheckJson } from './support/outputs.ts';

/** The rotation and compensation checks of #12 item 8, on the corpus organizations that need them. */

const checksOf = async (name: string) =>
  (await runJson<CheckJson>(['check', orgPath(name as never), '--json'])).checks;

describe('checks on rotations and on-call pay (EXPECTED.md)', () => {
  it('startup: a policy paying nothing and giving no time off for 24x7 standby is a finding (§12.9.5)', async () => {
    const found = (await checksOf('startup')).filter(
      (c) =>
        c.section.includes('12.9.5') &&
        c.subject.name === 'ledgerline-oncall' &&
        c.code !== 'rotation-too-small',
    );
    expect(found.map((c) => c.code)).not.toEqual([]);
  });

  it('insurer-today: a 99.9 % service covered only in office hours, with no 24x7 rotation behind it, is a finding', async () => {
    const found = (await checksOf('insurer-today')).filter(
      (c) => c.subject.name === 'customer-portal',
    );
    expect(found.map((c) => c.code)).not.toEqual([]);
  });
});
