import type { ParsedDocument } from '../../parse-documents.ts';
import type { Origin } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt } from '../report.ts';
import type { SloQueries } from '../slo.ts';
import { windowedQuery } from '../windowed-query.ts';

/** An OpenSLO SLI document by name, for `indicatorRef`. */
export interface SliDocument {
  readonly doc: ParsedDocument;
  readonly spec: Record<string, unknown>;
}

/**
 * The Prometheus queries of an OpenSLO SLO's ratio SLI, as a Service's `sli`: v1 `indicator`
 * (inline) or `indicatorRef` (an SLI document) with `ratioMetric` good or bad, and total, whose
 * `metricSource` is Prometheus; v1alpha `objectives[].ratioMetrics` (as Sloth reads them).
 * Threshold SLIs and other sources are not read (nothing to report: whorunsit does not need
 * them to load); a Prometheus query it cannot window is reported.
 */
export function readSloQueries(
  at: { readonly doc: ParsedDocument; readonly name: string; readonly v1: boolean },
  spec: Record<string, unknown>,
  context: {
    readonly slis: ReadonlyMap<string, SliDocument>;
    readonly findings: Findings;
  },
): { readonly sli: SloQueries; readonly origin: Origin } | undefined {
  const { doc, name, v1 } = at;
  if (!v1) {
    const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
    for (const [i, objective] of objectives.entries()) {
      if (!isRecord(objective) || !isRecord(objective.ratioMetrics)) continue;
      const path = ['spec', 'objectives', i, 'ratioMetrics'];
      const sli = ratio(objective.ratioMetrics, (m) => (isRecord(m) ? m.query : undefined), {
        doc,
        path,
        name,
        findings: context.findings,
      });
      return sli ? { sli, origin: { doc, path } } : undefined;
    }
    return undefined;
  }
  let sliDoc: ParsedDocument = doc;
  let sliPath: PropertyKey[] = ['spec', 'indicator', 'spec'];
  let sliSpec: unknown = isRecord(spec.indicator) ? spec.indicator.spec : undefined;
  if (typeof spec.indicatorRef === 'string') {
    const ref = context.slis.get(spec.indicatorRef);
    if (!ref) return undefined;
    sliDoc = ref.doc;
    sliPath = ['spec'];
    sliSpec = ref.spec;
  }
  if (!isRecord(sliSpec) || !isRecord(sliSpec.ratioMetric)) return undefined;
  const metric = sliSpec.ratioMetric;
  const path = [...sliPath, 'ratioMetric'];
  const query = (m: unknown): unknown => {
    if (!isRecord(m) || !isRecord(m.metricSource)) return undefined;
    const source = m.metricSource;
    if (typeof source.type !== 'string' || source.type.toLowerCase() !== 'prometheus') {
      return undefined;
    }
    return isRecord(source.spec) ? (source.spec.query ?? source.spec.promql) : undefined;
  };
  const sli = ratio(metric, query, {
    doc: sliDoc,
    path,
    name,
    findings: context.findings,
    counter: metric.counter === true,
  });
  return sli ? { sli, origin: { doc: sliDoc, path } } : undefined;
}

function ratio(
  metric: Record<string, unknown>,
  queryOf: (m: unknown) => unknown,
  at: {
    readonly doc: ParsedDocument;
    readonly path: readonly PropertyKey[];
    readonly name: string;
    readonly findings: Findings;
    readonly counter?: boolean;
  },
): SloQueries | undefined {
  const counted = metric.good !== undefined ? 'good' : 'bad';
  const texts = { counted: queryOf(metric[counted]), total: queryOf(metric.total) };
  if (typeof texts.counted !== 'string' || typeof texts.total !== 'string') return undefined;
  const counter = { counter: at.counter };
  const countedQuery = windowedQuery(texts.counted, counter);
  const totalQuery = windowedQuery(texts.total, counter);
  for (const [field, result] of [
    [counted, countedQuery],
    ['total', totalQuery],
  ] as const) {
    if ('reason' in result) {
      at.findings.inferences.push(
        inferenceAt(
          at.doc,
          [...at.path, field],
          'ignored',
          `SLO ${at.name}: ${result.reason}; the server cannot pull this SLI nor can rules record it`,
          { subject: { kind: 'SLO', name: at.name }, field: 'sli' },
        ),
      );
    }
  }
  if ('reason' in countedQuery || 'reason' in totalQuery) return undefined;
  return counted === 'good'
    ? { good: countedQuery.query, total: totalQuery.query }
    : { errors: countedQuery.query, total: totalQuery.query };
}
