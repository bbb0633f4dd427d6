import type { StoreDb } from '../database.ts';

/** The number of the newest revision; 0 when none is stored yet. */
export async function getLatestRevisionId({ db }: { db: StoreDb }): Promise<number> {
  const row = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.max('id').as('latest'))
    .executeTakeFirst();
  return row?.latest === null || row?.latest === undefined ? 0 : Number(row.latest);
}
