import type { ParsedDocument } from '../../parse-documents.ts';
import { isRecord } from '../given.ts';
import { type Findings, problemIn } from '../report.ts';

/** An SLI measures a ratio (good or bad events of a total) or a threshold. */
export function checkSli(
  doc: ParsedDocument,
  spec: Record<string, unknown>,
  findings: Findings,
): void {
  const ratio = spec.ratioMetric;
  const threshold = spec.thresholdMetric;
  if ((ratio === undefined) === (threshold === undefined)) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec'],
        ratio === undefined ? 'missing-field' : 'invalid-value',
        'expected an SLI with either ratioMetric or thresholdMetric',
      ),
    );
    return;
  }
  if (!isRecord(ratio)) return;
  if (ratio.total === undefined) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'ratioMetric'],
        'missing-field',
        'missing required field "total"; an SLI ratio divides good or bad events by the total',
      ),
    );
  }
  if ((ratio.good === undefined) === (ratio.bad === undefined)) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'ratioMetric', ratio.good === undefined ? '' : 'bad'].filter(Boolean),
        'invalid-value',
        ratio.good === undefined
          ? 'expected good or bad events in the SLI ratio, found neither'
          : 'expected good or bad events in the SLI ratio, not both',
      ),
    );
  }
}
