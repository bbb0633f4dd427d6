import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { modelSites, siteCity, siteName } from './model-sites.ts';

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
  it('puts colleagues in Lisbon, London and Berlin at one site, named by all its cities, most people first', () => {
    const s = sitesOf({
      ana: 'Europe/Lisbon @ Lisbon',
      ben: 'Europe/London @ London',
      cem: 'Europe/Berlin @ Berlin',
      dora: 'Europe/Berlin @ Berlin',
    });
    // Ana works in Lisbon: "Berlin" alone would say she is in Berlin.
    expect(names(s)).toEqual(['Berlin/Lisbon/London: ana ben cem dora']);
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

describe('siteName: a site is named by its cities', () => {
  it('lists up to three, most people first, and says how many more beyond them', () => {
    expect(siteName(['Dublin'])).toBe('Dublin');
    expect(siteName(['Dublin', 'Warsaw'])).toBe('Dublin/Warsaw');
    expect(siteName(['Berlin', 'Paris', 'Hamburg'])).toBe('Berlin/Paris/Hamburg');
    expect(siteName(['Berlin', 'Paris', 'Hamburg', 'Munich', 'Erfurt'])).toBe(
      'Berlin/Paris/Hamburg and 2 more',
    );
  });

  it('names nothing when nobody at the site gives a location: the site is named by its zone', () => {
    expect(siteName([])).toBeUndefined();
    expect(sitesOf({ a: 'Europe/Dublin', b: 'Europe/Dublin' }).sites[0]?.name).toBe(
      'Europe/Dublin',
    );
  });

  it('orders cities by people, then alphabetically, whatever the zone order', () => {
    const s = sitesOf({
      w1: 'Europe/Warsaw @ Warsaw',
      w2: 'Europe/Warsaw @ Warsaw',
      d1: 'Europe/Dublin @ Dublin',
      d2: 'Europe/Dublin @ Dublin',
      d3: 'Europe/Dublin @ Dublin',
      l1: 'Europe/Lisbon @ Lisbon',
      l2: 'Europe/Lisbon @ Lisbon',
    });
    expect(s.sites.map((x) => x.name)).toEqual(['Dublin/Lisbon/Warsaw']);
  });
});

describe('siteCity: the one city that stands for a site', () => {
  it('is where most of the site’s people work, and a city that names no site is itself', () => {
    const s = sitesOf({
      w1: 'Europe/Warsaw @ Warsaw',
      w2: 'Europe/Warsaw @ Warsaw',
      d1: 'Europe/Dublin @ Dublin',
    });
    expect(siteCity(s, 'Warsaw/Dublin')).toBe('Warsaw');
    expect(siteCity(s, 'Dublin')).toBe('Dublin');
    expect(siteCity(s, 'Bangalore')).toBe('Bangalore');
  });
});
