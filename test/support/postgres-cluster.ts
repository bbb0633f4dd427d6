import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throwaway PostgreSQL server on a loopback port, for tests. */
export interface PostgresCluster {
  readonly port: number;
  /** Creates an empty database and returns its connection URL. */
  readonly createDatabase: () => Promise<string>;
  readonly stop: () => void;
}

/**
 * Starts a fresh cluster (initdb + pg_ctl) in a temporary folder, listening on 127.0.0.1 only.
 * initdb refuses to run as root, so as root the cluster belongs to the `postgres` OS user.
 * Durability is off unless `durable`: tests kill the server process, never PostgreSQL, but a
 * benchmark of writes must pay for the flush a production database makes at every commit.
 */
export async function startPostgresCluster(
  options: { readonly durable?: boolean } = {},
): Promise<PostgresCluster> {
  const bin = postgresBin();
  const root = mkdtempSync(join(tmpdir(), 'whorunsit-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  const run = (command: string, args: readonly string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), [...args]];
    execFileSync(file, argv, { stdio: 'pipe', cwd: root });
  };
  const data = join(root, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const settings = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    ...(options.durable
      ? []
      : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  run('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-w', '-t', '60', '-o', settings, 'start']);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);

  let counter = 0;
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    stop,
    createDatabase: async () => {
      counter += 1;
      const name = `t${process.pid}_${counter}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
  };
}

/** The newest installed PostgreSQL's bin folder (Debian layout), else the one on PATH. */
export function postgresBin(): string {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb']).toString().trim();
    if (initdb) return initdb.replace(/\/initdb$/, '');
  } catch {
    // Fall through to the explanation below.
  }
  throw new Error('PostgreSQL is not installed: run scripts/test.sh, which installs it');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
