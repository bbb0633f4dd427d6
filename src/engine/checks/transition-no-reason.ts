import { RUN_MODEL_LABELS } from '../../model/index.ts';
import { classifyTransition } from '../spectrum/transitions.ts';
import { type Check, finding } from './check.ts';

/** §12.8.1: there is no reason to move from organized operations back to none. */
export const transitionNoReason: Check = {
  code: 'transition-no-reason',
  severity: 'warning',
  section: '§12.8.1',
  summary: 'a planned model change the matrix says has no reason',
  run: ({ model }) =>
    [...model.organizations.values()].flatMap((o) => {
      const { currentModel: from, targetModel: to } = o.spec;
      if (from === undefined || to === undefined || classifyTransition(from, to) !== 'no-reason') {
        return [];
      }
      return [
        finding(
          transitionNoReason,
          { kind: 'Organization', name: o.name },
          `${o.name} plans to move from "${RUN_MODEL_LABELS[from]}" to "${RUN_MODEL_LABELS[to]}": the chapter sees no reason to give up organized operations.`,
        ),
      ];
    }),
};
