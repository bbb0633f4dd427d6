import { z } from 'zod';
import type { Kind } from '../vocabulary.ts';
import { API_VERSION } from '../vocabulary.ts';
import { Name } from './common.ts';
import { CompensationPolicySpec } from './compensation-policy.ts';
import { ErrorBudgetPolicySpec } from './error-budget-policy.ts';
import { OfferingSpec } from './offering.ts';
import { OrganizationSpec } from './organization.ts';
import { PersonSpec } from './person.ts';
import { RotationSpec } from './rotation.ts';
import { SalaryBandSpec } from './salary-band.ts';
import { ServiceSpec } from './service.ts';
import { TeamSpec } from './team.ts';
import { TransferPriceSpec } from './transfer-price.ts';

/** The spec schema of every whorunsit/v1 kind. */
export const SPEC_SCHEMAS = {
  Organization: OrganizationSpec,
  Team: TeamSpec,
  Person: PersonSpec,
  Service: ServiceSpec,
  ErrorBudgetPolicy: ErrorBudgetPolicySpec,
  Rotation: RotationSpec,
  CompensationPolicy: CompensationPolicySpec,
  TransferPrice: TransferPriceSpec,
  Offering: OfferingSpec,
  SalaryBand: SalaryBandSpec,
} as const satisfies Record<Kind, z.ZodType>;

export interface SpecOf {
  Organization: OrganizationSpec;
  Team: TeamSpec;
  Person: PersonSpec;
  Service: ServiceSpec;
  ErrorBudgetPolicy: ErrorBudgetPolicySpec;
  Rotation: RotationSpec;
  CompensationPolicy: CompensationPolicySpec;
  TransferPrice: TransferPriceSpec;
  Offering: OfferingSpec;
  SalaryBand: SalaryBandSpec;
}

export const Metadata = z.strictObject({
  name: Name,
  displayName: z.string().optional(),
  description: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  /** e.g. `whorunsit/ignore: "code,code"` suppresses checks for this entity. */
  annotations: z.record(z.string(), z.string()).optional(),
});
export type Metadata = z.infer<typeof Metadata>;

function buildDocumentSchema<K extends Kind>(kind: K) {
  return z.strictObject({
    apiVersion: z.literal(API_VERSION),
    kind: z.literal(kind),
    metadata: Metadata,
    spec: SPEC_SCHEMAS[kind],
  });
}

// Built once per kind: constructing Zod schemas per document doubled the loader's cost.
// biome-ignore lint/plugin: a memo of constant schemas by kind, the same for every model
const DOCUMENT_SCHEMAS = new Map<Kind, ReturnType<typeof buildDocumentSchema>>();

/** The envelope of one document of a given kind. */
export function documentSchema<K extends Kind>(kind: K): ReturnType<typeof buildDocumentSchema<K>> {
  let schema = DOCUMENT_SCHEMAS.get(kind);
  if (!schema) {
    schema = buildDocumentSchema(kind);
    DOCUMENT_SCHEMAS.set(kind, schema);
  }
  return schema as ReturnType<typeof buildDocumentSchema<K>>;
}

export type { CompensationPolicySpec } from './compensation-policy.ts';
export {
  ALERT_SEVERITIES,
  type AlertSeverity,
  alertWindowSeconds,
  type BurnRateAlert,
  type ErrorBudgetPolicySpec,
} from './error-budget-policy.ts';
export type { OfferingSpec } from './offering.ts';
export type { OrganizationSpec } from './organization.ts';
export type { PersonSpec } from './person.ts';
export type { RotationSpec } from './rotation.ts';
export type { SalaryBandSpec } from './salary-band.ts';
export type { ServiceSpec } from './service.ts';
export { queryForWindow, SliQueries, WINDOW_PLACEHOLDER } from './sli-queries.ts';
export type { TeamSpec } from './team.ts';
export type { TransferPriceSpec } from './transfer-price.ts';
