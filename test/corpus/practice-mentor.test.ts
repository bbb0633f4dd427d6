import { describe, expect, it } from 'vitest';
import { hiringWaves, sreCount } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';
import type { StaffingJson } from './support/outputs.ts';

/**
 * Practice places need someone who practises SRE there to mentor them (§12.9.4, §12.10).
 * insurer-today offered its four re-titled operations engineers junior places from the start,
 * while the waves hire its first SRE, a principal, in quarter 1 and its first seniors in quarter
 * 3: nobody who practised SRE was there. The places now start once the first mentor is there, and
 * staffing's hiring list, the plan's and the plan's hiring decision say so alike.
 */

const START =
  /from quarter (\d+) of the plan, once the (senior|principal) SRE hired in quarter (\d+) is there to mentor them/;

describe('insurer-today', () => {
  it('starts its practice places once the principal hired in quarter 1 is there', async () => {
    const path = orgPath('insurer-today');
    const words =
      'from quarter 2 of the plan, once the principal SRE hired in quarter 1 is there to mentor them (§12.10)';
    const staffing = (await run(['staffing', path])).stdout;
    const plan = (await run(['plan', path])).stdout;
    const offer = staffing.split('\n').find((l) => l.startsWith('- Offer 4 junior SRE places'));
    expect(offer).toContain(words);
    expect(plan.split('\n')).toContain(offer);
    const decision = plan.split('\n').find((l) => l.includes('**Do we hire'));
    expect(decision).toContain(words);
  });
});

describe.each(CORPUS)('%s: practice places', (name) => {
  it('start no earlier than a senior or principal SRE is there to mentor them', async () => {
    const path = orgPath(name);
    const s = await runJson<StaffingJson>(['staffing', path, '--json']);
    if ((s.practice?.offered ?? 0) === 0) return;
    const md = (await run(['staffing', path])).stdout;
    const offer = md.split('\n').find((l) => l.startsWith('- Offer ')) ?? '';
    const mentorsToday = (s.roles.senior?.current ?? 0) + (s.roles.principal?.current ?? 0);
    if (mentorsToday > 0) {
      expect(offer).not.toMatch(START);
      return;
    }
    const waves = hiringWaves(s.hiring, sreCount({ roles: s.roles, unleveled: s.unleveled }));
    const first = waves.find((w) => w.hires.some((h) => h.level !== 'junior'));
    const m = offer.match(START);
    expect(m, name).not.toBeNull();
    expect(Number(m?.[3])).toBe(first?.quarter);
    expect(Number(m?.[1])).toBeGreaterThan(first?.quarter ?? 0);
  });
});
