import { describe, expect, it } from 'vitest';
import { threeMeetings } from './three-meetings.ts';

describe('threeMeetings', () => {
  it('holds the three meetings of §12.12.2 in order', () => {
    expect(
      threeMeetings({ person: 'ana', fromManager: 'em', toManager: 'hd' }).map((m) => [
        m.order,
        m.participants,
      ]),
    ).toEqual([
      [1, ['ana', 'em']],
      [2, ['ana', 'em', 'hd']],
      [3, ['ana', 'hd']],
    ]);
  });

  it('leaves out the meetings with the current manager when there is none', () => {
    expect(
      threeMeetings({ person: 'ana', fromManager: null, toManager: 'hd' }).map((m) => m.order),
    ).toEqual([3]);
  });

  it('leaves out the meetings with a new manager when the person ends up at the top', () => {
    expect(
      threeMeetings({ person: 'ana', fromManager: 'em', toManager: null }).map((m) => m.order),
    ).toEqual([1]);
  });
});
