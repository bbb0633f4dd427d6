import { z } from 'zod';
import {
  CoverageSchema,
  MoneySchema,
  NamesSchema,
  RotationProviderSchema,
  RotationTypeSchema,
} from './common.ts';

/** On-call designs and their cost per average month (§12.6, §12.9.5). */

const StandbyHoursSchema = z.strictObject({
  inside: z.number(),
  outside: z.number(),
  weekend: z.number(),
});

const RotationCostSchema = z.strictObject({
  name: z.string(),
  type: RotationTypeSchema,
  coverage: CoverageSchema,
  services: NamesSchema,
  members: z.number().nullable(),
  /** Set when the rotation follows the sun: each site's part of the day from its takeover. */
  relay: z
    .strictObject({
      parts: z.array(
        z.strictObject({ takeoverMinute: z.number(), january: z.number(), july: z.number() }),
      ),
    })
    .nullable(),
  /** Today's rotation the design keeps, if it keeps one. */
  keeps: z.string().nullable(),
  provider: RotationProviderSchema.nullable(),
  /**
   * For a team rotation the design adds or extends: its team and how many of the team's people
   * can be on call (managers and open positions not counted), and the SRE the plan sends to share
   * its on-call; fewer than peopleNeeded together is a shortfall.
   */
  team: z
    .strictObject({
      name: z.string(),
      people: z.number(),
      /** SREs the plan sends to share the team's on-call (§12.4.1), counted beside people. */
      joining: z.number(),
    })
    .nullable(),
  /**
   * For a thin layer the design proposes: who takes its turns (§12.6), the engineers of the
   * operations teams inside the company, else the people of the round-the-clock rotations it
   * replaces; fewer than peopleNeeded is a shortfall.
   */
  staffedFrom: z
    .strictObject({
      from: z.enum(['operations', 'replaced-rotations']),
      teams: z.array(z.string()),
      rotations: z.array(z.string()),
      people: z.number(),
    })
    .nullable(),
  peopleOnCallAtOnce: z.number(),
  peopleNeeded: z.number(),
  standbyHoursPerMonth: StandbyHoursSchema,
  /** In the default policy's currency (zero when none of its people is paid in it). */
  standbyCost: MoneySchema,
  /** In each currency its people are paid in (§12.9.5), the default's first; never added up. */
  standbyCosts: z.array(MoneySchema),
  timeOffHoursPerMonth: z.number(),
});

/** A design's cost in one currency: the people paid in it, each by their own policy. */
const CurrencyCostSchema = z.strictObject({
  currency: z.string(),
  standby: MoneySchema,
  incidents: MoneySchema,
  monthlyCost: MoneySchema,
});

export const DesignCostSchema = z.strictObject({
  design: z.enum(['current', 'optimized', 'team-rotation-per-team']),
  rotations: z.array(RotationCostSchema),
  notes: z.array(z.string()),
  peopleOnCallAtOnce: z.number(),
  peopleOnCallAtNight: z.number(),
  peopleNeeded: z.number(),
  standbyHoursPerMonth: StandbyHoursSchema,
  incidentOffHoursPerMonth: z.number(),
  /** In the default policy's currency, as `monthlyCost`. */
  cost: z.strictObject({ standby: MoneySchema, incidents: MoneySchema }),
  /** In the default policy's currency; `byCurrency` has every currency. */
  monthlyCost: MoneySchema,
  /** The cost per currency, the default policy's first: amounts in two currencies are never added. */
  byCurrency: z.array(CurrencyCostSchema),
  timeOffHoursPerMonth: z.number(),
});

/**
 * A saving as `oncall-cost --json` prints it, the contract of issue #12: `{amount, currency}`
 * with its percent, so one figure has one shape wherever it appears.
 */
const SavingSchema = MoneySchema.extend({ percent: z.number() });

