import { z } from 'zod';
import {
  CoverageSchema,
  MoneySchema,
  NamesSchema,
  RotationProviderSchema,
  RotationTypeSchema,
  SreLevelSchema,
} from './common.ts';

/** Staffing (§12.4.1, §12.6, §12.10.2, §12.4.6), computed once for the whole document. */

export const SreTeamScalingSchema = z.strictObject({
  developmentTeams: NamesSchema,
  needed: z.number(),
  current: z.number(),
  sreTeams: NamesSchema,
  inNameOnly: NamesSchema.describe(
    'teams of type sre in which nobody practises SRE (§12.4.6, §12.9.4): not counted as SRE teams',
  ),
  gap: z.number(),
  byOrganization: z
    .array(
      z.strictObject({
        organization: z
          .string()
          .nullable()
          .describe(
            'the development organization whose own SRE teams serve these teams; null: served from elsewhere, or by no SRE team yet',
          ),
        developmentTeams: NamesSchema,
        needed: z.number(),
      }),
    )
    .describe(
      'the development teams by the organization whose SRE teams scale with them (§12.4.1), each with its need; `needed` is their sum',
    ),
  mostInOneOrganization: z
    .number()
    .describe(
      'the most SRE teams one organization needs (§12.4.1: more than two asks about its home)',
    ),
});

const LocationHeadcountSchema = z.strictObject({
  location: z
    .string()
    .describe('the site, named by the cities of its people, most people first (siteName)'),
  locations: NamesSchema.describe(
    "every location the site's people give, most common first (colleagues at most two hours apart are one site)",
  ),
  timezone: z.string().nullable(),
  needed: z.number(),
  current: z.number(),
  heldAbove: z.number().describe('places here held by SREs of a higher level (§12.10.2)'),
  kept: z
    .number()
    .describe(
      'of current, SREs a rotation needs where they are (§12.6): counted for this site’s places only',
    ),
  left: z.number().describe('SREs here beyond every place they are counted for'),
  movable: z
    .number()
    .describe('of left, those no rotation needs here: free to take places elsewhere'),
  reserved: z
    .number()
    .describe(
      "SREs here beyond their site's places set aside for the next level's open places by promotion (§12.10.2), before they hold a place below",
    ),
});

const PlacesHeldSchema = z.strictObject({ level: SreLevelSchema, count: z.number() });

const RoleHeadcountSchema = z.strictObject({
  level: SreLevelSchema,
  basis: z.enum(['development-teams', 'product-domains', 'product-lines']),
  units: NamesSchema,
  needed: z.number(),
  people: NamesSchema,
  current: z.number(),
  heldAbove: z
    .array(PlacesHeldSchema)
    .describe("this level's places held by spare SREs of a higher level (§12.10)"),
  holdingBelow: z.array(PlacesHeldSchema).describe('SREs of this level in places of a lower level'),
  redeploy: z
    .number()
    .describe(
      "SREs beyond their own site's places counted for this level's places at another site: only those no rotation needs where they are (§12.6)",
    ),
  short: z.number().describe('places nobody holds: what the hiring list hires'),
  byLocation: z.array(LocationHeadcountSchema),
});

export const HeadcountSchema = z.strictObject({
  roles: z.strictObject({
    junior: RoleHeadcountSchema,
    senior: RoleHeadcountSchema,
    principal: RoleHeadcountSchema,
  }),
  unleveled: NamesSchema,
  infrastructure: NamesSchema,
  openPositions: NamesSchema.describe('open SRE positions: not counted'),
  withoutPractice: NamesSchema.describe(
    'SRE titles without SRE practice (srePracticeMonths: 0): not counted (§12.4.6, §12.9.4)',
  ),
  oneBusinessLine: z
    .boolean()
    .describe('no product line is stated: the business is one business line (§12.10.2)'),
  oneTeam: z
    .strictObject({ line: z.string(), domain: z.string(), team: z.string() })
    .nullable()
    .describe(
      "the company's SRE scope is one team: one SRE in the domain's senior place holds the team, domain and business line (§12.10)",
    ),
  withoutDomain: NamesSchema,
  withoutProductLine: NamesSchema,
});

export const HireSchema = z.strictObject({
  level: SreLevelSchema,
  count: z.number(),
  location: z.string(),
  timezone: z.string().nullable(),
  organization: z.string().nullable(),
  reason: z.string(),
});

