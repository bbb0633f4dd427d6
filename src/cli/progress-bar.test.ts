import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { progressBar } from './progress-bar.ts';

describe('progressBar', () => {
  it('draws its format on stderr and nothing on stdout', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readStdin: async () => Buffer.from(''),
      isTty: true,
      env: {},
      cwd: '/',
      now: () => new Date(0),
    };
    const bar = progressBar(io, { format: 'counting [{bar}] {value}/{total} things', fps: 5 });
    bar.start(4, 0);
    bar.update(2);
    bar.stop();
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/counting \[.*\] \d\/4 things/);
  });
});
