import { describe, expect, it } from 'vitest';
import {
  type Amount,
  cents,
  dataPath,
  docsOf,
  hoursBetween,
  MONTH,
  MONTH_FROM,
  MONTH_TO,
  orgPath,
  run,
  runJson,
  zoneOf,
} from './support/corpus.ts';
import type {
  ChargebackJson,
  CheckJson,
  HandoverJson,
  HoursJson,
  KpisJson,
  OnCallCostJson,
  OnCallJson,
  PlanJson,
  ScheduleJson,
  StaffingJson,
  ValueJson,
} from './support/outputs.ts';

/**
 * What each organization's EXPECTED.md says an experienced SRE leader expects whorunsit to say,
 * figure by figure. Those expectations were written from the chapter and the file format before
 * the commands were run; the ones here hold on today's code.
 */

const findings = async (name: string, code: string): Promise<string[]> =>
  (await runJson<CheckJson>(['check', orgPath(name as never), '--json'])).checks
    .filter((c) => c.code === code)
    .map((c) => c.subject.name)
    .sort();

const staffingOf = (name: string) =>
  runJson<StaffingJson>(['staffing', orgPath(name as never), '--json']);
const planOf = (name: string) => runJson<PlanJson>(['plan', orgPath(name as never), '--json']);

describe('one-team (EXPECTED.md)', () => {
  it('finds the six-person 24x7 rotation two short of eight, and asks for no SRE', async () => {
    const check = await runJson<CheckJson>(['check', orgPath('one-team'), '--json']);
    expect(check.checks.filter((c) => c.severity === 'error')).toEqual([]);
    expect(
      check.checks
        .filter((c) => c.subject.kind === 'Rotation')
        .map((c) => [c.code, c.subject.name]),
    ).toEqual([['rotation-too-small', 'booking-oncall']]);
    const aboutSre = [
      'sre-teams-below-scale',
      'shared-on-call-capacity',
      'setup-needs-dedicated-sre',
      'sre-org-needs-head',
    ];
    expect(check.checks.filter((c) => aboutSre.includes(c.code))).toEqual([]);
    const rotation = (await staffingOf('one-team')).rotations[0];
    expect(rotation).toMatchObject({ name: 'booking-oncall', current: 6, needed: 8, shortfall: 2 });
  });

  it('needs no SRE team and no SREs: the team runs its own services', async () => {
    const staffing = await staffingOf('one-team');
    expect(staffing.sreTeams.needed).toBe(0);
    expect([
      staffing.roles.junior.needed,
      staffing.roles.senior.needed,
      staffing.roles.principal.needed,
    ]).toEqual([0, 0, 0]);
    expect(staffing.hiring).toEqual([]);
  });

  it('pays 376.50 EUR for a full week on call: 125.5 hours outside office hours at 3 EUR', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('one-team'),
      '--month',
      MONTH,
      '--json',
    ]);
    const fullTurns = cost.compensation.people.filter((p) => p.hours.businessHours === 42.5);
    expect(fullTurns.length).toBeGreaterThan(0);
    for (const p of fullTurns) {
      if (p.hours.offHours !== 125.5) continue;
      expect(p.pay.standby).toEqual({ amount: '376.50', currency: 'EUR' });
    }
  });

  it('keeps every service with the developers and never moves the low-tier one to ops', async () => {
    const plan = await planOf('one-team');
    expect(plan.services.map((s) => s.recommendation.runModel)).toEqual([
      'you-run-it',
      'you-run-it',
      'you-run-it',
    ]);
  });

  it('names one of the six developers on call for booking-api at night', async () => {
    const now = await runJson<OnCallJson>([
      'oncall',
      orgPath('one-team'),
      'booking-api',
      '--at',
      '2026-03-10T02:30:00Z',
      '--json',
    ]);
    expect(now.onCall).toHaveLength(1);
    expect(now.onCall[0]?.rotation).toBe('booking-oncall');
  });
});

describe('startup (EXPECTED.md)', () => {
  it('warns that the three high-tier services have only the company-wide domain rotation', async () => {
    expect(await findings('startup', 'domain-rotation-high-target')).toEqual([
      'invoicing-api',
      'public-api',
      'web-app',
    ]);
    expect(await findings('startup', 'rotation-too-small')).toEqual([]);
    expect(await findings('startup', 'setup-needs-dedicated-sre')).toEqual([]);
  });

  it('pays nothing for standby, as its policy says', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('startup'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(cents(cost.compensation.total.pay.standby)).toBe(0);
    expect(cents(cost.current.monthlyCost)).toBe(0);
  });

  it('sizes the one rotation of twelve as sustainable', async () => {
    const rotation = (await staffingOf('startup')).rotations[0];
    expect(rotation).toMatchObject({
      name: 'ledgerline-oncall',
      current: 12,
      needed: 8,
      shortfall: 0,
      sustainable: true,
    });
  });
});

