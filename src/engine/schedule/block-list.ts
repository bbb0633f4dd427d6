import { type DurationMillis, durationMillis } from '../../model/index.ts';
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

/**
 * A person's blocks, sorted by start, answering "what overlaps this interval?" quickly. Plain
 * data and functions: planning a year keeps a list per person per quarter, hundreds of
 * thousands of them for a thousand rotations.
 */
export interface BlockList {
  readonly blocks: Block[];
  /** The longest block: blocks starting more than this before an interval end before it. */
  longest: DurationMillis;
}

const NONE: readonly Block[] = [];

export function blockList(initial: readonly Block[] = NONE): BlockList {
  const blocks = initial.length === 0 ? [] : [...initial].sort((a, b) => a.start - b.start);
  let longest = durationMillis(0);
  for (const b of blocks) longest = durationMillis(Math.max(longest, b.end - b.start));
  return { blocks, longest };
}

/** The first index whose block starts at or after `t`. */
function firstFrom(blocks: readonly Block[], t: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as Block).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function addBlock(list: BlockList, block: Block): void {
  if (block.end <= block.start) return;
  const { blocks } = list;
  // Blocks mostly come in time order: append without searching. Otherwise the block goes
  // before those starting at or after it, the later ones moving up one place.
  let i = blocks.length;
  blocks.push(block);
  while (i > 0 && (blocks[i - 1] as Block).start > block.start) i--;
  if (i < blocks.length - 1) {
    while (i > 0 && (blocks[i - 1] as Block).start === block.start) i--;
    for (let k = blocks.length - 1; k > i; k--) blocks[k] = blocks[k - 1] as Block;
    blocks[i] = block;
  }
  list.longest = durationMillis(Math.max(list.longest, block.end - block.start));
}

/** The blocks overlapping an interval, by start. */
export function blocksOverlapping(list: BlockList, interval: Interval): readonly Block[] {
  const { blocks, longest } = list;
  let out: Block[] | undefined;
  // Blocks starting before `interval.start - longest` end before it: stop there.
  for (let i = firstFrom(blocks, interval.end) - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (block.start < interval.start - longest) break;
    if (block.end > interval.start) {
      out ??= [];
      out.push(block);
    }
  }
  return out ? out.reverse() : NONE;
}

/**
 * Whether a block overlapping the interval passes `test`: `blocksOverlapping(…).some(test)`
 * without collecting the blocks (planning asks this several times per turn and candidate).
 */
export function someBlockOverlapping(
  list: BlockList,
  interval: Interval,
  test: (block: Block) => boolean,
): boolean {
  const { blocks, longest } = list;
  for (let i = firstFrom(blocks, interval.end) - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (block.start < interval.start - longest) break;
    if (block.end > interval.start && test(block)) return true;
  }
  return false;
}
