import { RUN_MODELS, type RunModel } from '../vocabulary.ts';

/** What a run model says about who is on call for a service. */
export interface RunModelTraits {
  /** How the chapter names the model, for readers. */
  readonly label: string;
  /** The section that defines it. */
  readonly section: string;
  /** The owner team's developers are on call: alone (§12.3) or with SRE (§12.4). */
  readonly developersOnCall: boolean;
  /** An SRE team is on call: shared with the developers (§12.4) or alone (§12.5). */
  readonly sreOnCall: boolean;
  /** One of the four models of the "who builds it, who runs it?" spectrum (§12.2.5). */
  readonly onSpectrum: boolean;
}

/**
 * The one definition of the run models (DESIGN.md "Vocabulary"): every property the engine asks
 * of a run model is read from this table, so a new run model does not compile until each is
 * decided for it.
 */
export const RUN_MODEL_TRAITS = {
  'you-run-it': {
    label: 'you build it, you run it',
    section: '§12.3',
    developersOnCall: true,
    sreOnCall: false,
    onSpectrum: true,
  },
  'you-and-sre-run-it': {
    label: 'you build it, you and SRE run it',
    section: '§12.4',
    developersOnCall: true,
    sreOnCall: true,
    onSpectrum: true,
  },
  'sre-runs-it': {
    label: 'you build it, SRE run it',
    section: '§12.5',
    developersOnCall: false,
    sreOnCall: true,
    onSpectrum: true,
  },
  'ops-runs-it': {
    label: 'you build it, ops run it',
    section: '§12.2',
    developersOnCall: false,
    sreOnCall: false,
    onSpectrum: true,
  },
  unorganized: {
    label: 'unorganized',
    section: '§12.8.1',
    developersOnCall: false,
    sreOnCall: false,
    onSpectrum: false,
  },
} as const satisfies Record<RunModel, RunModelTraits>;

type Traits = typeof RUN_MODEL_TRAITS;

/** The run models in which an SRE team is on call, shared (§12.4) or alone (§12.5). */
export type SreRunModel = {
  [M in RunModel]: Traits[M]['sreOnCall'] extends true ? M : never;
}[RunModel];

/**
 * The models with developers or SRE on call (§12.3–§12.5): the columns of §12.7 and §12.8.2, and
 * of the role fulfillment table (§12.9.5).
 */
export type SreEraModel = {
  [M in RunModel]: Traits[M]['developersOnCall'] extends true
    ? M
    : Traits[M]['sreOnCall'] extends true
      ? M
      : never;
}[RunModel];

/** The four models of the spectrum (§12.2.5). */
export type SpectrumModel = {
  [M in RunModel]: Traits[M]['onSpectrum'] extends true ? M : never;
}[RunModel];

/** How the chapter names each model, for readers. */
export const RUN_MODEL_LABELS: Readonly<Record<RunModel, string>> = Object.fromEntries(
  RUN_MODELS.map((model) => [model, RUN_MODEL_TRAITS[model].label]),
) as Record<RunModel, string>;

/** Whether an SRE team is on call for a service run this way (§12.4, §12.5). */
export function isSreRunModel(runModel: RunModel): runModel is SreRunModel {
  return RUN_MODEL_TRAITS[runModel].sreOnCall;
}

/** Whether developers or SRE are on call under the model (§12.3–§12.5). */
export function isSreEraModel(runModel: RunModel): runModel is SreEraModel {
  const traits = RUN_MODEL_TRAITS[runModel];
  return traits.developersOnCall || traits.sreOnCall;
}

/** Whether the model is one of the four of the spectrum (§12.2.5). */
export function isSpectrumModel(runModel: RunModel): runModel is SpectrumModel {
  return RUN_MODEL_TRAITS[runModel].onSpectrum;
}

/** The four models of the spectrum in the chapter's order (§12.2.5). */
export const SPECTRUM_MODELS: readonly SpectrumModel[] = RUN_MODELS.filter(isSpectrumModel);

/** The models with developers or SRE on call, in the chapter's order (§12.7, §12.8.2). */
export const SRE_ERA_MODELS: readonly SreEraModel[] = RUN_MODELS.filter(isSreEraModel);

/** The models with an SRE team on call, in the chapter's order (§12.4, §12.5). */
export const SRE_RUN_MODELS: readonly SreRunModel[] = RUN_MODELS.filter(isSreRunModel);
