import { describe, expect, it } from 'vitest';
import type { RunModel } from '../../model/index.ts';
import { classifyTransition, TRANSITION_MATRIX } from './transitions.ts';

// §12.8.1 "Model Transition Options Within the 'Who Builds It, Who Runs It?' Spectrum", as printed:
// rows are FROM, columns TO, in the chapter's column order.
const COLUMNS: readonly RunModel[] = [
  'unorganized',
  'ops-runs-it',
  'sre-runs-it',
  'you-and-sre-run-it',
  'you-run-it',
];
const CHAPTER: readonly [RunModel, readonly string[]][] = [
  ['unorganized', ['-', 'Possible', 'Possible', 'Possible', 'Possible']],
  ['ops-runs-it', ['No reason', '-', 'Possible', 'Possible', 'Possible']],
  ['sre-runs-it', ['No reason', 'Unlikely', '-', 'Possible', 'Possible']],
  ['you-and-sre-run-it', ['No reason', 'Unlikely', 'Possible', '-', 'Possible']],
  ['you-run-it', ['No reason', 'Unlikely', 'Possible', 'Possible', '-']],
];
const VERDICT: Readonly<Record<string, string>> = {
  '-': 'none',
  Possible: 'possible',
  Unlikely: 'unlikely',
  'No reason': 'no-reason',
};

const cells = CHAPTER.flatMap(([from, row]) =>
  row.map((text, i) => [from, COLUMNS[i] as RunModel, text] as const),
);

describe('the transition matrix (§12.8.1)', () => {
  it.each(cells)('classifies %s → %s as the chapter does ("%s")', (from, to, text) => {
    expect(classifyTransition(from, to)).toBe(VERDICT[text]);
  });

  it('has exactly the chapter’s 25 cells', () => {
    expect(Object.values(TRANSITION_MATRIX).flatMap((row) => Object.keys(row))).toHaveLength(25);
  });
});
