import { z } from 'zod';
import {
  MoneySchema,
  NamesSchema,
  RunModelSchema,
  SreLevelSchema,
} from '../document/schema/common.ts';
import { PlacementHomeSchema } from '../document/schema/decision.ts';

/** Today against needed, or today against the target. */
const PairSchema = z.strictObject({ current: z.number(), needed: z.number() });

/** One scenario (a model of the organization) in figures, each taken from its plan document. */
export const ScenarioSummarySchema = z.strictObject({
  label: z.string().describe('How the scenario is named: its path'),
  organization: z.string(),
  revision: z.string().nullable(),
  services: z.number(),
  runModels: z
    .partialRecord(RunModelSchema, z.number())
    .describe('Run models as the model states them'),
  servicesAdvisedToChange: z.number().describe('Services whose recommended run model differs'),
  placement: z.strictObject({
    current: PlacementHomeSchema.nullable(),
    recommended: PlacementHomeSchema,
  }),
  sreTeams: PairSchema,
  sreByLevel: z.record(SreLevelSchema, PairSchema),
  hires: z.number().describe('SREs on the hiring list of its plan'),
  onCall: z.strictObject({
    priced: z.boolean(),
    policy: z.string().nullable(),
    rotations: z.number(),
    people: z.number().describe('People on at least one rotation'),
    atNight: z.number().nullable(),
    perMonth: MoneySchema.nullable(),
    optimizedPerMonth: MoneySchema.nullable(),
  }),
  cost: z.strictObject({
    people: z.number(),
    perYear: MoneySchema.describe('The operating model as this scenario states it'),
    afterItsPlan: MoneySchema.describe('With the hires and the optimized on-call of its own plan'),
    salaryBasis: z.enum(['assumed-annual-cost', 'salary-bands']),
  }),
  headcount: z.array(
    z.strictObject({
      organization: z.string(),
      planned: z.number(),
      limit: z.number().nullable(),
      breaks: z.boolean(),
    }),
  ),
  risks: z.strictObject({
    total: z.number(),
    high: z.number().describe('Risks of high likelihood or high impact'),
    top: NamesSchema.describe('Titles of the most serious risks'),
  }),
  findings: z.strictObject({ error: z.number(), warning: z.number(), info: z.number() }),
});

export const ScenarioComparisonSchema = z
  .strictObject({ scenarios: z.array(ScenarioSummarySchema) })
  .describe('Two or three models of an organization side by side (whorunsit compare)');

export type ScenarioSummary = z.output<typeof ScenarioSummarySchema>;
export type ScenarioComparison = z.output<typeof ScenarioComparisonSchema>;

/** A person on call in the target who is on no rotation today. */
const NewlyOnCallSchema = z.strictObject({
  person: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  rotations: NamesSchema,
  hoursPerWeek: z.number(),
  compensation: z.string().nullable().describe('The policy that pays them, or null: none'),
});

const RiskRefSchema = z.strictObject({ title: z.string(), about: z.string(), section: z.string() });

/** What the change from today to the target does to cost, staffing and risk (whorunsit diff). */
export const OperatingChangeSchema = z.strictObject({
  currency: z.string(),
  cost: z.strictObject({
    today: MoneySchema,
    target: MoneySchema,
    change: MoneySchema,
    lines: z.array(
      z.strictObject({
        id: z.string(),
        label: z.string(),
        today: MoneySchema.nullable(),
        target: MoneySchema.nullable(),
      }),
    ),
    salaryBasis: z.enum(['assumed-annual-cost', 'salary-bands']),
    comparable: z.boolean().describe('Both models are priced in the same currency'),
    alreadyEmployed: z
      .strictObject({
        people: z
          .array(z.strictObject({ person: z.string(), name: z.string() }))
          .describe(
            'People employed today outside the operating model (developers, managers) whom the target counts in it',
          ),
        todayPerYear: MoneySchema.describe(
          'Their salaries today, priced by the today model: spending the company has already',
        ),
        newSpending: MoneySchema.describe(
          'The change less their salaries today: what the target adds to what the company pays',
        ),
      })
      .nullable()
      .describe(
        'Null when nobody moves into the operating model or the two models are priced in different currencies',
      ),
  }),
  people: z.strictObject({ today: z.number(), target: z.number() }),
  onCallPerMonth: z.strictObject({ today: MoneySchema.nullable(), target: MoneySchema.nullable() }),
  sreTeams: z.strictObject({ today: z.number(), target: z.number() }),
  sreByLevel: z
    .record(
      SreLevelSchema,
      z.strictObject({
        today: z.number().describe('SREs in place today'),
        target: z.number().describe('SREs in place in the target, and its open positions'),
        openPositions: z
          .number()
          .describe('Of the target, open positions at this level: to be hired, counted as filled'),
      }),
    )
    .describe('SREs by level, counted as the cost and people rows count them'),
  risks: z.strictObject({
    added: z.array(RiskRefSchema),
    removed: z.array(RiskRefSchema),
    kept: z.number(),
  }),
  newlyOnCall: z.array(NewlyOnCallSchema),
});

export type OperatingChange = z.output<typeof OperatingChangeSchema>;
