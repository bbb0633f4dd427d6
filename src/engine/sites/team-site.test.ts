import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { headcountByRole } from '../staffing/headcount-by-role.ts';
import { domainPartners } from './domain-partners.ts';
import { modelSites } from './model-sites.ts';
import { teamSite } from './team-site.ts';

/** Development teams of domain `pay`, their people given as zones ('' for no zone). */
function model(teams: Readonly<Record<string, readonly string[]>>) {
  const docs = [doc('Organization', 'org', 'type: product-delivery')];
  for (const [team, zones] of Object.entries(teams)) {
    docs.push(doc('Team', team, 'type: development\norganization: org\ndomain: pay'));
    docs.push(
      doc(
        'Service',
        `${team}-api`,
        `owner: ${team}\navailabilityTarget: 99.9\nrunModel: you-and-sre-run-it`,
      ),
    );
    zones.forEach((zone, i) => {
      docs.push(
        doc(
          'Person',
          `${team}-${i}`,
          `team: ${team}\nrole: developer${zone ? `\ntimezone: ${zone}` : ''}`,
        ),
      );
    });
  }
  docs.push(doc('Person', 'sre-lisbon', 'role: sre\nlevel: junior\ntimezone: Europe/Lisbon'));
  return modelFrom(...docs);
}

describe('teamSite: one definition of where a team works', () => {
  const m = model({
    // Three people without a zone and two in Lisbon: the team works in Lisbon.
    lisbon: ['', '', '', 'Europe/Lisbon', 'Europe/Lisbon'],
    berlin: ['Europe/Berlin', 'Europe/Berlin'],
    sydney: ['Australia/Sydney', 'Australia/Sydney', ''],
    nowhere: ['', ''],
  });
  const sites = modelSites(m);
  const siteOf = (person: string) => sites.siteOf(person)?.name;

  it('is where most of its placed people work; people without a zone do not outvote them', () => {
    expect(teamSite(m, 'lisbon')).toBe(siteOf('lisbon-3'));
    expect(teamSite(m, 'berlin')).toBe(siteOf('berlin-0'));
    expect(teamSite(m, 'lisbon')).toBe(teamSite(m, 'berlin'));
    expect(teamSite(m, 'sydney')).toBe(siteOf('sydney-0'));
    expect(teamSite(m, 'sydney')).not.toBe(teamSite(m, 'lisbon'));
    expect(teamSite(m, 'nowhere')).toBeUndefined();
  });

  it('is the site domain rotations and the SRE head count per location both use', () => {
    const partners = (team: string) => domainPartners(m, team).map((t) => t.name);
    // Lisbon and Berlin share hours; Sydney does not; a team placed nowhere shares with anyone.
    expect(partners('lisbon')).toEqual(['berlin', 'nowhere']);
    expect(partners('sydney')).toEqual(['nowhere']);
    // Junior SREs follow development teams, each counted where teamSite places it.
    const junior = headcountByRole(m).roles.junior;
    const needed = Object.fromEntries(junior.byLocation.map((l) => [l.location, l.needed]));
    const expected: Record<string, number> = {};
    for (const team of ['lisbon', 'berlin', 'sydney', 'nowhere']) {
      const site = teamSite(m, team) ?? 'unknown';
      expected[site] = (expected[site] ?? 0) + 1;
    }
    expect(needed).toEqual(expected);
    expect(needed[siteOf('lisbon-3') as string]).toBe(2);
  });
});
