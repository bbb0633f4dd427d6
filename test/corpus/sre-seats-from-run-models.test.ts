import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusName, docsOf, ofKind, orgPath, runJson } from './support/corpus.ts';

/**
 * §12.4.1, §12.10.2: a junior SRE "goes on call for the services owned by the team"; one SRE
 * supports a development team by "running a shared on-call rotation" with it. The SRE head count
 * counted every development team an SRE team consults for (hospital-group hired 3 juniors for 3
 * teams its SREs only consult for, §12.4.7 lists consulting apart from shared on-call) and every
 * team of an organization-wide SRE target model (telecom-carrier-target hired 8 SREs, 2 of them
 * principals, for an SRE organization of 7 limited to 8 that runs one line's APIs). A team gets an
 * SRE seat from the services SRE runs or shares on-call for, by each service's run model, or
 * from a high tier the target model takes off operations; staffing, the plan and check read the
 * one definition (`sreScope`).
 */
interface StaffingJson {
  readonly sreTeams: { readonly developmentTeams: readonly string[] };
  readonly hiring: readonly { readonly level: string; readonly count: number }[];
}

interface PlanJson {
  readonly staffing: StaffingJson;
}

/** The development teams whose every service its developers run alone, or that have none. */
function developersAlone(name: CorpusName): string[] {
  const docs = docsOf(name);
  const services = ofKind(docs, 'Service');
  return ofKind(docs, 'Team')
    .filter((t) => t.spec.type === 'development')
    .filter(
      (t) => t.spec.setup !== 'dedicated-sre' && t.spec.setup !== 'dedicated-sre-and-developers',
    )
    .map((t) => t.metadata.name)
    .filter((team) =>
      services.filter((s) => s.spec.owner === team).every((s) => s.spec.runModel === 'you-run-it'),
    );
}

describe('a team whose services its developers run alone gets no SRE seat', () => {
  it.each(CORPUS)('%s', async (name) => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath(name), '--json']);
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    for (const team of developersAlone(name)) {
      expect(staffing.sreTeams.developmentTeams, team).not.toContain(team);
    }
    // The plan's hiring is staffing's.
    expect(plan.staffing.sreTeams.developmentTeams).toEqual(staffing.sreTeams.developmentTeams);
    expect(plan.staffing.hiring).toEqual(staffing.hiring);
  });
});

describe('SRE seats of the two organizations that showed it', () => {
  it('hospital-group: the SREs share integration’s pager and consult for the rest; nobody is hired', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath('hospital-group'), '--json']);
    expect(staffing.sreTeams.developmentTeams).toEqual(['integration']);
    expect(staffing.hiring).toEqual([]);
  });

  it('telecom-carrier-target: SRE runs the network APIs; no team of Digital, no principal for its line', async () => {
    const staffing = await runJson<StaffingJson>([
      'staffing',
      orgPath('telecom-carrier-target'),
      '--json',
    ]);
    expect(staffing.sreTeams.developmentTeams).toEqual(['network-apis']);
    expect(staffing.hiring.filter((h) => h.level === 'principal')).toEqual([]);
  });
});
