import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeText, jsonMayHoldUnsafeText } from './plain-text.ts';

/** Any character at all: controls, DEL, lone surrogate halves, pairs, escapes' own letters. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\b', '\f', '\t', '\n', '\r', '\u001f', '\u007f', '\u0070', '\\'),
    fc.constantFrom('\ud800', '\udfff', '\ud83d\ude00', 'u', '0', '"', 'a', 'é'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 8,
});
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyText,
    fc.integer(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(anyText, tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('jsonMayHoldUnsafeText', () => {
  it('never calls a JSON text plain whose parsed strings or keys hold an unsafe character', () => {
    const seen = { plain: 0, unsafe: 0 };
    fc.assert(
      fc.property(anyJson, (value) => {
        const json = JSON.stringify(value);
        const unsafe = findUnsafeText(JSON.parse(json)) !== undefined;
        if (unsafe) seen.unsafe += 1;
        if (!jsonMayHoldUnsafeText(json)) {
          seen.plain += 1;
          expect(unsafe, json).toBe(false);
        }
      }),
      { numRuns: 5_000 },
    );
    // Both kinds were generated, so the property was tested both ways.
    expect(seen.plain).toBeGreaterThan(100);
    expect(seen.unsafe).toBeGreaterThan(100);
  });

  it('finds each escape and raw character that makes an unsafe one, in either case of hex', () => {
    const risky = [
      '"\\u0000"',
      '"a\\u001Fb"',
      '"\\u001f"',
      '"\\b"',
      '"\\f"',
      '"\\u007F"',
      '"\\u007f"',
      '"x\u007f"',
      '"\\uD800"',
      '"\\udfff"',
      '{"\\u0001": "key"}',
    ];
    for (const json of risky) {
      expect(findUnsafeText(JSON.parse(json)), json).toBeDefined();
      expect(jsonMayHoldUnsafeText(json), json).toBe(true);
    }
  });

  it('calls plain the text Alertmanager sends: tabs, line breaks, quotes, escaped & < >', () => {
    const plain = [
      '{"summary": "line\\nbreak\\tand \\"quotes\\""}',
      '{"generatorURL": "http://prom/graph?g0.expr=up\\u0026g0.tab=1\\u003c\\u003e"}',
      '{"emoji": "😀 é", "slash": "a\\/b", "cr": "\\r"}',
    ];
    for (const json of plain) {
      expect(findUnsafeText(JSON.parse(json)), json).toBeUndefined();
      expect(jsonMayHoldUnsafeText(json), json).toBe(false);
    }
  });
});
