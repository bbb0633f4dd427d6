import { describe, expect, it } from 'vitest';
import { splitCsvLine } from './csv-line.ts';

describe('splitCsvLine', () => {
  it('splits plain fields, trims them and knows where each starts', () => {
    expect(splitCsvLine('api, 2025-01-01T00:00:00Z ,5,6')).toEqual({
      values: ['api', '2025-01-01T00:00:00Z', '5', '6'],
      columns: [1, 5, 28, 30],
    });
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('"a,b","say ""hi""",3')).toMatchObject({
      values: ['a,b', 'say "hi"', '3'],
    });
    expect(splitCsvLine('"",x')).toMatchObject({ values: ['', 'x'] });
  });

  it('keeps an empty last field', () => {
    expect(splitCsvLine('a,b,')).toMatchObject({ values: ['a', 'b', ''] });
    expect(splitCsvLine('"a",')).toMatchObject({ values: ['a', ''] });
  });

  it('refuses a quote that does not close on the line, and stray quotes', () => {
    expect(splitCsvLine('a,"b')).toEqual({
      error: 'a quoted field does not close on its line (fields spanning lines are not supported)',
      column: 3,
    });
    expect(splitCsvLine('"a"b,c')).toMatchObject({ column: 4 });
    expect(splitCsvLine('a,b"c')).toMatchObject({ column: 3 });
  });
});
