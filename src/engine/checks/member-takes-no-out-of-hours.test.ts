import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { epochMillis } from '../../model/index.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { generateSchedule } from '../schedule/generate-schedule.ts';
import { onCallLoads } from '../staffing/on-call-load.ts';
import { rotationSizing } from '../staffing/rotation-sizing.ts';
import { memberTakesNoOutOfHours } from './member-takes-no-out-of-hours.ts';
import { rotationTooSmall } from './rotation-too-small.ts';

/** tinyOrg's 24x7 shop-oncall of 8, with some members who take no on-call outside business hours. */
const excusing = (people: readonly string[], coverage = '24x7') => {
  let docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage });
  for (const person of people) {
    docs = patch(docs, 'Person', person, {
      onCallOutsideBusinessHours: false,
      displayName: person.toUpperCase(),
    });
  }
  return docs;
};

describe('member-takes-no-out-of-hours (§12.10.1)', () => {
  it('says who takes none of a 24x7 rotation’s turns, that it is sized without them, and asks for an alternative', () => {
    expect(findingsOf(memberTakesNoOutOfHours, excusing(['eva', 'finn']))).toEqual([
      {
        code: 'member-takes-no-out-of-hours',
        severity: 'info',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message:
          'Rotation shop-oncall is on call 24x7, outside business hours, and lists EVA and FINN, who take no on-call outside business hours: the schedule gives them none of its turns and it is sized with the 6 who take them, who carry the rest (§12.10.1). Give EVA and FINN an alternative: a place on an office-hours (8x5) rotation, or other work in its stead. Pay those who take the nights as the policy says; the chapter allows paying people differently by their situation.',
        section: '§12.10.1',
      },
    ]);
  });

  it('the rotation is then short, and rotation-too-small says whom it does not count', () => {
    const docs = excusing(['eva', 'finn']);
    const sized = rotationSizing(modelOf(docs), DEFAULT_BUSINESS_HOURS).find(
      (r) => r.name === 'shop-oncall',
    );
    expect(sized).toMatchObject({ current: 6, needed: 8, shortfall: 2, sustainable: false });
    expect(findingsOf(rotationTooSmall, docs).map((f) => f.message)).toEqual([
      expect.stringContaining(
        'has 6 members taking turns (not EVA and FINN, who take no on-call outside business hours)',
      ),
    ]);
    // Without the agreement, the same rotation is sustainable.
    expect(findingsOf(rotationTooSmall, excusing([]))).toEqual([]);
  });

  it('8x7 reaches into weekends: it counts too; 8x5 keeps to business days: everyone takes turns', () => {
    expect(findingsOf(memberTakesNoOutOfHours, excusing(['eva'], '8x7'))).toHaveLength(1);
    expect(findingsOf(memberTakesNoOutOfHours, excusing(['eva'], '8x5'))).toEqual([]);
    const sized = rotationSizing(modelOf(excusing(['eva'], '8x5')), DEFAULT_BUSINESS_HOURS);
    expect(sized.find((r) => r.name === 'shop-oncall')?.current).toBe(8);
  });

  it('names the alternative a person already has: an office-hours rotation', () => {
    const docs = [
      ...excusing(['eva', 'finn']),
      {
        kind: 'Rotation',
        name: 'shop-days',
        spec: { type: 'team', coverage: '8x5', members: ['eva'], covers: { teams: ['shop'] } },
      },
    ];
    expect(findingsOf(memberTakesNoOutOfHours, docs)[0]?.message).toContain(
      'Give FINN an alternative',
    );
    const both = [
      ...excusing(['eva']),
      {
        kind: 'Rotation',
        name: 'shop-days',
        spec: { type: 'team', coverage: '8x5', members: ['eva'], covers: { teams: ['shop'] } },
      },
    ];
    expect(findingsOf(memberTakesNoOutOfHours, both)[0]?.message).toContain(
      'They are on an office-hours rotation as well.',
    );
  });

  it('the schedule gives them no turn, covers every hour with the others, and their load is nil', () => {
    const model = modelOf(excusing(['eva', 'finn']));
    const schedule = generateSchedule({
      model,
      range: {
        start: epochMillis(Date.parse('2026-03-02T00:00:00Z')),
        end: epochMillis(Date.parse('2026-05-04T00:00:00Z')),
      },
    });
    const holders = new Set(schedule.shifts.map((s) => s.person));
    expect(holders.has('eva')).toBe(false);
    expect(holders.has('finn')).toBe(false);
    expect(holders.size).toBe(6);
    expect(schedule.violations.filter((v) => v.severity === 'error')).toEqual([]);
    const loads = onCallLoads(model, DEFAULT_BUSINESS_HOURS);
    expect(loads.find((l) => l.person === 'eva')).toBeUndefined();
    // 168 h a week with one on call at a time, over the 6 who take turns
    expect(loads.find((l) => l.person === 'gus')?.hoursPerWeek).toBe(28);
  });

  it('says nothing when nobody has such an agreement', () => {
    expect(findingsOf(memberTakesNoOutOfHours, excusing([]))).toEqual([]);
  });
});

/** tinyOrg's shop-oncall of 8 with some members not on call (`onCall: false`: on leave). */
const onLeave = (people: readonly string[], coverage = '24x7') => {
  let docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage });
  for (const person of people) {
    docs = patch(docs, 'Person', person, { onCall: false, displayName: person.toUpperCase() });
  }
  return docs;
};

