export * from './interop/inference.ts';
export type { BudgetingMethod, Slo, SloWindow } from './interop/slo.ts';
export * from './kinds/index.ts';
export { type LoadResult, loadModel } from './load-model.ts';
export * from './model.ts';
export * from './problem.ts';
export * from './source.ts';
export * from './vocabulary.ts';
