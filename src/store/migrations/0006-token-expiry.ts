import type { Kysely, Migration } from 'kysely';

/**
 * Tokens may expire (`expires_at`, null: never) and say when they were last used
 * (`last_used_at`, written at most once a minute per token), so an admin can find the tokens
 * nobody uses and the ones about to stop working.
 */
export function tokenExpiry(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('tokens').addColumn('expires_at', 'text').execute();
      await db.schema.alterTable('tokens').addColumn('last_used_at', 'text').execute();
    },
  };
}
