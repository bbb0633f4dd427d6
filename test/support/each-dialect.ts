import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialect } from '../../src/store/dialect.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { type PostgresCluster, startPostgresCluster } from './postgres-cluster.ts';

/** How a test suite gets a fresh, migrated store on one engine. */
export interface DialectUnderTest {
  readonly dialect: Dialect;
  /** Once per suite (starts PostgreSQL). */
  readonly setup: () => Promise<void>;
  /** Once per test: an empty store of its own. */
  readonly open: () => Promise<Store>;
  /** The options `openStore` needs to open a second connection to the last store opened. */
  readonly lastOptions: () => { dataDir?: string; databaseUrl?: string };
  readonly teardown: () => Promise<void>;
}

function sqlite(): DialectUnderTest {
  const folders: string[] = [];
  return {
    dialect: 'sqlite',
    setup: async () => {},
    open: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'whorunsit-sqlite-'));
      folders.push(dataDir);
      return openStore({ dataDir });
    },
    lastOptions: () => ({ dataDir: folders.at(-1) as string }),
    teardown: async () => {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

function postgres(): DialectUnderTest {
  let cluster: PostgresCluster | undefined;
  let lastUrl = '';
  return {
    dialect: 'postgres',
    setup: async () => {
      cluster = await startPostgresCluster();
    },
    open: async () => {
      if (!cluster) throw new Error('setup() was not called');
      lastUrl = await cluster.createDatabase();
      return openStore({ databaseUrl: lastUrl });
    },
    lastOptions: () => ({ databaseUrl: lastUrl }),
    teardown: async () => cluster?.stop(),
  };
}

/** Every engine the store supports, for `describe.each`: the storage suite runs on each. */
export function eachDialect(): DialectUnderTest[] {
  return [sqlite(), postgres()];
}
