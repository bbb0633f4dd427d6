import { describe, expect, it } from 'vitest';
import { money } from '../../engine/money/index.ts';
import { toJson } from './to-json.ts';

describe('engine results as JSON', () => {
  it('turns maps, sets, typed arrays, money and bigints into plain JSON', () => {
    expect(
      toJson({
        byName: new Map([['a', 1]]),
        byNumber: new Map([[1, 'x']]),
        set: new Set(['s']),
        seconds: new Uint32Array([1, 2]),
        cost: money(123450, 'EUR'),
        big: 2n ** 70n,
        missing: undefined,
        infinite: Number.POSITIVE_INFINITY,
        list: [undefined, Number.NaN],
        when: new Date('2025-03-01T00:00:00Z'),
      }),
    ).toEqual({
      byName: { a: 1 },
      byNumber: [[1, 'x']],
      set: ['s'],
      seconds: [1, 2],
      cost: { amount: '1234.50', currency: 'EUR' },
      big: '1180591620717411303424',
      infinite: null,
      list: [null, null],
      when: '2025-03-01T00:00:00.000Z',
    });
  });

  it('leaves objects that only look a little like money alone', () => {
    expect(toJson({ minor: 1, currency: 'EUR', note: 'x' })).toEqual({
      minor: 1,
      currency: 'EUR',
      note: 'x',
    });
  });
});
