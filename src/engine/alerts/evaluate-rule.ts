import {
  type DurationSeconds,
  type EpochSeconds,
  type EpochSecondsArray,
  epochSeconds,
} from '../../model/index.ts';
import { firstAfter, type PrefixSums } from './prefix-sums.ts';

/** One rule prepared for evaluation: windows in seconds, threshold as integer factors. */
export interface PreparedRule {
  readonly long: DurationSeconds;
  readonly short: DurationSeconds;
  /** Burning when bad × lhs > total × rhs. */
  readonly lhs: number;
  readonly rhs: number;
}

export interface RuleEvent {
  readonly firedAt: EpochSeconds;
  readonly resolvedAt: EpochSeconds | null;
  /** Highest long-window bad ratio while firing. */
  readonly peakRatio: number;
}

/**
 * The firings of one rule over the first `n` samples. Time is cut into blocks of half the long
 * window; a block is skipped unread when even the most bad events any long window in it could
 * hold (those of the union of its windows) are within the burn rate of the fewest events any
 * could hold (those of their intersection): no sample in it can fire. Samples in other blocks,
 * and every sample while the alert fires, are evaluated one by one. The result is exactly that
 * of evaluating every sample; most of a quiet series is never looked at.
 */
export function evaluateRule(options: {
  readonly seconds: EpochSecondsArray;
  readonly n: number;
  readonly asOf: EpochSeconds;
  readonly sums: PrefixSums;
  readonly rule: PreparedRule;
}): readonly RuleEvent[] {
  const { seconds, n, asOf, sums, rule } = options;
  const cumBad = sums.bad;
  const cumTotal = sums.total;
  const { long, short, lhs, rhs } = rule;
  const block = Math.max(1, Math.floor(long / 2));
  const events: RuleEvent[] = [];
  let firedAt = -1;
  let peak = 0;
  let i = 0;
  while (i < n) {
    const first = seconds[i] as number;
    const end = firstAfter(seconds, i, n, first + block - 1);
    if (firedAt < 0) {
      const last = seconds[end - 1] as number;
      const unionStart = firstAfter(seconds, 0, i, first - long);
      const interStart = firstAfter(seconds, 0, end, last - long);
      const interEnd = firstAfter(seconds, i, end, first);
      const unionBad = (cumBad[end] as number) - (cumBad[unionStart] as number);
      const interTotal = (cumTotal[interEnd] as number) - (cumTotal[interStart] as number);
      if (interTotal > 0 && unionBad * lhs <= interTotal * rhs) {
        i = end;
        continue;
      }
    }
    let longStart = firstAfter(seconds, 0, i, first - long);
    let shortStart = firstAfter(seconds, 0, i, first - short);
    for (; i < end; i++) {
      const t = seconds[i] as number;
      // Samples of the same second are evaluated together, after the last of them.
      if (i + 1 < n && seconds[i + 1] === t) continue;
      while ((seconds[longStart] as number) <= t - long) longStart++;
      while ((seconds[shortStart] as number) <= t - short) shortStart++;
      const b = cumBad[i + 1] as number;
      const tt = cumTotal[i + 1] as number;
      const lb = b - (cumBad[longStart] as number);
      const lt = tt - (cumTotal[longStart] as number);
      const sb = b - (cumBad[shortStart] as number);
      const st = tt - (cumTotal[shortStart] as number);
      const burning = lt > 0 && st > 0 && lb * lhs > lt * rhs && sb * lhs > st * rhs;
      if (burning) {
        if (firedAt < 0) {
          firedAt = t;
          peak = 0;
        }
        if (lb / lt > peak) peak = lb / lt;
      } else if (firedAt >= 0) {
        events.push({
          firedAt: epochSeconds(firedAt),
          resolvedAt: epochSeconds(t),
          peakRatio: peak,
        });
        firedAt = -1;
      }
      if (firedAt >= 0) {
        // A gap longer than the short window empties it: the alert resolves when it does.
        const next = i + 1 < n ? (seconds[i + 1] as number) : asOf;
        const empty = t + short;
        if (next > empty || (i + 1 === n && empty <= asOf)) {
          events.push({
            firedAt: epochSeconds(firedAt),
            resolvedAt: epochSeconds(empty),
            peakRatio: peak,
          });
          firedAt = -1;
        }
      }
    }
  }
  if (firedAt >= 0)
    events.push({ firedAt: epochSeconds(firedAt), resolvedAt: null, peakRatio: peak });
  return events;
}
