import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { SurplusFigures } from '../../src/engine/staffing/index.ts';
import { CORPUS, type Doc, orgPath, run, runJson, yamlOf } from './support/corpus.ts';

/**
 * SREs and SRE teams beyond what the organization needs are a decision, not silence (#12 item 7,
 * #13 item 2): one definition of the surplus (`current − needed` per site × level of the §12.10.2
 * table, and SRE teams beyond §12.4.1) for staffing, the plan's staffing section, its summary and
 * its decision, and a hiring list that never hires at a site and level with SREs beyond its
 * places, and says so when the level has them at another site (redeploy first).
 */

const LEVELS = ['junior', 'senior', 'principal'] as const;

interface Level {
  readonly needed: number;
  readonly current: number;
  readonly short: number;
  readonly redeploy: number;
  readonly heldAbove: readonly { level: string; count: number }[];
  readonly byLocation: readonly {
    location: string;
    needed: number;
    current: number;
    kept: number;
  }[];
}
interface Hire {
  readonly level: (typeof LEVELS)[number];
  readonly count: number;
  readonly location: string;
  readonly reason: string;
}
interface Staffing {
  readonly sreTeams: { needed: number; current: number };
  readonly funding: readonly { organization: string; hires: number; breaksHeadcount: boolean }[];
  readonly roles: Record<(typeof LEVELS)[number], Level>;
  readonly hiring: readonly Hire[];
  readonly surplus: SurplusFigures;
  readonly surplusPlaces: {
    readonly sentApart: readonly unknown[];
    readonly left: readonly { readonly sre: string }[];
    readonly noTurns: readonly string[];
    readonly candidates: readonly { readonly sre: string }[];
  };
}
interface Plan {
  readonly staffing: Omit<Staffing, 'roles'> & {
    readonly headcount: { readonly roles: Staffing['roles'] };
  };
  readonly summary: {
    readonly decisions: readonly {
      id: string;
      proposal: string;
      tradeOff: string | null;
      anchor: string;
    }[];
  };
}

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];

/** `"872000.00"` → `"872,000.00"`: money as every command prints it. */
// An amount as the text prints it. JSON amounts carry the currency's minor digits: none for JPY
// (game-studio's Tokyo SREs, "29000000"), so no ".00" is added to them.
const whole = (amount: string) => {
  const [units = '', fraction] = amount.split('.');
  return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
};

function expectHiringRule(s: Pick<Staffing, 'hiring' | 'surplus'>, where: string): void {
  for (const h of s.hiring) {
    const beyond = s.surplus.byLocation.filter((b) => b.level === h.level);
    expect(
      beyond.find((b) => b.location === h.location),
      `${where}: hires ${h.count} ${h.level} at ${h.location}, where SREs of that level are beyond the places`,
    ).toBeUndefined();
    for (const b of beyond)
      expect(h.reason, `${where}: ${h.level} hire at ${h.location}`).toContain(
        `${b.count}${b === beyond[0] ? ` ${h.level} SRE` : ''}`,
      );
    // Those no rotation needs are redeployed first; those a rotation needs where they are do
    // not count toward another site's places (§12.6), and the hire says which.
    const level = s.surplus.levels.find((l) => l.level === h.level);
    if ((level?.redeploy ?? 0) > 0) expect(h.reason).toContain('redeployed first');
    if (beyond.some((b) => b.onRotations > 0))
      expect(h.reason).toContain('so they do not count toward these places (§12.6)');
  }
}

/** The places the hiring list leaves to SREs of another site: only those no rotation needs. */
function expectRedeployOnlyFree(s: Staffing, where: string): void {
  for (const level of LEVELS) {
    const role = s.roles[level];
    const l = s.surplus.levels.find((x) => x.level === level);
    const free = role.byLocation.reduce(
      (n, b) => n + Math.min(Math.max(0, b.current - b.needed), Math.max(0, b.current - b.kept)),
      0,
    );
    expect(l?.redeploy ?? 0, `${where}: ${level} redeployed`).toBeLessThanOrEqual(free);
    expect(role.redeploy, `${where}: ${level}`).toBe(l?.redeploy ?? 0);
    // The hires and the places left to redeploy are the level's places nobody holds.
    const open = role.byLocation.reduce((n, b) => n + Math.max(0, b.needed - b.current), 0);
    const held = role.heldAbove.reduce((n, h) => n + h.count, 0);
    expect(role.short, `${where}: ${level} short`).toBe(open - held - role.redeploy);
  }
}

