import { RUN_MODEL_LABELS } from '../../model/index.ts';
import { classifyTransition } from '../spectrum/transitions.ts';
import { type Check, finding } from './check.ts';

/** §12.8.1: moving back to "you build it, ops run it" from a model with SRE or developers on call is unlikely. */
export const transitionUnlikely: Check = {
  code: 'transition-unlikely',
  severity: 'warning',
  section: '§12.8.1',
  summary: 'a planned model change the matrix calls unlikely',
  run: ({ model }) =>
    [...model.organizations.values()].flatMap((o) => {
      const { currentModel: from, targetModel: to } = o.spec;
      if (from === undefined || to === undefined || classifyTransition(from, to) !== 'unlikely') {
        return [];
      }
      return [
        finding(
          transitionUnlikely,
          { kind: 'Organization', name: o.name },
          `${o.name} plans to move from "${RUN_MODEL_LABELS[from]}" to "${RUN_MODEL_LABELS[to]}": the chapter calls this unlikely, since it gives up the short incident resolution times the current model has.`,
        ),
      ];
    }),
};
