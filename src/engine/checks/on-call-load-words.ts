import { MAX_ON_CALL_SHARE } from '../coverage-hours/index.ts';
import type { OnCallLoad } from '../staffing/on-call-load.ts';
import { listNames } from './check.ts';

/**
 * One person's on-call load over the line, as both overload checks say it: "sam is on call 56 h a
 * week (33 % of their time, more than 25 %) on shop-oncall and ledger-oncall". The figures are
 * staffing's (`overloadedPeople`), so `check`, `staffing` and the plan show the same hours.
 */
export function onCallLoadWords(load: OnCallLoad): string {
  return `${load.person} is on call ${Math.round(load.hoursPerWeek * 10) / 10} h a week (${Math.round(load.share * 100)} % of their time, more than ${MAX_ON_CALL_SHARE * 100} %) on ${listNames(load.rotations)}`;
}
