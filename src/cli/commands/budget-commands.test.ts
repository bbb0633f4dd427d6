import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { shopAndSreOrg } from '../../../test/support/shop-org.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';
import { doc } from '../../../test/support/yaml-model.ts';

const files = tempFiles();
const model = files.write(
  'model.yaml',
  [
    ...shopAndSreOrg(),
    doc(
      'ErrorBudgetPolicy',
      'strict',
      'window: calendar-month\ntakeover: { withinBudgetPeriods: 1 }\nhandback: { depletedPeriods: 1, outOf: 1 }\nfreezeWhenDepleted: true\npostmortemIncidentShare: 0.2',
    ),
    doc(
      'Service',
      'api',
      'owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: strict\navailabilityTarget: 99.9\nrevenuePerHour: { amount: 1200, currency: EUR }',
    ),
  ].join('---\n'),
);

// Hourly samples for January and February 2025, each stamped at the end of the hour it counts
// (a sample at t counts (t − 1 h, t], as Prometheus reports a step); the hour from February 10th
// 10:00 fails half its requests.
const rows = ['service,timestamp,good,total'];
for (let t = Date.UTC(2025, 0, 1, 1); t <= Date.UTC(2025, 2, 1); t += 3_600_000) {
  const bad = t === Date.UTC(2025, 1, 10, 11) ? 500 : 0;
  rows.push(`api,${new Date(t).toISOString()},${1000 - bad},1000`);
}
const sli = files.write('sli.csv', rows.join('\n'));
const incidents = files.write(
  'incidents.csv',
  [
    'id,service,startedAt,detectedAt,resolvedAt,customerVisible',
    // §12.4.8: six 30-minute incidents in January, one of 120 minutes in February.
    ...[6, 8, 13, 15, 20, 22].map(
      (d) =>
        `J${d},api,2025-01-${String(d).padStart(2, '0')}T10:00:00Z,,2025-01-${String(d).padStart(2, '0')}T10:30:00Z,true`,
    ),
    'F1,api,2025-02-10T10:00:00Z,2025-02-10T10:05:00Z,2025-02-10T12:00:00Z,true',
  ].join('\n'),
);
const AT = ['--at', '2025-03-01T00:00:00Z'];

