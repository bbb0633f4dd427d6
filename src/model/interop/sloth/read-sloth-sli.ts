import type { ParsedDocument } from '../../parse-documents.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt } from '../report.ts';
import type { SloQueries } from '../slo.ts';

/**
 * The event queries of a Sloth SLO's `sli.events` (`error_query`/`total_query`, or camelCase in
 * the Kubernetes resource). Raw ratio and plugin SLIs are reported: whorunsit counts events, so a
 * ratio alone cannot give it a budget in events, and plugins run only inside Sloth.
 */
export function readSlothSli(
  at: { readonly doc: ParsedDocument; readonly path: readonly PropertyKey[]; readonly slo: string },
  sli: unknown,
  findings: Findings,
): SloQueries | undefined {
  if (!isRecord(sli)) return undefined;
  const { doc, path, slo } = at;
  const events = sli.events;
  if (isRecord(events)) {
    const errors = events.error_query ?? events.errorQuery;
    const total = events.total_query ?? events.totalQuery;
    if (typeof errors === 'string' && typeof total === 'string') return { errors, total };
    return undefined; // Sloth itself rejects such a spec; nothing to take.
  }
  const kind = isRecord(sli.raw) ? 'raw' : isRecord(sli.plugin) ? 'plugin' : undefined;
  if (kind) {
    findings.inferences.push(
      inferenceAt(
        doc,
        [...path, kind],
        'ignored',
        kind === 'raw'
          ? `Sloth SLO ${slo}: a raw error ratio query gives no event counts, so whorunsit cannot pull or record it; give the service an sli with errors and total queries`
          : `Sloth SLO ${slo}: SLI plugins run inside Sloth only; give the service an sli with errors and total queries`,
        { subject: { kind: 'SLO', name: slo }, field: 'sli' },
      ),
    );
  }
  return undefined;
}
