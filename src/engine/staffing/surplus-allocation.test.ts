import { describe, expect, it } from 'vitest';
import { type ShortRotation, surplusAllocation } from './surplus-allocation.ts';
import { surplusDecision, surplusOptions } from './surplus-words.ts';

/** Free SREs as the surplus figures hold them: one entry per site. */
function figures(free: readonly { sre: string; at: string; lines: readonly string[] }[]) {
  const sites = [...new Set(free.map((f) => f.at))];
  return {
    byLocation: sites.map((location) => {
      const here = free.filter((f) => f.at === location);
      return {
        location,
        free: here.map((f) => f.sre),
        freeProductLines: here.map((f) => f.lines),
      };
    }),
  };
}

const pool = (name: string, site: string, lines: readonly string[], short = 1): ShortRotation => ({
  name,
  shortfall: short,
  setup: 'one-site',
  sites: [{ site, current: 8 - short, needed: 8 - short }],
  productLines: lines,
});

const placed = (a: ReturnType<typeof surplusAllocation>, rotation: string) =>
  a.sresOn(rotation).map((p) => [p.sre, p.across]);

describe('surplusAllocation: where the free SREs go (§12.6, §12.7.1)', () => {
  it('sends each free SRE to a short rotation of their own product line first, whatever the order', () => {
    const free = figures([
      { sre: 'sports-sre', at: 'London', lines: ['sports'] },
      { sre: 'video-sre', at: 'London', lines: ['video'] },
    ]);
    const a = surplusAllocation(free, [
      pool('video-oncall', 'London', ['video']),
      pool('sports-oncall', 'London', ['sports']),
    ]);
    expect(placed(a, 'video-oncall')).toEqual([['video-sre', false]]);
    expect(placed(a, 'sports-oncall')).toEqual([['sports-sre', false]]);
    expect(a.left).toEqual([]);
  });

  it('crosses product lines only when none of their own is short, at their own site, and says so', () => {
    const london = figures([{ sre: 'marc', at: 'London', lines: ['sports'] }]);
    const a = surplusAllocation(london, [pool('drm-oncall', 'London', ['video'], 2)]);
    expect(placed(a, 'drm-oncall')).toEqual([['marc', true]]);
    const words = surplusDecision(
      {
        ...SURPLUS,
        byLocation: [
          {
            ...AT,
            location: 'London',
            free: ['marc'],
            freeProductLines: [['sports']],
            freeNames: ['marc'],
          },
        ],
      },
      TEAMS,
      a,
    );
    expect(words).toContain(
      'marc to rotation drm-oncall (1 of the 2 it is short), across product lines: no rotation of sports is short',
    );
    // From another site it would learn another business's services away from those who run it.
    const toronto = figures([{ sre: 'marc', at: 'Toronto', lines: ['sports'] }]);
    const b = surplusAllocation(toronto, [pool('drm-oncall', 'London', ['video'], 2)]);
    expect(b.taken).toBe(0);
    expect(b.left.map((p) => p.sre)).toEqual(['marc']);
    expect(
      surplusDecision(
        {
          ...SURPLUS,
          byLocation: [
            {
              ...AT,
              location: 'Toronto',
              free: ['marc'],
              freeProductLines: [['sports']],
              freeNames: ['marc'],
            },
          ],
        },
        TEAMS,
        b,
      ),
    ).toContain(
      'let attrition absorb the 1 (marc) whom no rotation or team needs: no rotation of sports is short, and drm-oncall, of another product line, is not at Toronto',
    );
  });

  it('keeps a candidate for a promotion as growth room, never offers them to attrition (§12.10.2)', () => {
    // streaming-media: Marc Leblanc, free at Toronto, was both a principal candidate and the one
    // the plan let attrition absorb.
    const surplus = {
      ...SURPLUS,
      byLocation: [
        {
          ...AT,
          location: 'Toronto',
          count: 2,
          spare: 2,
          free: ['marc', 'lea'],
          freeProductLines: [['sports'], ['sports']],
          freeNames: ['Marc Leblanc', 'Léa Roy'],
        },
      ],
    };
    const a = surplusAllocation(surplus, [], [], undefined, [{ sre: 'marc', level: 'principal' }]);
    expect(a.left.map((p) => p.sre)).toEqual(['marc', 'lea']);
    expect(a.candidates).toEqual([{ sre: 'marc', level: 'principal' }]);
    const shown = (sre: string) => (sre === 'marc' ? 'Marc Leblanc' : 'Léa Roy');
    const decision = surplusDecision(surplus, TEAMS, a, shown) ?? '';
    expect(decision).toContain('let attrition absorb the 1 left (Léa Roy) whom no rotation');
    expect(decision).toContain(
      'keep Marc Leblanc as growth room, not for attrition to absorb: a candidate for a principal SRE place (§12.10.2)',
    );
    expect(decision).not.toMatch(/attrition absorb[^;]*Marc Leblanc/);
    const options = surplusOptions(surplus, TEAMS, a) ?? '';
    expect(options).toContain('let attrition absorb the 1 no rotation or team needs (Léa Roy)');
    expect(options).toContain(
      '(Marc Leblanc is a candidate for a principal SRE place, §12.10.2: growth room, not attrition)',
    );
    // With nobody else left, no attrition at all: the one left is kept for the promotion.
    const one = {
      ...surplus,
      byLocation: [
        {
          ...AT,
          location: 'Toronto',
          free: ['marc'],
          freeProductLines: [['sports']],
          freeNames: ['Marc Leblanc'],
        },
      ],
    };
    const alone = surplusAllocation(one, [], [], undefined, [{ sre: 'marc', level: 'principal' }]);
    expect(surplusDecision(one, TEAMS, alone, shown)).not.toContain('attrition absorb the');
    expect(surplusOptions(one, TEAMS, alone)).not.toContain('let attrition absorb');
  });

  it('takes a pool of their own product line from another site, where it needs no site', () => {
    const a = surplusAllocation(figures([{ sre: 'ravi', at: 'Dublin', lines: ['video'] }]), [
      pool('drm-oncall', 'London', ['video']),
    ]);
    expect(placed(a, 'drm-oncall')).toEqual([['ravi', false]]);
  });

  it('fills no seat with a free SRE who takes none of its turns, and keeps her rather than let attrition take her (§12.10.1)', () => {
    // A senior SRE who takes no on-call outside business hours is the one no seat holds on her
    // team's 24x7 pager; another 24x7 pager is short, but she would take none of its turns.
    const free = figures([{ sre: 'aga', at: 'Dublin', lines: [] }]);
    const short = [pool('crew-oncall', 'Dublin', [], 2)];
    const a = surplusAllocation(free, short, [], (sre) => sre !== 'aga');
    expect(a.taken).toBe(0);
    expect(a.noTurns).toEqual(['aga']);
    expect(a.unfilled.map((x) => [x.rotation, x.short])).toEqual([['crew-oncall', 2]]);
    const words = surplusDecision(
      {
        ...SURPLUS,
        byLocation: [
          {
            ...AT,
            location: 'Dublin',
            free: ['aga'],
            freeProductLines: [[]],
            freeNames: ['Aga'],
          },
        ],
      },
      TEAMS,
      a,
      (sre) => (sre === 'aga' ? 'Aga' : sre),
    );
    expect(words).toContain(
      'keep Aga for SRE work in business hours, not attrition: crew-oncall is short of people who take turns outside business hours, which Aga does not (§12.10.1)',
    );
    expect(words).not.toContain('attrition absorb');
    // One who would take its turns still fills it.
    const b = surplusAllocation(free, short, [], () => true);
    expect(placed(b, 'crew-oncall')).toEqual([['aga', false]]);
    expect(b.noTurns).toEqual([]);
  });

  it('treats a model without product lines as one business line', () => {
    const a = surplusAllocation(figures([{ sre: 'sam', at: 'Berlin', lines: [] }]), [
      pool('shop-oncall', 'Lisbon', []),
    ]);
    expect(placed(a, 'shop-oncall')).toEqual([['sam', false]]);
  });

  it('sends an SRE assigned to a team to that team’s rotation, else to share its on-call apart', () => {
    const free = figures([
      { sre: 'ana', at: 'Warsaw', lines: ['game'] },
      { sre: 'jo', at: 'Warsaw', lines: ['game'] },
    ]);
    const sent = [{ sre: 'jo', team: 'store', rotations: ['store-oncall'] }];
    const a = surplusAllocation(
      free,
      [pool('store-oncall', 'Warsaw', ['game']), pool('other-oncall', 'Warsaw', ['game'])],
      sent,
    );
    expect(a.sresOn('store-oncall').map((p) => [p.sre, p.team])).toEqual([['jo', 'store']]);
    expect(placed(a, 'other-oncall')).toEqual([['ana', false]]);
    // Its rotation is not short: the SRE shares the team's on-call, and goes nowhere else.
    const b = surplusAllocation(free, [pool('other-oncall', 'Warsaw', ['game'], 2)], sent);
    expect(b.sentApart.map((p) => [p.sre, p.team])).toEqual([['jo', 'store']]);
    expect(placed(b, 'other-oncall')).toEqual([['ana', false]]);
  });

  it('gives a relay’s seat at a site only to a free SRE there, even of its own product line', () => {
    const relay: ShortRotation = {
      name: 'live-oncall',
      shortfall: 1,
      setup: 'two-sites',
      sites: [
        { site: 'Tokyo', current: 5, needed: 6 },
        { site: 'Warsaw', current: 6, needed: 6 },
      ],
      productLines: ['game'],
    };
    const a = surplusAllocation(figures([{ sre: 'ana', at: 'Warsaw', lines: ['game'] }]), [relay]);
    expect(a.taken).toBe(0);
    expect(a.elsewhere).toEqual([{ rotation: 'live-oncall', site: 'Tokyo', short: 1 }]);
  });
});

const AT = {
  level: 'senior' as const,
  needed: 0,
  current: 1,
  count: 1,
  onRotations: 0,
  rotations: [],
  spare: 1,
  annualEach: { amount: '100000.00', currency: 'EUR' },
};

const SURPLUS = {
  byLocation: [],
  redeployTo: [],
  consulting: [],
  levels: [
    {
      level: 'senior' as const,
      atLocations: 1,
      redeploy: 0,
      holdingBelow: 0,
      promoted: 0,
      seats: 0,
      consulting: 0,
      spare: 1,
    },
  ],
  sreTeams: 0,
  sreTeamRoom: 0,
  annualCost: { amount: '100000.00', currency: 'EUR' },
  annualCostOther: [],
};

const TEAMS = { developmentTeams: [], needed: 0, current: 0, sreTeams: [] };
