import { beforeAll, describe, expect, it } from 'vitest';
import {
  CORPUS,
  type CorpusName,
  cents,
  type Doc,
  docsOf,
  hoursBetween,
  MONTH,
  MONTH_FROM,
  MONTH_TO,
  ofKind,
  orgPath,
  run,
  runJson,
  turnTakersOf,
} from './support/corpus.ts';
import type {
  ChargebackJson,
  CheckJson,
  DescribeServiceJson,
  HoursJson,
  OnCallCostJson,
  OnCallJson,
  PlanJson,
  ScheduleJson,
  StaffingJson,
} from './support/outputs.ts';

/**
 * The commands agree about each organization of the corpus: a figure or a fact that two commands
 * both show is the same in both. Each command runs once per organization, in-process, through
 * its JSON output (the contract scripts use), never through a re-implementation of its rule.
 */

/** Moments in the planned month at which `oncall` is asked: a weeknight, a weekday noon, a Saturday evening (UTC). */
const MOMENTS = ['2026-03-10T02:30:00Z', '2026-03-11T12:00:00Z', '2026-03-14T19:00:00Z'] as const;

/** Services `oncall` is asked about: a few per organization keep the suite lean. */
const ONCALL_SAMPLE: Record<CorpusName, readonly string[]> = {
  'one-team': ['booking-api', 'harbour-sync'],
  startup: ['web-app', 'bank-sync-worker'],
  'scale-up': ['dispatch-engine', 'api-gateway'],
  'insurer-today': ['claims-intake', 'customer-portal'],
  'insurer-target': ['broker-portal', 'print-output'],
  payments: ['card-authorization', 'settlement-batch'],
  'follow-the-sun': ['auth-api', 'mobile-push'],
  'edge-no-product-line': ['quotes-api'],
  'edge-manager-without-team': ['orders-api'],
  'edge-reports-to-only': ['storefront'],
  'one-sre': ['booking-api', 'harbour-console'],
  bank: ['card-payments', 'core-ledger', 'online-banking-web'],
  migration: ['route-planner', 'tracking-api', 'customs-export'],
  'saas-global': ['login', 'api-edge', 'signup-flow'],
  'public-agency': ['licensing-portal', 'public-website'],
  'retail-peak': ['checkout-api', 'tax-calculation', 'care-console', 'invoice-export'],
  'game-studio': ['matchmaking-api', 'store-api', 'build-farm'],
  'hospital-group': ['ehr-core', 'fhir-gateway', 'patient-portal-api', 'staff-intranet'],
  'streaming-media': ['live-stream-origin', 'playback-api', 'drm-licence', 'ad-reporting'],
  'parcel-logistics': ['driver-api', 'tracking-api', 'sortation-control', 'returns-portal'],
  'energy-utility': ['customer-care-crm', 'billing-core', 'der-dispatch', 'customer-login'],
  'telecom-carrier': ['convergent-billing', 'login-id', 'sim-swap-api', 'network-inventory'],
  'telecom-carrier-target': ['sim-swap-api', 'portability-gateway'],
  airline: ['pss', 'booking-web', 'crew-scheduling', 'loyalty'],
  merger: ['marketpay', 'customer-identity', 'nordpay', 'search-api'],
  'merger-target': ['marketpay', 'buyer-api', 'customer-identity'],
};

// The amount as the JSON writes it, in its currency's minor digits (none for JPY).
const money = (amount: string, currency: string): string => {
  const [whole = '0', fraction] = amount.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`} ${currency}`;
};

