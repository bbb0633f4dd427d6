import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { modelSites } from './model-sites.ts';

/** People given as `name: zone` (or `name: zone @ location`), in one model. */
function sitesOf(people: Readonly<Record<string, string>>, ...extra: string[]) {
  const docs = Object.entries(people).map(([name, where]) => {
    const [zone, location] = where.split(' @ ');
    return doc(
      'Person',
      name,
      [zone ? `timezone: ${zone}` : 'role: sre', location ? `location: ${location}` : '']
        .filter(Boolean)
        .join('\n'),
    );
  });
  return modelSites(modelFrom(...docs, ...extra));
}

const names = (s: ReturnType<typeof sitesOf>) =>
  s.sites.map((site) => `${site.name}: ${[...site.people].sort().join(' ')}`);

describe('modelSites: a site is the people who share working hours', () => {
  it('puts colleagues in Lisbon, London and Berlin at one site, named by where most of them are', () => {
    const s = sitesOf({
      ana: 'Europe/Lisbon @ Lisbon',
      ben: 'Europe/London @ London',
      cem: 'Europe/Berlin @ Berlin',
      dora: 'Europe/Berlin @ Berlin',
    });
    expect(names(s)).toEqual(['Berlin: ana ben cem dora']);
    expect(s.sites[0]?.zone).toBe('Europe/Berlin');
    expect(s.siteOf('ana')).toBe(s.siteOf('cem'));
  });

  it('keeps Berlin and New York apart, east to west', () => {
    const s = sitesOf({ nyc: 'America/New_York', ber: 'Europe/Berlin', sin: 'Asia/Singapore' });
    expect(s.sites.map((x) => x.zone)).toEqual([
      'Asia/Singapore',
      'Europe/Berlin',
      'America/New_York',
    ]);
  });

  it('joins zones that differ by an hour for half the year (London and Lagos)', () => {
    const s = sitesOf({ lon: 'Europe/London', lag: 'Africa/Lagos' });
    expect(s.sites).toHaveLength(1);
  });

  it('joins zones whose daylight saving runs the other way but stay two hours apart (Sydney and Tokyo)', () => {
    const s = sitesOf({ syd: 'Australia/Sydney', tok: 'Asia/Tokyo' });
    expect(s.sites).toHaveLength(1);
  });

  it('joins colleagues of colleagues: Lisbon and Moscow through Berlin', () => {
    expect(sitesOf({ lis: 'Europe/Lisbon', mos: 'Europe/Moscow' }).sites).toHaveLength(2);
    expect(
      sitesOf({ lis: 'Europe/Lisbon', ber: 'Europe/Berlin', mos: 'Europe/Moscow' }).sites,
    ).toHaveLength(1);
  });

  it('keeps zones three hours apart at two sites (New York and Los Angeles)', () => {
    expect(sitesOf({ ny: 'America/New_York', la: 'America/Los_Angeles' }).sites).toHaveLength(2);
  });

  it('places a person without a zone with the people of their location, else their team, else their first rotation', () => {
    const s = sitesOf(
      { sam: 'Asia/Singapore @ Singapore', lee: ' @ Singapore', ned: 'America/New_York' },
      doc('Person', 'tom', 'team: ops'),
      doc('Person', 'ola', 'team: ops\ntimezone: Europe/Oslo'),
      doc('Person', 'rui', 'role: sre'),
      doc('Person', 'nobody', 'role: sre'),
      doc('Organization', 'o', 'type: operations'),
      doc('Team', 'ops', 'type: operations\norganization: o'),
      doc('Rotation', 'r', 'type: team\ncoverage: 8x5\ntimezone: America/Chicago\nmembers: [rui]'),
    );
    expect(s.zoneOf('lee')).toBe('Asia/Singapore');
    expect(s.zoneOf('tom')).toBe('Europe/Oslo');
    expect(s.zoneOf('rui')).toBe('America/Chicago');
    expect(s.siteOf('rui')).toBe(s.siteOf('ned'));
    expect(s.zoneOf('nobody')).toBeUndefined();
    expect(s.siteOf('nobody')).toBeUndefined();
  });

  it('tells sites with the same location name apart by their zone', () => {
    const s = sitesOf({ a: 'Europe/Berlin @ Remote', b: 'America/New_York @ Remote' });
    expect(s.sites.map((x) => x.name)).toEqual([
      'Remote (Europe/Berlin)',
      'Remote (America/New_York)',
    ]);
  });
});