describe('whorunsit budgets', () => {
  it('prints each period of the policy window as Markdown', async () => {
    const r = await runCli(['budgets', model, '--sli', sli, ...AT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Error budgets as of 2025-03-01 00:00Z');
    expect(r.stdout).toContain('| 2025-02 | 672,000 | 672 | 500 | 172 | 74.4% | within | – |');
  });

  it('prints JSON with --json', async () => {
    const r = await runCli(['budgets', model, '--sli', sli, ...AT, '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.services[0]).toMatchObject({ name: 'api', window: 'calendar-month', target: 99.9 });
    expect(json.services[0].periods[1]).toMatchObject({
      period: '2025-02',
      start: '2025-02-01T00:00:00Z',
      allowed: 672,
      bad: 500,
      status: 'within',
    });
  });

  it('stops at bad rows with their lines, or leaves them out with --skip-bad-rows', async () => {
    const bad = files.write('bad.csv', `${rows.slice(0, 3).join('\n')}\napi,soon,1,1\n`);
    const stopped = await runCli(['budgets', model, '--sli', bad, ...AT]);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain(
      `${bad}:4:5  invalid-value  expected timestamp as an ISO 8601 time`,
    );
    expect(stopped.stderr).toContain('--skip-bad-rows');
    const json = await runCli(['budgets', model, '--sli', bad, ...AT, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, errorCount: 1 });
    const skipped = await runCli(['budgets', model, '--sli', bad, ...AT, '--skip-bad-rows']);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('skipping 1 bad SLI rows');
  });

  it('is a usage error without --sli, with a missing file or a bad --at', async () => {
    expect((await runCli(['budgets', model])).code).toBe(2);
    const missing = await runCli(['budgets', model, '--sli', 'nope.csv']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'whorunsit: error[not-found]: nope.csv: no such file\n',
    ]);
    const at = await runCli(['budgets', model, '--sli', sli, '--at', 'March']);
    expect(at.code).toBe(2);
    expect(at.stderr).toMatch(/--at: expected an ISO 8601 date/);
  });
});

describe('whorunsit alerts', () => {
  it('says when the workbook alerts fired and resolved', async () => {
    const r = await runCli(['alerts', model, '--sli', sli, ...AT, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.defaultRules[0]).toEqual({
      name: 'page-1h',
      severity: 'page',
      burnRate: 14.4,
      longWindow: '1h',
      shortWindow: '5m',
    });
    expect(json.services[0].alerts[0]).toMatchObject({
      rule: 'page-1h',
      // Known when the bad hour's sample arrives, at its end; over when the next one does.
      firedAt: '2025-02-10T11:00:00Z',
      resolvedAt: '2025-02-10T12:00:00Z',
    });
    const md = await runCli(['alerts', model, '--sli', sli, ...AT]);
    expect(md.stdout).toContain(
      '| `api` | page-1h | **page** | 14.4× | 2025-02-10 11:00Z | 2025-02-10 12:00Z |',
    );
  });
});

describe('whorunsit handover', () => {
  it('prints the timeline in the JSON contract', async () => {
    const early = await runCli([
      'handover',
      model,
      '--sli',
      sli,
      '--incidents',
      incidents,
      ...AT,
      '--json',
    ]);
    expect(early.code).toBe(0);
    const [api] = JSON.parse(early.stdout).services;
    expect(api).toMatchObject({
      name: 'api',
      agreedRunModel: 'sre-runs-it',
      currentRunModel: 'sre-runs-it',
      timeline: [],
    });
    expect(api.postmortems.find((p: { incident: string }) => p.incident === 'F1')).toMatchObject({
      required: true,
      source: 'sli',
    });
  });

  it('hands a depleted service back and says why', async () => {
    const heavy = files.write(
      'heavy.csv',
      rows.map((r) => r.replace(/,500,1000$/, ',0,1000')).join('\n'),
    );
    const r = await runCli(['handover', model, '--sli', heavy, ...AT, '--json']);
    const [api] = JSON.parse(r.stdout).services;
    expect(api.currentRunModel).toBe('you-run-it');
    expect(api.timeline).toEqual([
      {
        at: '2025-03-01T00:00:00Z',
        from: 'sre-runs-it',
        to: 'you-run-it',
        reason: expect.stringContaining(
          'error budget depleted in 1 of the last 1 periods (2025-02)',
        ),
        event: 'handback',
      },
    ]);
    const md = await runCli(['handover', model, '--sli', heavy, ...AT]);
    expect(md.stdout).toContain('now **`you-run-it`**');
  });

  it('stops at a bad incident file', async () => {
    const bad = files.write(
      'bad-incidents.csv',
      'id,service,startedAt,detectedAt,resolvedAt,customerVisible\nX,api,now,,,true\n',
    );
    const r = await runCli(['handover', model, '--sli', sli, '--incidents', bad, ...AT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2:7  invalid-value`);
  });
});

describe('whorunsit kpis', () => {
  it("prints the chapter's MTTR example in the JSON contract", async () => {
    const r = await runCli(['kpis', model, '--incidents', incidents, ...AT, '--json']);
    expect(r.code).toBe(0);
    const { periods } = JSON.parse(r.stdout);
    expect(
      periods.map((p: Record<string, unknown>) => [
        p.period,
        p.incidents,
        p.mttrMinutes,
        p.downtimeMinutes,
      ]),
    ).toEqual([
      ['2025-01', 6, 30, 180],
      ['2025-02', 1, 120, 120],
    ]);
    expect(periods[0].mtbfHours).toBe((744 - 3) / 6);
    expect(periods[1].notes[0]).toMatch(
      /MTTR rose from 30 minutes to 120 minutes while downtime fell/,
    );
  });

  it('reports quarters in Markdown with the note in words', async () => {
    const r = await runCli([
      'kpis',
      model,
      '--incidents',
      incidents,
      '--sli',
      sli,
      ...AT,
      '--period',
      'quarter',
    ]);
    expect(r.stdout).toContain('| 2025-Q1 | 7 |');
    // MTBF is service-hours per incident, more than the period's clock hours: its basis is said.
    expect(r.stdout).toContain('| MTBF (service-h) |');
    expect(r.stdout).toContain('_MTBF counts service-hours: the hours each service ran');
    const monthly = await runCli(['kpis', model, '--incidents', incidents, ...AT]);
    expect(monthly.stdout).toContain('users saw less downtime although MTTR got worse');
    expect((await runCli(['kpis', model, '--incidents', incidents, '--period', 'week'])).code).toBe(
      2,
    );
  });
});

describe('whorunsit value', () => {
  it('prices customer-visible downtime and the revenue protected, in exact amounts', async () => {
    const r = await runCli([
      'value',
      model,
      '--incidents',
      incidents,
      ...AT,
      '--baseline-downtime',
      '240',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const [eur] = JSON.parse(r.stdout).currencies;
    // January: 180 minutes at 1,200/h = 3,600; baseline 240 minutes = 4,800.
    expect(eur.months[0]).toMatchObject({
      month: '2025-01',
      lost: { amount: '3600.00', currency: 'EUR' },
      protected: { amount: '1200.00', currency: 'EUR' },
    });
    expect(eur.years[0]).toMatchObject({
      year: '2025',
      protected: { amount: '3600.00', currency: 'EUR' },
    });
  });

  it('refuses a bad baseline as a usage error', async () => {
    const both = await runCli([
      'value',
      model,
      '--incidents',
      incidents,
      '--baseline-downtime',
      '5',
      '--baseline-months',
      '2025-01..2025-02',
    ]);
    expect(both.code).toBe(2);
    const months = await runCli([
      'value',
      model,
      '--incidents',
      incidents,
      '--baseline-months',
      '2025-02..2025-01',
    ]);
    expect(months.stderr).toMatch(/--baseline-months: expected FROM..TO/);
  });
});
