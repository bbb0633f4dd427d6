/**
 * Alertmanager itself, the baseline of alert intake (issue #15): the Debian package
 * `prometheus-alertmanager` (installed with apt-get when missing), started on a free loopback
 * port with a route to no receiver, clustering off and its data in a temporary folder. Its own
 * API, `POST /api/v2/alerts`, takes alerts into memory: the pace whorunsit's durable intake is
 * compared with.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/prometheus-alertmanager', '/usr/bin/alertmanager'];
const CONFIG = "route:\n  receiver: 'none'\nreceivers:\n  - name: 'none'\n";

export interface RunningAlertmanager {
  readonly url: string;
  readonly version: string;
  readonly stop: () => void;
}

function binary(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  process.stderr.write('bench: installing prometheus-alertmanager (Debian) for the baseline\n');
  const install = spawnSync(
    'apt-get',
    ['install', '-y', '--no-install-recommends', 'prometheus-alertmanager'],
    { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
  );
  const installed = CANDIDATES.find((path) => existsSync(path));
  if (install.status !== 0 || !installed) {
    throw new Error('prometheus-alertmanager is missing and apt-get could not install it');
  }
  return installed;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export async function startAlertmanager(): Promise<RunningAlertmanager> {
  const path = binary();
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'whorunsit-bench-am-'));
  writeFileSync(join(dir, 'alertmanager.yml'), CONFIG);
  const port = await freePort();
  const child: ChildProcess = spawn(
    path,
    [
      `--config.file=${join(dir, 'alertmanager.yml')}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=error',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`Alertmanager did not start: ${stderr.slice(0, 2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const firstLine = `${version.stdout ?? ''}${version.stderr ?? ''}`.split('\n')[0] ?? '';
  return { url, version: firstLine.trim(), stop };
}

/**
 * Bodies for `POST /api/v2/alerts`: `perRequest` alerts, each with labels no other has (so
 * Alertmanager keeps each as a new alert, as whorunsit stores each), like the webhook cases.
 */
export function alertmanagerBody(
  labels: Readonly<Record<string, string>>,
  startsAt: string,
  perRequest: number,
): (seq: number) => string {
  return (seq) =>
    JSON.stringify(
      Array.from({ length: perRequest }, (_, k) => ({
        labels: { ...labels, bench_seq: `${seq}-${k}` },
        annotations: { summary: 'benchmark alert' },
        startsAt,
        generatorURL: 'http://127.0.0.1/bench',
      })),
    );
}
