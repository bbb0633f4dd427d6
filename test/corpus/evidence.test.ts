import { describe, expect, it } from 'vitest';
import { dataPath, orgPath, runJson } from './support/corpus.ts';
import type { HandoverJson, KpisJson, ValueJson } from './support/outputs.ts';

/**
 * Honest KPIs and value (#12 item 9): the basis of each figure is the evidence there is (SLI
 * samples before incident duration), incidents customers did not see are not full outages, and
 * the commands that show downtime agree on it.
 */

const dir = orgPath('payments');
const sli = dataPath('payments', 'sli.csv');
const incidents = dataPath('payments', 'incidents.csv');

describe('payments: incidents measured by their evidence (EXPECTED.md)', () => {
  it('does not measure incidents customers did not see as full outages', async () => {
    const handover = await runJson<HandoverJson>([
      'handover',
      dir,
      '--sli',
      sli,
      '--incidents',
      incidents,
      '--at',
      '2025-07-01',
      '--json',
    ]);
    const invisible = ['INC-2507', 'INC-2509', 'INC-2512'];
    for (const s of handover.services) {
      for (const p of s.postmortems.filter((x) => invisible.includes(x.incident))) {
        expect({ incident: p.incident, source: p.source, required: p.required }).not.toMatchObject({
          source: 'duration',
          required: true,
        });
      }
    }
  });

  it('measures an incident of a service with SLI samples from the samples that cover it', async () => {
    const handover = await runJson<HandoverJson>([
      'handover',
      dir,
      '--sli',
      sli,
      '--incidents',
      incidents,
      '--at',
      '2025-07-01',
      '--json',
    ]);
    const card = handover.services.find((s) => s.name === 'card-authorization');
    const inc = card?.postmortems.find((p) => p.incident === 'INC-2503');
    expect(inc?.source).toBe('sli');
    expect(inc?.share).toBeLessThan(1);
  });

  it("kpis and value agree on each month's downtime, counting only what customers saw", async () => {
    const kpis = await runJson<KpisJson>([
      'kpis',
      dir,
      '--incidents',
      incidents,
      '--at',
      '2025-07-01',
      '--json',
    ]);
    const value = await runJson<ValueJson>([
      'value',
      dir,
      '--incidents',
      incidents,
      '--baseline-downtime',
      '60',
      '--at',
      '2025-07-01',
      '--json',
    ]);
    const eur = value.currencies.find((c) => c.currency === 'EUR');
    expect(kpis.periods.map((p) => [p.period, p.downtimeMinutes])).toEqual(
      eur?.months.map((m) => [m.month, m.downtimeMinutes]),
    );
    expect(kpis.periods.find((p) => p.period === '2025-04')?.downtimeMinutes).toBe(360);
  });
});

describe('payments: who runs fraud-scoring while it is handed back (#12 item 9)', () => {
  // The flag is assumed to be `--sli`, as for `handover`; adapt it if the contract names it otherwise.
  it('oncall says the developers run it on 2025-04-01, between the handback and the return', async () => {
    const now = await runJson<{ runModel: string }>([
      'oncall',
      dir,
      'fraud-scoring',
      '--sli',
      sli,
      '--at',
      '2025-04-01T12:00:00Z',
      '--json',
    ]);
    expect(now.runModel).toBe('you-run-it');
  });
});

describe('payments: the agreement stands while fraud-scoring is handed back (§12.5)', () => {
  it('oncall --sli, the plan’s recommendation and its error budget status say so in the same words', async () => {
    const at = ['--at', '2025-04-01T12:00:00Z'];
    const oncall = await runJson<{ runModel: string; agreedRunModel: string; notes: string[] }>([
      'oncall',
      dir,
      'fraud-scoring',
      '--sli',
      sli,
      ...at,
      '--json',
    ]);
    const stands = oncall.notes.find((n) => n.startsWith('The agreement stands'));
    expect(stands).toContain('sre-runs-it returns when the budget recovers');
    expect(stands).toContain('after 2 consecutive periods within budget');
    const plan = await runJson<{
      services: { name: string; recommendation: { runModel: string; reasons: string[] } }[];
      errorBudgets: { services: { name: string; currentRunModel: string; notes: string[] }[] };
    }>(['plan', dir, '--sli', sli, ...at, '--json']);
    const recommendation = plan.services.find((s) => s.name === 'fraud-scoring')?.recommendation;
    // The recommendation keeps the agreed model and says why it stands during the handback.
    expect(recommendation?.runModel).toBe('sre-runs-it');
    expect(recommendation?.reasons).toContain(stands);
    const budget = plan.errorBudgets.services.find((s) => s.name === 'fraud-scoring');
    expect(budget?.currentRunModel).toBe(oncall.runModel);
    expect(budget?.notes).toContain(stands);
    // A service running as agreed gets no such sentence.
    const card = plan.services.find((s) => s.name === 'card-authorization')?.recommendation;
    expect(card?.reasons.some((r) => r.startsWith('The agreement stands'))).toBe(false);
  });
});
