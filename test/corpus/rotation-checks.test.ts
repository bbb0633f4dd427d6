import { describe, expect, it } from 'vitest';
import { docNamed, docsOf, orgPath, runJson, yamlOf } from './support/corpus.ts';
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

  // Each person is paid by their own policy (payingPolicy), as the month's compensation pays
  // them. The check read the model's first policy alone: a team whose own policy pays nothing
  // for standby was never told, and one whose own policy pays was told it is unpaid.
  it("game-studio: Tokyo's own policy paying nothing for standby is a finding on the rotations its people take turns on, naming them", async () => {
    const docs = docsOf('game-studio');
    const tokyo = docNamed(docs, 'CompensationPolicy', 'tokyo-oncall');
    tokyo.spec = { currency: 'JPY', incidentPerHour: 12000 };
    const checks = (await runJson<CheckJson>(['check', '-', '--json'], yamlOf(docs))).checks;
    const unpaid = checks.filter((c) => c.code === 'standby-unpaid');
    expect(unpaid.length).toBeGreaterThan(0);
    for (const c of unpaid) expect(c.message).toContain('compensation policy tokyo-oncall');
    expect(unpaid.some((c) => c.message.includes('which pays'))).toBe(true);
    expect(await checksOf('game-studio')).not.toContainEqual(
      expect.objectContaining({ code: 'standby-unpaid' }),
    );
  });

  it('startup: no finding once every team names a policy that pays for standby', async () => {
    const docs = docsOf('startup');
    docs.push({
      apiVersion: 'whorunsit/v1',
      kind: 'CompensationPolicy',
      metadata: { name: 'paid-standby' },
      spec: { currency: 'EUR', standbyPerHour: 3 },
    });
    for (const team of docs.filter((d) => d.kind === 'Team'))
      team.spec = { ...team.spec, compensationPolicy: 'paid-standby' };
    const checks = (await runJson<CheckJson>(['check', '-', '--json'], yamlOf(docs))).checks;
    expect(checks.filter((c) => c.code === 'standby-unpaid')).toEqual([]);
  });
});