describe.each(ORGS)('the surplus of %s', (path) => {
  it('is current − needed per site and level, and staffing, the plan and its decision agree', async () => {
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    const plan = await runJson<Plan>(['plan', path, '--json']);
    const s = staffing.surplus;
    expect(plan.staffing.surplus).toEqual(s);
    for (const level of LEVELS) {
      const role = staffing.roles[level];
      const at = role.byLocation
        .filter((l) => l.current > l.needed)
        .map((l) => [l.location, l.current - l.needed]);
      expect(
        s.byLocation.filter((b) => b.level === level).map((b) => [b.location, b.count]),
      ).toEqual(at);
      const l = s.levels.find((x) => x.level === level);
      if (l)
        expect(l.redeploy + l.holdingBelow + l.promoted + l.seats + l.consulting + l.spare).toBe(
          l.atLocations,
        );
    }
    expect(s.sreTeams).toBe(Math.max(0, staffing.sreTeams.current - staffing.sreTeams.needed));
    const spare = s.levels.reduce((n, l) => n + l.spare, 0);
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus');
    const asked = spare > 0 || s.sreTeams > 0 || s.levels.some((l) => l.redeploy > 0);
    expect(decision !== undefined, 'a surplus decision exactly when there is one').toBe(asked);
    if (!decision) return;
    // The figures by site and the options are said once, word for word the same in `staffing`
    // and the plan's head count section; the summary's decision is short and links there.
    const { stdout } = await run(['plan', path]);
    const statement = stdout
      .split('\n')
      .find(
        (line) =>
          line.startsWith('Beyond their site’s') ||
          line.startsWith('In seats ') ||
          line.startsWith('SRE teams: '),
      );
    const staffingText = (await run(['staffing', path])).stdout;
    if (statement) expect(staffingText.split('\n')).toContain(statement);
    expect(decision.anchor).toBe('sre-headcount');
    expect(decision.tradeOff).toBeNull();
    expect(decision.proposal).not.toContain('Options:');
    expect(decision.proposal).not.toContain('Beyond their site’s');
    const options = (statement ?? '').slice((statement ?? '').indexOf('Options: '));
    expect(options).toMatch(/^Options: /);
    if (spare > 0) {
      // Each currency the spare are paid in, as it is: never a total that leaves one out.
      const paid = [s.annualCost, ...s.annualCostOther].filter(
        (m, i) => i > 0 || Number(m.amount) > 0 || s.annualCostOther.length === 0,
      );
      for (const m of paid) expect(decision.proposal).toContain(`${whole(m.amount)} ${m.currency}`);
      if (s.annualCostOther.length > 0)
        expect(decision.proposal).not.toMatch(/ 0\.00 [A-Z]{3} a year/);
      // Growth room and attrition are offered for the free SREs the placements leave only: not
      // those a rotation needs (§12.6), nor those the run-model decision sends to share a team's
      // on-call (§12.4.1; payments' senior), nor those sent to a short rotation's seat
      // (growth-room-left.test.ts).
      const onRotations = s.byLocation.reduce(
        (n, b) => n + Math.max(0, b.spare - (b.count - b.onRotations)),
        0,
      );
      const places = staffing.surplusPlaces;
      const left = places.left.length;
      // One who takes no nights and is no promotion candidate is kept for daytime SRE work
      // (§12.10.1), not offered as growth room: airline's Agnieszka Wiśniewska.
      const daytime = places.left.filter(
        (p) => places.noTurns.includes(p.sre) && !places.candidates.some((c) => c.sre === p.sre),
      ).length;
      expect(options.includes('growth room')).toBe(left - daytime > 0);
      expect(options.includes('attrition')).toBe(left > 0);
      expect(options.includes('for SRE work in business hours, not attrition')).toBe(daytime > 0);
      // The decision lets attrition take the free SREs a short rotation or a team does not take:
      // those it sends somewhere it says so instead (freeSres; payments' senior shares threeds'
      // on-call, game-studio's go to store-oncall).
      if (decision.proposal.includes('attrition')) expect(spare).toBeGreaterThan(onRotations);
      if (spare > onRotations)
        expect(decision.proposal).toMatch(
          /attrition|^Of the .*, send |shares? the on-call of team/,
        );
      for (const l of s.levels.filter((x) => x.spare > 0))
        expect(decision.proposal).toContain(`${l.spare} ${l.level} SRE`);
    }
  });

  it('never hires at a site and level with SREs beyond its places, and says so for another site', async () => {
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    expectHiringRule(staffing, path);
    expectRedeployOnlyFree(staffing, path);
  });
});

/** acme's European site, named by its cities (`siteName`): Berlin is the most common. */
const BERLIN = 'Berlin/Hamburg/Munich and 9 more';

