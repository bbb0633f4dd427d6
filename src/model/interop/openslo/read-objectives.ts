import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { isRecord } from '../given.ts';
import { type Findings, problemIn } from '../report.ts';
import { percentOf } from '../slo.ts';

/** One objective of an OpenSLO SLO, as a percentage, with where its target stands. */
export interface Objective {
  readonly index: number;
  readonly key: 'target' | 'targetPercent';
  readonly target: number;
  readonly displayName?: string | undefined;
}

/**
 * Reads an SLO's objectives: each a `target` ratio (0.999) or a `targetPercent` (99.9).
 * Undefined, with problems, unless every objective reads.
 */
export function readObjectives(
  doc: ParsedDocument,
  value: unknown,
  findings: Findings,
): Objective[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'objectives'],
        value === undefined ? 'missing-field' : 'invalid-value',
        `expected a list of at least one objective, found ${describeValue(value)}`,
      ),
    );
    return undefined;
  }
  const out: Objective[] = [];
  value.forEach((objective, index) => {
    const path = ['spec', 'objectives', index];
    if (!isRecord(objective)) {
      findings.problems.push(
        problemIn(
          doc,
          path,
          'invalid-value',
          `expected an objective, found ${describeValue(objective)}`,
        ),
      );
      return;
    }
    const displayName =
      typeof objective.displayName === 'string' ? objective.displayName : undefined;
    const ratio = objective.target;
    const percent = objective.targetPercent;
    if (typeof ratio === 'number' && ratio > 0 && ratio < 1)
      out.push({ index, key: 'target', target: percentOf(ratio), displayName });
    else if (ratio === undefined && typeof percent === 'number' && percent > 0 && percent < 100)
      out.push({ index, key: 'targetPercent', target: percent, displayName });
    else {
      const key = ratio === undefined && percent !== undefined ? 'targetPercent' : 'target';
      const found = key === 'target' ? ratio : percent;
      findings.problems.push(
        problemIn(
          doc,
          found === undefined ? path : [...path, key],
          found === undefined ? 'missing-field' : 'invalid-value',
          `expected ${key === 'target' ? 'a target between 0 and 1 (0.999 for 99.9%)' : 'a targetPercent between 0 and 100'}${found === 1 || found === 100 ? '; a target of 100% leaves no error budget' : ''}, found ${describeValue(found)}`,
        ),
      );
    }
  });
  return out.length === value.length ? out : undefined;
}
