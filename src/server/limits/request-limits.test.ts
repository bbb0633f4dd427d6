import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { durationMillis } from '../../model/index.ts';
import { createAdmission } from './admission.ts';

const alertBody = (i: number) => ({
  version: '4',
  status: 'firing',
  receiver: 'whorunsit',
  groupKey: `{}:{alertname="Burn${i}"}`,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: `Burn${i}`, service: 'checkout-api' },
      annotations: {},
      startsAt: '2025-03-03T09:00:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      fingerprint: `f${i}`,
    },
  ],
});

describe('request limits', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('never answer 429 to alert intake, while other calls of a token keep their rate', async () => {
    t = await startTestApp({ config: { rateLimitPerMinute: 3 } });
    for (let i = 0; i < 10; i += 1) {
      const response = await t.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload: alertBody(i),
      });
      expect(response.statusCode, `webhook call ${i}`).toBe(200);
    }
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      codes.push(
        (await t.call({ method: 'GET', url: '/api/v1/revisions', as: 'viewer' })).statusCode,
      );
    }
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });

  it('cut off a flood of bad tokens from one address before authentication, not a known token from it', async () => {
    t = await startTestApp({ config: { rateLimitPerMinute: 5 } });
    const app = t;
    const viewer = () => app.call({ method: 'GET', url: '/api/v1/revisions', as: 'viewer' });
    // The real client has been calling: its token is known.
    expect((await viewer()).statusCode).toBe(200);
    const refused: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await t.call({
        method: 'GET',
        url: '/api/v1/revisions',
        headers: { authorization: `Bearer wri_${String(i).padStart(12, '0')}_guess` },
      });
      refused.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(errorOf(response).code).toBe('rate-limited');
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    // The viewer's first call counted too: its token was not known yet.
    expect(refused).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
    expect((await viewer()).statusCode).toBe(200);
    // Probes are never limited.
    expect((await t.call({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('ingest admission', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('admits a few at once, queues a bounded number for a bounded time, and refuses the rest', async () => {
    const admission = createAdmission({
      concurrency: 1,
      maxWaiting: 1,
      maxWaitMs: durationMillis(200),
    });
    // @ts-expect-error the longest wait is a length in milliseconds, not a bare number
    createAdmission({ concurrency: 1, maxWaiting: 1, maxWaitMs: 200 });
    expect(await admission.enter()).toBe(true);
    const waiting = admission.enter();
    // The queue is full: refused at once.
    expect(await admission.enter()).toBe(false);
    admission.leave();
    expect(await waiting).toBe(true);
    expect(admission.inFlight()).toBe(1);
    // Nobody leaves: the next waiter gives up after its wait.
    expect(await admission.enter()).toBe(false);
    admission.leave();
    expect(admission.inFlight()).toBe(0);
    // A wait given up by its caller leaves the queue: the place goes to the next waiter.
    expect(await admission.enter()).toBe(true);
    const gaveUp = new AbortController();
    const abandoned = admission.enter(gaveUp.signal);
    gaveUp.abort();
    expect(await abandoned).toBe(false);
    const next = admission.enter();
    admission.leave();
    expect(await next).toBe(true);
    expect(admission.inFlight()).toBe(1);
  });

  it('answers an admitted call when its alerts are stored, however long that takes, and a call still waiting 503 overloaded', async () => {
    const app = await startTestApp({ config: { requestTimeoutMs: durationMillis(400) } });
    t = app;
    // The store takes longer than the time limit until the test lets it go on.
    let release: () => void = () => {};
    const held = new Promise<void>((go) => {
      release = go;
    });
    let storing = 0;
    const intake = app.context.intake;
    (app.context as { intake: typeof intake }).intake = {
      ...intake,
      store: async (alerts, at) => {
        storing += 1;
        await held;
        return intake.store(alerts, at);
      },
    };
    // Over a socket: a connection that stays silent longer than twice the time limit is
    // closed, except while the server works on an admitted call.
    const url = await app.app.listen({ host: '127.0.0.1', port: 0 });
    const post = async (i: number) => {
      const response = await fetch(`${url}/api/v1/alerts/alertmanager`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${app.tokens.ingest}`,
        },
        body: JSON.stringify(alertBody(i)),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    };
    // Four places: these four are admitted and wait for the store.
    const admitted = [1, 2, 3, 4].map(post);
    while (storing < 4) await new Promise((r) => setTimeout(r, 20));
    // The fifth waits for a place; its time limit ends the wait.
    const waiting = await post(5);
    expect(waiting.status).toBe(503);
    expect(JSON.parse(waiting.text).error.code).toBe('overloaded');
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(0);
    // Well past the time limit and the silent connection's limit (twice it), the admitted
    // calls have no answer yet (no 503 timeout while their alerts may still be stored) and
    // their connections are open.
    const early = await Promise.race([
      Promise.all(admitted).then(() => 'answered'),
      new Promise((r) => setTimeout(() => r('waiting'), 2_000)),
    ]);
    expect(early).toBe('waiting');
    release();
    for (const response of await Promise.all(admitted)) {
      expect(response.status, response.text).toBe(200);
    }
    // The refused call stored nothing; sent again, it is taken.
    const names = async () =>
      (await app.call({ method: 'GET', url: '/api/v1/alerts?limit=10', as: 'viewer' }))
        .json()
        .alerts.map((a: { labels: { alertname: string } }) => a.labels.alertname)
        .sort();
    expect(await names()).toEqual(['Burn1', 'Burn2', 'Burn3', 'Burn4']);
    expect((await post(5)).status).toBe(200);
    expect(await names()).toEqual(['Burn1', 'Burn2', 'Burn3', 'Burn4', 'Burn5']);
  });
});

describe('requests the HTTP parser refuses', () => {
  it('answer in the one error shape: 431 for headers too large, 400 for what is not HTTP', async () => {
    const t = await startTestApp();
    try {
      const url = new URL(await t.app.listen({ host: '127.0.0.1', port: 0 }));
      const send = (raw: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = connect(Number(url.port), '127.0.0.1', () => socket.end(raw));
          let answer = '';
          socket.setEncoding('utf8');
          socket.on('data', (chunk: string) => {
            answer += chunk;
          });
          socket.on('close', () => resolve(answer));
          socket.on('error', reject);
        });
      const large = await send(
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      expect(large).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(large.slice(large.indexOf('\r\n\r\n') + 4)).error.code).toBe(
        'headers-too-large',
      );
      const garbage = await send('NOT HTTP AT ALL\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4)).error.code).toBe(
        'bad-request',
      );
    } finally {
      await t.close();
    }
  });
});
