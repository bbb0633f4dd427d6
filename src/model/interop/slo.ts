import type { SourceLocation } from '../source.ts';
import type { BudgetWindow } from '../vocabulary.ts';
import type { Draft, Origin } from './draft.ts';

/** How an SLO counts its error budget (OpenSLO `budgetingMethod`). */
export type BudgetingMethod = 'occurrences' | 'timeslices' | 'ratio-timeslices';

/** The time window of an SLO as its tool wrote it, and the whorunsit window it maps to. */
export interface SloWindow {
  /** As written, e.g. `28d`, `1M` or `30 Day`. */
  readonly text: string;
  readonly rolling: boolean;
  /** The error budget window it is (§12.5); absent when whorunsit has none like it. */
  readonly budgetWindow?: BudgetWindow | undefined;
}

/**
 * A service level objective read from OpenSLO, Sloth or slo-generator. Targets are percent,
 * as whorunsit writes them (99.9, not 0.999). `Service.slo` refers to SLOs by `name`.
 */
export interface Slo {
  readonly name: string;
  readonly format: 'openslo' | 'sloth' | 'slo-generator';
  /** The whorunsit name of the service it measures. */
  readonly service?: string | undefined;
  readonly displayName?: string | undefined;
  /** One target per objective, in order. */
  readonly objectives: readonly {
    readonly displayName?: string | undefined;
    readonly target: number;
  }[];
  /** The strictest objective's target: the one breached first, so the one a service must meet. */
  readonly target: number;
  readonly window?: SloWindow | undefined;
  readonly budgetingMethod: BudgetingMethod;
  /** The PromQL of its SLI when the tool states one whorunsit can read (a Service's `sli`). */
  readonly sli?: SloQueries | undefined;
  readonly source: SourceLocation;
}

/** An SLO's event queries, each a per-second rate over `{{.window}}`. */
export interface SloQueries {
  readonly good?: string | undefined;
  readonly errors?: string | undefined;
  readonly total: string;
}

/** An error budget policy an SLO's tool implies, made only when a service uses it. */
export interface PolicyRequest {
  readonly name: string;
  readonly create: () => Draft;
}

/** An SLO with what the loader needs to point back into its file. */
export interface SloRecord {
  readonly slo: Slo;
  readonly origin: Origin;
  /** Where the target the service takes is written. */
  readonly targetOrigin: Origin;
  /** Why the target is the one chosen, when the SLO has several objectives. */
  readonly targetReason?: string | undefined;
  readonly policy?: PolicyRequest | undefined;
  /** Where the SLI's queries are written. */
  readonly sliOrigin?: Origin | undefined;
}

/** Percent from a ratio, without binary noise: 0.999 → 99.9. */
export function percentOf(ratio: number): number {
  return Number((ratio * 100).toPrecision(12));
}
