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
