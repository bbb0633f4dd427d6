import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import { parseV1AlphaUnit, parseV1Duration, type TimeWindow } from './time-window.ts';

/**
 * Reads an SLO's time window: `timeWindow` with a `duration` in openslo/v1, `timeWindows` with a
 * `count` and a `unit` in openslo/v1alpha. Only the first is read; an OpenSLO SLO has one.
 */
export function readWindow(
  doc: ParsedDocument,
  at: { list: unknown; key: string; v1: boolean },
  findings: Findings,
): TimeWindow | undefined {
  const { list, key, v1 } = at;
  if (!Array.isArray(list) || list.length === 0 || !isRecord(list[0])) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', key],
        list === undefined ? 'missing-field' : 'invalid-value',
        `expected ${key} with one time window, found ${describeValue(list)}`,
      ),
    );
    return undefined;
  }
  if (list.length > 1) {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['spec', key, 1],
        'ignored',
        `only the first of ${list.length} time windows is read: an OpenSLO SLO has one`,
      ),
    );
  }
  const window = list[0] as Record<string, unknown>;
  const path = ['spec', key, 0];
  const rolling =
    typeof window.isRolling === 'boolean' ? window.isRolling : window.calendar === undefined;
  if (v1) {
    const duration = window.duration;
    const parsed = typeof duration === 'string' ? parseV1Duration(duration) : undefined;
    if (!parsed) {
      findings.problems.push(
        problemIn(
          doc,
          [...path, 'duration'],
          duration === undefined ? 'missing-field' : 'invalid-value',
          `expected a duration like 28d or 1M, found ${describeValue(duration)}`,
        ),
      );
      return undefined;
    }
    return { ...parsed, rolling, text: String(duration) };
  }
  const count = window.count;
  const unit = typeof window.unit === 'string' ? parseV1AlphaUnit(window.unit) : undefined;
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0 || !unit) {
    findings.problems.push(
      problemIn(
        doc,
        path,
        'invalid-value',
        `expected a time window with a count and a unit such as Day, found count ${describeValue(count)} and unit ${describeValue(window.unit)}`,
      ),
    );
    return undefined;
  }
  return { count, unit, rolling, text: `${count} ${String(window.unit)}` };
}
