import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const folders: string[] = [];
const folder = () => {
  const f = mkdtempSync(join(tmpdir(), 'whorunsit-serve-json-'));
  folders.push(f);
  return f;
};
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe('whorunsit serve --json', () => {
  const children: { kill: (s: NodeJS.Signals) => boolean }[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  it('prints the startup and shutdown lines as JSON objects on stdout, one a line', async () => {
    const child = spawn(
      process.execPath,
      [MAIN, 'serve', '--port', '0', '--json', '--data', folder(), '--model', 'examples/acme'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const lines = () => stdout.split('\n').filter((l) => l !== '');
    const objects = () => lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    const until = (found: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (found()) resolve();
        };
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          check();
        });
        void exited.then((code) => reject(new Error(`exited ${code} early:\n${stderr}`)));
        check();
      });
    await until(() => objects().some((o) => 'listening' in o));
    const started = objects().find((o) => 'listening' in o);
    expect(started).toEqual({
      listening: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      database: 'sqlite',
      location: expect.stringContaining('whorunsit.sqlite'),
      revision: 1,
      stored: true,
    });
    const health = await fetch(new URL('/healthz', started?.listening as string));
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Every line of stdout is JSON: the pino logs and the two lines of the command. Logs are
    // written asynchronously, so a request's log line may land after the shutdown line.
    const all = objects();
    const shutdown = all.findIndex((o) => o.shuttingDown === true);
    expect(shutdown).toBeGreaterThan(all.findIndex((o) => 'listening' in o));
    expect(all[shutdown]).toEqual({ shuttingDown: true, finishing: 'requests in flight' });
    expect(objects().some((o) => 'level' in o && 'msg' in o)).toBe(true);
    expect(stderr).toBe('');
  }, 60_000);

  it('prints the problems of an invalid model as {"valid": false, "errors"} and exits 1', async () => {
    const bad = join(folder(), 'bad.yaml');
    writeFileSync(
      bad,
      'apiVersion: whorunsit/v1\nkind: Team\nmetadata: {name: t}\nspec: {type: nope}\n',
    );
    const result = await runCli([
      'serve',
      '--data',
      folder(),
      '--port',
      '0',
      '--json',
      '--model',
      bad,
    ]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: false,
      errors: expect.arrayContaining([expect.objectContaining({ file: bad, path: 'spec.type' })]),
    });
    expect(result.stderr).toBe('');
  });
});
