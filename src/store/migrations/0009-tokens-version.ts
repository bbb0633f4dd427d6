import type { Kysely, Migration } from 'kysely';

/**
 * A second counter beside the live version, raised by every revocation of a token: a server
 * keeps the tokens it verified in memory and reads this number (in the same query as the
 * other versions) to know at once when any server, or `whorunsit token revoke`, revoked one.
 */
export function tokensVersion(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('live_version')
        .addColumn('tokens', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