export const RotationSizingSchema = z.strictObject({
  name: z.string(),
  type: RotationTypeSchema,
  coverage: CoverageSchema,
  needed: z.number(),
  current: z.number(),
  shortfall: z.number(),
  setup: z.enum(['one-site', 'one-pool', 'two-sites', 'follow-the-sun', 'any-site']),
  followTheSun: z.enum(['declared', 'automatic']).nullable(),
  sites: z.array(
    z.strictObject({
      site: z.string(),
      current: z.number(),
      needed: z.number(),
      hoursPerDay: z.number().nullable(),
      partNeeds: z
        .number()
        .nullable()
        .describe(
          "in a follow-the-sun relay, what the site's part of the day needs (§12.6); `needed` is never less than the site has",
        ),
    }),
  ),
  sustainable: z.boolean(),
  productLines: NamesSchema.describe(
    'the product lines it serves (its services’, else its team’s): free SREs go first to a short rotation of their own',
  ),
  provider: RotationProviderSchema.nullable(),
});

export const OnCallLoadSchema = z.strictObject({
  person: z.string(),
  hoursPerWeek: z.number(),
  share: z.number(),
  rotations: NamesSchema,
});

const SalarySchema = z.strictObject({
  annual: z.number().describe('major units of currency a year'),
  currency: z.string(),
  basis: z.enum(['band', 'default']),
  band: z.string().nullable(),
  assumedLevel: SreLevelSchema.nullable().describe(
    'for an SRE with no level: the lowest level whose band matches them, which prices them',
  ),
});

export const PromotionRaiseSchema = z
  .strictObject({
    person: z.string(),
    from: SreLevelSchema.nullable(),
    to: SreLevelSchema,
    today: SalarySchema,
    promoted: SalarySchema,
    perYear: MoneySchema.nullable().describe(
      'the salary at the new level less today’s; null when either is paid in another currency',
    ),
    basis: z.string(),
  })
  .describe('what a promotion adds to a salary a year (§12.10.2)');

const HeadcountAndCostSchema = z.strictObject({ headcount: z.number(), annualCost: MoneySchema });

/** `budgetVerdict`: one rule for `check`, `staffing` and `plan` (§12.4.6). */
export const BudgetVerdictSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fits') }),
    z.strictObject({ kind: z.literal('over'), overBy: MoneySchema }),
    z.strictObject({
      kind: z.literal('over-at-default-salaries'),
      overBy: MoneySchema,
      defaulted: MoneySchema.describe('the default salaries in the cost'),
      defaults: z.number().describe('how many salaries are the defaults'),
    }),
  ])
  .describe(
    'the cost against the budget: over when the stated figures alone break it, over-at-default-salaries when only the default salaries standing in for unstated ones do',
  );

export const OrganizationFundingSchema = z.strictObject({
  organization: z.string(),
  contract: z
    .boolean()
    .describe(
      "another company's organization (outside the product delivery organization's tree): its budget is a contract, committed in full, never money to spare (§12.4.6)",
    ),
  costCenter: z.string().nullable(),
  headcountLimit: z.number().nullable(),
  annualBudget: MoneySchema.nullable(),
  current: HeadcountAndCostSchema,
  planned: HeadcountAndCostSchema,
  hires: z.number(),
  movedIn: z
    .number()
    .describe(
      'people of SRE teams moving into it (or below it) to where the plan puts SRE (§12.8.2)',
    ),
  movedOut: z.number().describe('people of SRE teams moving out of it to where the plan puts SRE'),
  supportEnded: z
    .array(
      z.strictObject({
        transferPrice: z.string(),
        provider: z.string(),
        hoursPerMonth: z.number(),
        perYear: MoneySchema,
      }),
    )
    .describe(
      'SRE support it buys today at a transfer price from an SRE team that moves into it: support within one cost center is not charged, so the planned cost no longer holds it (§12.4.7)',
    ),
  supportRepriced: z
    .array(
      z.strictObject({
        transferPrice: z.string(),
        provider: z.string(),
        sreTeam: z.string(),
        movesTo: z.string(),
        hoursPerMonth: z.number(),
        perYear: MoneySchema,
      }),
    )
    .describe(
      'SRE support it buys today at a transfer price from an SRE team that moves to another organization than the provider: the price ends with the move; the new home and this organization agree a new one, or the new home carries the cost. The planned cost keeps the old price meanwhile (§12.4.7)',
    ),
  openPositions: z
    .array(
      z.strictObject({
        name: z.string(),
        role: z.string().nullable(),
        annualCost: MoneySchema.nullable(),
      }),
    )
    .describe(
      'open positions the hiring list does not fill (not of an SRE role on services), in the planned head count and, where this budget pays for them, the planned cost',
    ),
  promotions: z
    .array(PromotionRaiseSchema)
    .describe('promotions of people the organization pays: no head added, the raise in planned'),
  breaksHeadcount: z.boolean(),
  breaksBudget: z.boolean(),
  budget: BudgetVerdictSchema.nullable().describe('the planned cost against the budget'),
  budgetToday: BudgetVerdictSchema.nullable().describe(
    "today's cost against the budget: what check's over-budget findings say",
  ),
  salaries: z
    .strictObject({
      fromBands: z.number(),
      fromDefaults: z.number(),
      defaulted: MoneySchema.describe('the planned salaries priced at the defaults'),
      defaultedFor: NamesSchema.describe(
        'whose planned salaries are the defaults: people by display name, hires by level and location',
      ),
      otherCurrencies: z.array(MoneySchema),
    })
    .describe('where the salaries come from: salary bands or the default salaries'),
});

