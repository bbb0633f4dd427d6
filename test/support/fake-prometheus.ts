import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers the next query_range request. */
export type FakeMode =
  | 'ok'
  | 'slow'
  | 'unavailable'
  | 'bad-query'
  | 'malformed'
  | 'two-series'
  | 'empty';

export interface FakePrometheus {
  readonly url: string;
  /** Every query_range request, in order. */
  readonly requests: {
    query: string;
    start: number;
    end: number;
    step: number;
    headers: IncomingMessage['headers'];
  }[];
  /** Answers in these modes, one per request, then `then` for the rest. */
  setModes(modes: readonly FakeMode[], then?: FakeMode): void;
  /** Per-second rates the fake serves for a query containing each key. */
  setRates(rates: Readonly<Record<string, number>>): void;
  close(): Promise<void>;
}

/**
 * A Prometheus `query_range` endpoint on 127.0.0.1 that answers as the test says: a constant
 * rate per query (every step from start to end), slowly, with errors, or with broken JSON.
 */
export async function startFakePrometheus(
  options: { slowMs?: number } = {},
): Promise<FakePrometheus> {
  const requests: FakePrometheus['requests'] = [];
  let queue: FakeMode[] = [];
  let rest: FakeMode = 'ok';
  let rates: Readonly<Record<string, number>> = {};
  const slow = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/v1/query_range') {
      response.writeHead(404).end();
      return;
    }
    const query = url.searchParams.get('query') ?? '';
    const start = Number(url.searchParams.get('start'));
    const end = Number(url.searchParams.get('end'));
    const step = Number(url.searchParams.get('step'));
    requests.push({ query, start, end, step, headers: request.headers });
    const mode = queue.shift() ?? rest;
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    switch (mode) {
      case 'slow':
        slow.add(response);
        setTimeout(() => {
          slow.delete(response);
          if (!response.writableEnded) json(200, matrix([]));
        }, options.slowMs ?? 2_000).unref();
        return;
      case 'unavailable':
        return json(503, { status: 'error', errorType: 'unavailable', error: 'too many queries' });
      case 'bad-query':
        return json(400, {
          status: 'error',
          errorType: 'bad_data',
          error: 'parse error at char 5',
        });
      case 'malformed':
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"status": "succ');
        return;
      case 'empty':
        return json(200, matrix([]));
      case 'two-series':
        return json(200, matrix([series(start, end, step, 1), series(start, end, step, 1)]));
      case 'ok': {
        const rate = Object.entries(rates).find(([key]) => query.includes(key))?.[1];
        return json(200, matrix(rate === undefined ? [] : [series(start, end, step, rate)]));
      }
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setModes: (modes, then = 'ok') => {
      queue = [...modes];
      rest = then;
    },
    setRates: (next) => {
      rates = next;
    },
    close: async () => {
      for (const response of slow) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function matrix(result: unknown[]) {
  return { status: 'success', data: { resultType: 'matrix', result } };
}

function series(start: number, end: number, step: number, rate: number) {
  const values: [number, string][] = [];
  for (let t = start; t <= end; t += step) values.push([t, String(rate)]);
  return { metric: {}, values };
}
