import type { RunModel } from '../../model/index.ts';

export type TransitionVerdict = 'possible' | 'unlikely' | 'no-reason' | 'none';

/**
 * The model transition matrix (§12.8.1, "Model Transition Options Within the 'Who Builds It,
 * Who Runs It?' Spectrum"): rows are the model transitioned from, columns the model to.
 * `none` is the diagonal: no change.
 */
export const TRANSITION_MATRIX: Readonly<
  Record<RunModel, Readonly<Record<RunModel, TransitionVerdict>>>
> = {
  unorganized: {
    unorganized: 'none',
    'ops-runs-it': 'possible',
    'sre-runs-it': 'possible',
    'you-and-sre-run-it': 'possible',
    'you-run-it': 'possible',
  },
  'ops-runs-it': {
    unorganized: 'no-reason',
    'ops-runs-it': 'none',
    'sre-runs-it': 'possible',
    'you-and-sre-run-it': 'possible',
    'you-run-it': 'possible',
  },
  'sre-runs-it': {
    unorganized: 'no-reason',
    'ops-runs-it': 'unlikely',
    'sre-runs-it': 'none',
    'you-and-sre-run-it': 'possible',
    'you-run-it': 'possible',
  },
  'you-and-sre-run-it': {
    unorganized: 'no-reason',
    'ops-runs-it': 'unlikely',
    'sre-runs-it': 'possible',
    'you-and-sre-run-it': 'none',
    'you-run-it': 'possible',
  },
  'you-run-it': {
    unorganized: 'no-reason',
    'ops-runs-it': 'unlikely',
    'sre-runs-it': 'possible',
    'you-and-sre-run-it': 'possible',
    'you-run-it': 'none',
  },
};

/** How the chapter judges moving from one run model to another (§12.8.1). */
export function classifyTransition(from: RunModel, to: RunModel): TransitionVerdict {
  return TRANSITION_MATRIX[from][to];
}
