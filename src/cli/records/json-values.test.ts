import { describe, expect, it } from 'vitest';
import { createJsonSplitter } from './json-values.ts';

function split(chunks: readonly string[]) {
  const values: [string, number][] = [];
  const errors: [string, number][] = [];
  const s = createJsonSplitter({
    onValue: (text, line) => values.push([text, line]),
    onError: (message, line) => errors.push([message, line]),
  });
  for (const c of chunks) s.write(c);
  s.end();
  return { values, errors };
}

describe('createJsonSplitter', () => {
  it('splits an array of objects across chunk boundaries with their lines', () => {
    const text = '[\n  {"a": 1, "s": "}{"},\n  {"b": [1, {"c": 2}]}\n]\n';
    for (let cut = 1; cut < text.length; cut++) {
      const { values, errors } = split([text.slice(0, cut), text.slice(cut)]);
      expect(errors).toEqual([]);
      expect(values).toEqual([
        ['{"a": 1, "s": "}{"}', 2],
        ['{"b": [1, {"c": 2}]}', 3],
      ]);
    }
  });

  it('splits JSON Lines and handles escaped quotes', () => {
    const { values } = split(['{"a":"x\\"}"}\n{"b":2}\n']);
    expect(values.map((v) => JSON.parse(v[0]))).toEqual([{ a: 'x"}' }, { b: 2 }]);
  });

  it('accepts an empty array and an empty input', () => {
    expect(split(['[ ]'])).toEqual({ values: [], errors: [] });
    expect(split([''])).toEqual({ values: [], errors: [] });
  });

  it('reports structure errors with their line and stops', () => {
    expect(split(['[{"a":1}\n{"b":2}]']).errors).toEqual([
      ['expected , or ] after a record, found "{\\"b\\":2}]"', 2],
    ]);
    expect(split(['[1, 2]']).errors[0]?.[0]).toMatch(/expected a JSON object/);
    expect(split(['[{"a":1}']).errors).toEqual([['expected ] to close the array of records', 1]]);
    expect(split(['{"a":\n1']).errors).toEqual([
      ['expected the record that starts on line 1 to end with }', 2],
    ]);
    expect(split(['[] x']).errors[0]?.[0]).toMatch(/expected nothing after the closing \]/);
  });
});
