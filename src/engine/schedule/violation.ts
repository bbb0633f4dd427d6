import type { Interval } from './interval.ts';

/**
 * What a schedule breaks, named with where and when. A schedule never hides a broken
 * constraint: it reports it (the issue: "say which and where").
 */
export const VIOLATION_CODES = [
  /** Nobody can be on call for part of a rotation's coverage (everyone absent or busy). */
  'unstaffed',
  /** A service with a 24x7 (high-tier) target has nobody on call (§12.6). */
  'coverage-gap',
  /** A person is on call while absent. */
  'absent-on-call',
  /** A person is on call for two rotations at the same moment without that being allowed. */
  'double-booked',
  /** A person is on call during the time off granted for earlier off-hours standby (§12.9.5). */
  'on-call-during-time-off',
  /** An override names a moment where the rotation has nobody to swap or replace. */
  'override-without-shift',
  /** An override puts someone on call who is not a member of the rotation. */
  'not-a-member',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

export type Severity = 'error' | 'warning';

export interface Violation extends Interval {
  readonly code: ViolationCode;
  readonly severity: Severity;
  readonly rotation?: string | undefined;
  /** The second rotation of a double booking. */
  readonly otherRotation?: string | undefined;
  readonly person?: string | undefined;
  readonly service?: string | undefined;
  readonly message: string;
}

export const SEVERITY_OF: Readonly<Record<ViolationCode, Severity>> = {
  unstaffed: 'error',
  'coverage-gap': 'error',
  'absent-on-call': 'error',
  'double-booked': 'error',
  'on-call-during-time-off': 'error',
  'override-without-shift': 'error',
  'not-a-member': 'warning',
};

/** Orders violations by start, then code, so output is stable. */
export function compareViolations(a: Violation, b: Violation): number {
  return a.start - b.start || a.code.localeCompare(b.code) || a.end - b.end;
}
