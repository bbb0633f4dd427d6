import type { CompiledModel, Kind } from '../../model/index.ts';
import type { TierThresholds } from '../spectrum/availability-tier.ts';

export type Severity = 'error' | 'warning' | 'info';

/** The entity a finding is about: where to look, and where to suppress it. */
export interface Subject {
  readonly kind: Kind;
  readonly name: string;
}

/** One result of a check. The shape is a public contract (`check --json`, `plan --format json`). */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly subject: Subject;
  /** What is wrong and why, in one or two sentences. */
  readonly message: string;
  /** The chapter section the rule comes from, e.g. `§12.5`. */
  readonly section: string;
}

/** What every check is given: the model and the availability tiers in force. */
export interface CheckContext {
  readonly model: CompiledModel;
  readonly thresholds: TierThresholds;
}

/** One rule of the catalog: a stable code, a severity, its section, and how to find breaches. */
export interface Check {
  readonly code: string;
  readonly severity: Severity;
  readonly section: string;
  /** What the rule looks for, for the catalog (`docs/plan.md`). */
  readonly summary: string;
  readonly run: (context: CheckContext) => readonly Finding[];
}

/** A finding of `check` about `subject`: code, severity and section always come from the check. */
export function finding(
  check: Pick<Check, 'code' | 'severity' | 'section'>,
  subject: Subject,
  message: string,
): Finding {
  return { code: check.code, severity: check.severity, subject, message, section: check.section };
}

/** Joins names for a message: `a`, `a and b`, `a, b and c`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