describe.each(CORPUS)('the commands agree about %s', (name) => {
  const dir = orgPath(name);
  let docs: Doc[];
  let check: CheckJson;
  let plan: PlanJson;
  let staffing: StaffingJson;
  let schedule: ScheduleJson;
  let hours: HoursJson;
  let cost: OnCallCostJson | undefined;
  let hasPolicy: boolean;

  beforeAll(async () => {
    docs = docsOf(name);
    hasPolicy = ofKind(docs, 'CompensationPolicy').length > 0;
    [check, plan, staffing, schedule, hours] = await Promise.all([
      runJson<CheckJson>(['check', dir, '--json']),
      runJson<PlanJson>(['plan', dir, '--json']),
      runJson<StaffingJson>(['staffing', dir, '--json']),
      runJson<ScheduleJson>(['schedule', dir, '--from', MONTH_FROM, '--to', MONTH_TO, '--json']),
      runJson<HoursJson>(['hours', dir, '--from', MONTH_FROM, '--to', MONTH_TO, '--json']),
    ]);
    cost = hasPolicy
      ? await runJson<OnCallCostJson>(['oncall-cost', dir, '--month', MONTH, '--json'])
      : undefined;
  }, 120_000);

  it('is a valid model', async () => {
    const result = await run(['validate', dir]);
    // What whorunsit derives from another tool's files (retail-peak's OpenSLO SLOs) is reported
    // on stderr, each line saying so; nothing else may be: no problem, no ignored document.
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    const derived =
      /^\S+:\d+:\d+ {2}(derived|inferred) {2}|^\d+ inferences made reading other tools' files/;
    expect(lines.filter((l) => !derived.test(l))).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('check says a service has no rotation exactly when the plan lists none for it', () => {
    const without = check.checks
      .filter((c) => c.code === 'service-without-rotation')
      .map((c) => c.subject.name)
      .sort();
    const planWithout = plan.services
      .filter((s) => s.rotations.length === 0)
      .map((s) => s.name)
      .sort();
    expect(without).toEqual(planWithout);
  });

  it('the plan shows every service with the run model its file gives', () => {
    const fromFiles = Object.fromEntries(
      ofKind(docs, 'Service').map((s) => [s.metadata.name, s.spec.runModel]),
    );
    expect(Object.fromEntries(plan.services.map((s) => [s.name, s.runModel]))).toEqual(fromFiles);
  });

  it('oncall names, for each rotation covering a service, whoever the schedule has on call then', async () => {
    for (const service of ONCALL_SAMPLE[name]) {
      const covering = plan.services.find((s) => s.name === service)?.rotations ?? [];
      for (const at of name === 'scale-up' ? MOMENTS.slice(0, 1) : MOMENTS) {
        const now = await runJson<OnCallJson>(['oncall', dir, service, '--at', at, '--json']);
        expect(now.runModel).toBe(plan.services.find((s) => s.name === service)?.runModel);
        const scheduled = covering.flatMap((r) => {
          const shift = schedule.shifts.find(
            (s) =>
              s.rotation === r.name &&
              Date.parse(s.start) <= Date.parse(at) &&
              Date.parse(at) < Date.parse(s.end),
          );
          return shift === undefined ? [] : [{ rotation: r.name, person: shift.person }];
        });
        const listed = now.onCall.map((o) => ({ rotation: o.rotation, person: o.person }));
        const byRotation = (a: { rotation: string }, b: { rotation: string }) =>
          a.rotation.localeCompare(b.rotation);
        expect([...listed].sort(byRotation), `${service} at ${at}`).toEqual(
          [...scheduled].sort(byRotation),
        );
      }
    }
  }, 120_000);

  it('describe service says what plan, oncall and check say about the service', async () => {
    for (const service of ONCALL_SAMPLE[name]) {
      const at = MOMENTS[0];
      const [described, now] = await Promise.all([
        runJson<DescribeServiceJson>([
          'describe',
          'service',
          service,
          '--model',
          dir,
          '--at',
          at,
          '--json',
        ]),
        runJson<OnCallJson>(['oncall', dir, service, '--at', at, '--json']),
      ]);
      const planned = plan.services.find((s) => s.name === service);
      expect(described.runModel, service).toBe(planned?.runModel);
      expect(described.tier, service).toBe(planned?.tier);
      expect(described.sreTeam ?? null, service).toBe(planned?.sreTeam ?? null);
      expect(described.recommendation.runModel, service).toBe(planned?.recommendation.runModel);
      expect(described.rotations.map((r) => r.name).sort(), service).toEqual(
        (planned?.rotations ?? []).map((r) => r.name).sort(),
      );
      const pairs = (list: readonly { rotation: string; person: string }[]) =>
        list.map((o) => `${o.rotation} ${o.person}`).sort();
      expect(pairs(described.onCall.people), `${service} at ${at}`).toEqual(pairs(now.onCall));
      const fromCheck = check.checks
        .filter((c) => c.subject.kind === 'Service' && c.subject.name === service)
        .map((c) => c.code)
        .sort();
      expect(described.findings.map((f) => f.code).sort(), service).toEqual(fromCheck);
    }
  }, 120_000);

  it('the schedule keeps every 24x7 rotation it reports nothing about staffed all month, one person at a time', () => {
    const flagged = new Set(schedule.violations.map((v) => v.rotation));
    for (const r of ofKind(docs, 'Rotation')) {
      if (r.spec.coverage !== '24x7' || flagged.has(r.metadata.name)) continue;
      const shifts = schedule.shifts
        .filter((s) => s.rotation === r.metadata.name)
        .map((s) => [Date.parse(s.start), Date.parse(s.end)] as const)
        .sort((a, b) => a[0] - b[0]);
      expect(shifts[0]?.[0], r.metadata.name).toBe(Date.parse(`${MONTH_FROM}T00:00:00Z`));
      expect(shifts.at(-1)?.[1], r.metadata.name).toBe(Date.parse(`${MONTH_TO}T00:00:00Z`));
      for (let i = 1; i < shifts.length; i++) {
        expect(shifts[i]?.[0], `${r.metadata.name} shift ${i}`).toBe(shifts[i - 1]?.[1]);
      }
    }
  });

  it('check in SARIF reports the findings of check, each at its subject', async () => {
    const sarif = JSON.parse((await run(['check', dir, '--format', 'sarif'])).stdout) as {
      runs: {
        results: {
          ruleId: string;
          level: string;
          locations: { logicalLocations: { name: string; kind: string }[] }[];
        }[];
      }[];
    };
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    const fromSarif = (sarif.runs[0]?.results ?? [])
      .map((r) => {
        const subject = r.locations[0]?.logicalLocations[0];
        return `${r.ruleId} ${r.level} ${subject?.kind}/${subject?.name}`;
      })
      .sort();
    const fromCheck = check.checks
      .map((c) => `${c.code} ${level[c.severity]} ${c.subject.kind}/${c.subject.name}`)
      .sort();
    expect(fromSarif).toEqual(fromCheck);
  });

  it('hours add up, person by person, to the shifts of the schedule', () => {
    if (schedule.violations.some((v) => v.code === 'double-booked')) return;
    const fromShifts = new Map<string, number>();
    for (const s of schedule.shifts) {
      fromShifts.set(s.person, (fromShifts.get(s.person) ?? 0) + hoursBetween(s.start, s.end));
    }
    for (const h of hours.hours) {
      expect(h.businessHours + h.offHours, h.person).toBeCloseTo(fromShifts.get(h.person) ?? 0, 1);
      expect(h.weekendHours).toBeLessThanOrEqual(h.offHours + 1e-9);
    }
  });

  it('oncall-cost pays each person for the hours that `hours` counts, at their policy’s rate', () => {
    if (!hasPolicy || cost === undefined) return;
    const policies = ofKind(docs, 'CompensationPolicy');
    const rateOf = (name: string) =>
      Number(policies.find((p) => p.metadata.name === name)?.spec.standbyPerHour ?? 0);
    const policyOf = new Map(hours.hours.map((h) => [h.person, h.policy]));
    const byPerson = new Map(hours.hours.map((h) => [h.person, h]));
    expect(cost.compensation.people.map((p) => p.person).sort()).toEqual(
      hours.hours.map((h) => h.person).sort(),
    );
    for (const p of cost.compensation.people) {
      const h = byPerson.get(p.person);
      expect(p.hours.businessHours, p.person).toBeCloseTo(h?.businessHours ?? -1, 1);
      expect(p.hours.offHours, p.person).toBeCloseTo(h?.offHours ?? -1, 1);
      expect(p.hours.weekendHours, p.person).toBeCloseTo(h?.weekendHours ?? -1, 1);
      // Both commands name the same policy for a person: the one that pays them, and both say
      // when another company's contract pays them instead (`hours` said the policy alone).
      expect(p.policy, p.person).toBe(policyOf.get(p.person));
      expect(p.paidByContract, p.person).toBe(h?.paidByContract);
      // Another company's people: its contract pays their on-call, no rate of the policy.
      const rate = p.paidByContract ? 0 : rateOf(p.policy);
      // The JSON hours are rounded to the hundredth; the pay is priced from the exact hours.
      expect(Math.abs(cents(p.pay.standby) - p.hours.offHours * rate * 100)).toBeLessThanOrEqual(
        rate * 0.5 + 1,
      );
      expect(p.pay.standby.currency, p.person).toBe(p.currency);
    }
    // Each currency's total is the sum of those paid in it; the existing total is the default's.
    for (const c of cost.compensation.byCurrency) {
      const paid = cost.compensation.people.filter((p) => p.currency === c.currency);
      expect(cents(c.pay.standby), c.currency).toBe(
        paid.reduce((sum, p) => sum + cents(p.pay.standby), 0),
      );
    }
    expect(cost.compensation.total.pay.standby).toEqual(
      cost.compensation.byCurrency[0]?.pay.standby,
    );
  });

  it("oncall-cost's design of today is the model's rotations with the members who take turns", () => {
    if (cost === undefined) return;
    const rotations = ofKind(docs, 'Rotation');
    expect(cost.current.rotations.map((r) => r.name).sort()).toEqual(
      rotations.map((r) => r.metadata.name).sort(),
    );
    for (const r of rotations) {
      const design = cost.current.rotations.find((d) => d.name === r.metadata.name);
      expect(design?.members, r.metadata.name).toBe(turnTakersOf(docs, r).length);
      expect(design?.coverage).toBe(r.spec.coverage);
    }
  });

  it('the plan shows the on-call cost of today and of the optimized design that oncall-cost gives', async () => {
    if (cost === undefined) return;
    const markdown = (await run(['plan', dir])).stdout;
    // Each currency its people are paid in, side by side: never one sum of two currencies.
    const shown = (d: OnCallCostJson['current']) => {
      const paid = d.byCurrency.filter((c) => Number(c.monthlyCost.amount) !== 0);
      return (paid.length > 0 ? paid : d.byCurrency.slice(0, 1))
        .map((c) => money(c.monthlyCost.amount, c.monthlyCost.currency))
        .join(' and ');
    };
    expect(markdown).toContain(`**${shown(cost.current)}**`);
    expect(markdown).toContain(`**${shown(cost.optimized)}**`);
  });

  it('check flags a rotation as too small exactly when staffing finds it short', () => {
    const flagged = check.checks
      .filter((c) => c.code === 'rotation-too-small')
      .map((c) => c.subject.name)
      .sort();
    const short = staffing.rotations
      .filter((r) => r.coverage === '24x7' && r.shortfall > 0)
      .map((r) => r.name)
      .sort();
    expect(flagged).toEqual(short);
  });

  // #12: saas-global's follow-the-sun platform-oncall (5 at each of three sites, 4 needed at
  // each, each site keeping its fifth) was "needed 15" in staffing and "as many people needed
  // (12)" in oncall-cost.
  it('gives one figure for the people each rotation needs: staffing, oncall-cost, plan and check', () => {
    const needed = new Map(staffing.rotations.map((r) => [r.name, r.needed]));
    expect(new Map(plan.staffing?.rotations.map((r) => [r.name, r.needed]))).toEqual(needed);
    if (cost !== undefined) {
      for (const r of cost.current.rotations) {
        expect(r.peopleNeeded, `today's ${r.name}`).toBe(needed.get(r.name));
      }
      for (const r of cost.optimized.rotations.filter((x) => x.keeps !== null)) {
        // a kept rotation keeps its coverage, or is extended to 24x7 (then sized anew)
        const today = staffing.rotations.find((x) => x.name === r.keeps);
        if (today?.coverage !== r.coverage) continue;
        expect(r.peopleNeeded, `optimized ${r.name}`).toBe(needed.get(r.keeps ?? ''));
      }
    }
    for (const c of check.checks.filter((x) => x.code === 'rotation-too-small')) {
      const stated = /it needs (\d+)/.exec(c.message)?.[1];
      if (stated !== undefined) expect(Number(stated), c.message).toBe(needed.get(c.subject.name));
    }
    // a relay's figure is its sites' figures added up
    for (const r of staffing.rotations.filter((x) =>
      x.sites.every((s) => s.needed !== undefined),
    )) {
      if (r.setup === 'two-sites' || r.setup === 'follow-the-sun') {
        expect(r.needed, r.name).toBe(r.sites.reduce((n, s) => n + (s.needed ?? 0), 0));
      }
    }
  });

  it('staffing sizes every rotation of the model, with the members who take turns', () => {
    const rotations = ofKind(docs, 'Rotation');
    expect(staffing.rotations.map((r) => r.name).sort()).toEqual(
      rotations.map((r) => r.metadata.name).sort(),
    );
    for (const r of rotations) {
      const sized = staffing.rotations.find((s) => s.name === r.metadata.name);
      expect(sized?.current, r.metadata.name).toBe(turnTakersOf(docs, r).length);
      expect(sized?.sites.reduce((n, s) => n + s.current, 0)).toBe(turnTakersOf(docs, r).length);
    }
  });

  it('check and staffing agree on which organizations break their head count limit', () => {
    const flagged = check.checks
      .filter((c) => c.code === 'over-headcount-limit')
      .map((c) => c.subject.name)
      .sort();
    const breaking = staffing.funding
      .filter((f) => f.headcountLimit !== null && f.current.headcount > f.headcountLimit)
      .map((f) => f.organization)
      .sort();
    expect(flagged).toEqual(breaking);
    for (const f of staffing.funding) {
      if (f.headcountLimit === null) continue;
      expect(f.breaksHeadcount || f.current.headcount <= f.headcountLimit, f.organization).toBe(
        true,
      );
    }
  });

  it("the plan's placements count the SRE team's organization as staffing does", () => {
    for (const p of plan.placements) {
      const funded = staffing.funding.find((f) => f.organization === p.organization);
      if (funded === undefined) continue;
      expect(p.organizationHeadCount, p.team).toBe(funded.current.headcount);
      expect(p.headcountLimit).toBe(funded.headcountLimit);
    }
  });

  it("chargeback bills each SRE team for the support hours of the plan's placements", async () => {
    const bill = await runJson<ChargebackJson>(['chargeback', dir, '--month', MONTH, '--json']);
    const lines = bill.statements.flatMap((s) => s.lines);
    for (const p of plan.placements) {
      const billed = lines.filter((l) => l.sreTeam === p.team);
      if (billed.length === 0 || billed.some((l) => l.hoursFrom !== 'agreed')) continue;
      const charged = p.charges.reduce((n, c) => n + c.hoursPerMonth, 0);
      expect(
        billed.reduce((n, l) => n + l.hours, 0),
        p.team,
      ).toBeCloseTo(charged, 2);
    }
    for (const s of bill.statements) {
      expect(s.lines.reduce((n, l) => n + cents(l.amount), 0)).toBe(cents(s.total));
    }
  });

  it("the plan's staffing is staffing's", () => {
    expect(plan.staffing).not.toBeNull();
    const inPlan = plan.staffing as NonNullable<PlanJson['staffing']>;
    expect(inPlan.sreTeams).toEqual(staffing.sreTeams);
    expect(inPlan.rotations).toEqual(staffing.rotations);
    expect(inPlan.overloaded).toEqual(staffing.overloaded);
    expect(inPlan.hiring).toEqual(staffing.hiring);
    expect(plan.promotions).toEqual(staffing.promotions);
    expect(inPlan.funding).toEqual(staffing.funding);
    for (const level of ['junior', 'senior', 'principal'] as const) {
      const { needed, current, people } = inPlan.headcount.roles[level];
      expect({ needed, current, people }, level).toEqual({
        needed: staffing.roles[level].needed,
        current: staffing.roles[level].current,
        people: staffing.roles[level].people,
      });
    }
  });

  it("the plan's on-call designs cost what oncall-cost says, and its yearly cost is twelve months of today's", () => {
    if (cost === undefined) return;
    const inPlan = plan.onCallCost?.cost;
    expect(inPlan, 'the plan prices on-call').toBeDefined();
    for (const design of ['current', 'optimized', 'teamRotationPerTeam'] as const) {
      expect(inPlan?.[design].monthlyCost, design).toEqual(cost[design].monthlyCost);
      expect(inPlan?.[design].peopleNeeded, design).toBe(cost[design].peopleNeeded);
    }
    // One figure, one shape: the savings and the comparison with today as oncall-cost prints them.
    expect(inPlan?.saving).toEqual(cost.saving);
    expect(inPlan?.savingVsCurrent).toEqual(cost.savingVsCurrent);
    expect(inPlan?.vsCurrent).toEqual(cost.vsCurrent);
    // The SREs' share and the developers' and operations' add up to the design's pay; the turns
    // another company's people take (parcel-logistics' NOC) are priced at nothing by both, since
    // its contract pays them. A note that still gave them an amount would be subtracted here.
    const yearly = plan.cost?.today.lines.filter(
      (l) => l.id === 'oncall-compensation' || l.id === 'oncall-compensation-sre',
    );
    const contract = (plan.cost?.notes ?? [])
      .map((n) =>
        n.match(/another company’s people take \(([\d,]+\.\d\d) [A-Z]{3} a year on today/),
      )
      .find((m) => m !== null);
    const inContract = contract ? Math.round(Number(contract[1]?.replace(/,/g, '')) * 100) : 0;
    if (yearly !== undefined && yearly.length > 0)
      expect(yearly.reduce((n, l) => n + cents(l.perYear), 0) + inContract).toBe(
        12 * cents(cost.current.monthlyCost),
      );
  });

  it("the plan's chargeback bills each SRE team the hours of its placement", () => {
    for (const p of plan.placements) {
      const billed = (plan.chargeback?.statements ?? [])
        .flatMap((s) => s.lines)
        .filter((l) => l.sreTeam === p.team)
        .reduce((n, l) => n + l.hours, 0);
      const charged = p.charges.reduce((n, c) => n + c.hoursPerMonth, 0);
      if (charged === 0) continue;
      expect(billed, p.team).toBeCloseTo(charged, 2);
    }
  });

  it("the plan's rotation sizes and SRE head count are staffing's", async () => {
    const markdown = (await run(['plan', dir])).stdout;
    const cells = (row: string) => row.split('|').map((c) => c.trim().replaceAll('*', ''));
    for (const r of staffing.rotations) {
      const row = markdown.split('\n').find((l) => l.startsWith(`| \`${r.name}\` |`));
      expect(row, r.name).toBeDefined();
      // | rotation | type | coverage | needed | today | short by | setup | sites |
      // Another company's shortfall is said to be its contract's (§12.4.6).
      expect(cells(row ?? '').slice(4, 7), r.name).toEqual([
        String(r.needed),
        String(r.current),
        r.provider !== null && r.shortfall > 0
          ? `${r.shortfall}, the contract’s`
          : String(r.shortfall),
      ]);
    }
    for (const level of ['junior', 'senior', 'principal'] as const) {
      const row = markdown.split('\n').find((l) => l.startsWith(`| ${level} SRE |`));
      const { needed, current } = staffing.roles[level];
      expect(cells(row ?? '').slice(3, 5), level).toEqual([String(needed), String(current)]);
    }
  });

  it('careers puts on the SRE track exactly the people staffing counts as SREs', async () => {
    const careers = await runJson<{ people: { person: string; track: string }[] }>([
      'careers',
      dir,
      '--json',
    ]);
    // Open positions and the SRE infrastructure product owner are counted differently today (see
    // the findings); everyone else must be on the same side in both commands.
    const open = new Set(
      ofKind(docs, 'Person')
        .filter((p) => p.spec.openPosition === true || p.spec.role === 'sre-infrastructure-po')
        .map((p) => p.metadata.name),
    );
    const counted = [
      ...staffing.roles.junior.people,
      ...staffing.roles.senior.people,
      ...staffing.roles.principal.people,
      ...staffing.unleveled,
      ...staffing.infrastructure,
    ].filter((p) => !open.has(p));
    const onTrack = careers.people
      .filter((p) => p.track === 'sre' && !open.has(p.person))
      .map((p) => p.person);
    expect([...onTrack].sort()).toEqual(counted.sort());
  });

  it("careers lists each SRE role's people and open positions as the files write them", async () => {
    const careers = await runJson<{
      sreRoleNames: { role: string; people: string[]; openPositions: string[] }[];
    }>(['careers', dir, '--json']);
    for (const r of careers.sreRoleNames) {
      const ofRole = ofKind(docs, 'Person').filter((p) => p.spec.role === r.role);
      const open = (p: Doc) => p.spec.openPosition === true;
      expect([...r.people].sort(), r.role).toEqual(
        ofRole
          .filter((p) => !open(p))
          .map((p) => p.metadata.name)
          .sort(),
      );
      expect([...r.openPositions].sort(), r.role).toEqual(
        ofRole
          .filter(open)
          .map((p) => p.metadata.name)
          .sort(),
      );
    }
  });

  it('the SREs staffing counts are the SREs of the reporting lines', () => {
    const counted = [
      ...staffing.roles.junior.people,
      ...staffing.roles.senior.people,
      ...staffing.roles.principal.people,
      ...staffing.unleveled,
    ];
    const openPositions = new Set(
      ofKind(docs, 'Person')
        .filter((p) => p.spec.openPosition === true)
        .map((p) => p.metadata.name),
    );
    const lines = plan.reportingLines.filter((l) => l.group === 'sre').map((l) => l.person);
    // Whether an open position counts is a question of its own (see the findings); here the two
    // commands must agree on everyone else.
    const people = (names: readonly string[]) => names.filter((p) => !openPositions.has(p)).sort();
    expect(people(counted)).toEqual(people(lines));
  });
});
