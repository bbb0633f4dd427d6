import { z } from 'zod';
import {
  IdentityTriangleSchema,
  InterimWaitGroupSchema,
  MoneySchema,
  NamesSchema,
  RunModelSchema,
  SectionIdSchema,
  TierSchema,
} from './common.ts';

/** The parts that make the plan a decision document (issue #13): cost, options, risks, summary. */

export const LevelSchema = z.enum(['low', 'medium', 'high']);

/** One line of the operating model's cost per year. */
export const CostLineSchema = z.strictObject({
  id: z.enum([
    'sre-salaries',
    'sre-infrastructure-salaries',
    'operations-salaries',
    'sre-contracts',
    'contracts',
    'new-hires',
    'promotions',
    'open-positions',
    'oncall-compensation',
    'oncall-compensation-sre',
    'thin-layer-hires',
  ]),
  label: z.string(),
  people: z
    .number()
    .describe(
      'People this line pays for (0 for on-call compensation and for contracts: another company pays its people)',
    ),
  perYear: MoneySchema,
  otherCurrencies: z
    .array(MoneySchema)
    .describe(
      'Salaries (for on-call compensation: on-call pay) of the people of this line paid in other currencies than the cost: not in perYear (no exchange rates), one sum per currency',
    ),
  basis: z.string().describe('Where the figure comes from'),
});

export const CostBreakdownSchema = z.strictObject({
  people: z.number(),
  lines: z.array(CostLineSchema),
  total: MoneySchema,
});

export const OperatingCostSchema = z.strictObject({
  currency: z.string(),
  salaryBasis: z.enum(['assumed-annual-cost', 'salary-bands']),
  today: CostBreakdownSchema,
  target: CostBreakdownSchema,
  change: MoneySchema.describe('target − today, per year'),
  openPositions: CostLineSchema.nullable().describe(
    'Every open position of the model (id open-positions), paid once filled: in neither total (the target pays open SRE positions through the hiring list); diff counts them in the target model',
  ),
  notes: z.array(z.string()),
});

/** §12.8.5: revenue protected, measured from incidents against a baseline (`whorunsit value`). */
export const RevenueProtectedSchema = z.strictObject({
  basis: z.string().describe('The incidents, months and baseline the figures come from'),
  from: z.string().describe('First month counted, YYYY-MM'),
  to: z.string().describe('Last month counted, YYYY-MM'),
  months: z.number().int(),
  protected: MoneySchema.describe('Revenue protected over those months: baseline − lost'),
  lost: MoneySchema.describe('Revenue lost to customer-visible incidents over those months'),
  perYear: MoneySchema.describe('Revenue protected per year at the measured rate (× 12 ÷ months)'),
  shareOfSreCost: z
    .number()
    .nullable()
    .describe('Revenue protected per year as a percentage of the cost of SRE per year'),
  internalIncidents: z
    .number()
    .int()
    .describe('Incidents of those months fixed before customers noticed (value without a price)'),
  incidents: z.number().int().describe('All incidents of those months'),
  verdict: z.string(),
});

export const BusinessCaseSchema = z.strictObject({
  currency: z.string(),
  sreCostPerYear: MoneySchema.describe(
    'The target cost of SRE: SRE salaries, SRE infrastructure, on-call',
  ),
  sreCostOtherCurrencies: z
    .array(MoneySchema)
    .describe(
      'Salaries of the cost of SRE paid in other currencies: not in sreCostPerYear nor in the break-even (no exchange rates), one sum per currency',
    ),
  sreInTarget: z
    .boolean()
    .describe(
      'Whether the target has SREs or SRE infrastructure people (in place, hired or a new head); when false the cost is on-call pay alone and the verdict says there is no SRE',
    ),
  services: z.array(
    z.strictObject({
      service: z.string(),
      tier: TierSchema.nullable(),
      revenuePerHour: MoneySchema,
      errorBudgetHoursPerYear: z.number().nullable(),
      revenueAtRiskWithinBudget: MoneySchema.nullable(),
    }),
  ),
  revenuePerHour: MoneySchema.describe('Revenue per hour of the protected services together'),
  breakEvenHoursPerYear: z
    .number()
    .nullable()
    .describe('Hours of downtime of these services SRE must prevent a year to pay for itself'),
  withoutRevenue: NamesSchema,
  otherCurrency: NamesSchema,
  verdict: z.string(),
  revenueProtected: RevenueProtectedSchema.nullable().describe(
    'Measured from incidents when the plan is given them with a baseline (plan --incidents), else null',
  ),
});

