import type { StoreDb } from '../database.ts';

/**
 * The live version that last changed any SLI sample, 0 before any: every insert and every
 * retention sweep counts the days it touched again into `sli_days` with the version it raised
 * (days are kept, emptied, not deleted), so the highest one moves exactly when samples do.
 */
export async function getSliVersion({ db }: { db: StoreDb }): Promise<number> {
  const row = await db
    .selectFrom('sli_days')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
