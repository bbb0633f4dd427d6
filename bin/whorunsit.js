#!/usr/bin/env node
// Node.js 22.18+ and 24 run the TypeScript sources directly (type stripping).
await import('../src/cli/main.ts');
