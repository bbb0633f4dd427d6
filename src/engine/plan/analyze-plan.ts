import type { CompiledModel } from '../../model/index.ts';
import type { Finding } from '../checks/check.ts';
import { runChecks } from '../checks/run-checks.ts';
import { analyzeSpectrum, type SpectrumAnalysis } from '../spectrum/analyze-spectrum.ts';

/** What `whorunsit plan` reports: the spectrum analysis and the findings of every check. */
export interface PlanAnalysis extends SpectrumAnalysis {
  readonly checks: readonly Finding[];
}

/** The whole plan for a model. Pure: the same model always gives the same plan. */
export function analyzePlan(model: CompiledModel): PlanAnalysis {
  return { ...analyzeSpectrum(model), checks: runChecks(model) };
}
