import { RUN_MODEL_LABELS } from '../../src/model/concepts/run-model-traits.ts';
import { RUN_MODELS, type RunModel } from '../../src/model/vocabulary.ts';

export { RUN_MODEL_LABELS, RUN_MODELS, type RunModel };

/** Short names for tight places (badges, legends); the chapter's label is the accessible name. */
export const RUN_MODEL_SHORT: Readonly<Record<RunModel, string>> = {
  'you-run-it': 'developers',
  'you-and-sre-run-it': 'developers + SRE',
  'sre-runs-it': 'SRE',
  'ops-runs-it': 'ops',
  unorganized: 'unorganized',
};