const FreeSreSchema = z.strictObject({
  sre: z.string(),
  shown: z.string().describe('how the plan names them'),
  location: z.string(),
  productLines: NamesSchema,
});

const PlacedSreSchema = FreeSreSchema.extend({
  across: z.boolean().describe('the rotation serves none of their product lines'),
  team: z
    .string()
    .nullable()
    .describe('the development team the run-model decision assigns them to (§12.4.1)'),
});

const ShortSeatsSchema = z.strictObject({
  rotation: z.string(),
  site: z.string().nullable().describe('the site the seats are at (a relay); null: anywhere'),
  short: z.number(),
});

const SurplusPlacesSchema = z
  .strictObject({
    joined: z.array(ShortSeatsSchema.extend({ taken: z.number(), sres: z.array(PlacedSreSchema) })),
    elsewhere: z
      .array(ShortSeatsSchema)
      .describe('relay seats short at a site where no free SRE is: a move there or a hire'),
    unfilled: z.array(ShortSeatsSchema).describe('seats still short once the free SREs are placed'),
    taken: z.number(),
    sentApart: z
      .array(FreeSreSchema.extend({ team: z.string() }))
      .describe('free SREs who share the on-call of the team the run-model decision assigns them'),
    left: z.array(FreeSreSchema).describe('free SREs no seat takes and no team is assigned'),
    candidates: z
      .array(z.strictObject({ sre: z.string(), level: z.enum(['senior', 'principal']) }))
      .describe(
        'of left, the candidates for a promotion into a short level (§12.10.2): growth room, never attrition',
      ),
    noTurns: NamesSchema.describe(
      'of left, those a short seat would have taken but who take none of its turns: no on-call outside business hours on a round-the-clock rotation (§12.10.1)',
    ),
  })
  .describe(
    'where the free SREs go: seats of short rotations the §12.6 optimized design keeps (never one it merges or replaces), their team’s on-call, else attrition (§12.6, §12.7.1, §12.10.2)',
  );

