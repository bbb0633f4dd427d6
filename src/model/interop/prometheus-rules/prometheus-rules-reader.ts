import { isRecord } from '../given.ts';
import type { InteropReader } from '../interop-reader.ts';
import { inferenceAt } from '../report.ts';

/** Rule files carry no `apiVersion`. */
const NO_API_VERSIONS: readonly string[] = [];

/**
 * Prometheus rule files (`groups:`), e.g. what Sloth or `whorunsit rules` generate: recognised so
 * they are reported, not mistaken for a broken document; whorunsit reads the specs rules come from.
 */
export const prometheusRulesReader: InteropReader<'prometheus-rules'> = {
  format: 'prometheus-rules',
  apiVersions: NO_API_VERSIONS,
  detects: (data) =>
    isRecord(data) &&
    data.apiVersion === undefined &&
    Array.isArray(data.groups) &&
    data.groups.every((g) => isRecord(g) && Array.isArray(g.rules)),
  read: (docs, { findings }) => {
    for (const doc of docs) {
      findings.inferences.push(
        inferenceAt(
          doc,
          ['groups'],
          'ignored',
          'Prometheus rule groups are not read: whorunsit reads the SLO specs rules are generated from (Sloth, OpenSLO) and SLI data as query_range JSON',
        ),
      );
    }
    return {};
  },
};
