import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { epochMillis } from '../../model/index.ts';
import { handoffPattern, slotsBetween } from './handoff-slots.ts';
import { HOUR_MS } from './interval.ts';
import { zoneClock } from './zone-clock.ts';

const at = (iso: string) => epochMillis(Date.parse(iso));

describe('slotsBetween', () => {
  it('hands a weekly Berlin rotation off on Mondays at 09:00 local, 167 hours in the spring week', () => {
    const pattern = handoffPattern({
      clock: zoneClock('Europe/Berlin'),
      handoff: 'Mon 09:00',
      shiftLength: '1w',
    });
    const slots = slotsBetween(pattern, {
      start: at('2025-03-20T00:00:00Z'),
      end: at('2025-04-10T00:00:00Z'),
    });
    const local = slots.map((s) => DateTime.fromMillis(s.start, { zone: 'Europe/Berlin' }).toISO());
    expect(local).toEqual([
      '2025-03-17T09:00:00.000+01:00',
      '2025-03-24T09:00:00.000+01:00',
      '2025-03-31T09:00:00.000+02:00',
      '2025-04-07T09:00:00.000+02:00',
    ]);
    expect(slots.map((s) => (s.end - s.start) / HOUR_MS)).toEqual([168, 167, 168, 168]);
  });

  it('makes the autumn week 169 hours long', () => {
    const pattern = handoffPattern({
      clock: zoneClock('Europe/Berlin'),
      handoff: 'Mon 09:00',
      shiftLength: '1w',
    });
    const [slot] = slotsBetween(pattern, {
      start: at('2025-10-21T00:00:00Z'),
      end: at('2025-10-22T00:00:00Z'),
    });
    expect(slot && (slot.end - slot.start) / HOUR_MS).toBe(169);
  });

  it('numbers turns from a fixed anchor, so the same turn has the same index in any range', () => {
    const pattern = handoffPattern({
      clock: zoneClock('America/New_York'),
      handoff: 'Wed 18:30',
      shiftLength: '3d',
    });
    const wide = slotsBetween(pattern, {
      start: at('2025-01-01T00:00:00Z'),
      end: at('2025-06-01T00:00:00Z'),
    });
    const narrow = slotsBetween(pattern, {
      start: at('2025-03-05T00:00:00Z'),
      end: at('2025-03-20T00:00:00Z'),
    });
    for (const slot of narrow) expect(wide).toContainEqual(slot);
  });

  it('returns the turns that tile the range, the first reaching back before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Tokyo'),
        fc.constantFrom('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('1h', '5h', '12h', '1d', '2d', '1w', '2w'),
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 1, max: 90 * 24 * HOUR_MS }),
        (zone, day, hour, shiftLength, start, length) => {
          const handoff = `${day} ${String(hour).padStart(2, '0')}:15`;
          const range = { start: epochMillis(start), end: epochMillis(start + length) };
          const slots = slotsBetween(
            handoffPattern({ clock: zoneClock(zone), handoff, shiftLength }),
            range,
          );
          expect(slots[0]?.start).toBeLessThanOrEqual(range.start);
          expect(slots.at(-1)?.end).toBeGreaterThanOrEqual(range.end);
          for (let i = 1; i < slots.length; i++) {
            expect(slots[i]?.start).toBe(slots[i - 1]?.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands off at the configured local time before and after daylight-saving changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Europe/London'),
        fc.constantFrom('Mon', 'Wed', 'Fri', 'Sun'),
        // Clock changes happen between 01:00 and 04:00 in these zones: keep clear of them.
        fc.integer({ min: 4, max: 23 }),
        fc.constantFrom(0, 30, 45),
        fc.constantFrom('12h', '1d', '1w', '2w'),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 6, 1) }),
        (zone, day, hour, minute, shiftLength, start) => {
          // The second daily handoff of 12-hour turns must keep clear of clock changes too.
          fc.pre(shiftLength !== '12h' || (hour + 12) % 24 >= 4);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const range = { start: epochMillis(start), end: epochMillis(start + 200 * 24 * HOUR_MS) };
          const slots = slotsBetween(
            handoffPattern({ clock: zoneClock(zone), handoff: `${day} ${time}`, shiftLength }),
            range,
          );
          for (const slot of slots) {
            const local = DateTime.fromMillis(slot.start, { zone });
            if (shiftLength === '12h') {
              expect([
                time,
                `${String((hour + 12) % 24).padStart(2, '0')}:${time.slice(3)}`,
              ]).toContain(local.toFormat('HH:mm'));
            } else expect(local.toFormat('HH:mm')).toBe(time);
            if (shiftLength.endsWith('w')) expect(local.toFormat('ccc')).toBe(day);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
