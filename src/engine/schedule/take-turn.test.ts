import { describe, expect, it } from 'vitest';
import { at, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { generateSchedule } from './generate-schedule.ts';
import { HOUR_MS } from './interval.ts';
import type { Shift } from './shift.ts';

// Two weekly 24x7 rotations of five sharing two people: `a` is planned first, and `x` and `y`
// are kept off `b` during their turns of `a`. Staffing counts each of them 1/5 of each rotation;
// the turns of `b` they miss must come back to them later, not go to `b`'s other members.

const TURN = 168;
const model = rotationModel(people('a1', 'a2', 'a3', 'x', 'y', 'b1', 'b2', 'b3'), [
  { name: 'a', members: ['a1', 'a2', 'a3', 'x', 'y'] },
  { name: 'b', members: ['x', 'y', 'b1', 'b2', 'b3'] },
]);
// Twelve weeks within one planning quarter (turns are balanced a quarter at a time).
const range = { start: at('2026-01-05T08:00:00Z'), end: at('2026-03-30T08:00:00Z') };

const hoursOf = (shifts: readonly Shift[], rotation: string, person: string) =>
  shifts
    .filter((s) => s.rotation === rotation && s.person === person)
    .reduce((sum, s) => sum + (Math.min(range.end, s.end) - Math.max(range.start, s.start)), 0) /
  HOUR_MS;

describe('people on two rotations', () => {
  const { shifts, violations } = generateSchedule({ model, range });

  it('never puts a person on both at once and leaves no turn unstaffed', () => {
    expect(violations).toEqual([]);
    for (const s of shifts.filter((t) => t.rotation === 'a')) {
      const both = shifts.filter(
        (t) => t.rotation === 'b' && t.person === s.person && t.start < s.end && s.start < t.end,
      );
      expect(both, `${s.person} from ${new Date(s.start).toISOString()}`).toEqual([]);
    }
  });

  it.each(['a', 'b'])('shares rotation %s within one turn between its five members', (name) => {
    const members = model.rotations.get(name)?.spec.members ?? [];
    const hours = members.map((m) => hoursOf(shifts, name, m));
    const total = hours.reduce((sum, h) => sum + h, 0);
    expect(total).toBe(12 * TURN);
    expect(Math.max(...hours) - Math.min(...hours), hours.join(' ')).toBeLessThanOrEqual(TURN);
  });

  it('gives the two shared people about 2/5 of a week each, as staffing counts them', () => {
    for (const person of ['x', 'y']) {
      const weekly = (hoursOf(shifts, 'a', person) + hoursOf(shifts, 'b', person)) / 12;
      // 1/5 of each rotation: 67.2 h a week, give or take a turn in a quarter
      expect(Math.abs(weekly - (2 * TURN) / 5), person).toBeLessThanOrEqual(TURN / 12);
    }
  });
});

describe('people back from an absence', () => {
  // Nine weeks of three people, `p` away for the first three: p is owed nothing of them, so
  // back at work they take a third of the six weeks left, not the turns they missed as well.
  const three = rotationModel(people('p', 'q', 'r'), [{ name: 'c', members: ['p', 'q', 'r'] }]);
  const nine = { start: at('2026-01-05T08:00:00Z'), end: at('2026-03-09T08:00:00Z') };
  const away = { person: 'p', start: nine.start, end: at('2026-01-26T08:00:00Z') };
  const { shifts, violations } = generateSchedule({ model: three, range: nine, absences: [away] });

  it('are not made to catch up with the turns they missed', () => {
    expect(violations).toEqual([]);
    const turns = (person: string) => shifts.filter((s) => s.person === person).length;
    expect(turns('p')).toBe(2);
    expect(turns('q') + turns('r')).toBe(7);
    expect(shifts.some((s) => s.person === 'p' && s.start < away.end)).toBe(false);
  });
});
