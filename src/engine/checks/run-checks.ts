import type { CompiledModel } from '../../model/index.ts';
import { tierThresholds } from '../spectrum/availability-tier.ts';
import type { Check, Finding, Severity } from './check.ts';
import { CHECKS } from './registry.ts';
import { suppressedCodes } from './suppressed-codes.ts';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Runs the checks on a model: findings that the subject's `whorunsit/ignore` annotation does
 * not suppress, errors first, then warnings and infos, each in catalog and model order.
 */
export function runChecks(model: CompiledModel, checks: readonly Check[] = CHECKS): Finding[] {
  const context = { model, thresholds: tierThresholds(model) };
  const findings = checks.flatMap((check, index) =>
    check
      .run(context)
      .filter((f) => !suppressedCodes(model, f.subject).has(f.code))
      .map((f, position) => ({ f, index, position })),
  );
  return findings
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.index - b.index ||
        a.position - b.position,
    )
    .map(({ f }) => f);
}

/** Whether any finding is an error: `check` exits 1 then. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
