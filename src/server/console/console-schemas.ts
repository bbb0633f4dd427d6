import { z } from 'zod';
import { TIER_BASES } from '../../engine/spectrum/availability-tier.ts';
import { RUN_MODELS } from '../../model/index.ts';
import { RunModelEventSchema } from '../live/live-schemas.ts';

const OnCall = z.object({ rotation: z.string(), person: z.string(), displayName: z.string() });

const ErrorBudgetNow = z.object({
  remaining: z
    .number()
    .nullable()
    .describe('Share of the current window’s budget left: 1 untouched, 0 spent, below 0 overspent'),
  remainingEvents: z.number().nullable(),
  window: z.string(),
  status: z.enum(['within', 'depleted', 'no-data', 'no-target']),
});

export const ServiceNowSchema = z.object({
  name: z.string(),
  organization: z.string().nullable(),
  productLine: z.string().nullable(),
  domain: z.string().nullable(),
  team: z.string().describe('The owning development team'),
  sreTeams: z.array(z.string()),
  tier: z.enum(['high', 'medium', 'low']),
  tierBasis: z
    .enum(TIER_BASES)
    .describe(
      'Where the tier comes from: the availability target, else demand, else the default (medium)',
    ),
  availabilityTarget: z.number().nullable(),
  agreedRunModel: z.enum(RUN_MODELS),
  currentRunModel: z.enum(RUN_MODELS),
  since: z.object({ at: z.string(), reason: z.string() }).nullable(),
  onCall: z.array(OnCall),
  offDuty: z.array(z.string()),
  errorBudget: ErrorBudgetNow,
});

export const RecentAlertSchema = z.object({
  id: z.int(),
  service: z.string().nullable(),
  name: z.string().describe('The alertname label'),
  severity: z.string().nullable(),
  status: z.string(),
  startsAt: z.string(),
  receivedAt: z.string(),
  routedTo: z.object({ rotation: z.string().nullable(), person: z.string().nullable() }),
  routeReason: z.string(),
});

export const OverviewSchema = z.object({
  revision: z.int(),
  asOf: z.string(),
  services: z.array(ServiceNowSchema),
  handovers: z.array(RunModelEventSchema).describe('The latest changes of who runs a service'),
  alerts: z.array(RecentAlertSchema).describe('The latest alerts received'),
});

const Team = z.object({ name: z.string(), displayName: z.string() });

const BurnDownPeriod = z.object({
  label: z.string(),
  start: z.string(),
  end: z.string(),
  complete: z
    .boolean()
    .describe('Whether the period had ended: only complete periods drive a handover'),
  points: z.array(
    z.object({
      at: z.string(),
      remaining: z
        .number()
        .nullable()
        .describe(
          'Share of the budget left for the period’s events before this time; null before its first event',
        ),
    }),
  ),
});

const IncidentRecord = z.object({
  id: z.string(),
  service: z.string(),
  startedAt: z.string(),
  detectedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  customerVisible: z.boolean(),
  budgetConsumed: z.number().nullable(),
});

export const ServiceDetailSchema = z.object({
  revision: z.int(),
  asOf: z.string(),
  service: ServiceNowSchema,
  owner: Team.describe('The development team that owns the service'),
  onCallNext: z
    .array(
      z.object({
        rotation: z.string(),
        person: z.string(),
        displayName: z.string(),
        start: z.string(),
      }),
    )
    .describe('Who takes over next on each of its rotations, within eight days'),
  sreTeams: z.array(Team).describe('The SRE teams that support it'),
  policy: z.string().nullable().describe('Its error budget policy, if it names one'),
  window: z.string(),
  burnDown: z
    .array(BurnDownPeriod)
    .describe(
      'The error budget of the current period and the three before, every six hours; empty without a target',
    ),
  runModelHistory: z
    .array(RunModelEventSchema)
    .describe('Every change of who runs it, newest first'),
  incidents: z.array(IncidentRecord).describe('Incidents in the burn-down’s time, newest first'),
  alerts: z.array(RecentAlertSchema).describe('Its latest alerts'),
});

export const SessionSchema = z.object({
  kind: z.enum(['token', 'anonymous']),
  id: z.string().nullable(),
  name: z.string(),
  role: z
    .enum(['viewer', 'editor', 'admin', 'ingest'])
    .describe('viewer reads; editor also uploads models; admin also manages tokens'),
});

