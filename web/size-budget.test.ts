import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../test/support/built-console.ts';

const DIST = fileURLToPath(new URL('./dist/', import.meta.url));

/**
 * What the browser may download, gzip-compressed as a server or proxy sends it: the first
 * screen (the entry's script and styles with every chunk it imports statically), and any page
 * loaded later on its own. A phone on a slow link shows the console in about a second.
 */
const FIRST_SCREEN_GZIP_BYTES = 60_000;
const LAZY_CHUNK_GZIP_BYTES = 120_000;

interface Chunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

function gzipped(file: string): number {
  return gzipSync(readFileSync(join(DIST, file))).length;
}

describe('the console’s size budget', () => {
  let manifest: Record<string, Chunk>;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  });

  it('keeps the first screen small', () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
    expect(entry).toBeDefined();
    const files = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit((entry as [string, Chunk])[0]);
    const total = [...files].reduce((sum, file) => sum + gzipped(file), 0);
    expect(total, [...files].join(', ')).toBeLessThanOrEqual(FIRST_SCREEN_GZIP_BYTES);
    // Not an empty build passing by accident.
    expect(total).toBeGreaterThan(5_000);
  });

  it('keeps each page loaded later within its own budget', () => {
    for (const chunk of Object.values(manifest)) {
      expect(gzipped(chunk.file), chunk.file).toBeLessThanOrEqual(LAZY_CHUNK_GZIP_BYTES);
    }
  });
});
