import { describe, expect, it } from 'vitest';
import { hiringWaves, sreCount } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';
import type { StaffingJson } from './support/outputs.ts';

/**
 * A hiring list larger than the SREs there can bring in at once is phased in quarterly waves
 * (§12.10: the SREs there onboard, mentor and hire the new ones; §12.1 plans the head count over
 * one to three years). hospital-group was told to hire 5 SREs for an SRE team of three, all at
 * once; `staffing`'s hiring list, the plan's and the plan's hiring decision now say the same waves.
 */

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];

describe.each(ORGS)('the hiring pace of %s', (path) => {
  it('is said in staffing, the plan’s hiring list and its decision alike', async () => {
    const s = await runJson<StaffingJson>(['staffing', path, '--json']);
    const waves = hiringWaves(s.hiring, sreCount({ roles: s.roles, unleveled: s.unleveled }));
    const staffing = (await run(['staffing', path, '--format', 'md'])).stdout;
    const plan = (await run(['plan', path, '--format', 'md'])).stdout;
    const pace = `quarterly waves`;
    if (waves.length <= 1) {
      expect(staffing).not.toContain(pace);
      expect(plan).not.toContain(pace);
      return;
    }
    const line = staffing.split('\n').find((l) => l.startsWith('Hire the '));
    expect(line, path).toContain(`in ${waves.length} quarterly waves`);
    expect(plan.split('\n')).toContain(line);
    const decision = plan
      .split('\n')
      .find((l) => l.includes('**Do we hire') || l.includes('**Which SREs do we hire'));
    expect(decision).toContain(`in ${waves.length} quarterly waves`);
    // No wave is larger than the SREs there at its start.
    let sres = sreCount({ roles: s.roles, unleveled: s.unleveled });
    for (const w of waves) {
      const n = w.hires.reduce((x, h) => x + h.count, 0);
      expect(n).toBeLessThanOrEqual(Math.max(1, sres));
      sres += n;
    }
  });
});

describe('hospital-group', () => {
  // It hired 5 in two waves for the 3 teams its SREs only consult for (§12.4.1: a seat is a
  // shared pager; §12.4.7: consulting is apart): its SREs share integration's pager, and the
  // team, its domain and its line are one scope its three hold.
  it('hires nobody, so no wave: its three SREs hold the one team whose pager they share', async () => {
    const staffing = (await run(['staffing', orgPath('hospital-group'), '--format', 'md'])).stdout;
    expect(staffing).toContain('No hires needed.');
    expect(staffing).not.toContain('quarterly waves');
    const plan = (await run(['plan', orgPath('hospital-group'), '--format', 'md'])).stdout;
    expect(plan).not.toContain('quarterly waves');
  });
});
