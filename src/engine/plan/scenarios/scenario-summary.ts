import type { PlanDocument } from '../document/plan-document-schema.ts';
import type { ScenarioSummary } from './scenario-schema.ts';

const TOP_RISKS = 3;
const LEVELS = ['junior', 'senior', 'principal'] as const;

/**
 * A scenario in the figures `compare` puts side by side, every one read from the scenario's
 * plan document (never computed again): run model mix, SRE teams and SREs by level, on-call
 * design and cost, total cost, head count against limits, risks.
 */
export function scenarioSummary(label: string, doc: PlanDocument): ScenarioSummary {
  const runModels: Partial<Record<string, number>> = {};
  for (const s of doc.services) runModels[s.runModel] = (runModels[s.runModel] ?? 0) + 1;
  const roles = doc.staffing.headcount.roles;
  const onCall = doc.onCallCost.ok ? doc.onCallCost.cost : undefined;
  return {
    label,
    organization: doc.organization,
    revision: doc.meta.revision,
    services: doc.services.length,
    runModels: runModels as ScenarioSummary['runModels'],
    servicesAdvisedToChange: doc.summary.changes,
    placement: {
      current: doc.placementOptions.current,
      recommended: doc.placementOptions.recommended,
    },
    sreTeams: { current: doc.staffing.sreTeams.current, needed: doc.staffing.sreTeams.needed },
    sreByLevel: Object.fromEntries(
      LEVELS.map((l) => [l, { current: roles[l].current, needed: roles[l].needed }]),
    ) as ScenarioSummary['sreByLevel'],
    hires: doc.staffing.hiring.reduce((n, h) => n + h.count, 0),
    onCall: {
      priced: onCall !== undefined,
      policy: onCall?.policy ?? null,
      rotations: doc.meta.counts.rotations,
      people: doc.onCallLoad.length,
      atNight: onCall?.current.peopleOnCallAtNight ?? null,
      perMonth: onCall?.current.monthlyCost ?? null,
      optimizedPerMonth: onCall?.optimized.monthlyCost ?? null,
    },
    cost: {
      people: doc.cost.today.people,
      perYear: doc.cost.today.total,
      afterItsPlan: doc.cost.target.total,
      salaryBasis: doc.cost.salaryBasis,
    },
    headcount: doc.staffing.funding.map((f) => ({
      organization: f.organization,
      planned: f.planned.headcount,
      limit: f.headcountLimit,
      breaks: f.breaksHeadcount,
    })),
    risks: {
      total: doc.risks.length,
      high: doc.risks.filter((r) => r.likelihood === 'high' || r.impact === 'high').length,
      top: doc.risks.slice(0, TOP_RISKS).map((r) => r.title),
    },
    findings: doc.meta.findings,
  };
}