describe('a rotation member who is not on call (onCall: false)', () => {
  it('takes no turns of any coverage: the rotation is sized with the others and the check says why', () => {
    for (const coverage of ['24x7', '8x7', '8x5']) {
      const docs = onLeave(['eva'], coverage);
      const sized = rotationSizing(modelOf(docs), DEFAULT_BUSINESS_HOURS).find(
        (r) => r.name === 'shop-oncall',
      );
      expect(sized?.current, coverage).toBe(7);
      expect(findingsOf(memberTakesNoOutOfHours, docs).map((f) => f.message)).toEqual([
        'Rotation shop-oncall lists EVA, who is not on call (`onCall: false`: on leave, or not on call yet): the schedule gives them none of its turns and it is sized with the 7 who take them, who carry the rest until they are back (§12.9.5). Set `onCall` when they are back, or take them off the rotation.',
      ]);
    }
    // 24x7 with 7 who take turns is short, and rotation-too-small says whom it leaves out.
    expect(findingsOf(rotationTooSmall, onLeave(['eva'])).map((f) => f.message)).toEqual([
      expect.stringContaining('has 7 members taking turns (not EVA, who is not on call)'),
    ]);
  });

  it('names both reasons where a rotation has both', () => {
    const docs = patch(onLeave(['eva']), 'Person', 'finn', {
      onCallOutsideBusinessHours: false,
      displayName: 'FINN',
    });
    expect(findingsOf(rotationTooSmall, docs).map((f) => f.message)).toEqual([
      expect.stringContaining(
        'has 6 members taking turns (not FINN, who takes no on-call outside business hours; not EVA, who is not on call)',
      ),
    ]);
    const [message] = findingsOf(memberTakesNoOutOfHours, docs).map((f) => f.message);
    expect(message).toContain('lists FINN, who takes no on-call outside business hours');
    expect(message).toContain('lists EVA, who is not on call');
  });

  it('is never paged: the schedule gives them no turn and their load is nil', () => {
    const model = modelOf(onLeave(['eva']));
    const schedule = generateSchedule({
      model,
      range: {
        start: epochMillis(Date.parse('2026-03-02T00:00:00Z')),
        end: epochMillis(Date.parse('2026-05-04T00:00:00Z')),
      },
    });
    expect(schedule.shifts.some((s) => s.person === 'eva')).toBe(false);
    expect(new Set(schedule.shifts.map((s) => s.person)).size).toBe(7);
    expect(
      onCallLoads(model, DEFAULT_BUSINESS_HOURS).find((l) => l.person === 'eva'),
    ).toBeUndefined();
  });

  it('onCall: true or unstated takes turns as before', () => {
    const docs = patch(tinyOrg(), 'Person', 'eva', { onCall: true });
    expect(findingsOf(memberTakesNoOutOfHours, docs)).toEqual([]);
    expect(
      rotationSizing(modelOf(docs), DEFAULT_BUSINESS_HOURS).find((r) => r.name === 'shop-oncall')
        ?.current,
    ).toBe(8);
  });
});

describe('an open position on a rotation (§12.4.6: a team, role and level but no one in it)', () => {
  const withOpen = (people: readonly string[], coverage = '24x7') => {
    let docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage });
    for (const person of people) {
      docs = patch(docs, 'Person', person, {
        openPosition: true,
        displayName: `${person.toUpperCase()} (open)`,
      });
    }
    return docs;
  };

  it('takes no turn on any coverage: the rotation is sized with the people there, who share the load', () => {
    for (const coverage of ['24x7', '8x7', '8x5']) {
      const model = modelOf(withOpen(['eva'], coverage));
      expect(
        rotationSizing(model, DEFAULT_BUSINESS_HOURS).find((r) => r.name === 'shop-oncall')
          ?.current,
        coverage,
      ).toBe(7);
      const loads = onCallLoads(model, DEFAULT_BUSINESS_HOURS);
      expect(loads.find((l) => l.person === 'eva')).toBeUndefined();
      expect(new Set(loads.map((l) => l.hoursPerWeek)).size, coverage).toBe(1);
    }
    const schedule = generateSchedule({
      model: modelOf(withOpen(['eva'])),
      range: {
        start: epochMillis(Date.parse('2026-03-02T00:00:00Z')),
        end: epochMillis(Date.parse('2026-05-04T00:00:00Z')),
      },
    });
    expect(schedule.shifts.some((s) => s.person === 'eva')).toBe(false);
  });

  it('is named as an open position nobody fills yet, and rotation-too-small does not count it', () => {
    const docs = withOpen(['eva']);
    expect(findingsOf(memberTakesNoOutOfHours, docs).map((f) => f.message)).toEqual([
      'Rotation shop-oncall lists EVA (open), an open position nobody fills yet: the schedule gives it none of its turns and it is sized with the 7 who take them, who carry the rest until the hire joins (§12.4.6, §12.9.5).',
    ]);
    expect(findingsOf(rotationTooSmall, docs).map((f) => f.message)).toEqual([
      expect.stringContaining(
        'has 7 members taking turns (not EVA (open), who is an open position, nobody yet)',
      ),
    ]);
    expect(findingsOf(memberTakesNoOutOfHours, withOpen(['eva', 'finn']))[0]?.message).toContain(
      'lists EVA (open) and FINN (open), open positions nobody fills yet: the schedule gives them none',
    );
  });
});
