import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, orgPath, run, runJson } from './support/corpus.ts';

/**
 * A site is colleagues who share working hours, named by the most common location of its people
 * (#12 item 2). scale-up's SREs and teams work in Berlin, London and Lisbon, an hour apart: one
 * site, "Berlin". Its hiring list said "12 development teams at Berlin" while four of them work
 * in London and Lisbon. The head count and hiring tables now name every city of the site.
 */
interface Headcount {
  readonly roles: Readonly<
    Record<string, { readonly byLocation: readonly { location: string; locations: string[] }[] }>
  >;
}

describe('the cities of a site', () => {
  it.each(CORPUS)(
    '%s: every location a person gives is in the site staffing counts them at',
    async (name) => {
      const staffing = await runJson<Headcount>(['staffing', orgPath(name), '--json']);
      const people = docsOf(name).filter((d) => d.kind === 'Person');
      for (const role of Object.values(staffing.roles)) {
        for (const at of role.byLocation) {
          // A site's name starts with the city most of its people work in (or is a zone when
          // nobody gives one).
          if (at.locations.length > 0)
            expect(at.location.startsWith(at.locations[0] as string)).toBe(true);
          for (const city of at.locations) {
            expect(
              people.some((p) => p.spec.location === city),
              `${name}: ${at.location} lists ${city}`,
            ).toBe(true);
          }
        }
      }
    },
  );

  it('scale-up: Berlin, London and Lisbon are one site, and the plan says so where it hires', async () => {
    const staffing = await runJson<Headcount>(['staffing', orgPath('scale-up'), '--json']);
    const junior = staffing.roles.junior?.byLocation ?? [];
    expect(junior.map((l) => l.location)).toEqual([junior[0]?.locations.join('/')]);
    expect([...(junior[0]?.locations ?? [])].sort()).toEqual(['Berlin', 'Lisbon', 'London']);
    const plan = await run(['plan', orgPath('scale-up')]);
    const hiring = plan.stdout.slice(plan.stdout.indexOf('## Hiring list'));
    expect(hiring).toMatch(/\| junior SRE \| 3 \| Berlin\/(Lisbon\/London|London\/Lisbon) \|/);
  });
});
