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
  readonly byLocation: readonly { location: string; needed: number; current: number }[];
}
interface Hire {
  readonly level: (typeof LEVELS)[number];
  readonly count: number;
  readonly location: string;
  readonly reason: string;
}
interface Staffing {
  readonly sreTeams: { needed: number; current: number };
  readonly roles: Record<(typeof LEVELS)[number], Level>;
  readonly hiring: readonly Hire[];
  readonly surplus: SurplusFigures;
}
interface Plan {
  readonly staffing: Omit<Staffing, 'roles'> & {
    readonly headcount: { readonly roles: Staffing['roles'] };
  };
  readonly summary: {
    readonly decisions: readonly { id: string; proposal: string; tradeOff: string | null }[];
  };
}

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];

/** `"872000.00"` → `"872,000.00"`: money as every command prints it. */
const whole = (amount: string) => {
  const [units = '', cents = '00'] = amount.split('.');
  return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
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
    if (beyond.length > 0) expect(h.reason).toContain('redeployed first');
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
      // The level's "N more than needed" of the head count table is what the surplus places.
      if (l && role.current > role.needed)
        expect(l.holdingBelow + l.promoted + l.spare).toBe(role.current - role.needed);
      if (l) expect(l.redeploy + l.holdingBelow + l.promoted + l.spare).toBe(l.atLocations);
    }
    expect(s.sreTeams).toBe(Math.max(0, staffing.sreTeams.current - staffing.sreTeams.needed));
    const spare = s.levels.reduce((n, l) => n + l.spare, 0);
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus');
    const asked = spare > 0 || s.sreTeams > 0 || s.levels.some((l) => l.redeploy > 0);
    expect(decision !== undefined, 'a surplus decision exactly when there is one').toBe(asked);
    if (!decision) return;
    // The decision says the figures of the staffing section, word for word.
    const { stdout } = await run(['plan', path]);
    const statement = stdout.split('\n').find((line) => line.startsWith('Beyond their site’s'));
    if (statement) expect(decision.proposal).toContain(statement);
    if (spare > 0) {
      expect(decision.proposal).toContain(`${whole(s.annualCost.amount)} ${s.annualCost.currency}`);
      expect(decision.tradeOff).toContain('growth room');
      expect(decision.tradeOff).toContain('attrition');
      for (const l of s.levels.filter((x) => x.spare > 0))
        expect(decision.proposal).toContain(`${l.spare} ${l.level} SRE`);
    }
  });

  it('never hires at a site and level with SREs beyond its places, and says so for another site', async () => {
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    expectHiringRule(staffing, path);
  });
});

describe('acme: 5 junior and 3 senior SREs and 1 SRE team beyond what it needs', () => {
  it('asks the decision, keeps the SREs that rotations need, and costs the growth room', async () => {
    const plan = await runJson<Plan>(['plan', 'examples/acme', '--json']);
    const s = plan.staffing.surplus;
    expect(s.levels.map((l) => [l.level, l.redeploy, l.promoted, l.spare])).toEqual([
      ['junior', 4, 0, 5],
      ['senior', 0, 1, 3],
      ['principal', 1, 0, 0],
    ]);
    expect(s.redeployTo).toEqual([
      { level: 'junior', location: 'Berlin', places: 4 },
      { level: 'principal', location: 'Berlin', places: 1 },
    ]);
    expect(s.sreTeams).toBe(1);
    // Salary bands: 5 junior SREs at New York (112,000), seniors at Berlin (2 × 102,000) and
    // Singapore (108,000).
    expect(s.annualCost).toEqual({ amount: '872000.00', currency: 'EUR' });
    const decision = plan.summary.decisions.find((d) => d.id === 'surplus');
    expect(decision?.proposal).toMatch(/^Keep them: every one is on a rotation that needs/);
    expect(decision?.proposal).toContain('sre-payments');
    expect(decision?.proposal).toContain('junior SREs 4 at Singapore and 5 at New York');
    expect(decision?.tradeOff).toContain('keep both as room for 10 more development teams');
  });

  it('a hire at a level with SREs beyond another site’s places says they are redeployed first', async () => {
    // Ten of acme's juniors become developers: Berlin has 7 junior places and none of its own,
    // 2 juniors stay at Singapore (no place there), seniors hold 4: one junior hire at Berlin.
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
    const docs = acmeDocs().map((d) => {
      if (d.kind !== 'Person' || !juniors.has(d.metadata.name)) return d;
      const { level: _, ...spec } = d.spec;
      return { ...d, spec: { ...spec, role: 'developer' } };
    });
    const staffing = await runJson<Staffing>(['staffing', '-', '--json'], yamlOf(docs));
    const junior = staffing.hiring.find((h) => h.level === 'junior');
    expect(junior).toMatchObject({ count: 1, location: 'Berlin' });
    expect(junior?.reason).toContain(
      '2 junior SREs at Singapore are beyond their site’s places: they are redeployed first',
    );
    expectHiringRule(staffing, 'acme with ten juniors fewer');
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
