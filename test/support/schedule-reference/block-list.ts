// The schedule engine's src/engine/schedule/block-list.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { Interval } from './interval.ts';

/** A time a person cannot take on call, with the rotation that keeps them busy, if any. */
export interface Block extends Interval {
  readonly rotation?: string | undefined;
  /**
   * When the person is busy only at times within the block (a week of daytimes), those times;
   * the block's start and end then just enclose them.
   */
  readonly parts?: readonly Interval[] | undefined;
}

/** A person's blocks, sorted by start, answering "what overlaps this interval?" quickly. */
export interface BlockList {
  readonly add: (block: Block) => void;
  readonly overlapping: (interval: Interval) => Block[];
}

const NONE: Block[] = [];

export function blockList(initial: readonly Block[] = []): BlockList {
  const blocks: Block[] = [...initial].sort((a, b) => a.start - b.start);
  let longest = blocks.reduce((m, b) => Math.max(m, b.end - b.start), 0);
  // The first index whose block starts at or after `t`.
  const firstFrom = (t: number): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((blocks[mid] as Block).start < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    add: (block) => {
      if (block.end <= block.start) return;
      // Blocks mostly come in time order: append without searching.
      const last = blocks.at(-1);
      if (!last || last.start <= block.start) blocks.push(block);
      else blocks.splice(firstFrom(block.start), 0, block);
      longest = Math.max(longest, block.end - block.start);
    },
    overlapping: (interval) => {
      let out: Block[] | undefined;
      // Blocks starting before `interval.start - longest` end before it: stop there.
      for (let i = firstFrom(interval.end) - 1; i >= 0; i--) {
        const block = blocks[i] as Block;
        if (block.start < interval.start - longest) break;
        if (block.end > interval.start) {
          out ??= [];
          out.push(block);
        }
      }
      return out ? out.reverse() : NONE;
    },
  };
}
