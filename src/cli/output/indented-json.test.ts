import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indentedJson, writeIndentedJson } from './indented-json.ts';

const indented = (value: unknown) => indentedJson(value)?.toString('utf8');

describe('indentedJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(indented(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('writes the same in pieces of any size, each piece whole characters', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ stringUnit: 'binary' }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 40 }),
        (value, characters, bytes) => {
          const pieces: Buffer[] = [];
          expect(
            writeIndentedJson(value, (piece) => pieces.push(piece), { characters, bytes }),
          ).toBe(true);
          // Each piece decodes on its own: no character is split between two.
          expect(
            pieces.map((piece) => new TextDecoder('utf-8', { fatal: true }).decode(piece)).join(''),
          ).toBe(`${JSON.stringify(value, null, 2)}\n`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes a long document in pieces of about a megabyte', () => {
    const value = Array.from({ length: 40_000 }, (_, i) => ({
      name: `service-${i}`,
      note: '§12.6 – ≥ 99.9 % 😀',
    }));
    const pieces: Buffer[] = [];
    writeIndentedJson(value, (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(2 ** 20);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('keeps punctuation, escapes and Unicode inside strings as they are', () => {
    const value = {
      'a "key", with: [brackets] {and} braces\\': ['{', '}', '[', ']', ',', ':', '"', '\\', '\\"'],
      unicode: ['§12.6 – ≥ 99.9 %', '日本語', '😀', '\u2028', 'tab\there', 'nul\u0000'],
      empty: { object: {}, array: [], string: '', nested: [[], {}, [[]], [{}]] },
      numbers: [0, -0, 1e21, 1.5e-7, -12.25, Number.MAX_SAFE_INTEGER],
      other: [true, false, null],
    };
    expect(indented(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('drops what JSON drops and keeps what toJSON gives', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      inArray: [undefined, () => 1],
      when: new Date('2026-01-15T12:00:00Z'),
      nan: Number.NaN,
    };
    expect(indented(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(indented([])).toBe('[]\n');
    expect(indented('top "level"')).toBe('"top \\"level\\""\n');
    expect(indentedJson(undefined)).toBeUndefined();
  });
});
