import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { listAlerts, listWebhookDeliveries, type NewAlert, type Store } from '../../store/index.ts';
import { createAlertGroupCommit } from './alert-group-commit.ts';

const AT = '2025-03-03T10:00:00.000Z';

function alert(fingerprint: string, extra: Partial<NewAlert> = {}): NewAlert {
  return {
    fingerprint,
    startsAt: '2025-03-03T09:58:00.000Z',
    status: 'firing',
    endsAt: null,
    service: 'checkout-api',
    labels: { alertname: 'HighErrorRate', fingerprint },
    annotations: {},
    generatorUrl: null,
    groupKey: null,
    receivedAt: AT,
    revisionId: 1,
    routedTo: { rotation: 'checkout-oncall', person: 'ana' },
    routeReason: 'team-rotation',
    routePending: false,
    ...extra,
  };
}

/** Counts INSERTs into alerts, and fails any statement that carries the value "poison". */
class Watch implements KyselyPlugin {
  inserts = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const text = JSON.stringify(args.node);
    const insertsAlerts =
      args.node.kind === 'InsertQueryNode'
        ? text.includes('"alerts"')
        : args.node.kind === 'RawNode' && /insert into alerts\b/.test(text);
    if (insertsAlerts) this.inserts += 1;
    if (text.includes('poison')) throw new Error('this alert cannot be stored');
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

describe.each(eachDialect())('group commit of alert intake on $dialect', (engine) => {
  let store: Store;
  let watch: Watch;
  let intake: ReturnType<typeof createAlertGroupCommit>;
  const messages: string[] = [];
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  beforeEach(async () => {
    store = await engine.open();
    watch = new Watch();
    messages.length = 0;
    intake = createAlertGroupCommit({
      db: store.db.withPlugin(watch),
      webhooks: ['https://hooks.example.com/a'],
      message: (a) => {
        messages.push(a.fingerprint);
        return { event: 'alert.routed', payload: { fingerprint: a.fingerprint } };
      },
    });
  });
  afterEach(() => store.close());

  it('writes calls that arrive together in one transaction, each answered with its own alerts', async () => {
    const calls = Array.from({ length: 20 }, (_, i) =>
      intake.store([alert(`call-${i}-a`), alert(`call-${i}-b`)], AT),
    );
    const answers = await Promise.all(calls);
    expect(watch.inserts).toBe(1);
    for (const [i, answer] of answers.entries()) {
      expect(answer.map((s) => [s.alert.fingerprint, s.created])).toEqual([
        [`call-${i}-a`, true],
        [`call-${i}-b`, true],
      ]);
    }
    const stored = await listAlerts({ db: store.db, limit: 100 });
    expect(stored).toHaveLength(40);
    // Each call is answered with its alerts as stored, as they read back from the store.
    const byId = new Map(stored.map((a) => [a.id, a]));
    const answered = answers.flat().map((s) => s.alert);
    expect(answered).toEqual(answered.map((a) => byId.get(a.id)));
    expect(messages).toHaveLength(40);
    // One queued message per alert stored, in the order the alerts were stored.
    const queued = await listWebhookDeliveries({ db: store.db, limit: 100 });
    expect(queued.map((d) => JSON.parse(d.payload).fingerprint)).toEqual(
      stored.map((a) => a.fingerprint),
    );
  });

  it('answers the second of two calls carrying the same alert as a duplicate of the first', async () => {
    const [first, second] = await Promise.all([
      intake.store([alert('same')], AT),
      intake.store([alert('same', { routedTo: { rotation: 'other', person: 'bob' } })], AT),
    ]);
    expect(first?.[0]?.created).toBe(true);
    expect(second?.[0]?.created).toBe(false);
    expect(second?.[0]?.alert.id).toBe(first?.[0]?.alert.id);
    expect(second?.[0]?.alert.routedTo).toEqual({ rotation: 'checkout-oncall', person: 'ana' });
    expect(await listAlerts({ db: store.db, limit: 10 })).toHaveLength(1);
  });

  it('routes a resolution like its firing alert sent by another call at the same time', async () => {
    const [, resolved] = await Promise.all([
      intake.store([alert('flap')], AT),
      intake.store(
        [alert('flap', { status: 'resolved', routedTo: { rotation: 'other', person: 'bob' } })],
        AT,
      ),
    ]);
    expect(resolved?.[0]?.created).toBe(true);
    expect(resolved?.[0]?.alert.routedTo).toEqual({ rotation: 'checkout-oncall', person: 'ana' });
  });

  it('stores any text and every absent field as given (on PostgreSQL in one statement)', async () => {
    const awkward = ['{"a,b"}', 'back\\slash', 'NULL', '', "it's", 'ümlaut 🚨', 'x'.repeat(5_000)];
    const alerts = Array.from({ length: 1_200 }, (_, i) => {
      const text = awkward[i % awkward.length] as string;
      return alert(`many-${i}`, {
        labels: { alertname: text, [text || 'empty']: text },
        annotations: i % 2 === 0 ? {} : { summary: text },
        endsAt: i % 3 === 0 ? null : '2025-03-03T10:30:00.000Z',
        service: i % 4 === 0 ? null : text,
        generatorUrl: i % 5 === 0 ? null : `http://prom/${text}`,
        groupKey: i % 6 === 0 ? null : text,
        revisionId: i % 7 === 0 ? null : i,
        routedTo: i % 2 === 0 ? { rotation: null, person: null } : { rotation: text, person: text },
        routePending: i % 2 === 0,
      });
    });
    const answer = await intake.store(alerts, AT);
    expect(answer.every((s) => s.created)).toBe(true);
    const stored = await listAlerts({ db: store.db, limit: 1_000 });
    const older = await listAlerts({ db: store.db, limit: 1_000, before: stored.at(-1)?.id });
    const byId = new Map([...stored, ...older].map((a) => [a.id, a]));
    expect(byId.size).toBe(1_200);
    expect(answer.map((s) => byId.get(s.alert.id))).toEqual(
      alerts.map((a, i) => ({ ...a, id: answer[i]?.alert.id })),
    );
    if (engine.dialect === 'postgres') expect(watch.inserts).toBe(1);
  });

  it('fails only the call that cannot be stored, and stores the others', async () => {
    const results = await Promise.allSettled([
      intake.store([alert('fine-1')], AT),
      intake.store([alert('poison')], AT),
      intake.store([alert('fine-2')], AT),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await listAlerts({ db: store.db, limit: 10 });
    expect(stored.map((a) => a.fingerprint).sort()).toEqual(['fine-1', 'fine-2']);
    // Nothing was announced for the alert that was not stored.
    expect(messages.filter((m) => m === 'poison')).toEqual([]);
  });
});