export const PlacementHomeSchema = z.enum(['development', 'operations', 'sre']);

export const PlacementOptionSchema = z.strictObject({
  home: PlacementHomeSchema,
  label: z.string(),
  current: z.boolean(),
  recommended: z.boolean(),
  organization: z
    .string()
    .nullable()
    .describe('The organization of this type in the model, if any'),
  reportingLine: z.string(),
  headCountAndBudget: z.string(),
  headcount: z.strictObject({
    sres: z.number().describe('SRE team people (after the hiring list) who would sit here'),
    organizationAfter: z.number().nullable(),
    limit: z.number().nullable(),
    fits: z.boolean().nullable(),
  }),
  kpiRoot: z.string(),
  exampleKpis: z.array(z.string()),
  chargeback: z.string(),
  newDirector: z
    .boolean()
    .describe('Whether SRE sitting here needs a director or VP of its own (§12.8.2)'),
  director: z
    .enum(['not-needed', 'in-place', 'head-above', 'head-unnamed', 'to-hire'])
    .describe(
      'That director (§12.8.2): not needed in this home, in place (the organization names its head), head-above (its head heads an organization above it too, the company say: none of its own, which the director decision asks about), head-unnamed (the organization exists and names none), or to-hire (no such organization yet: the extra cost per year is theirs)',
    ),
  extraCostPerYear: MoneySchema,
  identity: z.string(),
  identityTriangle: IdentityTriangleSchema.describe(
    '§12.7.2: the axis of the SRE identity triangle that scores highest in this home',
  ),
  risks: z.array(z.string()),
  reasons: z.array(z.string()).describe('For or against, with their sections'),
});

export const PlacementOptionsSchema = z.strictObject({
  current: PlacementHomeSchema.nullable(),
  recommended: PlacementHomeSchema,
  why: z.string(),
  options: z.array(PlacementOptionSchema),
});

export const RiskSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  likelihood: LevelSchema,
  impact: LevelSchema,
  owner: z.string().nullable().describe('Display name of who owns the mitigation'),
  mitigation: z.string(),
  section: z.string().describe('The chapter section, e.g. §12.6'),
  about: z.string().describe('What the risk is about, e.g. "Service checkout-api"'),
  source: z
    .string()
    .describe(
      'A finding code, or the plan fact it comes from; several, joined by ", ", when checks that see one cause from different sides are merged into one risk',
    ),
  anchor: SectionIdSchema,
});

export const FigureSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  value: z.union([z.number(), MoneySchema, z.string()]),
  source: z
    .string()
    .describe('JSON pointer to the single place in this document the figure comes from'),
  anchor: SectionIdSchema,
});

