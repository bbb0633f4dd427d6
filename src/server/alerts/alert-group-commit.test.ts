import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import {
  INTAKE_HALTED,
  listAlerts,
  listWebhookDeliveries,
  type NewAlert,
  type Store,
} from '../../store/index.ts';
import {
  createAlertGroupCommit,
  QUICK_SYNC_MS,
  QUICK_SYNCS_BEFORE_BLOCKING,
} from './alert-group-commit.ts';

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

/**
 * Holds the answer of the first INSERT into alerts that carries the value "held" until released:
 * its transaction stays open (on PostgreSQL its rows are written, not committed) meanwhile.
 */
class Hold implements KyselyPlugin {
  readonly #held = new Set<QueryId>();
  #holding = false;
  #release: () => void = () => {};
  #gate = new Promise<void>((done) => {
    this.#release = done;
  });
  /** Resolves once an insert is being held. */
  readonly reached: Promise<void>;
  #reached: () => void = () => {};
  constructor() {
    this.reached = new Promise((done) => {
      this.#reached = done;
    });
  }
  release(): void {
    this.#release();
  }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const text = JSON.stringify(args.node);
    if (!this.#holding && /insert into alerts\b/.test(text) && text.includes('"held')) {
      this.#holding = true;
      this.#held.add(args.queryId);
    }
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#held.delete(args.queryId)) {
      this.#reached();
      await this.#gate;
    }
    return args.result;
  }
}

/** Whether `promise` settles within `ms` milliseconds. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((done) => {
    timer = setTimeout(() => done(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
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

describe.each(eachDialect())(
  'alert intake without outgoing webhooks, and two transactions at once, on $dialect',
  (engine) => {
    let store: Store;
    beforeAll(() => engine.setup());
    afterAll(() => engine.teardown());
    beforeEach(async () => {
      store = await engine.open();
    });
    afterEach(() => store.close());

    const intakeOn = (db: Store['db'], concurrency = 1, webhooks: readonly string[] = []) =>
      createAlertGroupCommit({
        db,
        webhooks,
        message: () => ({ event: 'alert.routed', payload: {} }),
        concurrency,
      });

    // On PostgreSQL a group without webhook messages is one INSERT outside a transaction.
    it('answers duplicates, routes resolutions like their firing alert and fails only the call that cannot be stored', async () => {
      const watch = new Watch();
      const intake = intakeOn(store.db.withPlugin(watch));
      const [first, again] = await Promise.all([
        intake.store([alert('a'), alert('b')], AT),
        intake.store([alert('b', { routedTo: { rotation: 'other', person: 'bob' } })], AT),
      ]);
      expect(first?.map((s) => s.created)).toEqual([true, true]);
      expect(again?.[0]).toEqual({ alert: first?.[1]?.alert, created: false });
      const resolved = await intake.store(
        [alert('a', { status: 'resolved', routedTo: { rotation: 'other', person: 'bob' } })],
        AT,
      );
      expect(resolved[0]?.alert.routedTo).toEqual({ rotation: 'checkout-oncall', person: 'ana' });
      const results = await Promise.allSettled([
        intake.store([alert('fine-1')], AT),
        intake.store([alert('poison')], AT),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
      const stored = await listAlerts({ db: store.db, limit: 10 });
      expect(stored.map((a) => `${a.fingerprint} ${a.status}`).sort()).toEqual([
        'a firing',
        'a resolved',
        'b firing',
        'fine-1 firing',
      ]);
    });

    it.runIf(engine.dialect === 'postgres')(
      'writes a call that arrives while a transaction is committing beside it, with room for two',
      async () => {
        const hold = new Hold();
        // A webhook message makes each group a transaction, held open with its rows written.
        const intake = intakeOn(store.db.withPlugin(hold), 2, ['https://hooks.example.com/a']);
        const held = intake.store([alert('held-1')], AT);
        await hold.reached;
        // Stored and answered while the first is still being written.
        const beside = intake.store([alert('beside')], AT);
        expect(await settlesWithin(beside, 5_000)).toBe(true);
        expect((await beside)[0]?.created).toBe(true);
        expect(await settlesWithin(held, 50)).toBe(false);
        hold.release();
        expect((await held)[0]?.created).toBe(true);
      },
    );

    it.runIf(engine.dialect === 'postgres')(
      'holds a call back while a transaction in flight writes one of its alerts, and every call behind it',
      async () => {
        const hold = new Hold();
        // A webhook message makes each group a transaction, held open with its rows written.
        const intake = intakeOn(store.db.withPlugin(hold), 2, ['https://hooks.example.com/a']);
        const firing = intake.store([alert('held-flap')], AT);
        await hold.reached;
        const resolution = intake.store(
          [
            alert('held-flap', {
              status: 'resolved',
              routedTo: { rotation: 'other', person: 'bob' },
            }),
          ],
          AT,
        );
        const behind = intake.store([alert('unrelated')], AT);
        expect(await settlesWithin(Promise.race([resolution, behind]), 150)).toBe(false);
        hold.release();
        const [[stored], [resolved], [after]] = await Promise.all([firing, resolution, behind]);
        expect(stored?.created).toBe(true);
        // Routed like the firing alert, which it found committed.
        expect(resolved?.alert.routedTo).toEqual({ rotation: 'checkout-oncall', person: 'ana' });
        expect(after?.created).toBe(true);
      },
    );
  },
);
/** A `durable` hook whose syncs stay pending until released, one at a time or all. */
function heldSyncs() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    durable: () =>
      new Promise<void>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
    get count() {
      return pending.length;
    },
    release: () => pending.shift()?.resolve(),
    fail: (error: Error) => pending.shift()?.reject(error),
  };
}