const Turn = z.object({
  person: z.string(),
  displayName: z.string(),
  start: z.string(),
  end: z.string(),
});

const Interval = z.object({ start: z.string(), end: z.string() });

export const OnCallSchema = z.object({
  revision: z.int(),
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  rotations: z.array(
    z.object({
      name: z.string(),
      displayName: z.string(),
      type: z.string(),
      coverage: z.string(),
      timezone: z.string(),
      services: z.array(z.string()).describe('The services the rotation covers'),
      now: Turn.nullable().describe('Who is on call now, until the next person takes over'),
      next: Turn.nullable().describe('Who takes over next, within eight days'),
      shifts: z
        .array(Turn)
        .describe('Who is on call from `from` to `to`, a person’s consecutive shifts joined'),
      coverageWindows: z
        .array(Interval)
        .describe('When the rotation’s coverage needs someone on call in the range'),
      members: z
        .array(
          z.object({
            person: z.string(),
            displayName: z.string(),
            turns: z.int(),
            hours: z.number(),
            offHours: z.number(),
            weekendHours: z.number(),
          }),
        )
        .describe('The hours each member is on call in the range'),
    }),
  ),
  overrides: z
    .array(
      z.object({
        id: z.int(),
        rotation: z.string(),
        person: z.string(),
        displayName: z.string(),
        start: z.string(),
        end: z.string(),
        reason: z.string(),
        author: z.string(),
        createdAt: z.string(),
      }),
    )
    .describe(
      'The on-call overrides in force that reach into the range, in the order they apply: the shifts above include them',
    ),
  violations: z
    .array(
      z.object({
        code: z.string(),
        severity: z.string(),
        rotation: z.string().nullable(),
        otherRotation: z.string().nullable(),
        person: z.string().nullable(),
        service: z.string().nullable(),
        start: z.string(),
        end: z.string(),
        message: z.string(),
      }),
    )
    .describe('What the schedule breaks in the range: coverage gaps, double bookings, absences'),
});

const PersonRef = z.object({
  name: z.string(),
  displayName: z.string(),
  reportsTo: z.string().nullable().describe('The display name of whom they report to'),
  reportsToName: z
    .string()
    .nullable()
    .describe('The name of whom they report to, to find them on the map (a head or a manager)'),
});

export const OrganizationMapSchema = z.object({
  revision: z.int(),
  serving: z
    .boolean()
    .describe('Whether this is the revision the server serves: only then is who runs it now known'),
  organizations: z.array(
    z.object({
      name: z.string(),
      displayName: z.string(),
      type: z.string(),
      parent: z.string().nullable(),
      head: PersonRef.nullable(),
    }),
  ),
  teams: z.array(
    z.object({
      name: z.string(),
      displayName: z.string(),
      type: z.string(),
      organization: z.string(),
      productLine: z.string().nullable(),
      domain: z.string().nullable(),
      manager: PersonRef.nullable(),
      members: z.int(),
      supports: z.array(z.string()).describe('SRE teams: the development teams they support'),
    }),
  ),
  services: z.array(
    z.object({
      name: z.string(),
      team: z.string(),
      tier: z.enum(['high', 'medium', 'low']),
      tierBasis: z
        .enum(TIER_BASES)
        .describe(
          'Where the tier comes from: the availability target, else demand, else the default (medium)',
        ),
      agreedRunModel: z.enum(RUN_MODELS),
      currentRunModel: z.enum(RUN_MODELS).nullable().describe('Null for a revision not served'),
      sreTeams: z.array(z.string()),
    }),
  ),
});

export const PlanViewSchema = z.object({
  revision: z.int(),
  title: z.string(),
  generatedOn: z.string(),
  sections: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        appendix: z.boolean(),
        html: z
          .string()
          .describe('The section as `plan --format html` renders it; model text escaped'),
      }),
    )
    .describe('The plan’s sections in order: summary, options, cost, risks, then the appendix'),
});

export const ChangePlanViewSchema = z.object({
  revision: z.int().describe('Today’s revision'),
  target: z.int().describe('The target revision'),
  title: z.string(),
  html: z.string().describe('The change plan as `whorunsit diff` writes it, as HTML'),
});
