/**
 * Preloaded into a benchmarked process (`node --import ./bench/count-modules.ts …`): counts the
 * modules it loads (files of the project and of its dependencies, and Node.js's own) and writes
 * the count to the file named by BENCH_MODULES_FILE when the process exits.
 */
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.BENCH_MODULES_FILE;
if (file !== undefined) {
  const loaded = new Set<string>();
  registerHooks({
    load(url, context, next) {
      loaded.add(url);
      return next(url, context);
    },
  });
  process.on('exit', () => writeFileSync(file, String(loaded.size)));
}
