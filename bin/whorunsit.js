#!/usr/bin/env node
// The `whorunsit` command. An installed package runs the compiled JavaScript in dist/; a clone
// whose Node.js strips TypeScript types (22.18+, 24) runs the sources, so edits need no build.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  // node:sqlite, which the server's embedded database uses, is there without a flag from 22.13.
  process.stderr.write(
    `whorunsit: needs Node.js 22.13 or later (22 LTS or 24 LTS); this is ${process.version}\n`,
  );
  process.exit(2);
}
const { existsSync } = await import('node:fs');
const sources = new URL('../src/cli/main.ts', import.meta.url);
if (process.features.typescript && existsSync(sources)) await import(sources.href);
else await import('../dist/cli/main.js');
