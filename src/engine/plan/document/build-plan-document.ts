import type { CompiledModel as Model, PolicyToAgree, Service } from '../../../model/index.ts';
import { chargeback } from '../../chargeback/index.ts';
import { runChecks } from '../../checks/run-checks.ts';
import { selectPolicy } from '../../compensation/index.ts';
import { businessHoursOf } from '../../coverage-hours/index.ts';
import { type AnnualCostTable, DEFAULT_ANNUAL_COST } from '../../funding/index.ts';
import { agreementStands } from '../../handover/agreement-stands.ts';
import { type Money, moneyFromMajor, subtractMoney, sumMoney } from '../../money/index.ts';
import { offeringsCatalog } from '../../offerings/index.ts';
import { onCallCost, rotationsTheDesignEnds } from '../../oncall-cost/index.ts';
import { analyzeSpectrum } from '../../spectrum/analyze-spectrum.ts';
import { sreTeamToAgreeWith } from '../../spectrum/sre-team-to-agree-with.ts';
import { agreeFirstReason, sreTeamWords } from '../../spectrum/sre-terms.ts';
import { onCallLoads, staffing as staffingOf } from '../../staffing/index.ts';
import { businessCase } from './business-case.ts';
import { type BudgetEvidence, errorBudgetStatus } from './error-budgets.ts';
import { GLOSSARY } from './glossary.ts';
import { toJson } from './json-value.ts';
import { modelCurrency } from './model-currency.ts';
import { onCallCostDocument } from './oncall-cost-document.ts';
import { operatingCost } from './operating-cost.ts';
import { placementOptions } from './placement-options.ts';
import type { PlanDocument } from './plan-document-schema.ts';
import { planSummary } from './plan-summary.ts';
import type { MeasuredValue } from './revenue-protected.ts';
import { riskRegister } from './risk-register.ts';

export interface PlanDocumentOptions {
  /** The document date, `YYYY-MM-DD`; the engine reads no clock. */
  readonly generatedOn?: string | null | undefined;
  /** The model revision: a server revision number, or a digest of the source files. */
  readonly revision?: string | null | undefined;
  /** The files the model was read from. */
  readonly sources?: readonly string[] | undefined;
  /** Revenue lost and protected, measured from incidents against a baseline (§12.8.5). */
  readonly value?: MeasuredValue | undefined;
  /** SLI samples and incidents: each service's error budget and who runs it now (§12.5). */
  readonly evidence?: BudgetEvidence | undefined;
  /** Without evidence, how to give it, in the words of the edge (`GIVE_SLI_SAMPLES`). */
  readonly howToGiveSli?: string | undefined;
  /** The yearly cost per person (until the model states salary bands). */
  readonly annualCost?: AnnualCostTable | undefined;
}

/** The organization the plan is about: the product delivery organization if there is one. */
export function planTitle(model: Model): string {
  const orgs = [...model.organizations.values()];
  const top = orgs.find((o) => o.spec.type === 'product-delivery') ?? orgs[0];
  return top ? (top.metadata.displayName ?? top.name) : 'the organization';
}

/**
 * The plan document of a model (issue #13): every figure computed once — the spectrum analysis,
 * staffing, the on-call designs, chargeback, the operating cost, the business case, the
 * placement options and the risk register — then the summary, which only points at them.
 * Pure: the same model and options always give the same document.
 */
