import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { durationMillis } from '../../src/model/index.ts';
import { INTAKE_PATH, oneAlert } from '../support/alert-intake.ts';
import { eachDialect } from '../support/each-dialect.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** A connection to the server, with what it received and whether the server closed it. */
interface Probe {
  readonly socket: Socket;
  readonly received: () => string;
  readonly closed: Promise<void>;
  isClosed: boolean;
}

function open(port: number): Promise<Probe> {
  return new Promise((resolve, reject) => {
    let text = '';
    let markClosed: () => void = () => {};
    const socket = connect(port, '127.0.0.1');
    const probe: Probe = {
      socket,
      received: () => text,
      closed: new Promise((done) => {
        markClosed = done;
      }),
      isClosed: false,
    };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('close', () => {
      probe.isClosed = true;
      markClosed();
    });
    socket.once('connect', () => resolve(probe));
    socket.once('error', (error) => (probe.isClosed ? undefined : reject(error)));
  });
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('connections', () => {
  let t: TestApp | undefined;
  const probes: Probe[] = [];
  afterEach(async () => {
    for (const probe of probes.splice(0)) probe.socket.destroy();
    await t?.close();
    t = undefined;
  });
  const listen = async (config: Parameters<typeof startTestApp>[0] = {}) => {
    t = await startTestApp(config);
    return Number(new URL(await t.app.listen({ host: '127.0.0.1', port: 0 })).port);
  };

  it('are capped: silent sockets give way to a newcomer, so health checks always get in', async () => {
    const port = await listen({ config: { maxConnections: 20 } });
    for (let i = 0; i < 30; i += 1) probes.push(await open(port));
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    // The oldest silent ones were closed to keep 20 at most (the health check counts too).
    await Promise.all(probes.slice(0, 11).map((probe) => probe.closed));
    expect(probes.filter((probe) => !probe.isClosed).length).toBeLessThanOrEqual(19);
    expect(probes.slice(0, 11).every((probe) => probe.isClosed)).toBe(true);
  });

  it('answer 503 overloaded in the error shape when every connection is busy', async () => {
    const port = await listen({ config: { maxConnections: 5 } });
    // Five authenticated requests whose bodies never come: each holds its connection busy.
    for (let i = 0; i < 5; i += 1) {
      const probe = await open(port);
      probe.socket.write(
        `POST /api/v1/alerts/alertmanager HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t?.tokens.ingest}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
      );
      probes.push(probe);
    }
    // Let the server see the five requests before the newcomer arrives.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const newcomer = await open(port);
    probes.push(newcomer);
    newcomer.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await newcomer.closed;
    expect(newcomer.received()).toMatch(/^HTTP\/1\.1 503 /);
    expect(newcomer.received()).toMatch(/\r\nRetry-After: \d+\r\n/);
    expect(bodyOf(newcomer.received()).error.code).toBe('overloaded');
    expect(probes.slice(0, 5).some((probe) => probe.isClosed)).toBe(false);
  });

  it('arriving while the server shuts down are refused in the error shape, with Retry-After', async () => {
    const port = await listen();
    // A request in flight (its body never completes) keeps the server draining.
    const busy = await open(port);
    busy.socket.write(
      `POST /api/v1/alerts/alertmanager HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t?.tokens.ingest}\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{`,
    );
    // A keep-alive client with a second request on the way: its last bytes arrive after close.
    const client = await open(port);
    probes.push(busy, client);
    client.socket.write(
      'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const closing = t?.app.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.socket.write('\r\n');
    await client.closed;
    const answers = client.received().split(/(?=HTTP\/1\.1 )/);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200 /);
    expect(answers[1]).toMatch(/^HTTP\/1\.1 503 /);
    expect(answers[1]).toMatch(/\r\nretry-after: \d+\r\n/i);
    expect(bodyOf(answers[1] ?? '').error.code).toBe('unavailable');
    busy.socket.destroy();
    await closing;
  });

  it('refused before authentication write one log line for a flood, not one per request', async () => {
    const lines: { msg?: string; req?: unknown }[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    t = await startTestApp({
      config: { rateLimitPerMinute: 5 },
      logger: { level: 'info', stream },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const response = await t.call({
        method: 'GET',
        url: '/api/v1/revisions',
        headers: { authorization: `Bearer wri_${String(i).padStart(12, '0')}_guess` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(195);
    const requestLines = lines.filter(
      (line) => line.msg === 'incoming request' || line.msg === 'request completed',
    );
    // The five let through are logged as usual (the last one's completion may be counted as
    // refused already); the 195 refused ones are not.
    expect(requestLines.length).toBeGreaterThanOrEqual(5);
    expect(requestLines.length).toBeLessThanOrEqual(10);
    expect(lines.filter((line) => /rate limit/.test(line.msg ?? ''))).toHaveLength(1);
  });
});

describe.each(eachDialect())('idle connections on $dialect', (engine) => {
  let t: TestApp | undefined;
  const probes: Probe[] = [];
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown(), 60_000);
  afterEach(async () => {
    for (const probe of probes.splice(0)) probe.socket.destroy();
    await t?.close();
    t = undefined;
  });
  const listen = async (config: Parameters<typeof startTestApp>[0] = {}) => {
    t = await startTestApp(config);
    return Number(new URL(await t.app.listen({ host: '127.0.0.1', port: 0 })).port);
  };

  it('that stay silent or trickle their headers are closed after the timeouts, the trickle with 408', async () => {
    const port = await listen({
      store: await engine.open(),
      config: { requestTimeoutMs: durationMillis(1_000) },
    });
    const silent = await open(port);
    const trickle = await open(port);
    probes.push(silent, trickle);
    trickle.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    // One header byte every 200 ms: never idle long enough for the idle timeout.
    const drip = setInterval(() => {
      if (!trickle.isClosed) trickle.socket.write('X');
    }, 200);
    const started = Date.now();
    try {
      await Promise.all([silent.closed, trickle.closed]);
    } finally {
      clearInterval(drip);
    }
    // Cut off within a few timeouts (Node checks requests every 30 s unless told otherwise).
    expect(Date.now() - started).toBeLessThan(15_000);
    // Both sent no whole request in time: 408 in the error shape, then closed.
    for (const probe of [silent, trickle]) {
      expect(probe.received()).toMatch(/^HTTP\/1\.1 408 /);
      expect(bodyOf(probe.received()).error.code).toBe('request-timeout');
    }
  }, 60_000);

  it('are closed, silent ones and kept-alive ones alike, while /healthz and /readyz answer and alerts are stored', async () => {
    const port = await listen({
      store: await engine.open(),
      config: { requestTimeoutMs: durationMillis(1_000), maxConnections: 1_000 },
    });
    // 200 sockets that never send a byte, and 100 that ask once, keep the connection alive and
    // then say nothing more: what a crowd of scrapers or a port scan leaves behind.
    const silent: Probe[] = [];
    const keptAlive: Probe[] = [];
    for (let i = 0; i < 200; i += 1) silent.push(await open(port));
    for (let i = 0; i < 100; i += 1) {
      const probe = await open(port);
      probe.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
      keptAlive.push(probe);
    }
    probes.push(...silent, ...keptAlive);
    const started = Date.now();

    // The server keeps serving while they are open: liveness, readiness (which asks the
    // database) and intake. A 503 with Retry-After (the 1 s request timeout on a loaded
    // machine) is retried as a client would; anything else fails.
    const answered = async (path: string, init?: RequestInit) => {
      for (let attempt = 0; ; attempt += 1) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
        if (response.status !== 503 || !response.headers.get('retry-after') || attempt === 5) {
          return response;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    const health = await answered('/healthz');
    expect(health.status).toBe(200);
    const ready = await answered('/readyz');
    expect(ready.status, await ready.text()).toBe(200);
    const stored = await answered(INTAKE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t?.tokens.ingest}` },
      body: JSON.stringify(oneAlert('Idle')),
    });
    expect(stored.status, await stored.text()).toBe(200);

    // Silent ones after the request timeout, kept-alive ones after the keep-alive timeout (5 s).
    await Promise.race([
      Promise.all([...silent, ...keptAlive].map((probe) => probe.closed)),
      new Promise((resolve) => setTimeout(resolve, 30_000)),
    ]);
    expect([...silent, ...keptAlive].filter((probe) => !probe.isClosed).length).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    for (const probe of silent) expect(probe.received()).toMatch(/^HTTP\/1\.1 408 /);
    for (const probe of keptAlive) {
      expect(probe.received()).toMatch(/^HTTP\/1\.1 200 /);
      // One answer, then nothing but the close.
      expect(probe.received().match(/HTTP\/1\.1 /g)).toHaveLength(1);
    }
    const after = await answered('/readyz');
    expect(after.status).toBe(200);
  }, 90_000);
});
