import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { startServerProcess } from '../../../test/support/server-process.ts';
import { durationMillis } from '../../model/index.ts';
import { hashToken } from '../../server/auth/token-secret.ts';
import { DEFAULT_CONFIG } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { findTokenBySecretHash, listRevisions, openStore } from '../../store/index.ts';
import { processIo } from '../io.ts';
import { readSources } from '../read-sources.ts';

const folders: string[] = [];
const folder = () => {
  const f = mkdtempSync(join(tmpdir(), 'whorunsit-serve-cli-'));
  folders.push(f);
  return f;
};
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe('whorunsit token', () => {
  it('creates a token, prints it on the last line and stores only its hash', async () => {
    const data = folder();
    const result = await runCli(['token', 'create', '--data', data, '--role', 'admin']);
    expect(result.code).toBe(0);
    const token = result.stdout.trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^wri_[0-9a-f]{12}_[\w-]+$/);
    const store = await openStore({ dataDir: data });
    try {
      expect(
        await findTokenBySecretHash({ db: store.db, secretHash: hashToken(token) }),
      ).toMatchObject({ role: 'admin', name: 'admin' });
    } finally {
      await store.close();
    }
  });

  it('lists and revokes tokens, and refuses an unknown role or id', async () => {
    const data = folder();
    const created = await runCli([
      'token',
      'create',
      '--data',
      data,
      '--role',
      'ingest',
      '--name',
      'am',
      '--json',
    ]);
    const { id } = JSON.parse(created.stdout);
    const listed = await runCli(['token', 'list', '--data', data]);
    expect(listed.stdout).toContain(`${id}  ingest   am`);
    expect((await runCli(['token', 'revoke', id, '--data', data])).code).toBe(0);
    expect((await runCli(['token', 'list', '--data', data, '--json'])).stdout).toContain(
      '"revokedAt": "2026',
    );
    const badRole = await runCli(['token', 'create', '--data', data, '--role', 'root']);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('expected one of viewer, editor, admin, ingest');
    expect((await runCli(['token', 'revoke', '000000000000', '--data', data])).code).toBe(2);
  });

  it('creates a token that expires, lists when it expires and that it was never used', async () => {
    const data = folder();
    const create = (expires: string) =>
      runCli([
        'token',
        'create',
        '--data',
        data,
        '--role',
        'viewer',
        '--expires',
        expires,
        '--json',
      ]);
    const created = await create('2099-01-01');
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ expiresAt: '2099-01-01T00:00:00.000Z' });
    const listed = await runCli(['token', 'list', '--data', data]);
    expect(listed.stdout).toContain('expires 2099-01-01T00:00:00.000Z  never used');
    for (const bad of ['2026-02-30', '2001-01-01', 'next week']) {
      const refused = await create(bad);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr, bad).toMatch(/bad-time|--expires/);
    }
  });
});

