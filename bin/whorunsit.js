#!/usr/bin/env node
// The `whorunsit` command. An installed package runs the compiled JavaScript in dist/; a clone
// whose Node.js strips TypeScript types (22.18+, 24) runs the sources, so edits need no build.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 16)) {
  // node:sqlite, which the server's embedded database uses, is there without a flag from 22.13,
  // and has what the store needs of it (a statement's columns) from 22.16.
  process.stderr.write(
    `whorunsit: needs Node.js 22.16 or later (22 LTS or 24 LTS); this is ${process.version}\n`,
  );
  process.exit(2);
}
// Node.js 22 warns on every run that node:sqlite is experimental: nothing a user can act on, and
// noise before every command's output. Other warnings pass.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
  if (type === 'ExperimentalWarning' && String(warning).startsWith('SQLite')) return;
  return emitWarning.call(this, warning, ...rest);
};
const { existsSync } = await import('node:fs');
const sources = new URL('../src/cli/main.ts', import.meta.url);
if (process.features.typescript && existsSync(sources)) await import(sources.href);
else await import('../dist/cli/main.js');