/** A design against today, in money and in people needed. */
const VsCurrentSchema = z.strictObject({
  against: z.literal('current'),
  verdict: z.enum(['saves', 'costs-more', 'needs-more-people', 'same']),
  /** In the default policy's currency. */
  money: MoneySchema,
  /** Today's cost minus the design's per currency, the default's first: `saves` only when none is negative. */
  byCurrency: z.array(MoneySchema),
  people: z.number(),
  peopleNeeded: z.strictObject({ design: z.number(), against: z.number() }),
  peopleOnCallAtNight: z.strictObject({ design: z.number(), against: z.number() }),
});

/** A team rotation as a same-domain pager offer names it. */
const PagerSideSchema = z.strictObject({
  rotation: z.string(),
  team: z.string(),
  members: z.number().describe('who take its turns'),
  needed: z.number().describe('what the sizing rule needs'),
});

export const OnCallCostSchema = z.strictObject({
  policy: z.string(),
  currency: z.string(),
  current: DesignCostSchema,
  optimized: DesignCostSchema,
  teamRotationPerTeam: DesignCostSchema,
  /** The optimized design against a team rotation for every team. */
  saving: SavingSchema.extend({ against: z.literal('team-rotation-per-team') }),
  /** The optimized design against today's rotations. */
  savingVsCurrent: SavingSchema,
  /**
   * The optimized design against today, in on-call pay and in people needed: the salaries of
   * `thinLayerHires` are not in it (`savingVsCurrent` and the headline count them).
   */
  vsCurrent: VsCurrentSchema,
  thinLayerHires: z
    .strictObject({
      rotations: NamesSchema,
      people: z.number(),
      role: z.enum(['ops-engineer', 'developer']),
      location: z.string().nullable(),
      annualEach: MoneySchema.describe('one hire’s yearly salary, in its own currency'),
      basis: z.enum(['band', 'default']),
      band: z.string().nullable(),
      perMonth: MoneySchema.nullable().describe(
        'all their salaries per average month (a year’s ÷ 12); null when paid in another currency than the policy’s',
      ),
    })
    .nullable()
    .describe(
      'the people the optimized design must hire to staff the thin layer it proposes (§12.6), with their salaries; savingVsCurrent counts them',
    ),
  /**
   * The alternative when team rotations the optimized design adds or extends need more people
   * than their teams have (§12.6, §12.8): those high-tier services at the medium tier, priced the
   * same way and compared with today; null when every team can staff its rotations.
   */
  lowerTargets: z
    .strictObject({
      services: NamesSchema,
      optimized: DesignCostSchema,
      vsCurrent: VsCurrentSchema,
    })
    .nullable(),
  sameDomainPagers: z
    .array(
      z.strictObject({
        short: PagerSideSchema.describe('the short team rotation, kept and grown by the design'),
        services: NamesSchema.describe('its services, which would go onto the partner’s rotation'),
        partner: PagerSideSchema.describe('the same-domain team rotation with room'),
        shared: z
          .array(z.string())
          .describe('what the two teams share: "domain playback", "manager …", "SRE team …"'),
        together: z.number().describe('who take turns on the one rotation, each counted once'),
        standbyPerMonth: z
          .array(MoneySchema)
          .describe(
            'the short rotation’s standby pay per average month in the optimized design, per currency, the policy’s first: what joining no longer pays',
          ),
      }),
    )
    .describe(
      'short team pagers of high tiers that a same-domain team pager with room could take instead of growing them (§12.6): offered beside the optimized design, which keeps them; the plan’s risk and on-call decision offer them first',
    ),
  incidentSource: z.enum(['incidents', 'assumption']),
  incidentMonths: z.number(),
  assumptions: z.array(z.string()),
});

/** The on-call cost, or why it could not be priced. */
export const OnCallCostResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), cost: OnCallCostSchema }),
  z.strictObject({
    ok: z.literal(false),
    code: z.enum(['no-compensation-policy', 'unknown-policy']),
    message: z.string(),
  }),
]);
