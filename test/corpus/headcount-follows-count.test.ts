import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run } from './support/corpus.ts';

/** The head count table says "1 product line", not "1 product lines" (bank, game-studio, …). */
describe.each([...CORPUS.map((c) => orgPath(c)), 'examples/acme'])(
  'the head count table of %s',
  (path) => {
    it('counts one team, domain or product line in the singular', async () => {
      const md = (await run(['staffing', path, '--format', 'md'])).stdout;
      expect(md).not.toMatch(/\| 1 (development teams|product domains|product lines) \|/);
    });
  },
);
