import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';
import type { StaffingJson } from './support/outputs.ts';

/**
 * The next level's open places take the spare SREs who may grow into them before those SREs hold
 * places below (§12.10.2: the ladder is grown from inside before it is hired from outside; §12.10:
 * a senior has a junior's responsibilities). A senior in a junior place while a principal is hired
 * is the wrong way round: the junior place is the one to hire for. A place that is site-bound is
 * taken at its site; the principal SRE's place of a business line is not bound to a site, so a
 * spare senior at any site of the line may grow into it and stays where they sit.
 */

interface Staffing extends StaffingJson {
  readonly promotions: readonly {
    level: string;
    from: string;
    promoted: number;
    advice: string;
    candidates: readonly { person: string; name: string; location: string | null }[];
  }[];
}

const hired = (s: Staffing, level: string, location: string) =>
  s.hiring
    .filter((h) => h.level === level && h.location === location)
    .reduce((n, h) => n + h.count, 0);

/** acme's European site, named by its cities (`siteName`): Berlin is the most common. */
const BERLIN = 'Berlin/Hamburg/Munich and 9 more';

describe('acme: spare Berlin seniors grow into the principal places, juniors are hired', () => {
  it('hires no principal at Berlin while Berlin seniors hold junior places', async () => {
    const s = await runJson<Staffing>(['staffing', 'examples/acme', '--json']);
    const berlinSeniorsBelow = s.roles.junior.heldAbove
      .filter((h) => h.level === 'senior')
      .reduce((n, h) => n + h.count, 0);
    // Either no senior holds a junior place, or no principal is hired: never both.
    expect(berlinSeniorsBelow > 0 && hired(s, 'principal', BERLIN) > 0).toBe(false);
    expect(hired(s, 'principal', BERLIN)).toBe(0);
    const promotion = s.promotions.find((p) => p.level === 'principal');
    expect(promotion).toMatchObject({ from: 'senior', promoted: 2 });
    // Two places: the decision asks for two promotions, not "one who meets them".
    const { stdout } = await run(['plan', 'examples/acme']);
    expect(stdout).toContain('confirm them for these 2 and promote on that evidence');
    expect(stdout).toContain('hire for a place none of these fills');
    expect(stdout).not.toContain('promote one who meets them');
    expect(hired(s, 'junior', BERLIN)).toBe(4);
    // The places the promotions count on are set aside at Berlin, where the seniors sit.
    const senior = s.roles.senior.byLocation.find((l) => l.location === BERLIN);
    expect(senior?.reserved).toBe(2);
  });

  it('says the seniors grow into the level above, not that they hold junior places', async () => {
    const { stdout } = await run(['staffing', 'examples/acme']);
    expect(stdout).toContain('2 senior SREs grow into the level above (§12.10.2)');
    expect(stdout).toContain('**Grow before you hire (§12.10.2)');
    expect(stdout).not.toMatch(/\| principal SRE \| 2 \| Berlin/);
  });
});

describe('saas-global: a Bangalore senior grows into the San Francisco principal place', () => {
  it('counts on the Bangalore senior, keeps the San Francisco senior in the junior place', async () => {
    const s = await runJson<Staffing>(['staffing', orgPath('saas-global'), '--json']);
    expect(s.hiring.filter((h) => h.level === 'principal')).toEqual([]);
    const promotion = s.promotions.find((p) => p.level === 'principal');
    expect(promotion?.promoted).toBe(1);
    expect(promotion?.candidates[0]?.location).toBe('Bangalore');
    // The San Francisco senior beyond the places still holds the junior place there.
    expect(s.roles.junior.heldAbove).toEqual([{ level: 'senior', count: 1 }]);
    expect(hired(s, 'junior', 'San Francisco')).toBe(0);
    const bangalore = s.roles.senior.byLocation.find((l) => l.location === 'Bangalore');
    expect(bangalore?.reserved).toBe(1);
  });

  it('says where the promoted senior sits, in staffing and in the plan', async () => {
    const staffing = await run(['staffing', orgPath('saas-global')]);
    expect(staffing.stdout).toContain(
      'they stay at Bangalore: a principal SRE’s place follows the business line, not a site',
    );
    const plan = await run(['plan', orgPath('saas-global')]);
    expect(plan.stdout).toContain('they stay at Bangalore');
    expect(plan.stdout).toContain('there is 1 of the 2 senior SREs beyond the 3 needed');
    expect(plan.stdout).not.toContain('there are 1 ');
    expect(plan.stdout).not.toContain('less today’s: ;');
  });
});
