import type { CompiledModel } from '../../model/index.ts';
import { teamEngineers } from '../../model/index.ts';
import { salaryOf } from '../funding/index.ts';
import { type Money, moneyFromMajor, multiplyMoneyRatio } from '../money/index.ts';
import { mostCommon } from '../sites/index.ts';
import type { DesignRotation } from './design-rotation.ts';

/**
 * The people a design must hire to staff the thin layers it proposes (§12.6): fewer people who
 * can take its turns than the sizing rule needs ("2 short, to hire"), priced at the salary of
 * the role that staffs it (operations engineers for an operations team's layer, developers for
 * one staffed from the rotations it replaces), at their teams' most common location.
 */
export interface ThinLayerHires {
  readonly rotations: readonly string[];
  readonly people: number;
  readonly role: 'ops-engineer' | 'developer';
  readonly location: string | null;
  /** One hire's yearly salary, in its own currency, and where it comes from. */
  readonly annualEach: Money;
  readonly basis: 'band' | 'default';
  readonly band: string | null;
  /** All their salaries per average month (a year's ÷ 12); null when paid in another currency. */
  readonly perMonth: Money | null;
}

export function thinLayerHires(
  model: CompiledModel,
  rotations: readonly DesignRotation[],
  currency: string,
): ThinLayerHires | null {
  const short = rotations.filter(
    (r) =>
      r.type === 'thin-layer' &&
      r.keeps === undefined &&
      r.staffedFrom !== undefined &&
      r.staffedFrom.people < r.peopleNeeded,
  );
  const people = short.reduce(
    (n, r) => n + r.peopleNeeded - (r.staffedFrom?.people ?? r.peopleNeeded),
    0,
  );
  const first = short[0]?.staffedFrom;
  if (people === 0 || first === undefined) return null;
  const role = first.from === 'operations' ? 'ops-engineer' : 'developer';
  const location =
    mostCommon(
      first.teams.flatMap((t) => teamEngineers(model, t).flatMap((p) => p.spec.location ?? [])),
    ) ?? null;
  const salary = salaryOf(
    model,
    { name: 'thin-layer-hire', role, ...(location === null ? {} : { location }) },
    { currency },
  );
  const annualEach = moneyFromMajor(salary.annual, salary.currency);
  return {
    rotations: short.map((r) => r.name),
    people,
    role,
    location,
    annualEach,
    basis: salary.basis,
    band: salary.band,
    perMonth: salary.currency === currency ? multiplyMoneyRatio(annualEach, people, 12) : null,
  };
}