describe('acme: Berlin’s places, and the SREs sre-payments needs in Singapore and New York', () => {
  it('hires at Berlin: the SREs beyond Singapore’s and New York’s places are on a rotation that needs them there', async () => {
    // sre-payments follows the sun with six SREs in Singapore and six in New York, and needs all
    // twelve (§12.6): none of them counts toward Berlin's 4 junior and 2 principal places nobody
    // holds. The two seniors beyond Berlin's own places grow into its principal places
    // (§12.10.2) rather than hold junior places while principals are hired.
    const plan = await runJson<Plan>(['plan', 'examples/acme', '--json']);
    const staffing = await runJson<Staffing>(['staffing', 'examples/acme', '--json']);
    const s = plan.staffing.surplus;
    expect(
      s.levels.map((l) => [l.level, l.redeploy, l.holdingBelow, l.promoted, l.seats, l.spare]),
    ).toEqual([
      ['junior', 0, 0, 0, 9, 0],
      ['senior', 0, 0, 2, 2, 0],
      ['principal', 0, 0, 0, 1, 0],
    ]);
    expect(s.redeployTo).toEqual([]);
    expect(staffing.hiring.map((h) => [h.level, h.count, h.location])).toEqual([
      ['junior', 4, BERLIN],
    ]);
    // The twelve hold the seats sre-payments needs at Singapore and New York (§12.6): they are
    // not beyond their site's places, so the decision is about the SRE teams alone.
    expect(s.byLocation.every((b) => b.spare === 0)).toBe(true);
    expect(s.sreTeams).toBe(1);
    expect(s.annualCost).toEqual({ amount: '0.00', currency: 'EUR' });
    // Two SRE teams carry 16 development teams; 4 share a pager with SRE (search only gets
    // advice, §12.4.7, and product-catalog's developers run theirs): room for 12.
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus');
    expect(decision?.proposal).toMatch(
      /^Keep the 2 SRE teams as room for 12 more development teams/,
    );
    const { stdout } = await run(['plan', 'examples/acme']);
    const options = stdout.split('\n').find((line) => line.startsWith('Beyond their site’s')) ?? '';
    expect(options).toContain(
      'In seats a rotation needs at their site (§12.6: sre-payments), which the §12.10.2 table does not count: junior SREs 4 at Singapore and 5 at New York',
    );
    expect(options).not.toContain('growth room');
    expect(options).not.toContain('redeploy');
    expect(options).not.toContain('attrition');
    expect(options).toContain('keep both as room for 12 more development teams');
    // The funding counts the hires: sre goes over its head count limit, and the plan asks.
    const sre = plan.staffing.funding.find((f) => f.organization === 'sre');
    expect(sre).toMatchObject({ hires: 4, breaksHeadcount: true });
    expect(plan.summary.decisions.map((d) => d.id)).toContain('limits-sre');
  });

  it('a hire at a level with SREs beyond another site’s places says they are redeployed first', async () => {
    // Ten of acme's juniors become developers: Berlin has 7 junior places and none of its own,
    // 2 juniors stay at Singapore (no place there). Of the 4 spare seniors one is set aside for
    // the principal place nobody holds (§12.10.2) and 3 hold junior places: 2 junior hires at
    // Berlin, and no principal hire.
    const juniors = new Set([
      'tomasz-wojcik',
      'jana-novak',
      'marco-rossi',
      'emily-carter',
      'carlos-rivera',
      'olivia-bennett',
      'ethan-brooks',
      'grace-liu',
      'arjun-mehta',
      'aisyah-rahman',
    ]);
    // sre-payments on business hours needs 2 of its 12: its SREs are free to move (§12.6).
    const docs = acmeDocs().map((d) => {
      if (d.kind === 'Rotation' && d.metadata.name === 'sre-payments') {
        const { followTheSun: _, ...spec } = d.spec;
        return { ...d, spec: { ...spec, coverage: '8x5' } };
      }
      if (d.kind !== 'Person' || !juniors.has(d.metadata.name)) return d;
      const { level: _, ...spec } = d.spec;
      return { ...d, spec: { ...spec, role: 'developer' } };
    });
    const staffing = await runJson<Staffing>(['staffing', '-', '--json'], yamlOf(docs));
    const junior = staffing.hiring.find((h) => h.level === 'junior');
    expect(junior).toMatchObject({ count: 2, location: BERLIN });
    expect(staffing.hiring.filter((h) => h.level === 'principal')).toEqual([]);
    expect(junior?.reason).toContain(
      '2 junior SREs at Singapore are beyond their site’s places: they are redeployed first',
    );
    expectHiringRule(staffing, 'acme with ten juniors fewer');
    // On a rotation that needs them there, the same juniors do not count toward Berlin's
    // places: Berlin's three are hired for.
    const needed = acmeDocs().map((d) => {
      if (d.kind !== 'Person' || !juniors.has(d.metadata.name)) return d;
      const { level: _, ...spec } = d.spec;
      return { ...d, spec: { ...spec, role: 'developer' } };
    });
    const kept = await runJson<Staffing>(['staffing', '-', '--json'], yamlOf(needed));
    const hire = kept.hiring.find((h) => h.level === 'junior');
    expect(hire).toMatchObject({ location: BERLIN });
    expect(hire?.count).toBeGreaterThan(1);
    expect(hire?.reason).toContain('so they do not count toward these places (§12.6)');
    expect(hire?.reason).not.toContain('redeployed first');
    expectHiringRule(kept, 'acme with ten juniors fewer, sre-payments needing its people');
  });
});

/** The documents of examples/acme, as a user would edit them. */
function acmeDocs(): Doc[] {
  const dir = 'examples/acme';
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) =>
      parseAllDocuments(readFileSync(join(dir, f), 'utf8')).flatMap((d) => {
        const value = d.toJSON() as Doc | null;
        return value === null ? [] : [value];
      }),
    );
}
