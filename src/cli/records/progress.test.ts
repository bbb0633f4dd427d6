import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../../test/support/fake-io.ts';
import { fileProgress, PROGRESS_MIN_BYTES } from './progress.ts';

describe('fileProgress', () => {
  it('draws a bar on stderr for a large file on a terminal', () => {
    const io = fakeIo({ isTty: true });
    const progress = fileProgress(io, 'reading', 4 * PROGRESS_MIN_BYTES);
    progress.update(2 * PROGRESS_MIN_BYTES);
    progress.stop();
    expect(io.err.join('')).toMatch(/reading \[.*\] \d+% \| \d+\/64 MiB/);
  });

  it('stays silent off a terminal and for small files', () => {
    const piped = fakeIo();
    fileProgress(piped, 'reading', 4 * PROGRESS_MIN_BYTES).stop();
    const small = fakeIo({ isTty: true });
    fileProgress(small, 'reading', 1024).stop();
    expect([...piped.err, ...small.err]).toEqual([]);
  });
});
