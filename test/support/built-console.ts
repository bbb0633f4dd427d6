import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = [
  join(ROOT, 'web/src'),
  join(ROOT, 'web/index.html'),
  join(ROOT, 'web/vite.config.ts'),
];
const SHELL = join(ROOT, 'web/dist/index.html');
const LOCK = join(ROOT, 'web/.build-lock');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function stale(): boolean {
  if (!existsSync(SHELL)) return true;
  const built = statSync(SHELL).mtimeMs;
  return SOURCES.some((source) => newest(source) > built);
}

/**
 * Makes sure web/dist holds the console built from the current sources, as the server serves
 * it. `npm test` builds it before the tests (scripts/test.sh); running a browser test alone
 * after editing web/src rebuilds it here, once, even when several test files ask at once.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  if (!stale()) return;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} held for two minutes: remove it`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (stale()) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
        { cwd: ROOT, stdio: 'pipe' },
      );
    }
  } finally {
    rmdirSync(LOCK);
  }
}
