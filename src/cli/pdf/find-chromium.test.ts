import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.ts';

describe('findChromium', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'find-chromium-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function executable(name: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, '#!/bin/sh\n');
    await chmod(path, 0o755);
    return path;
  }

  it('takes CHROMIUM_PATH, and says so when it is not an executable', async () => {
    const path = await executable('my-chrome');
    expect(findChromium({ CHROMIUM_PATH: path, PATH: '' })).toEqual({ ok: true, path });
    const missing = join(dir, 'nope');
    expect(findChromium({ CHROMIUM_PATH: missing, PATH: dir })).toEqual({
      ok: false,
      reason: `CHROMIUM_PATH=${missing} is not an executable file`,
    });
  });

  it('finds chromium, then chromium-browser, then google-chrome on PATH', async () => {
    const chrome = await executable('google-chrome');
    expect(findChromium({ PATH: dir })).toEqual({ ok: true, path: chrome });
    const chromium = await executable('chromium-browser');
    expect(findChromium({ PATH: `/nonexistent:${dir}` })).toEqual({ ok: true, path: chromium });
  });

  it('skips files on PATH that cannot be run', async () => {
    await writeFile(join(dir, 'chromium'), 'not a program');
    const found = findChromium({ PATH: dir });
    // Only a well-known install location (if this machine has one) may answer instead.
    if (found.ok) expect(found.path).not.toBe(join(dir, 'chromium'));
    else expect(found.reason).toContain('is on PATH');
  });
});
