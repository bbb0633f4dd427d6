import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';

/** A free loopback port: taken from the system, then let go for a process to bind. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Polls `check` until it returns a value (not undefined), or fails after `ms` saying what it waited for. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  ms: number,
  every = 250,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`waited ${ms} ms for ${what}${last ? `; last error: ${String(last)}` : ''}`);
    }
    await new Promise((done) => setTimeout(done, every));
  }
}

/** A child process whose output is kept for the failure message, stopped with `stop()`. */
export interface Child {
  readonly process: ChildProcess;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

export function startChild(command: string, args: readonly string[], cwd: string): Child {
  const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * A tiny service for Prometheus to scrape: `demo_requests_total{code}` counters that grow by
 * `perSecond` requests a second, of which the share `errorRatio` (set by the test) fail with 500.
 * The 500 series appears with the first error, as client libraries export it.
 */
export async function startDemoTarget(perSecond: number): Promise<{
  readonly url: string;
  readonly port: number;
  setErrorRatio(ratio: number): void;
  close(): Promise<void>;
}> {
  let ratio = 0;
  const counts = new Map<string, number>([['200', 0]]);
  let carry = 0;
  const timer = setInterval(() => {
    const requests = perSecond / 10;
    carry += requests * ratio;
    const errors = Math.floor(carry);
    carry -= errors;
    counts.set('200', (counts.get('200') ?? 0) + requests - errors);
    if (errors > 0) counts.set('500', (counts.get('500') ?? 0) + errors);
  }, 100);
  const server = createHttpServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    const lines = ['# TYPE demo_requests_total counter'];
    for (const [code, count] of counts) lines.push(`demo_requests_total{code="${code}"} ${count}`);
    response
      .writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
      .end(`${lines.join('\n')}\n`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setErrorRatio: (next) => {
      ratio = next;
    },
    close: async () => {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
