import type { RunModel } from '../../model/index.ts';

/** The four models of the "who builds it, who runs it?" spectrum, in the chapter's order (§12.2.5). */
export const SPECTRUM_MODELS = [
  'you-run-it',
  'you-and-sre-run-it',
  'sre-runs-it',
  'ops-runs-it',
] as const satisfies readonly RunModel[];
export type SpectrumModel = (typeof SPECTRUM_MODELS)[number];

/** The models with SRE or developers on call: the columns of §12.7 and §12.8.2. */
export const SRE_ERA_MODELS = [
  'you-run-it',
  'you-and-sre-run-it',
  'sre-runs-it',
] as const satisfies readonly RunModel[];
export type SreEraModel = (typeof SRE_ERA_MODELS)[number];

/** Models in which an SRE team takes part in running a service (§12.4, §12.5). */
export const SRE_TEAM_MODELS: ReadonlySet<RunModel> = new Set([
  'you-and-sre-run-it',
  'sre-runs-it',
]);

/** How the chapter names each model, for readers. */
export const RUN_MODEL_LABELS: Readonly<Record<RunModel, string>> = {
  'you-run-it': 'you build it, you run it',
  'you-and-sre-run-it': 'you build it, you and SRE run it',
  'sre-runs-it': 'you build it, SRE run it',
  'ops-runs-it': 'you build it, ops run it',
  unorganized: 'unorganized',
};

export function isSreEraModel(model: RunModel): model is SreEraModel {
  return (SRE_ERA_MODELS as readonly RunModel[]).includes(model);
}
