import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/support/fake-io.ts';
import { tempFiles } from '../../test/support/temp-files.ts';
import { readParsedRows, rowProblem } from './read-parsed-rows.ts';

const files = tempFiles();
const io = fakeIo({ cwd: files.dir });

describe('readParsedRows', () => {
  it('keeps the rows that parse and reports the others at the field, in file order', async () => {
    const path = files.write('rows.yaml', 'rows:\n  - n: 1\n  - n: x\n  - 3\n  - n: 4\n');
    const read = await readParsedRows({
      path,
      io,
      fields: ['n'],
      key: 'rows',
      parse: (row) => {
        const n = row.get('n');
        return typeof n === 'number'
          ? { value: n }
          : rowProblem(row, path)('n', 'invalid-value', `expected a number, found "${n}"`);
      },
    });
    expect(read.values).toEqual([1, 4]);
    expect(read.problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [4, 5, '[2]', 'expected a mapping of fields'],
      [3, 8, 'n', 'expected a number, found "x"'],
    ]);
  });

  it('reports a file that is not a list and parses nothing', async () => {
    const path = files.write('scalar.yaml', 'just text\n');
    let parsed = 0;
    const read = await readParsedRows({
      path,
      io,
      fields: ['n'],
      key: 'rows',
      parse: () => {
        parsed++;
        return { value: 0 };
      },
    });
    expect(parsed).toBe(0);
    expect(read.values).toEqual([]);
    expect(read.problems.map((p) => p.code)).toEqual(['invalid-value']);
  });
});
