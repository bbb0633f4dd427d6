import { describe, expect, it } from 'vitest';
import { at, doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { epochMillis } from '../../model/index.ts';
import { generateSchedule } from './generate-schedule.ts';
import { whoIsOnCall } from './who-is-on-call.ts';

const model = rotationModel(
  people('ann', 'bob', 'tl1', 'tl2'),
  [
    { name: 'shop-day', members: ['ann', 'bob'], coverage: '8x5', covers: '{ teams: [shop] }' },
    {
      name: 'noc',
      type: 'thin-layer',
      members: ['tl1', 'tl2'],
      shiftLength: '1d',
      forwardsTo: ['shop-day'],
    },
  ],
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Team', 'shop', 'type: development\norganization: pd'),
  doc('Service', 'checkout', 'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.95'),
);

describe('whoIsOnCall', () => {
  it('answers with the thin layer first and the team rotation it forwards to (§12.6)', () => {
    const answer = whoIsOnCall({ model, service: 'checkout', at: at('2025-05-06T10:00:00Z') });
    expect(answer).toEqual({
      service: 'checkout',
      runModel: 'you-run-it',
      onCall: [
        { rotation: 'noc', person: 'tl1', until: at('2025-05-07T07:00:00Z') },
        { rotation: 'shop-day', person: 'bob', until: at('2025-05-06T15:00:00Z') },
      ],
      offDuty: [],
      agreedRunModel: 'you-run-it',
      notes: [],
    });
  });

  it('lists a team rotation outside its business hours as off duty', () => {
    const answer = whoIsOnCall({ model, service: 'checkout', at: at('2025-05-06T22:00:00Z') });
    expect(answer?.onCall.map((o) => o.rotation)).toEqual(['noc']);
    expect(answer?.offDuty).toEqual(['shop-day']);
  });

  it('agrees with the schedule for the same moment', () => {
    const moment = at('2025-08-14T11:30:00Z');
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-07-01T00:00:00Z'), end: at('2025-10-01T00:00:00Z') },
    });
    const answer = whoIsOnCall({ model, service: 'checkout', at: moment });
    for (const { rotation, person } of answer?.onCall ?? []) {
      const shift = schedule.shifts.find(
        (s) => s.rotation === rotation && s.start <= moment && moment < s.end,
      );
      expect(shift?.person).toBe(person);
    }
  });

  it('respects absences and overrides', () => {
    const moment = at('2025-05-06T10:00:00Z');
    const answer = whoIsOnCall({
      model,
      service: 'checkout',
      at: moment,
      absences: [
        { person: 'tl1', start: at('2025-05-06T00:00:00Z'), end: at('2025-05-08T00:00:00Z') },
      ],
      overrides: [
        {
          kind: 'take',
          rotation: 'shop-day',
          person: 'ann',
          start: epochMillis(moment - 3_600_000),
          end: epochMillis(moment + 3_600_000),
        },
      ],
    });
    expect(answer?.onCall.map((o) => [o.rotation, o.person, o.until])).toEqual([
      // tl1 is away for two days: tl2 covers both, and (no more loaded than tl1, whose
      // absence is not counted against them) the day after too.
      ['noc', 'tl2', at('2025-05-09T07:00:00Z')],
      ['shop-day', 'ann', moment + 3_600_000],
    ]);
  });

  it('is undefined for a service that does not exist', () => {
    expect(whoIsOnCall({ model, service: 'nope', at: epochMillis(0) })).toBeUndefined();
  });
});
