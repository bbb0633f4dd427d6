/**
 * One person's on-call hours in a period: the input of compensation, and the shape the
 * schedule engine's hours-per-person report gives, so the two can be checked against each
 * other.
 *
 * - `businessHours` + `offHours` is all the time the person was on standby;
 * - `offHours` is the standby outside business hours, weekend days included;
 * - `weekendHours` is the part of `offHours` on days that are not business days (a subset,
 *   never added on top);
 * - `incidentOffHours` is incident work outside business hours, within the standby time.
 *
 * Hours are real elapsed hours (a 24x7 day across the spring DST change is 23 hours), counted
 * in the person's own time zone against the policy's business hours.
 */
export interface PersonHours {
  readonly person: string;
  readonly businessHours: number;
  readonly offHours: number;
  readonly weekendHours: number;
  readonly incidentOffHours?: number;
}

export type HoursProblem = { readonly person: string; readonly message: string };

/** Checks the invariants above; compensation refuses hours that break them. */
export function checkPersonHours(hours: PersonHours): HoursProblem | undefined {
  const fields = ['businessHours', 'offHours', 'weekendHours', 'incidentOffHours'] as const;
  for (const field of fields) {
    const value = hours[field];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      return { person: hours.person, message: `expected ${field} ≥ 0, found ${value}` };
    }
  }
  // A thousandth of an hour of slack absorbs float sums of many segments.
  if (hours.weekendHours > hours.offHours + 1e-3) {
    return {
      person: hours.person,
      message: `expected weekendHours (${hours.weekendHours}) to be part of offHours (${hours.offHours})`,
    };
  }
  return undefined;
}
