#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// Compiling (and stripping the types of) the CLI's modules is most of a small command's time:
// Node.js keeps the result in its compile cache (the system's temporary folder; off with
// NODE_DISABLE_COMPILE_CACHE=1) so the next run starts in about half the time. The modules are
// imported after it is on, so they are the ones cached.
enableCompileCache();
// A reader that stops early (`whorunsit check … | head -3`) closes the pipe: stop quietly, as
// command-line tools do, instead of dying on the unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { processIo } = await import('./io.ts');
const { run } = await import('./program.ts');

process.exitCode = await run(process.argv.slice(2), processIo());
