import { describe, expect, it } from 'vitest';
import { parseDocuments } from './parse-documents.ts';
import { MAX_NESTING_DEPTH, MAX_SOURCE_BYTES } from './source.ts';

const codesOf = (text: string) =>
  parseDocuments({ name: 'x.yaml', text }).problems.map((p) => p.code);

describe('parseDocuments on hostile input', () => {
  it('rejects a billion-laughs alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const result = parseDocuments({ name: 'x.yaml', text: levels.join('\n') });
    expect(result.problems).toMatchObject([{ code: 'too-many-aliases', line: 1, column: 1 }]);
  });

  it('reports an alias with no anchor as unknown-alias, located at the alias', () => {
    const result = parseDocuments({ name: 'x.yaml', text: 'a: 1\nb:\n  - *missing\n' });
    expect(result.problems).toMatchObject([
      { code: 'unknown-alias', line: 3, column: 5, message: expect.stringContaining('*missing') },
    ]);
    expect(result.documents).toEqual([]);
  });

  it('accepts a few aliases, as real files use anchors', () => {
    const result = parseDocuments({ name: 'x.yaml', text: 'base: &b { a: 1 }\nuse: *b\n' });
    expect(result.problems).toEqual([]);
    expect(result.documents[0]?.data).toEqual({ base: { a: 1 }, use: { a: 1 } });
  });

  it('rejects flow nesting deep enough to exhaust the parser stack', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const [problem] = parseDocuments({ name: 'x.yaml', text }).problems;
    expect(problem).toMatchObject({ code: 'too-deeply-nested', line: 1 });
    expect(problem?.column).toBeGreaterThan(MAX_NESTING_DEPTH);
  });

  it('rejects nesting just past the limit and accepts it at the limit', () => {
    const nest = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    // Located at the first collection past the limit.
    expect(
      parseDocuments({ name: 'x.yaml', text: nest(MAX_NESTING_DEPTH + 1) }).problems,
    ).toMatchObject([{ code: 'too-deeply-nested', line: 1, column: MAX_NESTING_DEPTH + 1 }]);
    expect(codesOf(nest(MAX_NESTING_DEPTH))).toEqual([]);
  });

  it('rejects block nesting past the limit', () => {
    const text = Array.from(
      { length: MAX_NESTING_DEPTH + 5 },
      (_, i) => `${' '.repeat(i)}k${i}:`,
    ).join('\n');
    expect(codesOf(`${text} 1`)).toEqual(['too-deeply-nested']);
  });

  it('rejects sources above the documented size limit without parsing them', () => {
    const text = `a: "${'x'.repeat(MAX_SOURCE_BYTES)}"`;
    const result = parseDocuments({ name: 'big.yaml', text });
    expect(result.problems).toMatchObject([{ code: 'input-too-large', line: 1, column: 1 }]);
  });

  it('rejects binary data', () => {
    expect(
      parseDocuments({ name: 'x.yaml', text: 'PK\u0003\u0004\u0000\u0000binary' }).problems,
    ).toMatchObject([{ code: 'not-text', file: 'x.yaml', line: 1, column: 1 }]);
    expect(codesOf('caf\uFFFD')).toEqual(['not-text']);
  });

  it('reports each syntax error with its position', () => {
    const result = parseDocuments({ name: 'x.yaml', text: 'a: 1\nb: [1, 2\n' });
    // An unclosed flow sequence is noticed where the input ends.
    expect(result.problems[0]).toMatchObject({
      code: 'yaml-syntax',
      file: 'x.yaml',
      line: 3,
      column: 1,
    });
  });

  it('locates nodes by path and falls back to the nearest ancestor', () => {
    const result = parseDocuments({ name: 'x.yaml', text: 'spec:\n  members: [ann, bob]\n' });
    const doc = result.documents[0];
    expect(doc?.locate(['spec', 'members', 1])).toEqual({ line: 2, column: 18 });
    expect(doc?.locate(['spec', 'members'], 'key')).toEqual({ line: 2, column: 3 });
    expect(doc?.locate(['spec', 'nothing', 'here'])).toEqual({ line: 2, column: 3 });
  });

  it('locates every document of a file, whichever is asked first, past empty and broken ones', () => {
    const text = [
      'metadata:\n  name: first\nspec:\n  a: 1\n',
      '', // an empty document keeps its index
      'metadata:\n  name: second\nspec:\n  list:\n    - x\n    - deep: [1, 2]\n',
      'key: [unclosed\n', // a syntax error in one document leaves the others located
      'metadata: {name: third}\n',
    ].join('---\n');
    const { documents, problems } = parseDocuments({ name: 'x.yaml', text });
    expect(documents.map((d) => d.index)).toEqual([0, 2, 4]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 15]]);
    const [first, second, third] = documents;
    // Positions other than the name are asked for in any order, each from its own document.
    expect(second?.locate(['spec', 'list', 1, 'deep', 1])).toEqual({ line: 12, column: 17 });
    expect(first?.locate(['spec', 'a'], 'key')).toEqual({ line: 4, column: 3 });
    expect(third?.locate(['metadata', 'name'])).toEqual({ line: 16, column: 18 });
    expect(third?.locate(['metadata', 'name'], 'key')).toEqual({ line: 16, column: 12 });
    expect(second?.locate(['metadata', 'name'])).toEqual({ line: 8, column: 9 });
    expect(second?.locate(['spec', 'nothing'])).toEqual({ line: 10, column: 3 });
  });
});
