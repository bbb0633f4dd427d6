import { describe, expect, it } from 'vitest';
import { hiringWaves, phasedCostBasis, sreCount } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';
import type { PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * Funding and the operating cost price every hire for a full year, while the hiring list phases
 * them in quarterly waves (§12.1, §12.10): insurer-today's last joins in quarter 5. The planned cost is said to be that run rate, alike in
 * staffing's funding section, the plan's and the basis of the plan's cost of the new hires.
 */

describe.each(CORPUS)('%s: the cost of phased hires', (name) => {
  it('is said to be a full year’s run rate once every wave has joined', async () => {
    const path = orgPath(name);
    const s = await runJson<StaffingJson>(['staffing', path, '--json']);
    const sres = sreCount({ roles: s.roles, unleveled: s.unleveled });
    const waves = hiringWaves(s.hiring, sres);
    const staffing = (await run(['staffing', path])).stdout;
    const plan = (await run(['plan', path])).stdout;
    if (waves.length <= 1) {
      expect(staffing).not.toContain('run rate');
      return;
    }
    const basis = phasedCostBasis(s.hiring, sres) ?? '';
    expect(basis).toContain(`once all ${waves.length} quarterly waves`);
    const note = `_Planned costs count ${basis}.`;
    const line = staffing.split('\n').find((l) => l.startsWith(note));
    expect(line).toBeDefined();
    expect(plan.split('\n')).toContain(line);
    const json = await runJson<PlanJson>(['plan', path, '--json']);
    const hires = json.cost?.target.lines.find((l) => l.id === 'new-hires');
    expect(hires?.basis).toContain(basis);
    // The first year's cost of the waves: one figure, said once in each, the same in both.
    expect(json.staffing?.firstYearOfHires).toEqual(s.firstYearOfHires);
    const first = s.firstYearOfHires;
    expect(first).not.toBeNull();
    const said = `In the plan's first year the waves cost `;
    for (const out of [staffing, plan]) expect(out.split(said)).toHaveLength(2);
    // Salaries in another currency are said beside it only when the waves pay any: the note
    // once said "(salaries in another currency left out)" of hires all paid in one currency.
    const others = s.firstYearOfHiresOtherCurrencies;
    for (const out of [staffing, plan]) {
      const sentence = out.split(said)[1]?.split('\n')[0] ?? '';
      if (others.length === 0) expect(sentence).not.toContain('another currency');
      else expect(sentence).toContain('of salaries in another currency, not converted');
    }
    if (first && hires && hires.perYear.currency === first.currency)
      expect(Number(first.amount)).toBeLessThan(Number(hires.perYear.amount));
  });
});

describe('hospital-group', () => {
  // No hires since its SREs' seats come from the pager they share, not the teams they consult
  // for (§12.4.1, §12.4.7): nothing is phased, so no run rate is said.
  it('hires nobody and says no run rate', async () => {
    const staffing = (await run(['staffing', orgPath('hospital-group')])).stdout;
    expect(staffing).not.toContain('run rate');
  });
});
