import { describe, expect, it } from 'vitest';
import { at, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { generateSchedule } from './generate-schedule.ts';
import { scheduleBalance } from './schedule-balance.ts';

describe('scheduleBalance', () => {
  const model = rotationModel(people('ann', 'bob', 'cat'), [
    { name: 'web', members: ['ann', 'bob', 'cat'] },
  ]);

  it('reports 1.0 when three people each had one full week', () => {
    const { shifts } = generateSchedule({
      model,
      range: { start: at('2025-05-05T07:00:00Z'), end: at('2025-05-26T07:00:00Z') },
    });
    const [web] = scheduleBalance({ model, shifts });
    expect(web?.maxMinRatio).toBe(1);
    expect(web?.spread).toBe(0);
    expect(web?.members.map((m) => [m.person, m.turns, m.totalHours, m.load])).toEqual([
      ['ann', 1, 168, 344],
      ['bob', 1, 168, 344],
      ['cat', 1, 168, 344],
    ]);
  });

  it('reports no ratio when someone carried nothing (an unbounded imbalance)', () => {
    const { shifts } = generateSchedule({
      model,
      range: { start: at('2025-05-05T07:00:00Z'), end: at('2025-05-19T07:00:00Z') },
    });
    const [web] = scheduleBalance({ model, shifts });
    expect(web?.maxMinRatio).toBeNull();
    expect(web?.spread).toBe(344);
  });
});
