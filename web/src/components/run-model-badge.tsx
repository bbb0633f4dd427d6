import { RUN_MODEL_LABELS, RUN_MODEL_SHORT, type RunModel } from '../run-models.ts';

/** A run model as a coloured badge; its full name (the chapter's) is its title and accessible name. */
export function RunModelBadge({ runModel }: { runModel: RunModel }) {
  return (
    <span class={`badge rm-${runModel}`} title={RUN_MODEL_LABELS[runModel]}>
      {RUN_MODEL_SHORT[runModel]}
    </span>
  );
}
