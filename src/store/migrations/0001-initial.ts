import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** The first schema: revisions, tokens, alerts, live state and the webhook outbox. */
export function initialSchema(dialect: Dialect): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then, not the current types.
    async up(db: Kysely<any>) {
      const serial = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          );

      await db.schema
        .createTable('revisions')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('sources', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('restored_from', 'bigint')
        .execute();

      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await serial('alerts')
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text')
        .addColumn('service', 'text')
        .addColumn('labels', 'text', (c) => c.notNull())
        .addColumn('annotations', 'text', (c) => c.notNull())
        .addColumn('generator_url', 'text')
        .addColumn('group_key', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('revision_id', 'bigint')
        .addColumn('routed_rotation', 'text')
        .addColumn('routed_person', 'text')
        .addColumn('route_reason', 'text', (c) => c.notNull())
        // Alertmanager delivers at least once: this key stores each delivery once.
        .addUniqueConstraint('alerts_delivery_key', ['fingerprint', 'starts_at', 'status'])
        .execute();
      await db.schema
        .createIndex('alerts_service')
        .on('alerts')
        .columns(['service', 'id'])
        .execute();

      await db.schema
        .createTable('sli_samples')
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('timestamp', 'text', (c) => c.notNull())
        .addColumn('good', 'double precision', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('sli_samples_key', ['service', 'timestamp'])
        .execute();

      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('detected_at', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('customer_visible', 'integer', (c) => c.notNull())
        .addColumn('budget_consumed', 'double precision')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incidents_service')
        .on('incidents')
        .columns(['service', 'started_at'])
        .execute();

      await serial('run_model_events')
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('sequence', 'integer', (c) => c.notNull())
        .addColumn('from_model', 'text', (c) => c.notNull())
        .addColumn('to_model', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('revision_id', 'bigint')
        .addUniqueConstraint('run_model_events_sequence', ['service', 'sequence'])
        .execute();

      await serial('webhook_deliveries')
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_until', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_pending')
        .on('webhook_deliveries')
        .columns(['delivered_at', 'next_attempt_at'])
        .execute();
    },
  };
}
