import { describe, expect, it } from 'vitest';
import { patch, SHOP_DEVELOPERS, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { officeHoursAcrossSites } from './office-hours-across-sites.ts';

/** tinyOrg's shop-oncall in office hours on Berlin's clock, with some members living elsewhere. */
const officeHours = (coverage: string, zones: Readonly<Record<string, string>>) => {
  let docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', {
    coverage,
    timezone: 'Europe/Berlin',
  });
  for (const person of ['dan', ...SHOP_DEVELOPERS]) {
    const timezone = zones[person] ?? 'Europe/Berlin';
    docs = patch(docs, 'Person', person, { timezone, displayName: person.toUpperCase() });
  }
  return docs;
};

describe('office-hours-across-sites (§12.6)', () => {
  it('names the people of a far site and the local hours the rotation puts them on call', () => {
    const docs = officeHours('8x5', { eva: 'Asia/Kolkata', finn: 'Asia/Kolkata' });
    expect(findingsOf(officeHoursAcrossSites, docs)).toEqual([
      {
        code: 'office-hours-across-sites',
        severity: 'warning',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message:
          "Rotation shop-oncall is 8x5, 09:00–17:00 Europe/Berlin time, with members at 2 sites (2 at Asia/Kolkata and 6 at Europe/Berlin): it puts Asia/Kolkata (EVA and FINN) 13:30–21:30 (12:30–20:30 in July) local time on call, outside their working day. Give each site its own office-hours rotation, or cover the hours that fall outside a site's day round the clock with paid standby (§12.9.5).",
        section: '§12.6',
      },
    ]);
  });

  it('reports 8x7 too, at the policy’s business hours', () => {
    const docs = patch(
      officeHours('8x7', { eva: 'America/New_York' }),
      'CompensationPolicy',
      'standby-pay',
      {
        businessHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '16:00' },
      },
    );
    expect(findingsOf(officeHoursAcrossSites, docs).map((f) => f.message)).toEqual([
      expect.stringContaining('EVA) 02:00–10:00 local time on call'),
    ]);
  });

  it.each([
    ['a round-the-clock rotation', '24x7', { eva: 'Asia/Kolkata' }],
    [
      'neighbours one or two hours apart (one site)',
      '8x5',
      { eva: 'Europe/Lisbon', finn: 'Europe/Helsinki' },
    ],
    ['everyone at one site', '8x5', {}],
  ])('says nothing of %s', (_, coverage, zones) => {
    expect(findingsOf(officeHoursAcrossSites, officeHours(coverage, zones))).toEqual([]);
  });
});