export function buildPlanDocument(model: Model, options: PlanDocumentOptions = {}): PlanDocument {
  const annualCost = options.annualCost ?? DEFAULT_ANNUAL_COST;
  const analysis = analyzeSpectrum(model);
  const checks = runChecks(model);
  const selected = selectPolicy(model);
  const businessHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
  const onCall = onCallCost(model);
  // The design's rotations priced once: staffing places no free SRE on one it ends (§12.6).
  const staffing = staffingOf(model, {
    businessHours,
    annualCost,
    designEnds: onCall.ok
      ? rotationsTheDesignEnds(
          onCall.cost.current.rotations.map((r) => r.name),
          onCall.cost.optimized.rotations,
        )
      : undefined,
  });
  const currency = modelCurrency(model);
  const cost = operatingCost({
    model,
    currency,
    staffing,
    onCall,
    newDirector: analysis.newDirector,
    annualCost,
  });
  // SREs in place, SRE infrastructure people, or SREs the hiring list adds.
  const sreInTarget =
    cost.target.lines.some(
      (l) => (l.id === 'sre-salaries' || l.id === 'sre-infrastructure-salaries') && l.people > 0,
    ) || staffing.hiring.some((h) => h.count > 0);
  const sreCost = costOfSre(cost, currency, sreInTarget);
  const errorBudgets = errorBudgetStatus({
    model,
    analysis,
    evidence: options.evidence,
    howToGive: options.howToGiveSli,
  });
  // By name: a scan of the list per service is quadratic at 50,000 services with evidence.
  const budgetOf = new Map(
    errorBudgets.given ? errorBudgets.services.map((b) => [b.name, b] as const) : [],
  );
  const { promotions: promoted, ...staffed } = staffing;
  const grown = toJson(promoted);
  const count = (severity: string) => checks.filter((c) => c.severity === severity).length;
  const body: Omit<PlanDocument, 'summary'> = {
    schemaVersion: 1,
    meta: {
      title: `Operating model plan: ${planTitle(model)}`,
      generatedOn: options.generatedOn ?? null,
      revision: options.revision ?? null,
      sources: [...(options.sources ?? [])],
      counts: {
        organizations: model.organizations.size,
        teams: model.teams.size,
        people: model.people.size,
        services: model.services.size,
        rotations: model.rotations.size,
      },
      findings: { error: count('error'), warning: count('warning'), info: count('info') },
    },
    organization: planTitle(model),
    thresholds: toJson(analysis.thresholds),
    dimensions: toJson(analysis.dimensions),
    mix: toJson(analysis.mix),
    comparison: toJson(analysis.comparison),
    // §12.5: during a handback the recommendation keeps the agreement and says it stands.
    services: toJson(analysis.services).map((s) => {
      const b = errorBudgets.given ? budgetOf.get(s.name) : null;
      const svc = model.services.get(s.name);
      const stands = b && svc ? agreementStands(model, svc, b.currentRunModel) : null;
      const reasons = svc
        ? agreedWithSreHome(model, svc, s.recommendation)
        : s.recommendation.reasons;
      return stands || reasons !== s.recommendation.reasons
        ? {
            ...s,
            recommendation: {
              ...s.recommendation,
              reasons: stands ? [...reasons, stands] : reasons,
            },
          }
        : s;
    }),
    capacities: toJson(analysis.capacities),
    runningAlone: toJson(analysis.runningAlone),
    placements: toJson(analysis.placements),
    placementOptions: placementOptions({ model, analysis, staffing, currency, annualCost }),
    topology: toJson(analysis.topology),
    reportingLines: toJson(analysis.reportingLines.people),
    reportingLinesTable: {
      models: [...analysis.reportingLines.models],
      // Cells exist only where people are: a partial record, which `toJson` keeps as it is.
      table: toJson(
        analysis.reportingLines.table,
      ) as unknown as PlanDocument['reportingLinesTable']['table'],
    },
    newDirector: toJson(analysis.newDirector),
    positioning: toJson(analysis.positioning),
    transitions: toJson(analysis.transitions),
    staffing: toJson(staffed),
    promotions: grown,
    onCallLoad: onCallLoads(model, businessHours).map((l) => ({
      ...l,
      rotations: [...l.rotations],
    })),
    onCallCost: onCallCostDocument(onCall),
    cost,
    businessCase: businessCase({
      model,
      services: analysis.services,
      currency,
      sreCostPerYear: sreCost,
      sreCostOtherCurrencies: sreOtherCurrencies(cost),
      sreInTarget,
      value: options.value,
    }),
    errorBudgets,
    chargeback: { ...toJson(chargeback(model, 'average')), month: 'average' },
    offerings: toJson(offeringsCatalog(model)),
    risks: riskRegister({
      model,
      analysis,
      staffing,
      checks,
      errorBudgets,
      promotions: grown,
      designs: onCall.ok ? onCall.cost : undefined,
    }),
    checks: toJson(checks),
    glossary: GLOSSARY,
  };
  return { ...body, summary: planSummary(model, body, annualCost) };
}

/**
 * The reasons of a recommendation with the SRE team named as the plan builds it
 * (`sreTeamToAgreeWith`): the agreement is asked of the team whose SRE takes the service on.
 */
function agreedWithSreHome(
  model: Model,
  service: Service,
  recommendation: {
    readonly reasons: string[];
    readonly sreTeam: string | null;
    readonly agreeFirst: PolicyToAgree | null;
  },
): string[] {
  const { sreTeam, agreeFirst, reasons } = recommendation;
  if (agreeFirst === null) return reasons;
  const named = agreeFirstReason(service, agreeFirst, sreTeamWords(sreTeam ?? undefined));
  const built = agreeFirstReason(service, agreeFirst, sreTeamToAgreeWith(model, sreTeam));
  return named === built ? reasons : reasons.map((r) => (r === named ? built : r));
}

/** Document money back to engine money, exactly (the amount is decimal text). */
function moneyFromDocument(amount: string, currency: string) {
  return moneyFromMajor(Number(amount), currency);
}

/**
 * The cost of SRE in the target (§12.4.6, §12.8.5), one definition: the operating cost's target
 * less what is not SRE's: operations' salaries, the contracts of other companies that run
 * services (a vendor, a managed-service provider; SRE bought from an outside SRE organization is
 * SRE's), those of the people hired to staff the design's thin layer (operations engineers or
 * developers, §12.6), and the on-call pay of the turns developers and operations take. With no SRE in the target, what stands in for it is the
 * developers' on-call pay, which the business case says as such.
 */
function costOfSre(cost: PlanDocument['cost'], currency: string, sreInTarget: boolean): Money {
  const notSre = cost.target.lines.filter(
    (l) =>
      l.id === 'operations-salaries' ||
      l.id === 'contracts' ||
      l.id === 'thin-layer-hires' ||
      (sreInTarget && l.id === 'oncall-compensation'),
  );
  return subtractMoney(
    moneyFromDocument(cost.target.total.amount, currency),
    sumMoney(
      notSre.map((l) => moneyFromDocument(l.perYear.amount, currency)),
      currency,
    ),
  );
}

/**
 * The salaries of the target's cost of SRE (every line but operations, other companies'
 * contracts, the thin layer's hires and on-call) paid in
 * other currencies, one sum per currency: left out of the business case's figure, and said.
 */
function sreOtherCurrencies(cost: PlanDocument['cost']): Money[] {
  const byCurrency = new Map<string, Money[]>();
  for (const line of cost.target.lines) {
    if (
      line.id === 'operations-salaries' ||
      line.id === 'contracts' ||
      line.id === 'thin-layer-hires' ||
      line.id === 'oncall-compensation' ||
      // salaries only: the SREs' on-call pay in other currencies is said on its own line
      line.id === 'oncall-compensation-sre'
    )
      continue;
    for (const m of line.otherCurrencies) {
      const list = byCurrency.get(m.currency) ?? [];
      list.push(moneyFromDocument(m.amount, m.currency));
      byCurrency.set(m.currency, list);
    }
  }
  return [...byCurrency].map(([c, amounts]) => sumMoney(amounts, c));
}
