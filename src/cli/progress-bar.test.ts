import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/support/fake-io.ts';
import { progressBar } from './progress-bar.ts';

describe('progressBar', () => {
  it('draws its format on stderr and nothing on stdout', () => {
    const io = fakeIo({ isTty: true });
    const bar = progressBar(io, { format: 'counting [{bar}] {value}/{total} things', fps: 5 });
    bar.start(4, 0);
    bar.update(2);
    bar.stop();
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toMatch(/counting \[.*\] \d\/4 things/);
  });
});
