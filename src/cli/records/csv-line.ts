/** The fields of one CSV line with the 1-based column each starts at. */
export interface CsvFields {
  readonly values: readonly string[];
  readonly columns: readonly number[];
}

export interface CsvLineError {
  readonly error: string;
  readonly column: number;
}

/**
 * Splits one CSV line (RFC 4180 quoting: `"a,b"`, `""` for a quote). Unquoted fields are
 * trimmed. A quoted field that does not close on its line is an error: samples and incidents
 * never need line breaks inside a field, and the line number stays exact.
 */
export function splitCsvLine(line: string): CsvFields | CsvLineError {
  if (!line.includes('"')) {
    const values = line.split(',');
    const columns: number[] = [];
    let column = 1;
    for (const value of values) {
      columns.push(column);
      column += value.length + 1;
    }
    return { values: values.map((v) => v.trim()), columns };
  }
  const values: string[] = [];
  const columns: number[] = [];
  let i = 0;
  while (i <= line.length) {
    columns.push(i + 1);
    let j = i;
    while (j < line.length && line[j] === ' ') j++;
    if (line[j] === '"') {
      let value = '';
      let k = j + 1;
      for (;;) {
        if (k >= line.length) {
          return {
            error:
              'a quoted field does not close on its line (fields spanning lines are not supported)',
            column: j + 1,
          };
        }
        if (line[k] === '"') {
          if (line[k + 1] === '"') {
            value += '"';
            k += 2;
            continue;
          }
          break;
        }
        value += line[k];
        k++;
      }
      k++;
      while (k < line.length && line[k] === ' ') k++;
      if (k < line.length && line[k] !== ',') {
        return { error: `expected , after the quoted field, found "${line[k]}"`, column: k + 1 };
      }
      values.push(value);
      i = k + 1;
    } else {
      const end = line.indexOf(',', i);
      const stop = end < 0 ? line.length : end;
      const value = line.slice(i, stop).trim();
      if (value.includes('"')) {
        return { error: 'expected a quote only around a whole field', column: i + 1 };
      }
      values.push(value);
      i = stop + 1;
    }
  }
  return { values, columns };
}
