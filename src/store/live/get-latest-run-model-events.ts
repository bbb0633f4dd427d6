import type { StoreDb } from '../database.ts';
import { toRunModelEvent } from './list-run-model-events.ts';
import type { RunModelEventRecord } from './live-records.ts';

/** The latest run model event of each service that has one, by service name. */
export async function getLatestRunModelEvents({
  db,
}: {
  db: StoreDb;
}): Promise<Map<string, RunModelEventRecord>> {
  const rows = await db
    .selectFrom('run_model_events as e')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('run_model_events')
          .select(['service', (x) => x.fn.max('sequence').as('latest')])
          .groupBy('service')
          .as('m'),
      (join) => join.onRef('m.service', '=', 'e.service').onRef('m.latest', '=', 'e.sequence'),
    )
    .selectAll('e')
    .execute();
  return new Map(rows.map((row) => [row.service, toRunModelEvent(row)]));
}
