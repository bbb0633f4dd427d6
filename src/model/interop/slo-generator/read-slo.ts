import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import type { Origin } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import { percentOf, type SloRecord } from '../slo.ts';
import { toSlug } from '../to-slug.ts';

/**
 * Reads a `ServiceLevelObjective` (`sre.google.com/v2`) into an SLO record of the service in its
 * `service_name` label, its goal as the target. Other documents with an apiVersion are noted as
 * not used; undefined when the SLO has a problem, all of which are reported.
 */
export function readSlo(doc: ParsedDocument, findings: Findings): SloRecord | undefined {
  const data = doc.data as Record<string, unknown>;
  if (data.apiVersion !== 'sre.google.com/v2' || data.kind !== 'ServiceLevelObjective') {
    findings.inferences.push(
      inferenceAt(
        doc,
        ['apiVersion'],
        'ignored',
        `slo-generator ${describeValue(data.kind)} (${describeValue(data.apiVersion)}) not used: whorunsit reads sre.google.com/v2 ServiceLevelObjective documents`,
      ),
    );
    return undefined;
  }
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  const labels = isRecord(metadata.labels) ? metadata.labels : {};
  const spec = isRecord(data.spec) ? data.spec : {};
  const name = typeof metadata.name === 'string' ? toSlug(metadata.name) : undefined;
  const service = typeof labels.service_name === 'string' ? toSlug(labels.service_name) : undefined;
  const goal = spec.goal;
  const before = findings.problems.length;
  if (name === undefined)
    findings.problems.push(
      problemIn(
        doc,
        ['metadata', 'name'],
        'missing-field',
        `expected the name of the SLO, found ${describeValue(metadata.name)}`,
      ),
    );
  if (service === undefined)
    findings.problems.push(
      problemIn(
        doc,
        ['metadata', 'labels'],
        'missing-field',
        `expected the service_name label naming the service the SLO measures, found ${describeValue(labels.service_name)}`,
      ),
    );
  if (typeof goal !== 'number' || !(goal > 0 && goal < 1)) {
    findings.problems.push(
      problemIn(
        doc,
        ['spec', 'goal'],
        goal === undefined ? 'missing-field' : 'invalid-value',
        `expected a goal between 0 and 1 (0.999 for 99.9%)${goal === 1 ? '; 100% leaves no error budget' : ''}, found ${describeValue(goal)}`,
      ),
    );
  }
  if (
    findings.problems.length > before ||
    name === undefined ||
    service === undefined ||
    typeof goal !== 'number'
  )
    return undefined;
  const origin: Origin = { doc, path: ['metadata', 'name'] };
  const position = doc.locate(origin.path);
  const target = percentOf(goal);
  return {
    slo: {
      name,
      format: 'slo-generator',
      service,
      ...(typeof spec.description === 'string' ? { displayName: spec.description } : {}),
      objectives: [{ target }],
      target,
      budgetingMethod: 'occurrences',
      source: { file: position.file ?? doc.file, line: position.line, column: position.column },
    },
    origin,
    targetOrigin: { doc, path: ['spec', 'goal'] },
  };
}
