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
