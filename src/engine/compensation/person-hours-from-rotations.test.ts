import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { personHoursFromRotations } from './person-hours-from-rotations.ts';

const model = modelFrom(
  doc('Organization', 'dev', 'type: development'),
  doc('Team', 't', 'type: development\norganization: dev'),
  doc('Service', 'api', 'owner: t\nrunModel: you-run-it'),
  doc('Person', 'ana', 'team: t\ntimezone: Europe/Berlin'),
  doc('Person', 'ben', 'team: t\ntimezone: America/New_York'),
  doc('Person', 'carl', 'timezone: Europe/Berlin'),
  doc('Person', 'dora', 'timezone: Europe/Berlin'),
  doc(
    'Rotation',
    'team',
    'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nmembers: [ana, ben]\ncovers: { teams: [t] }',
  ),
  doc(
    'Rotation',
    'thin',
    'type: thin-layer\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [carl, dora]\ncovers: { services: [api] }',
  ),
);
const march = { year: 2026, month: 3 };
const seconds = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toSeconds();

describe('personHoursFromRotations', () => {
  const hours = personHoursFromRotations({
    model,
    month: march,
    businessHours: DEFAULT_BUSINESS_HOURS,
  });
  const of = (p: string) => hours.find((h) => h.person === p);

  it('keeps a Berlin 8x5 shift inside business hours for a member in Berlin', () => {
    expect(of('ana')).toMatchObject({ businessHours: 176, offHours: 0, weekendHours: 0 });
  });

  it('counts the same shift in New York time, across both DST changes of March 2026', () => {
    // Berlin 09:00–17:00 is 03:00–11:00 in New York, but 04:00–12:00 between the US change
    // (8 March) and the European one (29 March): 5×2 + 15×3 + 2×2 = 59 business hours.
    expect(of('ben')).toMatchObject({ businessHours: 59, offHours: 117, weekendHours: 0 });
  });

  it('gives each of two thin-layer members all 743 hours of a 24x7 March: primary and secondary', () => {
    expect(of('carl')).toMatchObject({ businessHours: 176, offHours: 567, weekendHours: 215 });
  });

  it('gives incident work to the team rotation in its hours and to the thin layer after them', () => {
    const incidents = [
      {
        id: 'INC-1',
        service: 'api',
        startedAt: seconds('2026-03-10T15:30'),
        detectedAt: seconds('2026-03-10T16:00'),
        resolvedAt: seconds('2026-03-10T19:00'),
      },
    ];
    const withIncidents = personHoursFromRotations({
      model,
      month: march,
      businessHours: DEFAULT_BUSINESS_HOURS,
      incidents,
    });
    const incident = (p: string) => withIncidents.find((h) => h.person === p)?.incidentOffHours;
    // 16:00–17:00 is the team's, inside business hours for both members; 17:00–19:00 is the
    // thin layer's, off-hours, split between its two members.
    expect([incident('ana'), incident('ben'), incident('carl'), incident('dora')]).toEqual([
      0, 0, 1, 1,
    ]);
  });

  it('ignores open incidents, incidents of unknown services and those outside the month', () => {
    const incidents = [
      {
        id: 'open',
        service: 'api',
        startedAt: seconds('2026-03-10T20:00'),
        detectedAt: null,
        resolvedAt: null,
      },
      {
        id: 'gone',
        service: 'nope',
        startedAt: seconds('2026-03-10T20:00'),
        detectedAt: null,
        resolvedAt: seconds('2026-03-10T21:00'),
      },
      {
        id: 'april',
        service: 'api',
        startedAt: seconds('2026-04-10T20:00'),
        detectedAt: null,
        resolvedAt: seconds('2026-04-10T21:00'),
      },
    ];
    const result = personHoursFromRotations({
      model,
      month: march,
      businessHours: DEFAULT_BUSINESS_HOURS,
      incidents,
    });
    expect(result.every((h) => h.incidentOffHours === 0)).toBe(true);
  });
});
