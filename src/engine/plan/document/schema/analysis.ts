import { z } from 'zod';
import { POLICIES_TO_AGREE } from '../../../../model/index.ts';
import { TIER_BASES } from '../../../spectrum/availability-tier.ts';
import {
  IdentityTriangleSchema,
  InterimWaitSchema,
  MoneySchema,
  NamesSchema,
  OrganizationTypeSchema,
  PositioningSchema,
  RotationTypeSchema,
  RunModelSchema,
  SeveritySchema,
  SpectrumModelSchema,
  SreEraModelSchema,
  TierSchema,
} from './common.ts';

/**
 * The spectrum analysis (§12.2–§12.8) as the plan document holds it. These fields were the
 * plan's JSON before the document existed: scripts rely on them, so they keep their names.
 */

export const ThresholdsSchema = z.strictObject({ high: z.number(), medium: z.number() });

const SreTeamHomeSchema = OrganizationTypeSchema;

export const DimensionsSchema = z.strictObject({
  whoRunsIt: z.strictObject({
    decidedPer: z.literal('service'),
    changeable: z.literal('easily'),
    services: z.array(z.strictObject({ service: z.string(), runModel: RunModelSchema })),
  }),
  organizational: z.strictObject({
    decidedPer: z.literal('product-delivery-organization'),
    changeable: z.literal('hardly'),
    sreTeams: z.array(z.strictObject({ team: z.string(), home: SreTeamHomeSchema })),
    sreOrganizations: NamesSchema,
  }),
});

export const MixSchema = z.strictObject({
  shares: z.array(
    z.strictObject({
      runModel: RunModelSchema,
      label: z.string(),
      services: NamesSchema,
      teams: NamesSchema,
    }),
  ),
  hybrids: z.array(
    z.strictObject({
      id: z.enum(['ops-sometimes-runs-it', 'ops-monitoring']),
      label: z.string(),
      services: NamesSchema,
      section: z.string(),
    }),
  ),
});

const ModelFactsSchema = z.strictObject({
  services: NamesSchema,
  teams: NamesSchema,
  highTargetsOrDemand: NamesSchema,
  highestTarget: z.number().nullable(),
  misfits: NamesSchema,
});

export const ComparisonSchema = z.strictObject({
  criteria: z.array(
    z.strictObject({
      criterion: z.string(),
      label: z.string(),
      verdicts: z.record(SpectrumModelSchema, z.string()),
    }),
  ),
  facts: z.record(SpectrumModelSchema, ModelFactsSchema),
});

export const ServicePlanSchema = z.strictObject({
  name: z.string(),
  owner: z.string(),
  runModel: RunModelSchema,
  availabilityTarget: z.number().nullable(),
  tier: TierSchema.describe(
    "The tier the service is run by: its availability target's, else its demand's, else medium (tierBasis says which)",
  ),
  tierBasis: z
    .enum(TIER_BASES)
    .describe(
      'Where the tier comes from: the availability target, else demand, else the default (medium); a tier from demand or the default holds until a target is set',
    ),
  demand: z.enum(['high', 'medium', 'low']).nullable(),
  errorBudgetPolicy: z.string().nullable(),
  sreTeam: z.string().nullable(),
  rotations: z.array(z.strictObject({ name: z.string(), type: RotationTypeSchema })),
  recommendation: z.strictObject({
    runModel: RunModelSchema,
    rotation: RotationTypeSchema,
    reasons: z.array(z.string()),
    interim: RunModelSchema.nullable().describe(
      'What runs the service until the target can be staffed: you-run-it until the SRE the target gives its team joins (§12.4.1), ops-runs-it while operations stay first line; `until` says what it waits for; null when nothing waits',
    ),
    until: InterimWaitSchema.nullable().describe(
      'What the interim waits for; null when nothing waits',
    ),
    sreTeam: z
      .string()
      .nullable()
      .describe(
        'The SRE team that shares or takes its on-call in the target (§12.4, §12.5); null when SRE is not on its pager, or its SRE is a hire with no SRE team for its owner today',
      ),
    agreeFirst: z
      .enum(POLICIES_TO_AGREE)
      .nullable()
      .describe(
        'What must be agreed before SRE takes its share of the on-call: an error budget policy, or in it a rule for when SRE hands the service back (§12.1, §12.4.1, §12.4.2, §12.5); null when nothing',
      ),
  }),
});

