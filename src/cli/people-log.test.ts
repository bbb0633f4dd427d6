import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/fake-io.ts';
import { peopleLog } from './people-log.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('peopleLog', () => {
  const T = Date.parse('2026-03-02T16:45:01.250Z');
  const print = (...lines: object[]) => {
    let out = '';
    const log = peopleLog((text) => {
      out += text;
    }, false);
    for (const line of lines) log.write(`${JSON.stringify(line)}\n`);
    return out;
  };

  it('prints one line per request when it completes: method, path, status, time', () => {
    const out = print(
      {
        level: 30,
        time: T,
        reqId: 'req-1',
        req: { method: 'GET', url: '/healthz' },
        msg: 'incoming request',
      },
      {
        level: 30,
        time: T,
        reqId: 'req-2',
        req: { method: 'POST', url: '/api/v1/alerts/alertmanager' },
        msg: 'incoming request',
      },
      {
        level: 30,
        time: T + 5,
        reqId: 'req-2',
        res: { statusCode: 400 },
        responseTime: 4.26,
        msg: 'request completed',
      },
      {
        level: 30,
        time: T + 9,
        reqId: 'req-1',
        res: { statusCode: 200 },
        responseTime: 0.71,
        msg: 'request completed',
      },
    );
    expect(out).toBe(
      '2026-03-02T16:45:01Z  POST /api/v1/alerts/alertmanager  400  4.3 ms\n2026-03-02T16:45:01Z  GET /healthz  200  0.7 ms\n',
    );
  });

  it('prints other lines with their level, message and fields; a line that is not JSON as it is', () => {
    const out = print({
      level: 40,
      time: T,
      pid: 1,
      hostname: 'h',
      msg: 'webhook failed',
      url: 'http://x',
      err: { message: 'refused', stack: 'at …' },
    });
    expect(out).toBe(
      '2026-03-02T16:45:01Z  warn  webhook failed  url="http://x" error="refused"\n',
    );
    let raw = '';
    peopleLog((t) => {
      raw += t;
    }, false).write('not json\n');
    expect(raw).toBe('not json\n');
  });

  it('colours the status only when asked', () => {
    let out = '';
    const log = peopleLog((t) => {
      out += t;
    }, true);
    log.write(
      `${JSON.stringify({ time: T, reqId: 'a', req: { method: 'GET', url: '/' }, msg: 'incoming request' })}\n`,
    );
    log.write(
      `${JSON.stringify({ time: T, reqId: 'a', res: { statusCode: 503 }, responseTime: 1, msg: 'request completed' })}\n`,
    );
    expect(out).toContain('\u001b[31m503\u001b[39m');
  });
});

describe('whorunsit serve --log-format', () => {
  const data = mkdtempSync(join(tmpdir(), 'whorunsit-log-'));
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  async function requestLog(format: string): Promise<string> {
    const child = spawn(
      process.execPath,
      [MAIN, 'serve', '--port', '0', '--data', data, '--log-format', format],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (c: Buffer) => {
          err += c.toString();
          const m = /listening on (\S+)/.exec(err);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/api/v1/services`)).status).toBe(401);
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      return out;
    } finally {
      child.kill('SIGKILL');
    }
  }

  // Each starts a server process: slow on a busy machine.
  it('pretty: one readable line per request', { timeout: 120_000 }, async () => {
    const lines = (await requestLog('pretty')).split('\n').filter((l) => / (GET|POST) /.test(l));
    expect(lines).toEqual([
      expect.stringMatching(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}GET \/healthz {2}200 {2}\d+\.\d ms$/,
      ),
      expect.stringMatching(/^\S+ {2}GET \/api\/v1\/services {2}401 {2}\d+\.\d ms$/),
    ]);
  });

  it('json: pino JSON lines, two per request', { timeout: 120_000 }, async () => {
    const lines = (await requestLog('json'))
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { msg?: string });
    expect(lines.filter((l) => l.msg === 'request completed')).toHaveLength(2);
    expect(lines.filter((l) => l.msg === 'incoming request')).toHaveLength(2);
  });

  it('refuses a format it does not know', async () => {
    const r = await runCli(['serve', '--log-format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid");
  });
});
