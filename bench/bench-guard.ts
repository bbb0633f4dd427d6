/**
 * What every server benchmark needs around its measurements: it ends by itself if a run hangs,
 * and what it started (servers, PostgreSQL clusters, data folders, Alertmanager) is undone on
 * every way out: a normal exit, Ctrl-C, SIGTERM or giving up.
 */
export interface BenchGuard {
  /** Runs `cleanup` on any exit from now on; the function returned runs it now and forgets it. */
  readonly undoOnExit: (cleanup: () => void) => () => void;
  /** The measurements are over: the time limit no longer applies. */
  readonly finished: () => void;
}

export function guardBench(name: string, budgetSeconds: number): BenchGuard {
  const watchdog = setTimeout(() => {
    process.stderr.write(`${name}: still running after ${budgetSeconds} s, giving up\n`);
    process.exit(1);
  }, budgetSeconds * 1000);
  watchdog.unref();
  const cleanups = new Set<() => void>();
  process.on('exit', () => {
    for (const cleanup of cleanups) cleanup();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }
  return {
    undoOnExit: (cleanup) => {
      cleanups.add(cleanup);
      return () => {
        cleanups.delete(cleanup);
        cleanup();
      };
    },
    finished: () => clearTimeout(watchdog),
  };
}
