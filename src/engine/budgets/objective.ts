/**
 * An availability objective as an exact fraction of bad events allowed: 99.95% allows
 * `num / den` = 5 / 10000 of all events to be bad. Kept as integers so that "exactly at the
 * budget" is decided exactly, not by binary rounding of 1 − 0.9995.
 */
export interface Objective {
  /** The target in percent, as written in the model (e.g. 99.95). */
  readonly target: number;
  /** Allowed bad events per `den` events. */
  readonly num: number;
  readonly den: number;
}

/** The smallest power of ten that makes `value` an integer (at most 10^12). */
export function decimalScale(value: number): number {
  let scale = 1;
  for (let i = 0; i <= 12; i++) {
    if (Number.isInteger(Math.round(value * scale)) && Math.round(value * scale) / scale === value)
      return scale;
    scale *= 10;
  }
  return scale;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** The objective of an availability target in percent (0 < target < 100). */
export function objectiveOf(target: number): Objective {
  if (!(target > 0 && target < 100)) {
    throw new RangeError(`expected a target between 0 and 100 percent, found ${target}`);
  }
  const scale = decimalScale(target);
  const den = 100 * scale;
  const num = den - Math.round(target * scale);
  const divisor = gcd(num, den);
  return { target, num: num / divisor, den: den / divisor };
}

/** The fraction of events allowed to be bad, for display: 0.0005 for 99.95%. */
export function allowedRatio(objective: Objective): number {
  return objective.num / objective.den;
}

/** The number of bad events the objective allows among `total` events (a real number). */
export function allowedBad(total: number, objective: Objective): number {
  return (total * objective.num) / objective.den;
}

/**
 * Whether `bad` of `total` events is more than the objective allows. Exactly at the budget is
 * within it: an SLO of 99.9% is met by 999 good events of 1000. Exact for integer counts.
 */
export function exceedsBudget(bad: number, total: number, objective: Objective): boolean {
  const left = bad * objective.den;
  const right = total * objective.num;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left > right;
  if (Number.isInteger(bad) && Number.isInteger(total)) {
    return BigInt(bad) * BigInt(objective.den) > BigInt(total) * BigInt(objective.num);
  }
  return left > right;
}