describe('whorunsit push', () => {
  let server: RunningServer;
  let editor = '';
  beforeAll(async () => {
    const data = folder();
    editor = (await runCli(['token', 'create', '--data', data, '--role', 'editor'])).stdout
      .trim()
      .split('\n')
      .at(-1) as string;
    server = await startServer({
      dataDir: data,
      host: '127.0.0.1',
      port: 0,
      config: { ...DEFAULT_CONFIG, tickIntervalMs: durationMillis(0) },
      logger: false,
      now: () => new Date(),
    });
  });
  afterAll(() => server.close());

  const push = (...args: string[]) =>
    runCli(['push', ...args, '--server', server.url], { env: { WHORUNSIT_TOKEN: editor } });

  it('stores the files as a revision, then reports them unchanged', async () => {
    const first = await push('examples/acme', '--message', 'initial');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^stored revision 1: \d+ added, 0 changed, 0 removed\n$/);
    const again = await push('examples/acme');
    expect(again).toMatchObject({
      code: 0,
      stdout: 'unchanged: revision 1 already holds these files\n',
    });
    const revisions = await listRevisions({ db: server.store.db, limit: 5 });
    expect(revisions[0]).toMatchObject({ message: 'initial', author: 'editor' });
  });

  it('exits 1 with the located problems of an invalid model, and 1 for a stale --if-match', async () => {
    const bad = join(folder(), 'bad.yaml');
    writeFileSync(
      bad,
      'apiVersion: whorunsit/v1\nkind: Service\nmetadata: {name: x}\nspec: {owner: nobody, runModel: you-run-it}\n',
    );
    const invalid = await push(bad);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('bad.yaml:4:15  unknown-reference');
    const stale = await push('examples/startup', '--if-match', '0');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('whorunsit: error[revision-conflict]: ');
  });

  it('exits 2 without a token, with a wrong token or when the server cannot be reached', async () => {
    expect((await runCli(['push', 'examples/acme', '--server', server.url])).code).toBe(2);
    const wrong = await runCli([
      'push',
      'examples/acme',
      '--server',
      server.url,
      '--token',
      'wri_x',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('whorunsit: error[unauthorized]: ');
    const down = await runCli([
      'push',
      'examples/acme',
      '--server',
      'http://127.0.0.1:1',
      '--token',
      editor,
    ]);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('cannot reach');
  });
});

describe('starting on a data folder that already has revisions', () => {
  it('stores the model files as a new revision only when they differ from the latest', async () => {
    const data = folder();
    const start = async (paths: string) => {
      const read = await readSources([paths], processIo());
      const server = await startServer({
        dataDir: data,
        host: '127.0.0.1',
        port: 0,
        config: { ...DEFAULT_CONFIG, tickIntervalMs: durationMillis(0) },
        model: { sources: read.sources, label: paths },
        logger: false,
        now: () => new Date(),
      });
      await server.close();
      return server.loaded;
    };
    expect(await start('examples/acme')).toMatchObject({ created: true, revision: { id: 1 } });
    expect(await start('examples/acme')).toMatchObject({ created: false, revision: { id: 1 } });
    expect(await start('examples/startup')).toMatchObject({ created: true, revision: { id: 2 } });
  });
});

describe('whorunsit serve', () => {
  const spawned: { child: { kill: (s: NodeJS.Signals) => void } }[] = [];
  afterEach(() => {
    for (const s of spawned.splice(0)) s.child.kill('SIGKILL');
  });

  it('finishes a request in flight on SIGTERM, then exits 0', async () => {
    const data = folder();
    const token = (await runCli(['token', 'create', '--data', data, '--role', 'admin'])).stdout
      .trim()
      .split('\n')
      .at(-1) as string;
    const server = await startServerProcess(['--data', data, '--model', 'examples/acme']);
    spawned.push(server);
    const body = JSON.stringify({
      status: 'firing',
      alerts: [{ labels: { service: 'checkout-api' }, startsAt: '2025-03-03T10:00:00Z' }],
    });
    const url = new URL('/api/v1/alerts/alertmanager', server.url);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // Half the body now, the signal, then the rest: the request is in flight at shutdown.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    const response = await answer;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).alerts[0].service).toBe('checkout-api');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toContain('shutting down');
    // Starting a server process loads every module: minutes on a busy two-core machine.
  }, 240_000);

  it('refuses to start on an invalid model, printing its problems', async () => {
    const bad = join(folder(), 'bad.yaml');
    writeFileSync(
      bad,
      'apiVersion: whorunsit/v1\nkind: Team\nmetadata: {name: t}\nspec: {type: nope}\n',
    );
    const result = await runCli(['serve', '--data', folder(), '--port', '0', '--model', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.yaml:4');
    expect((await runCli(['serve', '--port', 'eighty'])).code).toBe(2);
  });

  it('refuses a retention that is not a whole number of days', async () => {
    for (const [flag, value] of [
      ['--retain-sli-samples', '0'],
      ['--retain-incidents', '30d'],
      ['--retain-alerts', '-1'],
    ] as const) {
      const result = await runCli(['serve', '--data', folder(), '--port', '0', flag, value]);
      expect(result.code, `${flag} ${value}`).toBe(2);
      expect(result.stderr).toContain(`${flag} ${value}: expected a whole number from 1 to 36500`);
    }
  });
});
