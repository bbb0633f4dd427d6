import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const MAIN = new URL('./main.ts', import.meta.url).pathname;

describe('the whorunsit process', () => {
  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [MAIN, 'check', 'examples/acme'], {
      cwd: new URL('../..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader is gone before the first line, as when `head` has read what it wanted.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});
