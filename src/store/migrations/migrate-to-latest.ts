import { Migrator } from 'kysely';
import type { StoreDb } from '../database.ts';
import type { Dialect } from '../dialect.ts';
import { migrations } from './migrations.ts';

/**
 * Brings the schema up to date. Safe to run from several servers at once: Kysely takes a lock
 * (an advisory lock on PostgreSQL) so each migration runs exactly once.
 */
export async function migrateToLatest(db: StoreDb, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
