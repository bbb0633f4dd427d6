import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED, generate, ROOT } from './generate-examples.ts';

describe('the committed example outputs', () => {
  it.each(GENERATED.map((g) => [g.output, g.argv] as const))(
    '%s is what the CLI prints today (run `npm run examples` if not)',
    async (output, argv) => {
      const committed = await readFile(join(ROOT, output), 'utf8');
      const fresh = await generate(argv);
      expect(fresh, `${output} is stale: run \`npm run examples\``).toBe(committed);
    },
  );
});
