import { describe, expect, it } from 'vitest';
import { siteName } from '../../src/engine/sites/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';
import type { CheckJson } from './support/outputs.ts';

/**
 * One place has one name (#12): a site is named from all of the organization's people at it
 * (`modelSites`), and every command calls the same people by that name. The name lists the
 * site's cities (`siteName`: "Dublin/Warsaw"), so people who all work in one of them are never
 * said to be in another: airline's booking pager, all in Warsaw, was "7 in Dublin". telecom-carrier's
 * staffing placed Lisbon in the site "Madrid (with Lisbon)", while `check` said BSS operations'
 * standby has "6 in Lisbon" and staffing's rotation table "Lisbon 6", three of the six being in
 * Madrid: each rotation named its site by the most common city of its own members.
 */
interface Staffing {
  readonly roles: Readonly<
    Record<string, { readonly byLocation: readonly { location: string; locations: string[] }[] }>
  >;
  readonly rotations: readonly { name: string; sites: readonly { site: string }[] }[];
  readonly surplus: { readonly byLocation: readonly { location: string }[] };
}

/** The site each city is counted at in staffing's head count (§12.10.2). */
function siteOfCity(staffing: Staffing): Map<string, string> {
  const of = new Map<string, string>();
  for (const role of Object.values(staffing.roles)) {
    for (const at of role.byLocation) for (const city of at.locations) of.set(city, at.location);
  }
  return of;
}

/** The site names a `rotation-too-small` finding counts members in: "(6 in Madrid, 1 in Mexico City)". */
function countedIn(message: string): string[] {
  const counts = /\((\d+ in [^()]+)\)/.exec(message)?.[1] ?? '';
  return counts.split(', ').flatMap((part) => /^\d+ in (.+)$/.exec(part)?.[1] ?? []);
}

describe('a site has one name in every command', () => {
  it.each(CORPUS)(
    '%s: no rotation calls a site by a city staffing counts at another site',
    async (name) => {
      const staffing = await runJson<Staffing>(['staffing', orgPath(name), '--json']);
      const cities = siteOfCity(staffing);
      const named = (site: string) => cities.get(site) ?? site;
      // Members at both ends of one site chained through people on no rotation are two sites to
      // the rotation; each part is then named by a city of its own members.
      const split = (sites: readonly string[]) =>
        new Set(sites.map(named)).size < new Set(sites).size;
      for (const r of staffing.rotations) {
        const sites = r.sites.map((s) => s.site);
        if (split(sites)) continue;
        for (const site of sites) {
          expect(site, `${name}: staffing's rotation ${r.name}`).toBe(named(site));
        }
      }
      const checks = (await runJson<CheckJson>(['check', orgPath(name), '--json'])).checks;
      for (const c of checks.filter((x) => x.code === 'rotation-too-small')) {
        const counted = countedIn(c.message);
        for (const site of split(counted) ? [] : counted) {
          expect(site, `${name}: check on ${c.subject.name}`).toBe(named(site));
        }
        // The sites check counts a rotation's members at are the sites staffing's table lists.
        const rotation = staffing.rotations.find((r) => r.name === c.subject.name);
        if (rotation === undefined) continue;
        expect(counted.sort(), `${name}: ${c.subject.name}`).toEqual(
          rotation.sites.map((s) => s.site).sort(),
        );
      }
    },
  );

  it.each(CORPUS)('%s: every site is named by all its cities, most people first', async (name) => {
    const staffing = await runJson<Staffing>(['staffing', orgPath(name), '--json']);
    for (const role of Object.values(staffing.roles)) {
      for (const at of role.byLocation) {
        if (at.locations.length === 0) continue;
        expect(at.location, `${name}: a site of ${at.locations.join(', ')}`).toBe(
          siteName(at.locations),
        );
      }
    }
  });

  it('telecom-carrier: BSS operations, in Lisbon and Madrid, are counted at Madrid/Lisbon by check and staffing', async () => {
    const staffing = await runJson<Staffing>(['staffing', orgPath('telecom-carrier'), '--json']);
    expect(siteOfCity(staffing).get('Lisbon')).toBe('Madrid/Lisbon');
    expect(siteOfCity(staffing).get('Madrid')).toBe('Madrid/Lisbon');
    const bss = staffing.rotations.find((r) => r.name === 'bss-ops-standby');
    expect(bss?.sites.map((s) => s.site)).toEqual(['Madrid/Lisbon']);
    const checks = (await runJson<CheckJson>(['check', orgPath('telecom-carrier'), '--json']))
      .checks;
    const small = checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'bss-ops-standby',
    );
    expect(small?.message).toContain('(6 in Madrid/Lisbon)');
  });

  it('airline: the booking pager, all in Warsaw, is never said to be in Dublin alone', async () => {
    const dir = orgPath('airline');
    // "Dublin" not followed by "/Warsaw": the city most of the site's people work in, alone.
    const dublinAlone = /\bDublin\b(?!\/Warsaw)/;
    const staffing = await runJson<Staffing>(['staffing', dir, '--json']);
    const booking = staffing.rotations.find((r) => r.name === 'booking-shared');
    expect(booking?.sites.map((s) => s.site)).toEqual(['Dublin/Warsaw']);
    // The SRE team, all in Warsaw, is placed at the site by that name, in the JSON too.
    expect(staffing.surplus.byLocation.map((l) => l.location)).toEqual(['Dublin/Warsaw']);
    const checks = (await runJson<CheckJson>(['check', dir, '--json'])).checks;
    const small = checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'booking-shared',
    );
    expect(small?.message).toContain('(7 in Dublin/Warsaw)');
    expect(small?.message).not.toMatch(dublinAlone);
    const plan = (await run(['plan', dir])).stdout;
    const growBooking = plan
      .split('\n')
      .filter((l) => l.includes('booking-shared: 1 person short'));
    expect(growBooking.length).toBeGreaterThan(0);
    for (const line of growBooking) {
      expect(line).toContain('Grow it to 8 people in Dublin/Warsaw');
      expect(line).not.toMatch(dublinAlone);
    }
    expect(plan).toMatch(/\| `booking-shared` \|.*\| Dublin\/Warsaw: 7 \|/);
  });
});