export const CapacitySchema = z.strictObject({
  team: z.string(),
  sres: NamesSchema,
  supported: NamesSchema,
  consulting: NamesSchema,
  covered: NamesSchema,
  fallback: NamesSchema,
  spare: z.number(),
  /** The spare SREs by name: the plan sends each to one team that needs one (§12.4.1). */
  spareSres: NamesSchema,
});

export const RunningAloneSchema = z.strictObject({
  team: z.string(),
  sres: NamesSchema,
  teams: NamesSchema,
  services: NamesSchema,
  rotations: NamesSchema,
});

export const PlacementSchema = z.strictObject({
  team: z.string(),
  organization: z.string(),
  home: SreTeamHomeSchema,
  chapter: z
    .strictObject({
      placement: z.string(),
      reportingLine: z.string(),
      incentives: z.string(),
      headCount: z.string(),
      budget: z.string(),
      costAccounting: z.string(),
      kpis: z.string(),
      kpiRoot: z.enum(['products-under-development', 'incidents', 'reliability-user-experience']),
      exampleKpis: z.array(z.string()),
      goals: z.string(),
      identityAndPride: z.string(),
      pride: z.string(),
      identityTriangle: IdentityTriangleSchema,
      scalability: z.string(),
    })
    .nullable(),
  reportingLine: NamesSchema,
  teamHeadCount: z.number(),
  organizationHeadCount: z.number(),
  headcountLimit: z.number().nullable(),
  budgetPerYear: MoneySchema.nullable(),
  costCenter: z.string().nullable(),
  charges: z.array(
    z.strictObject({ transferPrice: z.string(), consumer: z.string(), hoursPerMonth: z.number() }),
  ),
});

export const TopologySchema = z.strictObject({
  models: z.array(
    z.strictObject({
      runModel: SreEraModelSchema,
      options: z.array(
        z.strictObject({
          option: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
          teams: NamesSchema,
          services: NamesSchema,
        }),
      ),
    }),
  ),
  sreInfrastructure: z.array(
    z.strictObject({ team: z.string(), organization: z.string(), home: z.string() }),
  ),
});

const PeopleGroupSchema = z.enum(['developer', 'sre', 'sre-infrastructure-engineer']);

export const PersonLineSchema = z.strictObject({
  person: z.string(),
  group: PeopleGroupSchema,
  team: z.string().nullable(),
  teamOrganization: z.string().nullable(),
  lineOrganization: z.string().nullable(),
  lineOrganizationType: OrganizationTypeSchema.nullable(),
  managerChain: NamesSchema,
  runModels: z.array(SreEraModelSchema),
});

const GroupCountsSchema = z.record(PeopleGroupSchema, z.number());

export const ReportingLinesTableSchema = z.strictObject({
  models: z.array(SreEraModelSchema),
  table: z.record(z.string(), z.partialRecord(SreEraModelSchema, GroupCountsSchema)),
});

export const NewDirectorSchema = z.strictObject({
  needed: z.boolean(),
  organizations: z.array(
    z.strictObject({
      organization: z.string(),
      runsSreTeamModels: z.boolean(),
      head: z.string().nullable(),
      headReportsTo: z.string().nullable(),
      headHeads: z
        .string()
        .nullable()
        .describe('The organization above the SRE organization its head heads too, if any'),
    }),
  ),
  reason: z.string(),
});

export const PositioningEntrySchema = z.strictObject({
  organization: z.string(),
  positioning: PositioningSchema.nullable(),
  focus: z.string().nullable(),
  strategy: z.string().nullable(),
  advice: z.string(),
});

export const TransitionSchema = z.strictObject({
  scope: z.enum(['organization', 'service']),
  name: z.string(),
  from: RunModelSchema,
  to: RunModelSchema,
  verdict: z.enum(['possible', 'unlikely', 'no-reason']),
  interim: RunModelSchema.nullable().describe(
    'What runs the service on the way: you-run-it until the SRE the target gives its team joins (§12.4.1), ops-runs-it while operations stay first line; `until` says what it waits for',
  ),
  until: InterimWaitSchema.nullable().describe('What the interim waits for; null without one'),
});

export const FindingSchema = z.strictObject({
  code: z.string(),
  severity: SeveritySchema,
  subject: z.strictObject({ kind: z.string(), name: z.string() }),
  message: z.string(),
  section: z.string(),
});
