import { moneyJson } from '../../engine/money/index.ts';
import type { PlanAnalysis } from '../../engine/plan/analyze-plan.ts';
import type { CompiledModel } from '../../model/index.ts';
import { planTitle } from './sections/header.ts';

/**
 * The plan as JSON (`plan --format json`). Scripts rely on this shape: fields are added, never
 * renamed or removed. Absent values are `null`, money is `{amount: "1234.50", currency}`.
 * At least: services[{name, runModel, recommendation{runModel, rotation, reasons}}],
 * placements, reportingLines, transitions, checks[{code, severity, subject{kind, name},
 * message, section}].
 */
export function planJson(model: CompiledModel, analysis: PlanAnalysis): unknown {
  return nullify({
    organization: planTitle(model),
    thresholds: analysis.thresholds,
    dimensions: analysis.dimensions,
    mix: analysis.mix,
    comparison: analysis.comparison,
    services: analysis.services,
    capacities: analysis.capacities,
    runningAlone: analysis.runningAlone,
    placements: analysis.placements.map((p) => ({
      ...p,
      budgetPerYear: p.budgetPerYear ? moneyJson(p.budgetPerYear) : null,
    })),
    topology: analysis.topology,
    reportingLines: analysis.reportingLines.people,
    reportingLinesTable: {
      models: analysis.reportingLines.models,
      table: analysis.reportingLines.table,
    },
    newDirector: analysis.newDirector,
    positioning: analysis.positioning,
    transitions: analysis.transitions,
    checks: analysis.checks,
  });
}

/** A copy with every `undefined` property as `null`, so the JSON always has every key. */
function nullify(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(nullify);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nullify(v)]));
  }
  return value;
}
