import { z } from 'zod';
import {
  CapacitySchema,
  ComparisonSchema,
  DimensionsSchema,
  FindingSchema,
  MixSchema,
  NewDirectorSchema,
  PersonLineSchema,
  PlacementSchema,
  PositioningEntrySchema,
  ReportingLinesTableSchema,
  RunningAloneSchema,
  ServicePlanSchema,
  ThresholdsSchema,
  TopologySchema,
  TransitionSchema,
} from './schema/analysis.ts';
import { ChargebackSchema, OfferingsSchema } from './schema/chargeback.ts';
import type { MoneySchema } from './schema/common.ts';
import {
  BusinessCaseSchema,
  GlossarySchema,
  MetaSchema,
  OperatingCostSchema,
  PlacementOptionsSchema,
  PromotionSchema,
  RiskSchema,
  SummarySchema,
} from './schema/decision.ts';
import { ErrorBudgetsSchema } from './schema/error-budgets.ts';
import { OnCallCostResultSchema } from './schema/oncall-cost.ts';
import { OnCallLoadSchema, StaffingSchema } from './schema/staffing.ts';

/**
 * The plan document: every figure of `whorunsit plan`, computed once by the engine. Markdown,
 * HTML, PDF and the web console render it and compute nothing; `plan --format json` prints it
 * and `GET /api/v1/plan` returns it. Fields are added, never renamed or removed; absent values
 * are `null`; money is `{amount: "1234.50", currency}`.
 */
export const PlanDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    meta: MetaSchema,
    /** The product delivery organization's display name. */
    organization: z.string(),
    summary: SummarySchema,
    thresholds: ThresholdsSchema,
    dimensions: DimensionsSchema,
    mix: MixSchema,
    comparison: ComparisonSchema,
    services: z.array(ServicePlanSchema),
    capacities: z.array(CapacitySchema),
    runningAlone: z.array(RunningAloneSchema),
    placements: z.array(PlacementSchema),
    placementOptions: PlacementOptionsSchema,
    topology: TopologySchema,
    reportingLines: z.array(PersonLineSchema),
    reportingLinesTable: ReportingLinesTableSchema,
    newDirector: NewDirectorSchema,
    positioning: z.array(PositioningEntrySchema),
    transitions: z.array(TransitionSchema),
    staffing: StaffingSchema,
    /** Spare SREs who could be promoted into a level the hiring list hires for (§12.10.2). */
    promotions: z.array(PromotionSchema),
    /** Everyone on a rotation, with their on-call hours a week over all of them (§12.6). */
    onCallLoad: z.array(OnCallLoadSchema),
    onCallCost: OnCallCostResultSchema,
    cost: OperatingCostSchema,
    businessCase: BusinessCaseSchema,
    /** Error budget status per service from SLI samples, or that none were given (§12.5). */
    errorBudgets: ErrorBudgetsSchema,
    chargeback: ChargebackSchema,
    offerings: OfferingsSchema,
    risks: z.array(RiskSchema),
    checks: z.array(FindingSchema),
    glossary: GlossarySchema,
  })
  .describe('The operating model plan of an organization (whorunsit plan)');

export type PlanDocument = z.output<typeof PlanDocumentSchema>;
export type Risk = PlanDocument['risks'][number];
export type PlacementOptions = PlanDocument['placementOptions'];
export type Promotion = PlanDocument['promotions'][number];
export type OperatingCost = PlanDocument['cost'];
export type BusinessCase = PlanDocument['businessCase'];
export type ErrorBudgets = PlanDocument['errorBudgets'];
export type RevenueProtected = NonNullable<BusinessCase['revenueProtected']>;
export type PlanSummary = PlanDocument['summary'];
export type PlanMeta = PlanDocument['meta'];
export type DocumentMoney = z.output<typeof MoneySchema>;

/** The JSON Schema of the plan document, for OpenAPI and for scripts that read it. */
export function planDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanDocumentSchema, { io: 'output', unrepresentable: 'any' }),
    $id: 'https://whorunsit.dev/schema/plan-v1.json',
    title: 'whorunsit plan document',
  };
}