/** Waits until `ready` holds (checked every few milliseconds), at most `ms` milliseconds. */
async function until(ready: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !ready(); ) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 5));
  }
}

describe.each(eachDialect())(
  'group commit with commits made durable apart (SQLite intake thread), on $dialect',
  (engine) => {
    let store: Store;
    beforeAll(() => engine.setup());
    afterAll(() => engine.teardown());
    beforeEach(async () => {
      store = await engine.open();
    });
    afterEach(() => store.close());

    const intakeWith = (durable: () => Promise<void>) =>
      createAlertGroupCommit({
        db: store.db,
        webhooks: [],
        message: () => ({ event: 'alert.routed', payload: {} }),
        durable,
      });

    it('answers a call only once its commit is durable, and writes the next call meanwhile', async () => {
      const syncs = heldSyncs();
      const intake = intakeWith(syncs.durable);
      const first = intake.store([alert('first')], AT);
      await until(() => syncs.count === 1);
      // Committed, not yet durable: not answered.
      expect(await settlesWithin(first, 50)).toBe(false);
      // The next call is written while the first one's sync is pending.
      const second = intake.store([alert('second')], AT);
      await until(() => syncs.count === 2);
      const stored = await listAlerts({ db: store.db, limit: 10 });
      expect(stored.map((a) => a.fingerprint).sort()).toEqual(['first', 'second']);
      expect(await settlesWithin(Promise.race([first, second]), 50)).toBe(false);
      syncs.release();
      expect((await first)[0]?.created).toBe(true);
      expect(await settlesWithin(second, 50)).toBe(false);
      syncs.release();
      expect((await second)[0]?.created).toBe(true);
    });

    it('holds a redelivery and a resolution back until the alert they name is durable', async () => {
      const syncs = heldSyncs();
      const intake = intakeWith(syncs.durable);
      const firing = intake.store([alert('flap')], AT);
      await until(() => syncs.count === 1);
      const again = intake.store([alert('flap')], AT);
      const resolution = intake.store(
        [alert('flap', { status: 'resolved', routedTo: { rotation: 'other', person: 'bob' } })],
        AT,
      );
      // Neither is written (nor answered as a duplicate) before the firing alert is durable.
      expect(await settlesWithin(Promise.race([again, resolution]), 100)).toBe(false);
      expect(syncs.count).toBe(1);
      syncs.release();
      expect((await firing)[0]?.created).toBe(true);
      // The redelivery, then the resolution (it names the alert the redelivery's group holds).
      for (let i = 0; i < 2; i++) {
        await until(() => syncs.count === 1);
        syncs.release();
      }
      const [[duplicate], [resolved]] = await Promise.all([again, resolution]);
      expect(duplicate?.created).toBe(false);
      expect(resolved?.alert.routedTo).toEqual({ rotation: 'checkout-oncall', person: 'ana' });
    });

    it('halts after a failed sync: fails that call, every call whose sync returns later, and every call after it', async () => {
      const syncs = heldSyncs();
      const told: Error[] = [];
      const intake = createAlertGroupCommit({
        db: store.db,
        webhooks: [],
        message: () => ({ event: 'alert.routed', payload: {} }),
        durable: syncs.durable,
        onHalt: (error) => told.push(error),
      });
      const lost = intake.store([alert('unsynced-1'), alert('unsynced-2')], AT);
      await until(() => syncs.count === 1);
      // Written while the first sync is pending; its own sync will come back clean.
      const behind = intake.store([alert('behind')], AT);
      await until(() => syncs.count === 2);
      const waiting = intake.store([alert('waiting')], AT);
      syncs.fail(Object.assign(new Error('fdatasync: EIO'), { code: 'EIO' }));
      await expect(lost).rejects.toMatchObject({
        code: INTAKE_HALTED,
        cause: { code: 'EIO' },
        message: expect.stringContaining('restart the server'),
      });
      // A clean sync after a failed one proves nothing: the failed one may have dropped pages.
      syncs.release();
      await expect(behind).rejects.toMatchObject({ code: INTAKE_HALTED });
      await expect(waiting).rejects.toMatchObject({ code: INTAKE_HALTED });
      // A redelivery of an alert of the failed group is not answered as a duplicate.
      await expect(intake.store([alert('unsynced-1')], AT)).rejects.toMatchObject({
        code: INTAKE_HALTED,
      });
      await expect(intake.store([], AT)).rejects.toMatchObject({ code: INTAKE_HALTED });
      expect(syncs.count).toBe(0);
      expect(intake.halted()).toBe(told[0]);
      expect(told).toHaveLength(1);
    });

    describe('syncing on its own thread', () => {
      // The clock the syncs are timed with stands still unless a sync moves it.
      beforeEach(() => {
        vi.useFakeTimers({ toFake: ['performance'] });
      });
      afterEach(() => {
        vi.useRealTimers();
      });

      /** Syncs by kind, in order: `durable` (off the thread) or `durableNow` (on it). */
      const syncedWith = (options: { slowNow?: () => boolean; failNow?: () => boolean } = {}) => {
        const kinds: ('durable' | 'durableNow')[] = [];
        return {
          kinds,
          durable: async () => {
            kinds.push('durable');
          },
          durableNow: () => {
            kinds.push('durableNow');
            if (options.slowNow?.()) vi.advanceTimersByTime(QUICK_SYNC_MS);
            if (options.failNow?.()) throw Object.assign(new Error('EIO'), { code: 'EIO' });
          },
        };
      };
      const quickRun = async (intake: ReturnType<typeof createAlertGroupCommit>, name: string) => {
        for (let i = 0; i < QUICK_SYNCS_BEFORE_BLOCKING; i++) {
          await intake.store([alert(`${name}-${i}`)], AT);
        }
      };

      it('blocks for the sync only after a run of quick syncs, and not after a slow one', async () => {
        let slow = false;
        const syncs = syncedWith({ slowNow: () => slow });
        const intake = createAlertGroupCommit({
          db: store.db,
          webhooks: [],
          message: () => ({ event: 'alert.routed', payload: {} }),
          durable: syncs.durable,
          durableNow: syncs.durableNow,
        });
        await quickRun(intake, 'warm');
        expect(new Set(syncs.kinds)).toEqual(new Set(['durable']));
        syncs.kinds.length = 0;
        expect((await intake.store([alert('quick')], AT))[0]?.created).toBe(true);
        slow = true;
        expect((await intake.store([alert('slow')], AT))[0]?.created).toBe(true);
        slow = false;
        // After a slow sync, off the thread again until as many quick ones followed.
        await quickRun(intake, 'again');
        expect((await intake.store([alert('quick-again')], AT))[0]?.created).toBe(true);
        expect(syncs.kinds).toEqual([
          'durableNow',
          'durableNow',
          ...Array(QUICK_SYNCS_BEFORE_BLOCKING).fill('durable'),
          'durableNow',
        ]);
        expect((await listAlerts({ db: store.db, limit: 1_000 })).length).toBe(
          2 * QUICK_SYNCS_BEFORE_BLOCKING + 3,
        );
      });

      it('syncs off the thread while another call is written, and blocks for the last one', async () => {
        const syncs = syncedWith();
        // Counted from the first call on.
        let collected: number | undefined;
        let second: Promise<unknown> | undefined;
        const intake = createAlertGroupCommit({
          db: store.db,
          webhooks: [],
          message: () => ({ event: 'alert.routed', payload: {} }),
          durable: syncs.durable,
          durableNow: syncs.durableNow,
          // The second call arrives while the first one is written: it is taken (collected)
          // once the first one's writes are done, before its sync.
          collect: () => {
            if (collected === undefined) return;
            collected += 1;
            if (collected === 2) second = intake.store([alert('second')], AT);
          },
        });
        await quickRun(intake, 'warm');
        syncs.kinds.length = 0;
        collected = 0;
        expect((await intake.store([alert('first')], AT))[0]?.created).toBe(true);
        expect(second).toBeDefined();
        await second;
        expect(syncs.kinds).toEqual(['durable', 'durableNow']);
      });

      it('halts when a sync on the thread fails, as when one off it fails', async () => {
        let fail = false;
        const syncs = syncedWith({ failNow: () => fail });
        const told: Error[] = [];
        const intake = createAlertGroupCommit({
          db: store.db,
          webhooks: [],
          message: () => ({ event: 'alert.routed', payload: {} }),
          durable: syncs.durable,
          durableNow: syncs.durableNow,
          onHalt: (error) => told.push(error),
        });
        await quickRun(intake, 'warm');
        fail = true;
        await expect(intake.store([alert('unsynced')], AT)).rejects.toMatchObject({
          code: INTAKE_HALTED,
          cause: { code: 'EIO' },
        });
        fail = false;
        await expect(intake.store([alert('unsynced')], AT)).rejects.toMatchObject({
          code: INTAKE_HALTED,
        });
        expect(syncs.kinds.at(-1)).toBe('durableNow');
        expect(told).toHaveLength(1);
      });
    });

    it('has not halted while its syncs succeed', async () => {
      const syncs = heldSyncs();
      const intake = intakeWith(syncs.durable);
      const call = intake.store([alert('fine')], AT);
      await until(() => syncs.count === 1);
      syncs.release();
      expect((await call)[0]?.created).toBe(true);
      expect(intake.halted()).toBeUndefined();
    });
  },
);
