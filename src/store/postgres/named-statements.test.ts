import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PostgresCluster,
  startPostgresCluster,
} from '../../../test/support/postgres-cluster.ts';
import { type NewAlert, openStore, storeAlerts } from '../index.ts';
import { namedStatement, prepareNamedStatements, statementName } from './named-statements.ts';

describe('named statements', () => {
  it('sends a named text as its named statement and any other call as it came', () => {
    const text = namedStatement('test_named_one', 'select $1::int as one');
    const calls: unknown[][] = [];
    const client = {
      query: (...args: unknown[]) => {
        calls.push(args);
        return 'sent';
      },
    };
    prepareNamedStatements(client);
    expect(client.query(text, [1])).toBe('sent');
    client.query('select 2', [2]);
    const config = { text, values: [3] };
    client.query(config);
    expect(calls).toEqual([
      [{ name: 'test_named_one', text, values: [1] }],
      ['select 2', [2]],
      [config],
    ]);
  });

  it('refuses a second name for a text and a name taken by another text', () => {
    namedStatement('test_named_two', 'select 2');
    expect(namedStatement('test_named_two', 'select 2')).toBe('select 2');
    expect(() => namedStatement('test_named_other', 'select 2')).toThrow(/already named/);
    expect(() => namedStatement('test_named_two', 'select 3')).toThrow(/already named/);
    expect(statementName('select 3')).toBeUndefined();
  });
});

function alert(n: number): NewAlert {
  return {
    fingerprint: `f${n}`,
    startsAt: '2025-03-03T10:00:00.000Z',
    status: 'firing',
    endsAt: null,
    service: 'checkout',
    labels: { alertname: 'HighLatency', n: String(n) },
    annotations: {},
    generatorUrl: null,
    groupKey: null,
    receivedAt: '2025-03-03T10:00:01.000Z',
    revisionId: null,
    routedTo: { rotation: null, person: null },
    routeReason: 'no-model',
    routePending: true,
  };
}

describe('alert intake on PostgreSQL', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(() => cluster?.stop(), 60_000);

  it('inserts alerts with a statement its connection prepared once, and stores them as before', async () => {
    const store = await openStore({ databaseUrl: await cluster.createDatabase() });
    try {
      const message = () => ({ event: 'alert.routed', payload: {} });
      // One connection for every statement, so its prepared statements can be listed.
      const { first, again, prepared } = await store.db.connection().execute(async (db) => {
        const options = { db, webhooks: [], message, at: '2025-03-03T10:00:01.000Z' };
        const first = await storeAlerts({ ...options, alerts: [alert(1), alert(2)] });
        const again = await storeAlerts({ ...options, alerts: [alert(2), alert(3)] });
        const prepared = await sql<{ name: string }>`
          select name from pg_prepared_statements`.execute(db);
        return { first, again, prepared: prepared.rows.map((r) => r.name) };
      });
      expect(prepared).toContain('whorunsit_insert_alerts');
      expect(first.map((s) => [s.alert.fingerprint, s.created])).toEqual([
        ['f1', true],
        ['f2', true],
      ]);
      expect(again.map((s) => [s.alert.fingerprint, s.created])).toEqual([
        ['f2', false],
        ['f3', true],
      ]);
      expect(again[0]?.alert.id).toBe(first[1]?.alert.id);
      expect(again[1]?.alert.labels).toEqual({ alertname: 'HighLatency', n: '3' });
    } finally {
      await store.close();
    }
  });
});
