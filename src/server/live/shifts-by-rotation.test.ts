import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../test/support/acme-sources.ts';
import { defaultPolicy } from '../../engine/compensation/index.ts';
import { DAY_MS, generateSchedule } from '../../engine/schedule/index.ts';
import { epochMillis, loadModel } from '../../model/index.ts';
import { shiftsByRotation } from './shifts-by-rotation.ts';

describe('shiftsByRotation', () => {
  it('answers as a scan of every shift does, for every rotation of acme through a day', () => {
    const loaded = loadModel(acmeSources());
    if (!loaded.ok) throw new Error('acme does not load');
    const model = loaded.model;
    const day = Date.UTC(2026, 2, 29); // a Sunday when Europe's clocks change
    const { shifts } = generateSchedule({
      model,
      range: { start: epochMillis(day), end: epochMillis(day + DAY_MS) },
      policy: defaultPolicy(model),
    });
    const lookup = shiftsByRotation(shifts);
    let someone = 0;
    let nobody = 0;
    for (const rotation of [...model.rotations.keys(), 'no-such-rotation']) {
      for (let at = day - 60_000; at <= day + DAY_MS; at += 7 * 60_000) {
        const scanned =
          shifts.find((s) => s.rotation === rotation && s.start <= at && at < s.end)?.person ??
          null;
        expect(lookup(rotation, at)).toBe(scanned);
        if (scanned === null) nobody++;
        else someone++;
      }
    }
    // Both answers occur: people on duty, and rotations or hours with nobody.
    expect(someone).toBeGreaterThan(0);
    expect(nobody).toBeGreaterThan(0);
  });

  it('takes the first shift of a rotation holding the instant when two overlap', () => {
    const shift = (person: string, start: number, end: number) => ({
      rotation: 'r',
      person,
      start: epochMillis(start),
      end: epochMillis(end),
      turn: 'UTC#0',
    });
    const lookup = shiftsByRotation([shift('ann', 0, 10), shift('bob', 5, 20)]);
    expect([lookup('r', 0), lookup('r', 7), lookup('r', 10), lookup('r', 20)]).toEqual([
      'ann',
      'ann',
      'bob',
      null,
    ]);
  });
});
