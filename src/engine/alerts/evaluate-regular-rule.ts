import { type DurationSeconds, type EpochSeconds, epochSeconds } from '../../model/index.ts';
import type { PreparedRule, RuleEvent } from './evaluate-rule.ts';
import type { PrefixSums } from './prefix-sums.ts';

/** Blocks this small that might fire are evaluated sample by sample rather than split again. */
const SMALLEST_BLOCK = 8;

/**
 * The firings of one rule over the first `n` samples of a regular series (sample `i` at
 * `first + i × step`, nothing missing): the same result as `evaluateRule`, with window bounds
 * found by index arithmetic. The window (t − w, t] of sample `i` holds samples `i − k + 1 … i`,
 * k = ⌈w / step⌉.
 *
 * Stretches that cannot fire are skipped unread, a whole block at a time: a block cannot fire
 * when, for the long or the short window, the most bad events any of its windows could hold
 * (those of their union) are within the burn rate of the fewest events any could hold (those of
 * their intersection); each test is four reads of the prefix sums. Blocks start at half the long
 * window; one that might fire is halved until it can be skipped or is small enough to evaluate
 * sample by sample, and the block size grows back after each skip. So a quiet stretch costs one
 * test per half long window, and only samples near a firing (and every sample while it fires)
 * are evaluated one by one. Like `evaluateRule`'s, the tests rely on sums that never decrease
 * (counts 0 ≤ good ≤ total, see `SliSeries`).
 */
export function evaluateRegularRule(options: {
  readonly n: number;
  /** The time of sample 0 and the fixed interval between samples. */
  readonly first: EpochSeconds;
  readonly step: DurationSeconds;
  readonly asOf: EpochSeconds;
  readonly sums: PrefixSums;
  readonly rule: PreparedRule;
}): readonly RuleEvent[] {
  const { n, first, step, asOf, sums, rule } = options;
  const cumBad = sums.bad;
  const cumTotal = sums.total;
  const { lhs, rhs, short } = rule;
  const longSamples = Math.ceil(rule.long / step);
  const shortSamples = Math.ceil(short / step);
  // Skipping needs thresholds that grow with the sums; any other rule is evaluated throughout.
  const skip = lhs > 0 && rhs > 0;
  const largest = Math.max(1, longSamples >> 1);
  const events: RuleEvent[] = [];
  let firedAt = -1;
  let peak = 0;
  let size = largest;
  let i = 0;
  while (i < n) {
    if (skip && size === largest && i >= longSamples) {
      // A quiet stretch, the common case: the long-window test of whole blocks, in a loop of its
      // own (windows are complete here, so nothing is clamped), until a block might burn.
      while (i + largest <= n) {
        const to = i + largest;
        const unionBad = (cumBad[to] as number) - (cumBad[i - longSamples + 1] as number);
        const interTotal = (cumTotal[i + 1] as number) - (cumTotal[to - longSamples] as number);
        if (!(interTotal > 0 && unionBad * lhs <= interTotal * rhs)) break;
        i = to;
      }
      if (i >= n) break;
    }
    let stop = n;
    if (skip) {
      stop = Math.min(i + size, n);
      if (
        cannotBurn({ cumBad, cumTotal, from: i, to: stop, window: longSamples, lhs, rhs }) ||
        cannotBurn({ cumBad, cumTotal, from: i, to: stop, window: shortSamples, lhs, rhs })
      ) {
        i = stop;
        if (size < largest) size = Math.min(size * 2, largest);
        continue;
      }
      if (size > SMALLEST_BLOCK) {
        size >>= 1;
        continue;
      }
    }
    // Sample by sample to the end of the block, and on while the alert fires.
    for (; i < n && (i < stop || firedAt >= 0); i++) {
      const t = first + i * step;
      const longStart = Math.max(i - longSamples + 1, 0);
      const shortStart = Math.max(i - shortSamples + 1, 0);
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
      // After the last sample the short window empties: the alert resolves when it does. (The
      // next sample always comes within the short window, which is at least one interval.)
      if (firedAt >= 0 && i + 1 === n && t + short <= asOf) {
        events.push({
          firedAt: epochSeconds(firedAt),
          resolvedAt: epochSeconds(t + short),
          peakRatio: peak,
        });
        firedAt = -1;
      }
    }
  }
  if (firedAt >= 0)
    events.push({ firedAt: epochSeconds(firedAt), resolvedAt: null, peakRatio: peak });
  return events;
}

/**
 * Whether no sample `from … to − 1` can burn over a window of `window` samples: the bad events
 * of the windows' union are within the burn rate of the events of their intersection (empty when
 * the block is longer than the window: then nothing is known).
 */
function cannotBurn(options: {
  readonly cumBad: Float64Array;
  readonly cumTotal: Float64Array;
  readonly from: number;
  readonly to: number;
  readonly window: number;
  readonly lhs: number;
  readonly rhs: number;
}): boolean {
  const { cumBad, cumTotal, from, to, window, lhs, rhs } = options;
  const interStart = to - window;
  if (interStart > from) return false;
  const unionStart = from - window + 1;
  const unionBad = (cumBad[to] as number) - (cumBad[Math.max(unionStart, 0)] as number);
  const interTotal = (cumTotal[from + 1] as number) - (cumTotal[Math.max(interStart, 0)] as number);
  return interTotal > 0 && unionBad * lhs <= interTotal * rhs;
}
