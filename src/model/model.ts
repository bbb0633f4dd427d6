import type { Metadata, SpecOf } from './kinds/index.ts';
import type { SourceLocation } from './source.ts';
import type { Kind } from './vocabulary.ts';

/** One validated document: a named entity of a kind. Frozen. */
export interface Entity<K extends Kind = Kind> {
  readonly kind: K;
  readonly name: string;
  readonly metadata: Readonly<Metadata>;
  readonly spec: Readonly<SpecOf[K]>;
  readonly source: SourceLocation;
}

export type Organization = Entity<'Organization'>;
export type Team = Entity<'Team'>;
export type Person = Entity<'Person'>;
export type Service = Entity<'Service'>;
export type ErrorBudgetPolicy = Entity<'ErrorBudgetPolicy'>;
export type Rotation = Entity<'Rotation'>;
export type CompensationPolicy = Entity<'CompensationPolicy'>;
export type TransferPrice = Entity<'TransferPrice'>;
export type Offering = Entity<'Offering'>;
export type SalaryBand = Entity<'SalaryBand'>;

/**
 * The whole organization: every entity by kind, keyed by name, in the order of the input.
 * All references between entities are known to resolve. Deeply frozen.
 */
export interface Model {
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly teams: ReadonlyMap<string, Team>;
  readonly people: ReadonlyMap<string, Person>;
  readonly services: ReadonlyMap<string, Service>;
  readonly errorBudgetPolicies: ReadonlyMap<string, ErrorBudgetPolicy>;
  readonly rotations: ReadonlyMap<string, Rotation>;
  readonly compensationPolicies: ReadonlyMap<string, CompensationPolicy>;
  readonly transferPrices: ReadonlyMap<string, TransferPrice>;
  readonly offerings: ReadonlyMap<string, Offering>;
  readonly salaryBands: ReadonlyMap<string, SalaryBand>;
}

/** The Model field that holds each kind. */
export const COLLECTION_OF = {
  Organization: 'organizations',
  Team: 'teams',
  Person: 'people',
  Service: 'services',
  ErrorBudgetPolicy: 'errorBudgetPolicies',
  Rotation: 'rotations',
  CompensationPolicy: 'compensationPolicies',
  TransferPrice: 'transferPrices',
  Offering: 'offerings',
  SalaryBand: 'salaryBands',
} as const satisfies Record<Kind, keyof Model>;

/** The entities of one kind in a model. */
export function entitiesOf<K extends Kind>(model: Model, kind: K): ReadonlyMap<string, Entity<K>> {
  return model[COLLECTION_OF[kind]] as unknown as ReadonlyMap<string, Entity<K>>;
}