export const StaffingSchema = z.strictObject({
  sreTeams: SreTeamScalingSchema,
  headcount: HeadcountSchema,
  hiring: z.array(HireSchema),
  rotations: z.array(RotationSizingSchema),
  overloaded: z.array(OnCallLoadSchema),
  firstYearOfHires: MoneySchema.nullable().describe(
    "what the hiring list's quarterly waves cost in the plan's first year, each hire from the start of the quarter it joins, in the model's currency; funding prices the full year (null with one wave)",
  ),
  firstYearOfHiresOtherCurrencies: z
    .array(MoneySchema)
    .describe(
      "the first year's salaries of the waves' hires banded in another currency than the model's, per currency, not converted (empty when none)",
    ),
  practice: z
    .strictObject({
      level: z.literal('junior'),
      hires: z.number().describe('junior places nobody held before the offer'),
      offered: z
        .number()
        .describe('of those, the places offered to them: the hiring list hires only the rest'),
      candidates: z.array(
        z.strictObject({
          person: z.string(),
          name: z.string(),
          location: z.string(),
          title: SreLevelSchema.nullable().describe('the level their title names'),
          experienceYears: z.number().nullable(),
          offered: z.boolean(),
        }),
      ),
      limitsIfHired: z
        .array(
          z.strictObject({ organization: z.string(), headcount: z.number(), limit: z.number() }),
        )
        .describe('head count limits that hiring instead would break (§12.4.6)'),
    })
    .nullable()
    .describe(
      'junior SRE places offered, before hiring, to people with an SRE title and no SRE practice: they practise SRE before the role is assigned (§12.9.4)',
    ),
  moves: z
    .array(
      z.strictObject({
        team: z.string(),
        from: z.string(),
        to: z.string(),
        people: NamesSchema,
      }),
    )
    .describe(
      'SRE teams that sit where the plan does not put SRE, moving with their people to the organization it recommends (§12.8.2); funding counts them there',
    ),
  staysInNameOnly: z
    .array(z.strictObject({ team: z.string(), organization: z.string() }))
    .describe(
      'SRE teams in name only (re-titled operations engineers, §12.4.6, §12.9.4) that sit where the plan does not put SRE: they do not move, and funding counts their people where they are',
    ),
  funding: z.array(OrganizationFundingSchema),
  surplus: z
    .strictObject({
      byLocation: z.array(
        z.strictObject({
          level: SreLevelSchema,
          location: z.string(),
          needed: z.number(),
          current: z.number(),
          count: z.number().describe('current − needed at this site (> 0)'),
          onRotations: z
            .number()
            .describe('of them, members of a rotation that needs every member it has (§12.6)'),
          rotations: NamesSchema,
          spare: z.number().describe('of them, beyond what the whole organization needs'),
          free: NamesSchema.describe(
            'of the spare, the SREs free for other work, by name: in no seat a rotation needs them in and sharing no team’s on-call (§12.9, §12.4.1)',
          ),
          freeProductLines: z
            .array(NamesSchema)
            .describe(
              'the product lines of each free SRE, in the order of `free`: a free SRE goes first to a short rotation of their own',
            ),
          freeNames: NamesSchema.describe('how each free SRE is named, in the order of `free`'),
          annualEach: MoneySchema.describe('the yearly salary of one SRE of this level here'),
        }),
      ),
      redeployTo: z
        .array(z.strictObject({ level: SreLevelSchema, location: z.string(), places: z.number() }))
        .describe('places nobody holds and no hire fills: left to the surplus at other sites'),
      consulting: z
        .array(
          z.strictObject({
            sreTeam: z.string(),
            hoursPerMonth: z.number(),
            devTeams: NamesSchema,
            sres: NamesSchema,
            names: NamesSchema,
          }),
        )
        .describe(
          'per SRE team, the SREs beyond the places its agreed consulting hours hold (supports[].hoursPerMonth of the teams it consults for, §12.4.7): not spare, never attrition',
        ),
      levels: z.array(
        z.strictObject({
          level: SreLevelSchema,
          atLocations: z.number(),
          redeploy: z.number(),
          holdingBelow: z.number(),
          promoted: z.number(),
          seats: z
            .number()
            .describe(
              'of them, in seats a rotation needs at their site, which no place of the §12.10.2 table takes (§12.6)',
            ),
          consulting: z
            .number()
            .describe('of them, held by the consulting hours their SRE team agreed (§12.4.7)'),
          spare: z.number(),
        }),
      ),
      sreTeams: z.number().describe('SRE teams beyond the §12.4.1 table'),
      sreTeamRoom: z
        .number()
        .describe('development teams the SRE teams could carry beyond those supported today'),
      annualCost: MoneySchema.describe(
        "the yearly salaries of the spare SREs paid in the model's currency",
      ),
      annualCostOther: z
        .array(MoneySchema)
        .describe('their salaries paid in other currencies, per currency, not converted'),
    })
    .describe(
      'SREs per site and level beyond the §12.10.2 places (needed − current < 0) and SRE teams beyond §12.4.1: where they go (redeploy, places below, promotion) and what the rest costs a year',
    ),
  surplusPlaces: SurplusPlacesSchema,
});
