import type { PlanDocument } from '../document/plan-document-schema.ts';
import type { ScenarioComparison } from './scenario-schema.ts';
import { scenarioSummary } from './scenario-summary.ts';

/** Two or three scenarios is what a reader can weigh side by side (issue #13). */
export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 3;

/** Scenarios side by side, in the order given, each summarized from its own plan document. */
export function compareScenarios(
  scenarios: readonly { readonly label: string; readonly doc: PlanDocument }[],
): ScenarioComparison {
  return { scenarios: scenarios.map((s) => scenarioSummary(s.label, s.doc)) };
}
