import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelFingerprint } from './label-fingerprint.ts';

describe('label fingerprints', () => {
  // Test vectors of prometheus/common model/signature_test.go (TestLabelsToSignature).
  it('equals the fingerprint Prometheus gives the same label set', () => {
    expect(labelFingerprint({})).toBe(14695981039346656037n.toString(16));
    expect(labelFingerprint({ name: 'garland, briggs', fear: 'love is not enough' })).toBe(
      5799056148416392346n.toString(16).padStart(16, '0'),
    );
  });

  it('does not depend on the order labels were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (labels) => {
        const reversed = Object.fromEntries(Object.entries(labels).reverse());
        expect(labelFingerprint(reversed)).toBe(labelFingerprint(labels));
      }),
    );
  });

  it('tells apart label sets that concatenate to the same text', () => {
    expect(labelFingerprint({ a: 'bc' })).not.toBe(labelFingerprint({ ab: 'c' }));
    expect(labelFingerprint({ a: 'b' })).toMatch(/^[0-9a-f]{16}$/);
  });
});

/** FNV-1a 64 as first written, in BigInt, byte by byte: what the fast version must equal. */
function referenceFingerprint(labels: Readonly<Record<string, string>>): string {
  let hash = 14695981039346656037n;
  const add = (byte: number) => {
    hash = ((hash ^ BigInt(byte)) * 1099511628211n) & ((1n << 64n) - 1n);
  };
  const points = (s: string) => [...s].map((c) => c.codePointAt(0) as number);
  const byCodePoint = (a: string, b: string) => {
    const x = points(a);
    const y = points(b);
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
      if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    }
    return x.length - y.length;
  };
  const encoder = new TextEncoder();
  for (const name of Object.keys(labels).sort(byCodePoint)) {
    for (const byte of encoder.encode(name)) add(byte);
    add(0xff);
    for (const byte of encoder.encode(labels[name] as string)) add(byte);
    add(0xff);
  }
  return hash.toString(16).padStart(16, '0');
}

describe('label fingerprints in 32-bit halves', () => {
  it('equal FNV-1a 64 computed in BigInt on any label set, ASCII or not', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.dictionary(text, text), (labels) => {
        expect(labelFingerprint(labels)).toBe(referenceFingerprint(labels));
      }),
      { numRuns: 500 },
    );
  });
});
