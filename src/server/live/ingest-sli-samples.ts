import {
  insertSliSamples,
  type RunModelEventRecord,
  type SliSampleRecord,
  type StoreDb,
} from '../../store/index.ts';
import type { ServerMetrics } from '../metrics/server-metrics.ts';
import type { HandoverRunner } from './handover-runner.ts';

/**
 * The one way SLI samples enter the live state, pushed (`POST /api/v1/sli-samples`) or pulled
 * from a Prometheus-compatible backend: stored all or nothing, then the handover engine runs
 * (§12.5). Returns the changes of who runs a service that the samples caused.
 */
export async function ingestSliSamples(
  context: {
    readonly db: StoreDb;
    readonly handovers: HandoverRunner;
    readonly metrics: ServerMetrics;
    readonly now: () => Date;
    readonly source: 'push' | 'pull';
  },
  samples: readonly SliSampleRecord[],
): Promise<RunModelEventRecord[]> {
  await context.db.transaction().execute((tx) => insertSliSamples({ db: tx, samples }));
  let newest = '';
  for (const s of samples) if (s.timestamp > newest) newest = s.timestamp;
  if (newest !== '') {
    context.metrics.ingested({
      source: context.source,
      samples: samples.length,
      newest: new Date(newest),
      now: context.now(),
    });
  }
  return context.handovers.evaluate();
}
