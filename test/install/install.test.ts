import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
/** The oldest Node.js 22 the engines field allows (node:sqlite has what the store needs). */
const NODE_22 = '22.16.0';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The package as a user gets it: `npm pack` (which builds dist/), `npm install -g` into a
 * temporary prefix, then the installed `whorunsit` on the pinned Node.js, with nothing of the
 * clone on its way (run from an empty folder, no src/ in the package).
 */
describe('the packed package, installed globally', () => {
  const temp = mkdtempSync(join(tmpdir(), 'whorunsit-install-'));
  const prefix = join(temp, 'prefix');
  const work = join(temp, 'work');
  const bin = join(prefix, 'bin', 'whorunsit');
  const installed = join(prefix, 'lib', 'node_modules', 'whorunsit');
  const env = {
    ...process.env,
    // The pinned Node.js first: the installed command runs on whatever `node` PATH finds.
    PATH: [join(prefix, 'bin'), dirname(process.execPath), process.env.PATH].join(delimiter),
    NO_COLOR: '1',
  };
  const whorunsit = (args: string[]) =>
    exec(bin, args, { cwd: work, env, encoding: 'utf8' }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  beforeAll(async () => {
    const packed = await exec('npm', ['pack', '--silent', '--pack-destination', temp], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const tarball = join(temp, packed.stdout.trim().split('\n').at(-1) ?? '');
    await exec(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        tarball,
      ],
      { cwd: temp, env, encoding: 'utf8' },
    );
    mkdirSync(work);
  }, 300_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ships the compiled JavaScript, the examples and the docs, not the sources or tests', () => {
    expect(existsSync(join(installed, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'examples', 'acme', 'services.yaml'))).toBe(true);
    expect(existsSync(join(installed, 'deploy', 'whorunsit.service'))).toBe(true);
    const files = readdirSync(join(installed, 'dist'), { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.test.js'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  }, 180_000);

  it('answers --help, validate and plan', async () => {
    const help = await whorunsit(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: whorunsit/);
    const valid = await whorunsit(['validate', join(installed, 'examples', 'acme')]);
    expect(valid).toMatchObject({ code: 0 });
    expect(valid.stdout).toBe(
      'valid: 4 organizations, 17 teams, 84 people, 23 services, 9 rotations\n',
    );
    const missing = await whorunsit(['validate', 'nothing-here']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const plan = await whorunsit(['plan', join(installed, 'examples', 'acme'), '--format', 'json']);
    expect(plan.code).toBe(0);
    const services = (JSON.parse(plan.stdout) as { services: { name: string }[] }).services;
    expect(services.map((s) => s.name)).toContain('checkout-api');
    // The templates ship with the package: init writes one, and it passes check.
    expect((await whorunsit(['init', 'my-org', '--template', 'scale-up'])).code).toBe(0);
    expect(await whorunsit(['check', 'my-org'])).toMatchObject({
      code: 0,
      stdout: 'no findings\n',
    });
  }, 180_000);

  /** Starts the installed server with `runEnv`, asks /healthz, stops it with SIGTERM. */
  async function serveOnce(runEnv: NodeJS.ProcessEnv, data: string): Promise<void> {
    const child = spawn(
      bin,
      [
        'serve',
        '--port',
        '0',
        '--data',
        data,
        '--model',
        join(installed, 'examples', 'acme'),
        '--json',
      ],
      { cwd: work, env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await listening(child);
      const health = await fetch(new URL('/healthz', url));
      expect(health.status).toBe(200);
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }

  it('serves: /healthz answers, SIGTERM stops it cleanly', async () => {
    await serveOnce(env, join(temp, 'data'));
  }, 180_000);

  it(`runs validate, plan and serve on Node.js ${NODE_22}, the oldest 22 the engines field allows`, async () => {
    // That release of Node.js, from the npm registry like the pinned one, first on PATH.
    const node22 = join(temp, 'node22');
    await exec(
      'npm',
      [
        'install',
        '--prefix',
        node22,
        `node-${process.platform}-${process.arch}@${NODE_22}`,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--no-save',
      ],
      { cwd: temp, env, encoding: 'utf8' },
    );
    const nodeBin = join(node22, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin');
    const env22 = {
      ...env,
      PATH: [join(prefix, 'bin'), nodeBin, process.env.PATH].join(delimiter),
    };
    const run22 = (args: string[]) =>
      exec(bin, args, { cwd: work, env: env22, encoding: 'utf8' }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    expect((await exec(join(nodeBin, 'node'), ['--version'], { encoding: 'utf8' })).stdout).toBe(
      `v${NODE_22}\n`,
    );
    // Nothing on stderr: not even Node 22's warning that node:sqlite is experimental.
    expect(await run22(['validate', join(installed, 'examples', 'acme')])).toEqual({
      code: 0,
      stdout: 'valid: 4 organizations, 17 teams, 84 people, 23 services, 9 rotations\n',
      stderr: '',
    });
    const plan = await run22(['plan', join(installed, 'examples', 'acme'), '--format', 'json']);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).services.length).toBe(23);
    await serveOnce(env22, join(temp, 'data22'));
  }, 600_000);

  it('refuses a Node.js older than 22.16 with one line, not a stack trace', async () => {
    const fake = join(temp, 'old-node.mjs');
    writeFileSync(
      fake,
      `Object.defineProperty(process.versions, 'node', { value: '20.20.2' });\nawait import(${JSON.stringify(join(installed, 'bin', 'whorunsit.js'))});\n`,
    );
    const old = await exec(process.execPath, [fake, '--help'], { env, encoding: 'utf8' }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/^whorunsit: needs Node\.js 22\.16 or later .*\n$/);
  }, 180_000);

  it('has a systemd unit that systemd-analyze verifies: non-root, data folder, restart on failure', async () => {
    const unit = readFileSync(join(installed, 'deploy', 'whorunsit.service'), 'utf8');
    expect(unit).toMatch(/^User=whorunsit$/m);
    expect(unit).not.toMatch(/^User=root$/m);
    expect(unit).toMatch(/^StateDirectory=whorunsit$/m);
    expect(unit).toMatch(
      /^ExecStart=\/usr\/local\/bin\/whorunsit serve --data \/var\/lib\/whorunsit /m,
    );
    expect(unit).toMatch(/^Restart=on-failure$/m);
    // The unit names the default global install; verify it against this install's command.
    const here = join(temp, 'whorunsit.service');
    writeFileSync(here, unit.replace('/usr/local/bin/whorunsit', bin));
    const verified = await exec('systemd-analyze', ['verify', here], { encoding: 'utf8' }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => e,
    );
    // verify only warns (exit 0) on many mistakes: any word from it is a failure.
    expect(verified).toEqual({ code: 0, stderr: '' });
    // And it does fail: the same unit with a command that is not there.
    writeFileSync(here, unit.replace('/usr/local/bin/whorunsit', join(temp, 'nothing-here')));
    const broken = await exec('systemd-analyze', ['verify', here], { encoding: 'utf8' }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(broken.code).not.toBe(0);
  }, 180_000);
});

/** Waits for serve's `{"listening": url}` line on stdout. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`no listening line within 120 s:\n${out}${err}`)),
      120_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"listening":"(http:[^"]+)"/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}${err}`)));
  });
}

describe('a clone', () => {
  it('runs `npx whorunsit` from its sources, without a build', async () => {
    const env = {
      ...process.env,
      PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
      NO_COLOR: '1',
    };
    const r = await exec('npx', ['--no-install', 'whorunsit', 'validate', 'examples/acme'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe(
      'valid: 4 organizations, 17 teams, 84 people, 23 services, 9 rotations\n',
    );
    expect(r.stderr).toBe('');
  }, 180_000);
});
