import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  type CorpusName,
  type Doc,
  docsOf,
  orgPath,
  runJson,
  yamlOf,
} from './support/corpus.ts';
import type { CheckJson, PlanJson, PlanService } from './support/outputs.ts';

/**
 * The plan's target must pass whorunsit's own checks. Each organization of the corpus is changed
 * as the plan recommends (every service to its recommended run model, with the SRE team the
 * recommendation names) and checked again: a warning or error that the move brings about, about a
 * moved service or its SRE team, is advice that breaks a rule of the chapter, unless the plan asks
 * for what prevents it. hospital-group's hl7-interface-engine went to shared on-call with no
 * error budget policy (§12.4.1, §12.4.2) and no way for SRE to hand it back (§12.1, §12.5), and
 * the plan did not say so.
 */

type Finding = CheckJson['checks'][number];
const key = (f: Finding) => `${f.code}|${f.subject.kind}|${f.subject.name}`;
const AGREED = 'agreed-before-sre-joins';

/** The organization as the plan's target has it; with `agreed`, the policies it asks for agreed. */
function target(org: CorpusName, services: readonly PlanService[], agreed: boolean): Doc[] {
  const docs = docsOf(org);
  const byName = new Map(services.map((s) => [s.name, s]));
  if (agreed) {
    docs.push({
      apiVersion: 'whorunsit/v1',
      kind: 'ErrorBudgetPolicy',
      metadata: { name: AGREED },
      spec: { window: '28d', handback: { depletedPeriods: 2, outOf: 4 } },
    });
  }
  for (const d of docs) {
    const s = d.kind === 'Service' ? byName.get(d.metadata.name) : undefined;
    if (s === undefined || s.recommendation.runModel === s.runModel) continue;
    const r = s.recommendation;
    d.spec.runModel = r.runModel;
    if (r.sreTeam) d.spec.sreTeam = r.sreTeam;
    if (agreed && r.agreeFirst) d.spec.errorBudgetPolicy = AGREED;
  }
  return docs;
}

/** Warnings and errors the target has that today has not, about what the plan moves. */
async function broughtAbout(org: CorpusName, agreed: boolean) {
  const plan = await runJson<PlanJson>(['plan', orgPath(org), '--json']);
  const before = await runJson<CheckJson>(['check', orgPath(org), '--json']);
  const after = await runJson<CheckJson>(
    ['check', '-', '--json'],
    yamlOf(target(org, plan.services, agreed)),
  );
  const had = new Set(before.checks.map(key));
  const moved = plan.services.filter((s) => s.recommendation.runModel !== s.runModel);
  const sreTeams = new Set(moved.flatMap((s) => s.recommendation.sreTeam ?? []));
  const about = (f: Finding) =>
    f.subject.kind === 'Service'
      ? moved.some((s) => s.name === f.subject.name)
      : f.subject.kind === 'Team' && sreTeams.has(f.subject.name);
  const found = after.checks.filter((f) => f.severity !== 'info' && !had.has(key(f)) && about(f));
  return { plan, moved, found };
}

/**
 * What a move to an SRE model lacks until its SREs are hired (§12.4.1, §12.10.2): an SRE team
 * named for it, where the SRE is a hire of the hiring list with no SRE team for its owner today
 * (`sreTeam` null), and SREs in the team it will share on-call with, which the hiring list hires.
 * The plan says who runs it meanwhile.
 */
function waitsForItsSre(f: Finding, plan: PlanJson, moved: readonly PlanService[]): boolean {
  if (f.code === 'sre-model-needs-sre-team')
    return moved.some((s) => s.name === f.subject.name && !s.recommendation.sreTeam);
  if (f.code === 'shared-on-call-capacity')
    return (
      (plan.staffing?.hiring ?? []).some((h) => h.count > 0) &&
      moved.some((s) => s.recommendation.sreTeam === f.subject.name)
    );
  return false;
}

describe("the plan's target passes the checks", () => {
  it.each(CORPUS)(
    '%s: once the policies the plan asks for are agreed, no move breaks a rule',
    async (org) => {
      const { plan, moved, found } = await broughtAbout(org, true);
      const unexplained = found.filter((f) => !waitsForItsSre(f, plan, moved));
      expect(unexplained.map((f) => `${key(f)}: ${f.message}`)).toEqual([]);
    },
    60_000,
  );

  it.each(CORPUS)(
    '%s: a move to SRE without the policy it needs asks for it, in the service and the decision',
    async (org) => {
      const { plan, moved, found } = await broughtAbout(org, false);
      const decision = plan.summary.decisions.find((d) => d.id === 'run-models');
      for (const f of found) {
        if (f.code !== 'shared-on-call-without-policy') continue;
        const s = moved.find((m) => m.name === f.subject.name);
        expect(s?.recommendation.agreeFirst, f.message).toBe('error-budget-policy');
        expect(s?.recommendation.reasons.join(' '), s?.name).toMatch(/no error budget policy/);
        expect(decision?.proposal, s?.name).toContain(s?.name);
        expect(decision?.proposal, s?.name).toMatch(/agree an error budget policy/);
      }
      for (const s of moved.filter((m) => m.recommendation.agreeFirst === 'handback-rule')) {
        expect(decision?.proposal, s.name).toContain(`error budget policy ${s.errorBudgetPolicy}`);
      }
    },
    60_000,
  );
});
