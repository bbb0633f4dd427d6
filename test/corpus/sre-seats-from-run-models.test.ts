import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  type CorpusName,
  type Doc,
  docsOf,
  ofKind,
  orgPath,
  runJson,
} from './support/corpus.ts';
import type { CheckJson, PlanService } from './support/outputs.ts';

/**
 * §12.4.1, §12.10.2: a junior SRE "goes on call for the services owned by the team"; one SRE
 * supports a development team by "running a shared on-call rotation" with it. The SRE head count
 * counted every development team an SRE team consults for (hospital-group hired 3 juniors for 3
 * teams its SREs only consult for, §12.4.7 lists consulting apart from shared on-call) and every
 * team of an organization-wide SRE target model (telecom-carrier-target hired 8 SREs, 2 of them
 * principals, for an SRE organization of 7 limited to 8 that runs one line's APIs, while Digital's
 * developers run login and the API gateway round the clock). A team gets an SRE seat from the
 * services SRE runs or shares on-call for, by each service's run model, or from a high tier the
 * target model moves to SRE: one operations run, or nobody covers round the clock
 * (insurer-today's customer portal, office hours only). Staffing, the plan and check read the one
 * definition (`sreScope`), and the recommendation gives an SRE model where the seat is.
 */
interface StaffingJson {
  readonly sreTeams: { readonly developmentTeams: readonly string[] };
  readonly hiring: readonly { readonly level: string; readonly count: number }[];
}

interface PlanJson {
  readonly staffing: StaffingJson;
  readonly services: readonly PlanService[];
}

const SRE_MODELS = ['you-and-sre-run-it', 'sre-runs-it'];

/** The target model of a team's organization, or of the nearest one above it that states one. */
function targetOf(docs: readonly Doc[], team: string): string | undefined {
  const orgs = new Map(ofKind(docs, 'Organization').map((o) => [o.metadata.name, o]));
  const owner = ofKind(docs, 'Team').find((t) => t.metadata.name === team);
  let org = orgs.get(String(owner?.spec.organization));
  const seen = new Set<string>();
  while (org !== undefined && !seen.has(org.metadata.name)) {
    seen.add(org.metadata.name);
    if (org.spec.targetModel !== undefined) return String(org.spec.targetModel);
    org = orgs.get(String(org.spec.parent));
  }
  return undefined;
}

/**
 * The development teams whose developers run every service alone and keep each high tier covered
 * round the clock (no `high-tier-without-round-the-clock` or `service-without-rotation` finding
 * on it), or that own none.
 */
function developersAloneRoundTheClock(
  name: CorpusName,
  services: readonly PlanService[],
  check: CheckJson,
): string[] {
  const gap = new Set(
    check.checks
      .filter(
        (c) =>
          c.subject.kind === 'Service' &&
          (c.code === 'high-tier-without-round-the-clock' || c.code === 'service-without-rotation'),
      )
      .map((c) => c.subject.name),
  );
  return ofKind(docsOf(name), 'Team')
    .filter((t) => t.spec.type === 'development')
    .filter(
      (t) => t.spec.setup !== 'dedicated-sre' && t.spec.setup !== 'dedicated-sre-and-developers',
    )
    .map((t) => t.metadata.name)
    .filter((team) =>
      services
        .filter((s) => s.owner === team)
        .every((s) => s.runModel === 'you-run-it' && !(s.tier === 'high' && gap.has(s.name))),
    );
}

describe('a team whose developers run its services alone round the clock gets no SRE seat', () => {
  it.each(CORPUS)('%s', async (name) => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath(name), '--json']);
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const check = await runJson<CheckJson>(['check', orgPath(name), '--json']);
    const scope = staffing.sreTeams.developmentTeams;
    for (const team of developersAloneRoundTheClock(name, plan.services, check)) {
      expect(scope, team).not.toContain(team);
    }
    // The plan's hiring is staffing's.
    expect(plan.staffing.sreTeams.developmentTeams).toEqual(scope);
    expect(plan.staffing.hiring).toEqual(staffing.hiring);
    // One definition (§12.8.1): a developer-run high tier under an SRE target model gets its
    // team a seat exactly where the recommendation gives it an SRE model.
    const docs = docsOf(name);
    for (const s of plan.services) {
      if (s.runModel !== 'you-run-it' || s.tier !== 'high') continue;
      const target = targetOf(docs, s.owner);
      if (target === undefined || !SRE_MODELS.includes(target)) continue;
      if (s.recommendation.runModel === 'ops-runs-it') continue;
      expect(scope.includes(s.owner), `${name}: ${s.name} (${s.owner})`).toBe(
        SRE_MODELS.includes(s.recommendation.runModel),
      );
    }
  });
});

describe('SRE seats of the organizations that showed it', () => {
  it('hospital-group: the SREs share integration’s pager and consult for the rest; nobody is hired', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath('hospital-group'), '--json']);
    expect(staffing.sreTeams.developmentTeams).toEqual(['integration']);
    expect(staffing.hiring).toEqual([]);
  });

  it('telecom-carrier-target: SRE runs the network APIs; Digital keeps login and the API gateway, with no principal for its line', async () => {
    const path = orgPath('telecom-carrier-target');
    const staffing = await runJson<StaffingJson>(['staffing', path, '--json']);
    expect(staffing.sreTeams.developmentTeams).toEqual(['network-apis']);
    expect(staffing.hiring.filter((h) => h.level === 'principal')).toEqual([]);
    const plan = await runJson<PlanJson>(['plan', path, '--json']);
    for (const name of ['login-id', 'api-gateway']) {
      const s = plan.services.find((x) => x.name === name);
      expect(s?.recommendation.runModel, name).toBe('you-run-it');
      expect(s?.recommendation.reasons.join(' '), name).toContain(
        'developers run it round the clock',
      );
    }
  });

  it('insurer-today: the customer portal, covered in office hours only, gets the SRE insurer-target gives it', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath('insurer-today'), '--json']);
    expect(staffing.sreTeams.developmentTeams).toContain('customer-portal');
    const plan = await runJson<PlanJson>(['plan', orgPath('insurer-today'), '--json']);
    const portal = plan.services.find((s) => s.name === 'customer-portal');
    expect(portal?.recommendation.runModel).toBe('you-and-sre-run-it');
  });
});