export const SummarySchema = z.strictObject({
  mixByTier: z.array(
    z.strictObject({
      tier: TierSchema,
      services: z.number(),
      withoutTarget: z
        .number()
        .describe(
          'Of these services, those without an availability target: their tier comes from demand or is the default (medium) until a target is set',
        ),
      today: z.partialRecord(RunModelSchema, z.number()),
      target: z.partialRecord(RunModelSchema, z.number()),
    }),
  ),
  changes: z.number().describe('Services whose recommended run model differs from today'),
  meanwhile: z
    .array(
      z.strictObject({
        target: RunModelSchema,
        interim: RunModelSchema,
        until: InterimWaitGroupSchema,
        services: z.array(z.string()),
      }),
    )
    .describe(
      'Services whose target waits, and what runs them meanwhile, grouped by target and by what they wait for (`until`): their developers until the SRE the target gives their team joins (§12.4.1), or operations as first line until the team can staff a rotation round the clock (§12.9.5) or, for a service whose nights stay on an operations rotation kept for a high tier, until operations no longer keep it for that tier (§12.6)',
    ),
  placement: z.strictObject({ home: PlacementHomeSchema, label: z.string(), why: z.string() }),
  figures: z.array(FigureSchema),
  headcount: z.array(
    z.strictObject({
      organization: z.string(),
      planned: z.number(),
      limit: z.number().nullable(),
      breaks: z.boolean(),
      breaksBudget: z.boolean(),
    }),
  ),
  topRisks: z.array(z.string()).describe('Ids of the risks, most serious first'),
  decisions: z.array(
    z.strictObject({
      id: z.string(),
      question: z.string(),
      proposal: z.string(),
      tradeOff: z
        .string()
        .nullable()
        .describe('What the proposal costs or puts in question, when it is not settled'),
      section: z.string(),
      anchor: SectionIdSchema,
    }),
  ),
  openQuestions: z.array(
    z.strictObject({ question: z.string(), why: z.string(), category: z.string() }),
  ),
});

export const GlossarySchema = z.array(
  z.strictObject({ term: z.string(), meaning: z.string(), section: z.string() }),
);

export const MetaSchema = z.strictObject({
  title: z.string(),
  generatedOn: z.string().nullable().describe('The document date, YYYY-MM-DD'),
  revision: z
    .string()
    .nullable()
    .describe('The model revision: a server revision, or a digest of the source files'),
  sources: NamesSchema.describe('The files the model was read from'),
  counts: z.strictObject({
    organizations: z.number(),
    teams: z.number(),
    people: z.number(),
    services: z.number(),
    rotations: z.number(),
  }),
  findings: z.strictObject({ error: z.number(), warning: z.number(), info: z.number() }),
});

/** One SRE of the level below a short level, judged for the step up (§12.10, §12.10.2). */
const PromotionCandidateSchema = z.strictObject({
  person: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  site: z.string().describe('the site they work at, named as the places and hires are'),
  experienceYears: z.number().nullable(),
  verdict: z
    .enum(['meets', 'does-not-meet', 'unknown'])
    .describe('Every criterion met; one unmet; or none unmet but one without evidence'),
  met: NamesSchema.describe(
    'Criteria the model shows met, with their evidence: what a promotion can cite',
  ),
  unmet: NamesSchema.describe('Criteria the model shows unmet, with their evidence'),
  unknown: NamesSchema.describe('Criteria the model records no evidence for'),
});

/**
 * A level the hiring list hires for while the level below has more SREs than it needs: who could
 * be promoted instead, each judged on the model's evidence (§12.10.2: "the SRE has performed for
 * more than six months some of the work of the role sought", influence, communication, feedback,
 * seeking responsibility, a mentee for principal; §12.10: years of experience).
 */
export const PromotionSchema = z.strictObject({
  level: z.enum(['senior', 'principal']).describe('The level short of people'),
  from: z.enum(['junior', 'senior']).describe('The level below, with SREs to spare'),
  spare: z.number().describe('SREs of the level below beyond the number it needs'),
  hires: z.number().describe('Places of the short level nobody holds'),
  promoted: z
    .number()
    .describe(
      'Of those, the places a promotion fills (advice promote or assess): the hiring list hires only the rest',
    ),
  locations: NamesSchema.describe('Where the places are'),
  candidates: z.array(PromotionCandidateSchema).describe('Best placed first'),
  advice: z
    .enum(['promote', 'assess', 'hire'])
    .describe(
      'promote: a candidate meets every criterion; assess: none fails one, evidence is missing; hire: every candidate fails a criterion',
    ),
  limitsIfHired: z
    .array(z.strictObject({ organization: z.string(), headcount: z.number(), limit: z.number() }))
    .describe('Head count limits that hiring instead of promoting would break (§12.4.6)'),
});