describe('scale-up (EXPECTED.md)', () => {
  it('needs two SRE teams for the twelve development teams SRE supports, and has three', async () => {
    const staffing = await staffingOf('scale-up');
    expect(staffing.sreTeams.developmentTeams).toHaveLength(12);
    expect(staffing.sreTeams).toMatchObject({ needed: 2, current: 3 });
    expect([
      staffing.roles.junior.current,
      staffing.roles.senior.current,
      staffing.roles.principal.current,
    ]).toEqual([7, 8, 2]);
    // The SRE infrastructure engineers; the product owner steers the infrastructure as a product
    // and is not on the SRE career ladder (§12.9.3), as careers says.
    const infrastructure = docsOf('scale-up')
      .filter((d) => d.kind === 'Person' && d.spec.role === 'infrastructure-sre')
      .map((d) => d.metadata.name);
    expect([...staffing.infrastructure].sort()).toEqual(infrastructure.sort());
  });

  it('finds cart-oncall and payouts-oncall short among the rotations of one city', async () => {
    const flagged = await findings('scale-up', 'rotation-too-small');
    expect(flagged).toEqual(expect.arrayContaining(['cart-oncall', 'payouts-oncall']));
    const staffing = await staffingOf('scale-up');
    expect(staffing.rotations.find((r) => r.name === 'cart-oncall')?.shortfall).toBe(1);
    expect(staffing.rotations.find((r) => r.name === 'payouts-oncall')?.shortfall).toBe(2);
    expect(staffing.rotations.find((r) => r.name === 'noc-thin-layer')).toMatchObject({
      setup: 'two-sites',
      shortfall: 0,
    });
  });

  it('leaves no service without a rotation and keeps the services run with SRE with SRE', async () => {
    expect(await findings('scale-up', 'service-without-rotation')).toEqual([]);
    const plan = await planOf('scale-up');
    for (const s of plan.services.filter(
      (x) => x.runModel === 'sre-runs-it' || x.runModel === 'you-and-sre-run-it',
    )) {
      expect(s.recommendation.runModel, s.name).toBe(s.runModel);
    }
    for (const s of plan.services.filter((x) => x.runModel === 'you-run-it' && x.tier === 'low')) {
      expect(s.recommendation.runModel, s.name).toBe('you-run-it');
    }
  });

  it('charges engineering 2,370 support hours a month, 248,850.00 EUR, in chargeback and in the plan', async () => {
    const bill = await runJson<ChargebackJson>([
      'chargeback',
      orgPath('scale-up'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(bill.statements).toHaveLength(1);
    expect(bill.statements[0]?.total).toEqual({ amount: '248850.00', currency: 'EUR' });
    expect(bill.statements[0]?.lines.reduce((n, l) => n + l.hours, 0)).toBe(2370);
    const plan = await planOf('scale-up');
    expect(plan.placements.flatMap((p) => p.charges).reduce((n, c) => n + c.hoursPerMonth, 0)).toBe(
      2370,
    );
  });
});

describe('insurer-today (EXPECTED.md)', () => {
  it('warns about the six high-tier services operations runs', async () => {
    expect(await findings('insurer-today', 'ops-run-high-target')).toEqual([
      'broker-portal',
      'claims-intake',
      'integration-hub',
      'payment-collection',
      'policy-admin-core',
      'tariff-calculator',
    ]);
  });

  it('warns about the four re-titled SREs without SRE practice and the six-person infrastructure rotation', async () => {
    expect(await findings('insurer-today', 'sre-role-without-practice')).toHaveLength(4);
    expect(await findings('insurer-today', 'rotation-too-small')).toEqual(['infra-oncall']);
    expect(await findings('insurer-today', 'transition-unlikely')).toEqual([]);
  });

  it("reports the customer portal's nights and weekends as coverage gaps", async () => {
    const schedule = await runJson<{ violations: { code: string; service: string | null }[] }>([
      'schedule',
      orgPath('insurer-today'),
      '--from',
      '2026-03-02',
      '--to',
      '2026-03-09',
      '--json',
    ]);
    const gaps = schedule.violations.filter((v) => v.code === 'coverage-gap');
    expect(new Set(gaps.map((g) => g.service))).toEqual(new Set(['customer-portal']));
  });

  it('needs one SRE team for the seven development teams whose services the target model moves to SRE', async () => {
    // Its one team of type sre is re-titled operations engineers (EXPECTED.md, must not say that
    // a team called SRE is SRE capacity): not an SRE team today, named apart (§12.4.6, §12.9.4).
    expect((await staffingOf('insurer-today')).sreTeams).toMatchObject({
      needed: 1,
      current: 0,
      sreTeams: [],
      inNameOnly: ['sre'],
    });
  });
});

describe('insurer-target (EXPECTED.md)', () => {
  it('finds integration-oncall one short and no high-tier service left with operations', async () => {
    expect(await findings('insurer-target', 'rotation-too-small')).toEqual(['integration-oncall']);
    expect(await findings('insurer-target', 'ops-run-high-target')).toEqual([]);
    expect(await findings('insurer-target', 'service-without-rotation')).toEqual([]);
    expect(await findings('insurer-target', 'sre-role-without-practice')).toEqual([]);
  });

  it('charges 770 support hours, 73,920.00 EUR, from development to SRE', async () => {
    const bill = await runJson<ChargebackJson>([
      'chargeback',
      orgPath('insurer-target'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(bill.statements.map((s) => s.total)).toEqual([{ amount: '73920.00', currency: 'EUR' }]);
  });

  it('needs one SRE team for the seven development teams SRE supports', async () => {
    expect((await staffingOf('insurer-target')).sreTeams).toMatchObject({ needed: 1, current: 2 });
  });
});

describe('payments (EXPECTED.md)', () => {
  const sli = dataPath('payments', 'sli.csv');
  const incidents = dataPath('payments', 'incidents.csv');
  const handoverAt = (at: string) =>
    runJson<HandoverJson>([
      'handover',
      orgPath('payments'),
      '--sli',
      sli,
      '--incidents',
      incidents,
      '--at',
      at,
      '--json',
    ]);

  it('hands fraud-scoring back on 2025-03-17 and returns it on 2025-05-12, as its policy says', async () => {
    const fraud = (await handoverAt('2025-07-01')).services.find((s) => s.name === 'fraud-scoring');
    expect(fraud?.timeline.map((t) => [t.at, t.from, t.to, t.event])).toEqual([
      ['2025-03-17T00:00:00Z', 'sre-runs-it', 'you-run-it', 'handback'],
      ['2025-05-12T00:00:00Z', 'you-run-it', 'sre-runs-it', 'return'],
    ]);
    expect(fraud?.currentRunModel).toBe('sre-runs-it');
    const april = (await handoverAt('2025-04-01')).services.find((s) => s.name === 'fraud-scoring');
    expect(april?.currentRunModel).toBe('you-run-it');
  });

  it('keeps card authorization, payouts, the dashboard and the ledger (no data) where they are agreed', async () => {
    const services = (await handoverAt('2025-07-01')).services;
    for (const name of ['card-authorization', 'payouts-api', 'merchant-dashboard', 'ledger']) {
      const s = services.find((x) => x.name === name);
      expect(s?.timeline, name).toEqual([]);
      expect(s?.currentRunModel, name).toBe(s?.agreedRunModel);
    }
  });

  it('keeps the months without incidents and prices customer-visible downtime at revenue per hour', async () => {
    const value = await runJson<ValueJson>([
      'value',
      orgPath('payments'),
      '--incidents',
      incidents,
      '--baseline-downtime',
      '60',
      '--at',
      '2025-07-01',
      '--json',
    ]);
    const eur = value.currencies.find((c) => c.currency === 'EUR');
    expect(eur?.months.map((m) => [m.month, m.lost.amount])).toEqual([
      ['2025-01', '27333.33'],
      ['2025-02', '64000.00'],
      ['2025-03', '42500.00'],
      ['2025-04', '30000.00'],
      ['2025-05', '0.00'],
      ['2025-06', '25000.00'],
    ]);
    const kpis = await runJson<KpisJson>([
      'kpis',
      orgPath('payments'),
      '--incidents',
      incidents,
      '--at',
      '2025-07-01',
      '--json',
    ]);
    expect(kpis.periods.map((p) => [p.period, p.incidents, p.customerVisibleIncidents])).toEqual([
      ['2025-01', 1, 1],
      ['2025-02', 3, 3],
      ['2025-03', 2, 2],
      ['2025-04', 3, 1],
      ['2025-05', 0, 0],
      ['2025-06', 3, 2],
    ]);
    expect(kpis.periods.map((p) => p.mttrMinutes)).toEqual([205, 116.67, 97.5, 190, null, 76.67]);
  });

  it('keeps the 99.99 % services with SRE in the plan', async () => {
    const plan = await planOf('payments');
    for (const name of ['card-authorization', 'ledger']) {
      expect(plan.services.find((s) => s.name === name)?.recommendation).toMatchObject({
        runModel: 'sre-runs-it',
        rotation: 'team',
      });
    }
  });

  it('bills 175,200.00 EUR of agreed SRE support a month', async () => {
    const bill = await runJson<ChargebackJson>([
      'chargeback',
      orgPath('payments'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(bill.statements.map((s) => s.total)).toEqual([{ amount: '175200.00', currency: 'EUR' }]);
  });

  it('counts one principal SRE for two product lines: one short', async () => {
    const staffing = await staffingOf('payments');
    expect(staffing.roles.principal).toMatchObject({ needed: 2, current: 1 });
    expect(staffing.roles.junior).toMatchObject({ needed: 5, current: 5 });
  });

  it('warns that settlement-batch (99.9) has only an 8x7 domain rotation', async () => {
    expect(await findings('payments', 'domain-rotation-high-target')).toEqual(['settlement-batch']);
  });
});

describe('follow-the-sun (EXPECTED.md)', () => {
  const dir = orgPath('follow-the-sun');
  const docs = docsOf('follow-the-sun');
  const zone = (person: string) => zoneOf(docs, person);

  it('has an SRE of the office whose day it is on call for auth-api', async () => {
    const at = async (t: string) =>
      (await runJson<OnCallJson>(['oncall', dir, 'auth-api', '--at', t, '--json'])).onCall.map(
        (o) => zone(o.person),
      );
    expect(await at('2026-01-13T03:00:00Z')).toEqual(['Australia/Sydney']);
    expect(await at('2026-01-13T12:00:00Z')).toEqual(['Europe/Berlin']);
    expect(await at('2026-01-13T19:00:00Z')).toEqual(['America/Los_Angeles']);
  });

  it('has nobody on call at local night over a whole quarter, every moment covered, and no office carrying twice another’s day', async () => {
    const schedule = await runJson<ScheduleJson>([
      'schedule',
      dir,
      '--rotation',
      'sre-global-oncall',
      '--from',
      '2026-01-01',
      '--to',
      '2026-04-01',
      '--json',
    ]);
    expect(schedule.violations).toEqual([]);
    let covered = 0;
    const bySite = new Map<string, number>();
    for (const s of schedule.shifts) {
      const hours = hoursBetween(s.start, s.end);
      covered += hours;
      bySite.set(zone(s.person), (bySite.get(zone(s.person)) ?? 0) + hours);
      const from = localMinutes(s.start, zone(s.person));
      const to = localMinutes(s.end, zone(s.person));
      // The day split by working hours: each office from 08:30 or 10:00 its time, all done by
      // 18:30; never from 09:00 everywhere (San Francisco 5 h a day, Sydney 10).
      expect(from, `${s.person} from ${s.start}`).toBeGreaterThanOrEqual(8 * 60);
      expect(to === 0 ? 24 * 60 : to, `${s.person} until ${s.end}`).toBeLessThanOrEqual(18.5 * 60);
      expect(hours).toBeLessThanOrEqual(9);
    }
    expect(covered).toBe(90 * 24);
    // Over the quarter no office carries half as much again as another (from 09:00 everywhere,
    // Sydney carried twice San Francisco's hours).
    const hours = [...bySite.values()];
    expect(bySite.size).toBe(3);
    expect(Math.max(...hours) / Math.min(...hours)).toBeLessThan(1.5);
  });
});

/** Minutes after local midnight of an instant in a time zone. */
function localMinutes(instant: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return get('hour') * 60 + get('minute');
}

describe('hospital-group (EXPECTED.md)', () => {
  const dir = orgPath('hospital-group');

  it('has Chicago and Indianapolis as one site and only the command centre’s 24x7 pager short', async () => {
    const staffing = await staffingOf('hospital-group');
    expect(
      staffing.rotations.map((r) => [r.name, r.needed, r.current, r.shortfall, r.setup]),
    ).toEqual([
      ['clinical-ops-24x7', 8, 7, 1, 'one-site'],
      ['clinical-ops-day', 2, 2, 0, 'any-site'],
      ['fhir-oncall', 8, 8, 0, 'one-site'],
      ['patient-digital-oncall', 8, 13, 0, 'one-site'],
    ]);
    expect(await findings('hospital-group', 'rotation-too-small')).toEqual(['clinical-ops-24x7']);
    expect(await findings('hospital-group', 'office-hours-across-sites')).toEqual([]);
    expect(await findings('hospital-group', 'high-tier-without-round-the-clock')).toEqual([]);
    expect(await findings('hospital-group', 'service-without-rotation')).toEqual([
      'staff-intranet',
    ]);
  });

  it('warns about the interface engine and the lab feed run by operations, not about the vendor’s systems the model accepts', async () => {
    expect(await findings('hospital-group', 'ops-run-high-target')).toEqual([
      'hl7-interface-engine',
      'lab-results-feed',
    ]);
    const plan = await planOf('hospital-group');
    const target = (name: string) =>
      plan.services.find((s) => s.name === name)?.recommendation.runModel;
    expect([target('ehr-core'), target('pacs-imaging')]).toEqual(['ops-runs-it', 'ops-runs-it']);
  });

  it('keeps the record system and the imaging archive on the command centre round the clock, and the interface engine on the integration pager it shares with SRE', async () => {
    const cost = await runJson<OnCallCostJson>(['oncall-cost', dir, '--json']);
    const on = (service: string) =>
      cost.optimized.rotations
        .filter((r) => r.type !== 'thin-layer' && r.services.includes(service))
        .map((r) => [r.name, r.coverage]);
    expect(on('ehr-core')).toEqual([['clinical-ops-24x7', '24x7']]);
    expect(on('pacs-imaging')).toEqual([['clinical-ops-24x7', '24x7']]);
    expect(on('hl7-interface-engine')).toEqual([['fhir-oncall', '24x7']]);
    expect(cost.optimized.rotations.map((r) => r.name)).not.toContain('team:clinical-apps');
    // 123 h a week outside Mon–Fri 08:00–17:00, an average month, 5 USD an hour.
    const standby = cost.current.rotations.find((r) => r.name === 'clinical-ops-24x7');
    expect(standby && cents(standby.standbyCost)).toBe(267415);
  });

  it('counts heads and money as the funding table should; with no hires, reliability keeps within its limit and budget', async () => {
    const staffing = await staffingOf('hospital-group');
    expect(
      staffing.funding.map((f) => [
        f.organization,
        f.current.headcount,
        cents(f.current.annualCost),
        f.breaksHeadcount,
        f.breaksBudget,
      ]),
    ).toEqual([
      ['clinical-it', 16, 201620000, false, false],
      ['digital-health', 25, 376460000, false, false],
      ['reliability', 3, 51000000, false, false],
      ['meridian-health-systems', 0, 0, false, false],
    ]);
    expect(
      (['junior', 'senior', 'principal'] as const).map((l) => [
        staffing.roles[l].needed,
        staffing.roles[l].current,
      ]),
    ).toEqual([
      // One team whose pager SRE shares (integration), its domain and its line: one scope, held by
      // the senior; the junior and the principal sit in fhir-oncall's seats (§12.10.2, §12.6).
      [0, 1],
      [1, 1],
      [0, 1],
    ]);
    const chargeback = await runJson<ChargebackJson>([
      'chargeback',
      dir,
      '--month',
      MONTH,
      '--json',
    ]);
    expect(chargeback.statements.map((s) => cents(s.total))).toEqual([1080000, 360000]);
  });
});

describe('streaming-media (EXPECTED.md)', () => {
  const dir = orgPath('streaming-media');

  it('has London and Dublin as one site, the live pager following the sun, and only DRM and delivery ops short', async () => {
    const staffing = await staffingOf('streaming-media');
    expect(
      staffing.rotations.map((r) => [r.name, r.needed, r.current, r.shortfall, r.setup]),
    ).toEqual([
      ['playback-oncall', 8, 9, 0, 'one-site'],
      ['drm-oncall', 8, 3, 5, 'one-site'],
      ['content-oncall', 8, 9, 0, 'one-site'],
      ['ads-sre-oncall', 8, 8, 0, 'one-site'],
      ['ad-insights-hours', 2, 4, 0, 'any-site'],
      ['live-oncall', 14, 14, 0, 'follow-the-sun'],
      ['delivery-ops-oncall', 8, 7, 1, 'one-site'],
    ]);
    expect(await findings('streaming-media', 'rotation-too-small')).toEqual([
      'delivery-ops-oncall',
      'drm-oncall',
    ]);
    for (const code of [
      'office-hours-across-sites',
      'follow-the-sun-at-night',
      'high-tier-without-round-the-clock',
      'domain-rotation-high-target',
      'service-without-rotation',
      'ops-run-high-target',
      'shared-on-call-capacity',
      'sre-overload',
      'support-hours-beyond-working-time',
      'reporting-line-mismatch',
      'team-rotation-medium-target',
    ]) {
      expect(await findings('streaming-media', code), code).toEqual([]);
    }
  });

  it('sizes the playback pager without the SRE who takes no nights, and names her', async () => {
    const check = await runJson<CheckJson>(['check', dir, '--json']);
    const excused = check.checks.filter((c) => c.code === 'member-takes-no-out-of-hours');
    expect(excused.map((c) => c.subject.name)).toEqual(['playback-oncall']);
    expect(excused[0]?.message).toContain("Siobhán O'Hara");
    expect(await findings('streaming-media', 'sre-team-cannot-hand-back')).toEqual([
      'sports-sre',
      'video-sre',
    ]);
  });

  it('needs one SRE team per product line: three, as it has (§12.4.1, §12.7.1)', async () => {
    const staffing = await staffingOf('streaming-media');
    expect(staffing.sreTeams).toMatchObject({ needed: 3, current: 3, gap: 0 });
    const plan = await runJson<{
      placementOptions: {
        options: {
          home: string;
          recommended: boolean;
          headcount: {
            organizationAfter: number | null;
            limit: number | null;
            fits: boolean | null;
          };
        }[];
      };
    }>(['plan', dir, '--json']);
    const development = plan.placementOptions.options.find((o) => o.home === 'development');
    expect(development?.recommended).toBe(true);
    // The SRE teams of the other product lines stay in their own organizations.
    expect(development?.headcount).toMatchObject({ organizationAfter: 20, limit: 22, fits: true });
  });

  it('promotes Kate Sullivan into the live-sports principal place and hires nobody', async () => {
    const staffing = await staffingOf('streaming-media');
    expect(
      (['junior', 'senior', 'principal'] as const).map((l) => [
        staffing.roles[l].needed,
        staffing.roles[l].current,
      ]),
    ).toEqual([
      // The 4 teams whose pagers SRE shares or runs (playback, ad-serving, live-ingest,
      // live-playback) and their 3 domains; the 5 it consults for hold no seat (§12.4.1, §12.4.7).
      [4, 10],
      [3, 7],
      [3, 2],
    ]);
    expect(staffing.hiring).toEqual([]);
    expect(
      staffing.funding.map((f) => [
        f.organization,
        f.current.headcount,
        f.headcountLimit,
        cents(f.current.annualCost),
        cents(f.planned.annualCost),
      ]),
    ).toEqual([
      ['video-platform', 27, 30, 171800000, 171800000],
      ['ads', 20, 22, 171500000, 171500000],
      ['live-sports', 24, 26, 80800000, 83500000],
      ['technology-operations', 14, 15, 87100000, 87100000],
    ]);
  });

  it('hands ad insertion back on its SLI evidence under the signed policy, and nothing else', async () => {
    const handover = await runJson<HandoverJson>([
      'handover',
      dir,
      '--sli',
      dataPath('streaming-media', 'sli.csv'),
      '--at',
      '2026-10-01',
      '--json',
    ]);
    const insertion = handover.services.find((s) => s.name === 'ad-insertion');
    expect(insertion?.timeline.map((t) => [t.at, t.from, t.to, t.event])).toEqual([
      ['2026-09-28T00:00:00Z', 'sre-runs-it', 'you-run-it', 'handback'],
    ]);
    for (const s of handover.services.filter((x) => x.name !== 'ad-insertion')) {
      expect(s.timeline, s.name).toEqual([]);
      expect(s.currentRunModel, s.name).toBe(s.agreedRunModel);
    }
    // Without SLI data nothing is handed back.
    const plan = await planOf('streaming-media');
    expect(plan.services.find((s) => s.name === 'ad-insertion')?.recommendation.runModel).toBe(
      'sre-runs-it',
    );
  });

  it('prices a one-site 24x7 rotation at 545.70 h × 3.50 GBP and the live relay at well under half', async () => {
    const cost = await runJson<OnCallCostJson>(['oncall-cost', dir, '--json']);
    const standby = (name: string) =>
      cents(
        cost.current.rotations.find((r) => r.name === name)?.standbyCost ?? {
          amount: '0',
          currency: 'GBP',
        },
      );
    expect(standby('playback-oncall')).toBe(190995);
    expect(standby('live-oncall')).toBeLessThan(190995 / 2);
    expect(standby('ad-insights-hours')).toBe(0);
  });
});

describe('parcel-logistics (EXPECTED.md)', () => {
  const dir = orgPath('parcel-logistics');

  it('has Utrecht and Kraków as one site, and sizes the drivers’ pager without the developer on parental leave', async () => {
    const staffing = await staffingOf('parcel-logistics');
    expect(
      staffing.rotations.map((r) => [r.name, r.needed, r.current, r.shortfall, r.setup]),
    ).toEqual([
      ['route-oncall', 8, 8, 0, 'one-site'],
      ['dispatch-oncall', 8, 7, 1, 'one-site'],
      ['driver-app-oncall', 8, 5, 3, 'one-site'],
      ['tracking-hours', 2, 4, 0, 'any-site'],
      ['platform-oncall', 8, 8, 0, 'one-site'],
      ['depot-ops-oncall', 8, 8, 0, 'one-site'],
      ['noc-first-line', 8, 6, 2, 'one-site'],
    ]);
    expect(await findings('parcel-logistics', 'rotation-too-small')).toEqual([
      'dispatch-oncall',
      'driver-app-oncall',
      'noc-first-line',
    ]);
    const check = await runJson<CheckJson>(['check', dir, '--json']);
    const excused = check.checks.filter((c) => c.code === 'member-takes-no-out-of-hours');
    expect(excused.map((c) => c.subject.name)).toEqual(['driver-app-oncall']);
    expect(excused[0]?.message).toContain('Natalia Król, who is not on call');
  });

  it('never puts Natalia Król on call while she is on leave', async () => {
    const schedule = await runJson<ScheduleJson>([
      'schedule',
      dir,
      '--rotation',
      'driver-app-oncall',
      '--from',
      '2026-01-01',
      '--to',
      '2026-04-01',
      '--json',
    ]);
    expect(schedule.violations.filter((v) => v.severity === 'error')).toEqual([]);
    expect(new Set(schedule.shifts.map((s) => s.person))).toEqual(
      new Set([
        'pawel-krawczyk',
        'magdalena-grabowska',
        'krzysztof-pawlak',
        'ewa-michalska',
        'lukasz-zajac',
      ]),
    );
  });

  it('finds what an SRE leader expects, and nothing about sites, policies or SRE capacity', async () => {
    expect(await findings('parcel-logistics', 'ops-run-high-target')).toEqual([
      'sortation-control',
    ]);
    expect(await findings('parcel-logistics', 'sre-team-cannot-hand-back')).toEqual(['sre']);
    expect(await findings('parcel-logistics', 'slo-without-policy')).toEqual([
      'delivery-notifications',
      'depot-scanning',
      'driver-api',
      'partner-webhooks',
      'proof-of-delivery',
      'route-planner-portal',
      'sortation-control',
      'tracking-api',
    ]);
    for (const code of [
      'office-hours-across-sites',
      'follow-the-sun-at-night',
      'high-tier-without-round-the-clock',
      'domain-rotation-high-target',
      'service-without-rotation',
      'shared-on-call-without-policy',
      'shared-on-call-capacity',
      'sre-overload',
      'support-hours-beyond-working-time',
      'reporting-line-mismatch',
      'sre-teams-below-scale',
      'sre-teams-home',
      'standby-unpaid',
      'thin-layer-without-forward',
      'over-headcount-limit',
    ]) {
      expect(await findings('parcel-logistics', code), code).toEqual([]);
    }
  });

  it('keeps the SRE team under the CTO: moving it into product is 43 of 40 before any hire (§12.4.6)', async () => {
    const plan = await runJson<{
      placementOptions: {
        current: string | null;
        recommended: string;
        options: { home: string; reasons: string[] }[];
      };
    }>(['plan', dir, '--json']);
    expect(plan.placementOptions).toMatchObject({
      current: 'operations',
      recommended: 'operations',
    });
    expect(plan.placementOptions.options.find((o) => o.home === 'development')?.reasons).toContain(
      'Moving the SRE team in takes product to 43 people against its head count limit of 40, before anyone is hired (§12.4.6).',
    );
    const staffing = await staffingOf('parcel-logistics');
    expect(
      staffing.funding.map((f) => [
        f.organization,
        f.current.headcount,
        f.planned.headcount,
        f.headcountLimit,
        f.breaksHeadcount,
      ]),
    ).toEqual([
      ['product', 37, 37, 40, false],
      ['technology', 16, 17, 16, true],
      ['andina-noc', 7, 7, null, false],
    ]);
    // Salaries and the SRE support product buys at the transfer price (100 h × 105 EUR × 12).
    expect(staffing.funding.slice(0, 2).map((f) => cents(f.current.annualCost))).toEqual([
      176600000, 79500000,
    ]);
    // The §12.10.2 places follow the teams whose pagers SRE shares (route-planning, dispatch,
    // partner-api; driver-app and tracking buy consulting hours, §12.4.7): 3, 2 and 2 against 3,
    // 2 and 1. The principal for route planning is the one hire: technology 17 of 16.
    expect(
      (['junior', 'senior', 'principal'] as const).map((l) => [
        staffing.roles[l].needed,
        staffing.roles[l].current,
      ]),
    ).toEqual([
      [3, 3],
      [2, 2],
      [2, 1],
    ]);
  });

  it('asks the contractor’s NOC for its own people through the contract, with its own figures', async () => {
    const plan = await planOf('parcel-logistics');
    const noc = plan.risks.find((r) => r.about === 'Rotation noc-first-line');
    // EXPECTED.md: "the fix is the contract (two more seats), not hires into a Fernway organization".
    expect(noc?.mitigation).toMatch(
      /^Andina NOC Services \(contractor\) staffs it under contract: ask it to put 2 more people on it \(8 taking turns\)/,
    );
    expect(noc?.mitigation).toContain('not a hire');
    expect(noc?.mitigation).not.toMatch(/Grow it|[Hh]ire (?:for|into)/);
    expect(noc?.mitigation).not.toContain('joins it');
    expect(noc?.mitigation).not.toContain('leaves it');
  });

  it('bills 100 support hours at 105 EUR and prices a one-site 24x7 pager at 556.57 h of standby', async () => {
    const chargeback = await runJson<ChargebackJson>([
      'chargeback',
      dir,
      '--month',
      MONTH,
      '--json',
    ]);
    expect(chargeback.statements.map((s) => cents(s.total))).toEqual([1050000]);
    const cost = await runJson<OnCallCostJson>(['oncall-cost', dir, '--json']);
    const pay = (name: string) => {
      const standby = cost.current.rotations.find((r) => r.name === name)?.standbyCost;
      return standby === undefined ? null : [cents(standby), standby.currency];
    };
    expect(pay('route-oncall')).toEqual([166971, 'EUR']);
    expect(pay('platform-oncall')).toEqual([166971, 'EUR']);
    expect(pay('tracking-hours')).toEqual([0, 'EUR']);
  });
});

describe('energy-utility (EXPECTED.md)', () => {
  const dir = orgPath('energy-utility');

  it('has Chicago and Denver as one site, and sizes the grid pager without Vanessa Hill', async () => {
    const staffing = await staffingOf('energy-utility');
    expect(
      staffing.rotations.map((r) => [r.name, r.needed, r.current, r.shortfall, r.setup]),
    ).toEqual([
      ['customer-domain', 8, 8, 0, 'one-site'],
      ['outage-shared', 8, 6, 2, 'one-site'],
      ['der-shared', 8, 5, 3, 'one-site'],
      ['login-sre', 8, 5, 3, 'one-pool'],
      ['headend-oncall', 8, 5, 3, 'one-site'],
      ['mdm-oncall', 8, 6, 2, 'one-site'],
      ['grid-ops-domain', 8, 6, 2, 'one-site'],
      ['enterprise-hours', 2, 6, 0, 'any-site'],
      ['it-ops-standby', 8, 5, 3, 'one-site'],
      ['noc-first-line', 8, 6, 2, 'one-site'],
    ]);
    expect(await findings('energy-utility', 'member-takes-no-out-of-hours')).toEqual([
      'grid-ops-domain',
    ]);
  });

  it('names the three SREs on two round-the-clock rotations each, and the high tiers on a domain pager', async () => {
    expect(await findings('energy-utility', 'sre-overload')).toEqual([
      'nora-lindqvist',
      'omar-haddad',
      'pedro-silva',
    ]);
    expect(await findings('energy-utility', 'domain-rotation-high-target')).toEqual([
      'crew-dispatch',
      'oms-bridge',
    ]);
    expect(await findings('energy-utility', 'ops-run-high-target')).toEqual(['billing-core']);
  });

  it('counts head by team: the embedded SRE in grid technology, the NOC as a contract', async () => {
    const funding = (await staffingOf('energy-utility')).funding;
    expect(funding.map((f) => [f.organization, f.current.headcount, f.headcountLimit])).toEqual([
      ['digital', 42, 48],
      ['grid-technology', 28, 34],
      ['it-operations', 7, 8],
      ['sre', 6, 8],
      ['deccan-noc', 7, null],
    ]);
  });

  it('bills 336 h to digital and 168 h to grid technology at 125 USD, grid with 15 USD of infrastructure', async () => {
    const chargeback = await runJson<ChargebackJson>([
      'chargeback',
      dir,
      '--month',
      MONTH,
      '--json',
    ]);
    expect(chargeback.statements.map((s) => s.total)).toEqual([
      { amount: '42000.00', currency: 'USD' },
      { amount: '23520.00', currency: 'USD' },
    ]);
  });

  it('keeps the bought billing system and CRM with IT operations (§12.2), and promotes nobody without evidence (§12.10.2)', async () => {
    const plan = await planOf('energy-utility');
    for (const name of ['billing-core', 'customer-care-crm']) {
      const service = plan.services.find((s) => s.name === name);
      expect(service?.recommendation.runModel, name).toBe('ops-runs-it');
      expect(service?.recommendation.reasons.join(' '), name).toContain(
        'bought from another company',
      );
    }
    const markdown = (await run(['plan', dir])).stdout;
    const hiring = markdown.split('\n').find((l) => l.includes('Do we hire, or grow'));
    expect(hiring).not.toContain('Promote 1 senior SRE');
    // No senior is spare to grow into the principal place (the Chicago seniors hold 3 of its 4
    // domain places, the Bangalore one a rotation seat): the hiring list hires it, and says the
    // limits it breaks.
    expect(hiring).toContain('1 principal SRE at Chicago/Denver');
    expect(hiring).toContain('against its limit of 8');
  });

  it('keeps the shared on-call of the regulated services: no SLI data, no handback (§12.5)', async () => {
    const plan = await planOf('energy-utility');
    for (const name of ['outage-map', 'outage-reporting-api', 'der-dispatch']) {
      const service = plan.services.find((s) => s.name === name);
      expect(service?.recommendation.runModel, name).toBe('you-and-sre-run-it');
    }
  });

  it('puts operations first for the CRM they run, before the developers’ domain pager (§12.2)', async () => {
    const oncall = (service: string, at: string) =>
      runJson<OnCallJson>(['oncall', dir, service, '--at', at, '--json']);
    // A Wednesday at 10:00 in Chicago: no thin layer covers the CRM.
    const crm = await oncall('customer-care-crm', '2026-03-11T15:00:00Z');
    expect(crm.onCall.map((o) => o.rotation)).toEqual(['it-ops-standby', 'customer-domain']);
    // At night the provider's NOC takes the billing system's alerts first, then operations.
    const billing = await oncall('billing-core', '2026-03-10T08:30:00Z');
    expect(billing.onCall.map((o) => o.rotation)).toEqual([
      'noc-first-line',
      'it-ops-standby',
      'customer-domain',
    ]);
  });

  it('pays the team rotations for the incident work of the high tiers in the optimized design, not the NOC’s contract', async () => {
    const cost = await runJson<OnCallCostJson>(['oncall-cost', dir, '--json']);
    const incidents = (design: typeof cost.optimized) =>
      cents((design as unknown as { cost: { incidents: Amount } }).cost.incidents);
    // Six high-tier services paid in USD on round-the-clock team rotations and customer login
    // (three of its five paid in USD): 2 h a month each, 123 of 168 weekly hours outside
    // Mon–Fri 08:00–17:00, at 75 USD an hour: about 724.8 USD. The NOC in front of them took it
    // all at its contract's price of nothing, and the design looked 1,493.55 USD cheaper.
    const perService = ((2 * 123) / 168) * 75 * 100;
    expect(incidents(cost.optimized)).toBeCloseTo(perService * (6 + 3 / 5), -1);
  });

  it('says the provider’s contract pays the NOC in hours as in oncall-cost', async () => {
    const hours = await runJson<HoursJson>([
      'hours',
      dir,
      '--from',
      '2026-03-01',
      '--to',
      '2026-04-01',
      '--json',
    ]);
    const noc = hours.hours.filter((h) => h.paidByContract).map((h) => h.person);
    expect(noc.sort()).toEqual([
      'anil-verma',
      'bhanu-prasad',
      'chitra-devi',
      'dinesh-babu',
      'geeta-rani',
      'hari-kishore',
    ]);
  });

  it('schedules the Bangalore 8x5 in its own business hours: no off-hours in hours, oncall-cost or the design (§12.9.5)', async () => {
    // enterprise-hours is paid by bangalore-oncall (09:30–18:30), not the default us-oncall
    // (08:00–17:00): its turns start at 09:30, so nobody on it stands by off-hours.
    const [hours, cost] = await Promise.all([
      runJson<HoursJson>([
        'hours',
        dir,
        '--rotation',
        'enterprise-hours',
        '--from',
        MONTH_FROM,
        '--to',
        MONTH_TO,
        '--json',
      ]),
      runJson<OnCallCostJson>(['oncall-cost', dir, '--month', MONTH, '--json']),
    ]);
    expect(hours.hours.length).toBeGreaterThan(0);
    expect(hours.hours.some((h) => h.businessHours > 0)).toBe(true);
    for (const h of hours.hours) {
      expect(h.policy, h.person).toBe('bangalore-oncall');
      expect(h.offHours, h.person).toBe(0);
      const paid = cost.compensation.people.find((p) => p.person === h.person);
      expect(paid?.hours.businessHours, h.person).toBeCloseTo(h.businessHours, 1);
      expect(paid?.hours.offHours, h.person).toBe(h.offHours);
      expect(paid?.pay.standby, h.person).toEqual({ amount: '0.00', currency: 'INR' });
    }
    const design = cost.current.rotations.find((r) => r.name === 'enterprise-hours');
    expect(design?.standbyHoursPerMonth.outside).toBe(0);
  });
});

describe('telecom-carrier (EXPECTED.md)', () => {
  const dir = orgPath('telecom-carrier');
  const sli = dataPath('telecom-carrier', 'sli.csv');
  const incidents = dataPath('telecom-carrier', 'incidents.csv');

  it('has Madrid and Lisbon as one site, and sizes the portability pager with the four who take nights', async () => {
    const staffing = await staffingOf('telecom-carrier');
    expect(
      staffing.rotations.map((r) => [r.name, r.needed, r.current, r.shortfall, r.setup]),
    ).toEqual([
      ['l1-service-desk', 8, 8, 0, 'one-site'],
      ['noc-shifts', 8, 10, 0, 'one-site'],
      ['bss-ops-standby', 8, 6, 2, 'one-site'],
      ['digital-domain', 8, 9, 0, 'one-site'],
      ['platform-oncall', 8, 6, 2, 'one-site'],
      ['mx-digital', 8, 6, 2, 'one-site'],
      ['mx-orders-hours', 2, 5, 0, 'any-site'],
      ['billing-integration-hours', 2, 4, 0, 'any-site'],
      ['portability-oncall', 8, 4, 4, 'one-site'],
      ['provisioning-oncall', 8, 5, 3, 'one-site'],
      ['network-apis-shared', 8, 9, 0, 'one-pool'],
    ]);
    expect(await findings('telecom-carrier', 'member-takes-no-out-of-hours')).toEqual([
      'portability-oncall',
    ]);
  });

  it('names the junior SRE on two round-the-clock pagers, login on a domain pager, and the bought products run by operations', async () => {
    expect(await findings('telecom-carrier', 'sre-overload')).toEqual(['daniel-ibanez']);
    expect(await findings('telecom-carrier', 'domain-rotation-high-target')).toEqual(['login-id']);
    expect(await findings('telecom-carrier', 'ops-run-high-target')).toEqual([
      'convergent-billing',
      'service-activation',
    ]);
  });

  it('counts the director without a team in Digital, the CTO once, the open position nowhere, the partner as a contract', async () => {
    const staffing = await staffingOf('telecom-carrier');
    expect(
      staffing.funding.map((f) => [f.organization, f.current.headcount, f.headcountLimit]),
    ).toEqual([
      ['digital', 35, 45],
      ['bss-oss', 30, 36],
      ['network-operations', 18, 20],
      ['network-reliability', 6, 8],
      ['bluewave', 9, null],
    ]);
  });

  it('pays the SRE line of the plan for the manager and five SREs, not for the CTO who holds the SRE organization', async () => {
    // Inês Carvalho heads the company and its SRE organization: head count counts her in the
    // company, where she is the head of product delivery. The SRE line counted her salary too
    // (7 people, 424,000 EUR), an SRE cost no staffing figure had.
    const plan = await planOf('telecom-carrier');
    const line = (
      plan as unknown as {
        cost: {
          today: { lines: readonly { id: string; people: number; perYear: Amount }[] };
        };
      }
    ).cost.today.lines.find((l) => l.id === 'sre-salaries');
    expect(line?.people).toBe(6);
    expect(line?.perYear).toEqual({ amount: '336000.00', currency: 'EUR' });
  });

  it('offers the Mexican shop no follow-the-sun relay with the partner’s desk in Manila', async () => {
    const check = await runJson<CheckJson>(['check', dir, '--json']);
    const found = check.checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'mx-digital',
    );
    expect(found?.message).toContain('needs people at a second site');
    expect(found?.message).not.toContain('Manila');
  });

  it('bills BSS/OSS 304 h at 72 EUR plus 8 EUR of infrastructure', async () => {
    const chargeback = await runJson<ChargebackJson>([
      'chargeback',
      dir,
      '--month',
      MONTH,
      '--json',
    ]);
    expect(chargeback.statements.map((s) => s.total)).toEqual([
      { amount: '24320.00', currency: 'EUR' },
    ]);
  });

  it('pages BSS operations after the level-1 desk for the billing system, no developers', async () => {
    const oncall = await runJson<OnCallJson>([
      'oncall',
      dir,
      'convergent-billing',
      '--at',
      '2026-03-10T02:30:00Z',
      '--json',
    ]);
    expect(oncall.onCall.map((o) => o.rotation)).toEqual(['l1-service-desk', 'bss-ops-standby']);
  });

  it('hands the device-location API back after two depleted windows of three; SIM swap and QoD stay shared', async () => {
    const handover = await runJson<HandoverJson>([
      'handover',
      dir,
      '--sli',
      sli,
      '--at',
      '2026-05-01',
      '--json',
    ]);
    const service = (name: string) => handover.services.find((s) => s.name === name);
    expect(service('device-location-api')?.timeline.map((t) => [t.at, t.to])).toEqual([
      ['2026-03-16T00:00:00Z', 'you-run-it'],
    ]);
    for (const name of ['sim-swap-api', 'qod-api']) {
      expect(service(name)?.timeline, name).toEqual([]);
      expect(service(name)?.currentRunModel, name).toBe('you-and-sre-run-it');
    }
  });

  it('prices the customer-visible outages of the network APIs at their revenue per hour', async () => {
    const value = await runJson<ValueJson>([
      'value',
      dir,
      '--incidents',
      incidents,
      '--at',
      '2026-05-01',
      '--json',
    ]);
    const eur = value.currencies.find((c) => c.currency === 'EUR');
    // February: 3.5 h of device location at 1,200 EUR and 0.75 h of SIM swap at 3,800 EUR;
    // March: 4 h 35 min of device location. Portability states no revenue per hour.
    expect(eur?.months.map((m) => [m.month, m.lost.amount])).toEqual([
      ['2026-01', '0.00'],
      ['2026-02', '7050.00'],
      ['2026-03', '5500.00'],
      ['2026-04', '0.00'],
    ]);
  });

  it('says the partner’s contract pays the Manila desk', async () => {
    const hours = await runJson<HoursJson>([
      'hours',
      dir,
      '--from',
      MONTH_FROM,
      '--to',
      MONTH_TO,
      '--json',
    ]);
    const desk = hours.hours.filter((h) => h.paidByContract).map((h) => h.person);
    expect(desk.sort()).toEqual([
      'angelica-santos',
      'bryan-dela-cruz',
      'carla-reyes',
      'dennis-garcia',
      'erika-mendoza',
      'francis-aquino',
      'grace-bautista',
      'harold-ramos',
    ]);
  });
});

describe('telecom-carrier-target (EXPECTED.md)', () => {
  it('moves the three network APIs to SRE alone, gives SRE its own head, and finds its pager two short', async () => {
    const change = await runJson<{
      modelChanges: readonly { service: string; from: string; to: string }[];
      reportingChanges: readonly unknown[];
      operatingChange: {
        risks: { added: readonly { about: string }[]; removed: readonly { about: string }[] };
        newlyOnCall: readonly { person: string }[];
      };
    }>([
      'diff',
      orgPath('telecom-carrier'),
      '--target',
      orgPath('telecom-carrier-target'),
      '--json',
    ]);
    expect(change.modelChanges.map((c) => [c.service, c.from, c.to])).toEqual([
      ['sim-swap-api', 'you-and-sre-run-it', 'sre-runs-it'],
      ['device-location-api', 'you-and-sre-run-it', 'sre-runs-it'],
      ['qod-api', 'you-and-sre-run-it', 'sre-runs-it'],
    ]);
    expect(change.reportingChanges).toEqual([]);
    const added = change.operatingChange.risks.added.map((r) => r.about);
    expect(added).toContain('Rotation network-apis-sre');
    // Daniel Ibáñez's overload ends (the register lists it once, in the on-call load risk), and
    // the SRE pager's six take it up: that risk is removed and added, not kept.
    expect(change.operatingChange.risks.removed.map((r) => r.about)).toContainEqual(
      expect.stringMatching(/^daniel-ibanez \(/),
    );
    expect(added).toContainEqual(expect.stringContaining('antonio-garcia ('));
    expect(change.operatingChange.newlyOnCall.map((p) => p.person)).toEqual(['ramon-ortiz']);
  });
});

describe('airline (EXPECTED.md)', () => {
  const dir = orgPath('airline');
  const sli = dataPath('airline', 'sli.csv');
  const incidents = dataPath('airline', 'incidents.csv');

  it('has Dublin and Warsaw as one site, and sizes the booking pager without the SRE who takes no nights', async () => {
    const staffing = await staffingOf('airline');
    expect(
      staffing.rotations.map((r) => [r.name, r.needed, r.current, r.shortfall, r.setup]),
    ).toEqual([
      ['occ-it-shifts', 8, 8, 0, 'one-site'],
      ['booking-shared', 8, 7, 1, 'one-site'],
      ['crew-oncall', 8, 6, 2, 'one-site'],
      ['flight-ops-oncall', 8, 7, 1, 'one-site'],
      ['loyalty-hours', 2, 4, 0, 'any-site'],
      ['tools-hours', 2, 3, 0, 'any-site'],
    ]);
    expect(await findings('airline', 'member-takes-no-out-of-hours')).toEqual(['booking-shared']);
    expect(await findings('airline', 'rotation-too-small')).toEqual([
      'booking-shared',
      'crew-oncall',
      'flight-ops-oncall',
    ]);
    expect(await findings('airline', 'ops-run-high-target')).toEqual(['pss']);
    expect(await findings('airline', 'sre-overload')).toEqual([]);
  });

  it('never sends the SRE who takes no nights to a round-the-clock pager, nor proposes her for attrition (§12.10.1)', async () => {
    // She is the senior SRE beyond the §12.10.2 places (no seat of booking-shared holds her):
    // the plan moved crew-scheduling to shared on-call with her as its SRE, "7 of the 8 it
    // needs", and staffing redeployed her into crew-oncall, though both size it without her.
    const staffing = await staffingOf('airline');
    const places = (
      staffing as unknown as {
        surplusPlaces: {
          joined: readonly unknown[];
          sentApart: readonly unknown[];
          noTurns: readonly string[];
        };
      }
    ).surplusPlaces;
    expect(places.joined).toEqual([]);
    expect(places.sentApart).toEqual([]);
    expect(places.noTurns).toEqual(['agnieszka-wisniewska']);
    const plan = await planOf('airline');
    expect(
      plan.services
        .map((s) => [s.name, s.recommendation.runModel])
        .filter(([n]) => n === 'crew-scheduling'),
    ).toEqual([['crew-scheduling', 'you-run-it']]);
    const md = (await run(['plan', dir])).stdout;
    expect(md).not.toMatch(/Agnieszka Wiśniewska[^.]*joins/);
    expect(md).not.toMatch(/attrition absorb the 1 \(Agnieszka/);
    expect(md).toContain('keep Agnieszka Wiśniewska for SRE work in business hours, not attrition');
  });

  it('counts head by organization, the SRE team in Digital, and no chargeback across cost centers', async () => {
    const staffing = await staffingOf('airline');
    expect(
      staffing.funding.map((f) => [
        f.organization,
        f.current.headcount,
        f.headcountLimit,
        f.current.annualCost.amount,
      ]),
    ).toEqual([
      ['digital', 33, 36, '1446000.00'],
      ['flight-ops-it', 16, 18, '1344000.00'],
      ['it-operations', 10, 10, '684000.00'],
    ]);
    expect(staffing.hiring).toEqual([]);
  });

  it('keeps the bought passenger service system with the OCC desk, paged first at night', async () => {
    const plan = await planOf('airline');
    expect(plan.services.find((s) => s.name === 'pss')?.recommendation.runModel).toBe(
      'ops-runs-it',
    );
    const oncall = await runJson<OnCallJson>([
      'oncall',
      dir,
      'pss',
      '--at',
      '2026-03-10T02:30:00Z',
      '--json',
    ]);
    expect(oncall.onCall.map((o) => o.rotation)).toEqual(['occ-it-shifts']);
  });

  it('keeps both booking services shared under the policy: one depleted window is not two', async () => {
    const handover = await runJson<HandoverJson>([
      'handover',
      dir,
      '--sli',
      sli,
      '--at',
      '2026-04-15',
      '--json',
    ]);
    for (const name of ['booking-web', 'mobile-api']) {
      const service = handover.services.find((s) => s.name === name);
      expect(service?.timeline, name).toEqual([]);
      expect(service?.currentRunModel, name).toBe('you-and-sre-run-it');
    }
  });

  it('prices the customer-visible outages at their revenue per hour', async () => {
    const value = await runJson<ValueJson>([
      'value',
      dir,
      '--incidents',
      incidents,
      '--at',
      '2026-04-15',
      '--json',
    ]);
    const eur = value.currencies.find((c) => c.currency === 'EUR');
    // pss 1.5 h × 180,000; mobile-api 3.5 h × 60,000; booking-web 1.25 h × 95,000 EUR.
    expect(eur?.months.map((m) => [m.month, m.lost.amount])).toEqual([
      ['2026-01', '270000.00'],
      ['2026-02', '210000.00'],
      ['2026-03', '118750.00'],
    ]);
  });
});

describe('merger (EXPECTED.md)', () => {
  const dir = orgPath('merger');
  const sli = dataPath('merger', 'sli.csv');

  it('sizes the two short pagers of the shared identity service and finds the ops-run high tiers', async () => {
    const staffing = await staffingOf('merger');
    const sizes = new Map(staffing.rotations.map((r) => [r.name, [r.needed, r.current]]));
    expect(sizes.get('sre-pager')).toEqual([8, 6]);
    expect(sizes.get('identity-oncall')).toEqual([8, 5]);
    // Seven operations engineers and the agency's contractor, who takes turns too.
    expect(sizes.get('manila-desk')).toEqual([8, 8]);
    expect(await findings('merger', 'rotation-too-small')).toEqual([
      'identity-oncall',
      'sre-pager',
    ]);
    expect(await findings('merger', 'ops-run-high-target')).toEqual([
      'marketpay',
      'marketplace-web',
    ]);
    expect(await findings('merger', 'sre-overload')).toEqual([]);
    expect(await findings('merger', 'on-call-overload')).toEqual([]);
  });

  it('counts head and salaries per organization, each in its own currency, the contractor in none', async () => {
    const staffing = await staffingOf('merger');
    const row = (org: string) => {
      const f = staffing.funding.find((x) => x.organization === org);
      return [f?.current.headcount, f?.headcountLimit];
    };
    expect(row('fjallmark-engineering')).toEqual([133, 136]);
    expect(row('fjallmark-sre')).toEqual([7, 8]);
    expect(row('tradewell-engineering')).toEqual([85, 88]);
    expect(row('tradewell-operations')).toEqual([8, 8]);
    expect(staffing.sreTeams.needed).toBe(1);
    expect(staffing.sreTeams.current).toBe(1);
  });

  it('bills the consulting in USD apart from the EUR chargeback', async () => {
    const chargeback = await runJson<ChargebackJson>([
      'chargeback',
      dir,
      '--month',
      MONTH,
      '--json',
    ]);
    const text = JSON.stringify(chargeback);
    expect(text).toContain('"tradewell-engineering"');
    expect(text).toMatch(/"amount":"1680\.00","currency":"USD"/);
  });

  it('pages only the Manila desk for marketpay, and the SRE and identity pagers for customer identity', async () => {
    const at = '2026-03-10T02:30:00Z';
    const pay = await runJson<OnCallJson>(['oncall', dir, 'marketpay', '--at', at, '--json']);
    expect(pay.onCall.map((o) => o.rotation)).toEqual(['manila-desk']);
    const id = await runJson<OnCallJson>([
      'oncall',
      dir,
      'customer-identity',
      '--at',
      at,
      '--json',
    ]);
    expect(id.onCall.map((o) => o.rotation).sort()).toEqual(['identity-oncall', 'sre-pager']);
  });

  it('hands nordpay back under the strict policy and says nobody of its team is on call', async () => {
    const oncall = await runJson<OnCallJson & { notes: readonly string[] }>([
      'oncall',
      dir,
      'nordpay',
      '--sli',
      sli,
      '--at',
      '2026-03-20T02:00:00Z',
      '--json',
    ]);
    expect(oncall.runModel).toBe('you-run-it');
    expect(oncall.notes.join(' ')).toContain('Nobody of payments-nordic is on call for nordpay');
    const handover = await runJson<HandoverJson>([
      'handover',
      dir,
      '--sli',
      sli,
      '--at',
      '2026-03-30',
      '--json',
    ]);
    // customer-identity used most of a window's budget but group-policy has no handback rule.
    const identity = handover.services.find((s) => s.name === 'customer-identity');
    expect(identity?.currentRunModel).toBe('you-and-sre-run-it');
    expect(await findings('merger', 'sre-team-cannot-hand-back')).toEqual(['sre-core']);
  });
});
