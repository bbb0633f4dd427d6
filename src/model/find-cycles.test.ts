import { describe, expect, it } from 'vitest';
import { findCycles } from './find-cycles.ts';

describe('findCycles', () => {
  it('finds no cycle in a tree', () => {
    expect(
      findCycles(
        new Map([
          ['a', 'b'],
          ['b', 'c'],
          ['d', 'c'],
        ]),
      ),
    ).toEqual([]);
  });

  it('lists each cycle once from its alphabetically first member', () => {
    const edges = new Map([
      ['c', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['x', 'y'],
      ['y', 'x'],
      ['z', 'a'],
    ]);
    expect(findCycles(edges)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
  });

  it('finds a self-loop', () => {
    expect(findCycles(new Map([['a', 'a']]))).toEqual([['a']]);
  });
});
