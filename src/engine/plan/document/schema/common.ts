import { z } from 'zod';
import {
  COVERAGES,
  ORGANIZATION_TYPES,
  POSITIONINGS,
  ROTATION_TYPES,
  RUN_MODELS,
  SRE_LEVELS,
} from '../../../../model/index.ts';

/** Money in every document: exact decimal text in the currency's major unit. */
export const MoneySchema = z
  .strictObject({
    amount: z.string().describe('Decimal text in major units, e.g. "1234.50"'),
    currency: z.string().describe('ISO 4217 code'),
  })
  .describe('An exact amount of money');

export const RunModelSchema = z.enum(RUN_MODELS);
export const SpectrumModelSchema = z.enum([
  'you-run-it',
  'you-and-sre-run-it',
  'sre-runs-it',
  'ops-runs-it',
]);
export const SreEraModelSchema = z.enum(['you-run-it', 'you-and-sre-run-it', 'sre-runs-it']);
export const RotationTypeSchema = z.enum(ROTATION_TYPES);
export const CoverageSchema = z.enum(COVERAGES);
export const SreLevelSchema = z.enum(SRE_LEVELS);
export const OrganizationTypeSchema = z.enum(ORGANIZATION_TYPES);
export const PositioningSchema = z.enum(POSITIONINGS);
export const TierSchema = z.enum(['high', 'medium', 'low']);

/** What a service's interim model waits for (`InterimWait`). */
export const InterimWaitSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({ kind: z.literal('sre-joins') })
      .describe('you-run-it until the SRE the target gives its team joins (§12.4.1)'),
    z
      .strictObject({
        kind: z.literal('team-staffed'),
        team: z.string(),
        people: z.number().describe('its people who can be on call, the joining SRE counted'),
        needed: z.number().describe('what its rotation round the clock needs by the sizing rule'),
        sreJoins: z
          .boolean()
          .describe(
            'whether people counts an SRE the hiring list hires for the team: the move waits for that SRE to join too (§12.4.1)',
          ),
      })
      .describe(
        'ops-runs-it: operations stay first line until the team can staff a rotation round the clock (§12.9.5)',
      ),
    z
      .strictObject({
        kind: z.literal('first-line-kept'),
        rotation: z.string(),
        service: z.string(),
        team: z.string(),
        sreJoins: z
          .boolean()
          .describe('whether that service waits for the SRE the hiring list hires for team too'),
      })
      .describe(
        "ops-runs-it: its nights stay on operations' rotation, kept round the clock as first line for the high tier service, until operations no longer keep it for that service: once team can staff a rotation round the clock (§12.6)",
      ),
  ])
  .describe('What the interim model waits for');

/** What a group of services waits for (`InterimWaitGroup`): each its own team, or one condition. */
export const InterimWaitGroupSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sre-joins') }),
    z
      .strictObject({ kind: z.literal('team-staffed'), sreJoins: z.boolean() })
      .describe(
        'each service until its own team can staff a rotation round the clock (the team is in each service’s `until`), and, where sreJoins, its team’s SRE joins',
      ),
    z.strictObject({
      kind: z.literal('first-line-kept'),
      rotation: z.string(),
      service: z.string(),
      team: z.string(),
      sreJoins: z.boolean(),
    }),
  ])
  .describe('What the services of a group wait for');
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** Where a figure is explained: the id of a section of the document (its HTML anchor). */
export const SectionIdSchema = z.string().describe('Id of the document section (anchor)');

/** A list of names (services, teams, people). */
export const NamesSchema = z.array(z.string());

/** §12.7.2: the axis of the SRE identity triangle that scores highest in a home, and what it means. */
export const IdentityTriangleSchema = z.strictObject({
  highest: z.enum(['product', 'incidents', 'reliability-user-experience']),
  focus: z.string(),
});

/**
 * Another company that staffs a rotation under its contract (`rotationProvider`, §12.4.6, §12.6):
 * its shortfall is the contract's to staff, never people to hire or move in.
 */
export const RotationProviderSchema = z
  .strictObject({
    organization: z.string(),
    displayName: z.string(),
    people: z
      .number()
      .describe("of the people who take the rotation's turns, those who work for it"),
    paysOnCall: z
      .boolean()
      .describe(
        "its contract pays their on-call: the company prices their turns at 0 in on-call pay, the contract's value is the cost",
      ),
  })
  .describe(
    'another company that staffs the rotation under its contract (most of the people who take its turns work for it): its shortfall is for the provider to staff or the contract to cover, never people to hire or move in (§12.4.6, §12.6)',
  );
