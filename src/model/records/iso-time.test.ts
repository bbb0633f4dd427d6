import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './iso-time.ts';

const TEN_UTC = Date.UTC(2025, 2, 1, 10, 0, 0);

describe('parseIsoInstant', () => {
  it('reads every zone form of ISO 8601', () => {
    expect(
      [
        '2025-03-01T10:00:00Z',
        '2025-03-01t10:00:00z',
        '2025-03-01 10:00:00Z',
        '2025-03-01T11:00:00+01',
        '2025-03-01T11:00:00+0100',
        '2025-03-01T11:00:00+01:00',
        '2025-03-01T04:30:00-05:30',
        '2025-03-01T04:30:00\u221205:30',
        '2025-03-01T10:00Z',
        '20250301T100000Z',
        '20250301T1100+01',
        '2025-03-01T10:00:00 Z',
      ].map(parseIsoInstant),
    ).toEqual(Array(12).fill(TEN_UTC));
  });

  it('reads fractions written with a point or a comma', () => {
    expect(parseIsoInstant('2025-03-01T10:00:00.250Z')).toBe(TEN_UTC + 250);
    expect(parseIsoInstant('2025-03-01T10:00:00,5Z')).toBe(TEN_UTC + 500);
    expect(parseIsoInstant('2025-03-01T10:00:00.123456789Z')).toBe(TEN_UTC + 123);
  });

  it('reads 24:00 as the end of the day and a leap second as the next second', () => {
    expect(parseIsoInstant('2025-02-28T24:00:00Z')).toBe(Date.UTC(2025, 2, 1));
    expect(parseIsoInstant('2016-12-31T23:59:60Z')).toBe(Date.UTC(2017, 0, 1));
  });

  it('refuses times without a zone, impossible dates and other text', () => {
    expect(
      [
        '2025-03-01T10:00:00',
        '2025-03-01',
        '2025-02-29T10:00:00Z',
        '2025-13-01T10:00:00Z',
        '2025-03-01T25:00:00Z',
        '2025-03-01T24:01:00Z',
        '2025-03-01T10:00:00+25:00',
        'yesterday',
        '1735689600',
      ].map(parseIsoInstant),
    ).toEqual(Array(9).fill(undefined));
  });

  it('agrees with Date on every instant it writes as ISO', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2105-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(parseIsoInstant(date.toISOString())).toBe(date.getTime());
        },
      ),
    );
  });
});
