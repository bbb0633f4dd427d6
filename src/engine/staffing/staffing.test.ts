import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { headcountByRole } from './headcount-by-role.ts';
import { hiringList } from './hiring-list.ts';
import { overloadedPeople } from './on-call-load.ts';
import { rotationSizing } from './rotation-sizing.ts';
import { sreScope } from './sre-scope.ts';
import { sreTeamScaling } from './sre-team-scaling.ts';
import { staffing } from './staffing.ts';

const businessHours = DEFAULT_BUSINESS_HOURS;

function devTeams(n: number, extra = ''): string[] {
  return Array.from({ length: n }, (_, i) =>
    doc('Team', `dev-${i + 1}`, `type: development\norganization: dev${extra}`),
  );
}

/**
 * A high-tier service of each team that operations run today: the services a target model of SRE
 * moves to SRE (§12.2.3, §12.8.1).
 */
function highTierServices(teams: readonly string[]): string[] {
  return teams.map((t) =>
    doc('Service', `${t}-api`, `owner: ${t}\nrunModel: ops-runs-it\navailabilityTarget: 99.95`),
  );
}

/** A service of each team whose on-call its developers share with SRE (§12.4). */
function sharedServices(teams: readonly string[]): string[] {
  return teams.map((t) => doc('Service', `${t}-api`, `owner: ${t}\nrunModel: you-and-sre-run-it`));
}

describe('sreTeamScaling', () => {
  it('counts the development teams in SRE scope against the SRE teams that exist', () => {
    const model = modelFrom(
      doc('Organization', 'dev', 'type: development\ntargetModel: you-and-sre-run-it'),
      doc('Organization', 'sre', 'type: sre'),
      ...devTeams(9),
      ...highTierServices(Array.from({ length: 9 }, (_, i) => `dev-${i + 1}`)),
      doc('Team', 'sre-core', 'type: sre\norganization: sre'),
    );
    expect(sreTeamScaling(model)).toMatchObject({ needed: 2, current: 1, gap: 1 });
  });

  it('counts under an SRE target model only the teams whose services it moves to SRE (§12.8.1)', () => {
    // Brightloop's target: booking's high-tier service, which operations run today, moves to
    // shared on-call; so does portal's, which its developers cover in office hours only. growth
    // and platform keep developers on rotation for medium and low tiers, search runs its high
    // tier itself round the clock and keeps it (§12.3, §12.6), and a team with no service has
    // nothing for SRE to run.
    const model = modelFrom(
      doc('Organization', 'dev', 'type: development\ntargetModel: you-and-sre-run-it'),
      doc('Team', 'booking', 'type: development\norganization: dev'),
      doc('Team', 'growth', 'type: development\norganization: dev\nsetup: developers-on-rotation'),
      doc('Team', 'platform', 'type: development\norganization: dev'),
      doc('Team', 'docs', 'type: development\norganization: dev'),
      doc('Team', 'alerts', 'type: development\norganization: dev'),
      doc('Team', 'search', 'type: development\norganization: dev'),
      doc('Team', 'portal', 'type: development\norganization: dev'),
      doc('Person', 'ann', 'team: search\nrole: developer'),
      doc('Person', 'pia', 'team: portal\nrole: developer'),
      doc(
        'Rotation',
        'search-oncall',
        'type: team\ncoverage: "24x7"\nmembers: [ann]\ncovers: { teams: [search] }',
      ),
      doc(
        'Rotation',
        'portal-oncall',
        'type: team\ncoverage: "8x5"\nmembers: [pia]\ncovers: { teams: [portal] }',
      ),
      doc(
        'Service',
        'portal-web',
        'owner: portal\nrunModel: you-run-it\navailabilityTarget: 99.95',
      ),
      doc(
        'Service',
        'booking-api',
        'owner: booking\nrunModel: ops-runs-it\navailabilityTarget: 99.95',
      ),
      doc(
        'Service',
        'search-api',
        'owner: search\nrunModel: you-run-it\navailabilityTarget: 99.95',
      ),
      doc('Service', 'reminders', 'owner: growth\nrunModel: you-run-it\navailabilityTarget: 99.5'),
      doc(
        'Service',
        'admin',
        'owner: platform\nrunModel: you-run-it\navailabilityTarget: 99.0\ndemand: high',
      ),
      doc('Service', 'pager', 'owner: alerts\nrunModel: ops-runs-it\ndemand: high'),
    );
    expect(sreScope(model).map((s) => [s.team.name, s.reasons])).toEqual([
      ['booking', ['target-model']],
      ['alerts', ['target-model']],
      ['portal', ['target-model']],
    ]);
  });

  it('leaves out development teams that neither SRE nor the target model touch', () => {
    const model = modelFrom(
      doc('Organization', 'dev', 'type: development'),
      ...devTeams(3),
      doc('Service', 'api', 'owner: dev-2\nrunModel: sre-runs-it'),
      doc('Service', 'web', 'owner: dev-3\nrunModel: you-run-it'),
    );
    expect(sreScope(model).map((s) => [s.team.name, s.reasons])).toEqual([
      ['dev-2', ['run-model']],
    ]);
    expect(sreTeamScaling(model)).toMatchObject({
      developmentTeams: ['dev-2'],
      needed: 1,
      current: 0,
    });
  });

  it('scales SRE teams per development organization where each has SRE teams of its own (§12.4.1, §12.7.1)', () => {
    // streaming-media: three product lines, each a development organization whose SRE team
    // reports to its head and serves its 4, 2 and 3 teams. Read over the whole company, 9 teams
    // needed 2 SRE teams and the plan asked to merge two that report to different heads.
    const line = (org: string, teams: number) => [
      doc('Organization', org, 'type: development\nparent: pd'),
      ...Array.from({ length: teams }, (_, i) =>
        doc('Team', `${org}-${i + 1}`, `type: development\norganization: ${org}`),
      ),
      ...sharedServices(Array.from({ length: teams }, (_, i) => `${org}-${i + 1}`)),
      doc(
        'Team',
        `${org}-sre`,
        `type: sre\norganization: ${org}\nsupports: [${Array.from({ length: teams }, (_, i) => `${org}-${i + 1}`).join(', ')}]`,
      ),
      doc('Person', `${org}-s`, `team: ${org}-sre\nrole: sre\nlevel: senior`),
    ];
    const model = modelFrom(
      doc('Organization', 'pd', 'type: product-delivery'),
      ...line('video', 4),
      ...line('ads', 2),
      ...line('live', 3),
    );
    expect(sreTeamScaling(model)).toMatchObject({
      needed: 3,
      current: 3,
      gap: 0,
      mostInOneOrganization: 1,
      byOrganization: [
        { organization: 'video', needed: 1 },
        { organization: 'ads', needed: 1 },
        { organization: 'live', needed: 1 },
      ],
    });
  });

  it('counts teams served from outside their development organization together', () => {
    // A central SRE organization serving nine teams of two development organizations: one
    // group, as the table reads it (9 → 2).
    const model = modelFrom(
      doc('Organization', 'a', 'type: development'),
      doc('Organization', 'b', 'type: development'),
      doc('Organization', 'sre', 'type: sre'),
      ...Array.from({ length: 9 }, (_, i) =>
        doc('Team', `t${i}`, `type: development\norganization: ${i < 5 ? 'a' : 'b'}`),
      ),
      ...sharedServices(Array.from({ length: 9 }, (_, i) => `t${i}`)),
      doc(
        'Team',
        'sre-core',
        `type: sre\norganization: sre\nsupports: [${Array.from({ length: 9 }, (_, i) => `t${i}`).join(', ')}]`,
      ),
      doc('Person', 's', 'team: sre-core\nrole: sre\nlevel: senior'),
    );
    expect(sreTeamScaling(model)).toMatchObject({
      needed: 2,
      mostInOneOrganization: 2,
      byOrganization: [{ organization: null, needed: 2 }],
    });
  });

  it('takes an explicit you-run-it target below an SRE target as the answer for that organization', () => {
    const model = modelFrom(
      doc('Organization', 'pd', 'type: product-delivery\ntargetModel: sre-runs-it'),
      doc('Organization', 'dev', 'type: development\nparent: pd\ntargetModel: you-run-it'),
      ...devTeams(2),
    );
    expect(sreScope(model)).toEqual([]);
  });
});

const orgModel = [
  doc('Organization', 'dev', 'type: development\ntargetModel: you-and-sre-run-it'),
  // An SRE organization with no head named: not a new director, so SRE stays in it (sre-home.test.ts).
  doc('Organization', 'sre', 'type: sre'),
  doc('Team', 'a', 'type: development\norganization: dev\ndomain: pay\nproductLine: shop'),
  doc('Team', 'b', 'type: development\norganization: dev\ndomain: pay\nproductLine: shop'),
  doc('Team', 'c', 'type: development\norganization: dev\ndomain: cat\nproductLine: shop'),
  doc('Team', 'd', 'type: development\norganization: dev\ndomain: ship\nproductLine: market'),
  ...highTierServices(['a', 'b', 'c', 'd']),
  doc('Team', 'sre-core', 'type: sre\norganization: sre'),
  doc('Person', 'a1', 'team: a\nrole: developer\nlocation: Berlin\ntimezone: Europe/Berlin'),
  doc('Person', 'b1', 'team: b\nrole: developer\nlocation: Berlin\ntimezone: Europe/Berlin'),
  doc('Person', 'c1', 'team: c\nrole: developer\nlocation: Berlin\ntimezone: Europe/Berlin'),
  doc('Person', 'd1', 'team: d\nrole: developer\nlocation: Lisbon\ntimezone: Europe/Lisbon'),
  doc('Person', 's1', 'team: sre-core\nrole: sre\nlevel: junior\nlocation: Berlin'),
  doc('Person', 's2', 'team: sre-core\nrole: sre\nlevel: senior\nlocation: Berlin'),
  doc('Person', 's3', 'team: sre-core\nrole: sre'),
  doc('Person', 'i1', 'team: sre-core\nrole: infrastructure-sre\nlevel: senior'),
];

describe('headcountByRole', () => {
  const model = modelFrom(...orgModel);
  const headcount = headcountByRole(model);

  it('needs juniors as development teams, seniors as domains, principals as product lines (§12.10.2)', () => {
    expect(headcount.roles.junior).toMatchObject({
      needed: 4,
      current: 1,
      basis: 'development-teams',
    });
    expect(headcount.roles.senior).toMatchObject({
      needed: 3,
      current: 1,
      units: ['pay', 'cat', 'ship'],
    });
    expect(headcount.roles.principal).toMatchObject({
      needed: 2,
      current: 0,
      units: ['shop', 'market'],
    });
  });

  it('needs one principal SRE for a company that states no product line: it is one business line (§12.10.2)', () => {
    const noLines = modelFrom(
      ...orgModel.map((d) => d.replace(/\n\s*productLine: \w+/, '')),
      doc('Organization', 'acme', 'type: product-delivery'),
    );
    const h = headcountByRole(noLines);
    expect(h.roles.principal).toMatchObject({ needed: 1, current: 0, units: ['acme'] });
    expect(h.oneBusinessLine).toBe(true);
    expect(hiringList(noLines, h).filter((x) => x.level === 'principal')).toMatchObject([
      { count: 1, location: 'Berlin/Lisbon' },
    ]);
  });

  it('counts unleveled SREs and infrastructure SREs apart', () => {
    expect(headcount.unleveled).toEqual(['s3']);
    expect(headcount.infrastructure).toEqual(['i1']);
  });

  it('splits need and people by site: Lisbon, an hour from Berlin, shares its working hours', () => {
    expect(headcount.roles.junior.byLocation).toEqual([
      {
        location: 'Berlin/Lisbon',
        locations: ['Berlin', 'Lisbon'],
        timezone: 'Europe/Berlin',
        needed: 4,
        current: 1,
        heldAbove: 0,
        kept: 0,
        left: 0,
        movable: 0,
        reserved: 0,
      },
    ]);
  });

  it('turns the gaps into a hiring list by level and site, in the SRE organization', () => {
    const hires = hiringList(model, headcount);
    expect(hires.map((h) => [h.level, h.count, h.location, h.organization])).toEqual([
      ['junior', 3, 'Berlin/Lisbon', 'sre'],
      ['senior', 2, 'Berlin/Lisbon', 'sre'],
      ['principal', 2, 'Berlin/Lisbon', 'sre'],
    ]);
  });

  it('keeps sites that do not share working hours apart: a team in New York needs its SRE there', () => {
    const h = headcountByRole(
      modelFrom(
        doc('Organization', 'dev', 'type: development'),
        doc('Team', 'a', 'type: development\norganization: dev\nsetup: dedicated-sre'),
        doc('Team', 'b', 'type: development\norganization: dev\nsetup: dedicated-sre'),
        doc('Person', 'a1', 'team: a\nrole: developer\ntimezone: Europe/Lisbon'),
        doc('Person', 'b1', 'team: b\nrole: developer\ntimezone: America/New_York'),
        doc('Person', 's1', 'team: a\nrole: sre\nlevel: junior\ntimezone: Europe/Berlin'),
      ),
    );
    expect(h.roles.junior.byLocation).toEqual([
      // Nobody gives a location: the sites are named by their zones, and list no city.
      {
        location: 'Europe/Berlin',
        locations: [],
        timezone: 'Europe/Berlin',
        needed: 1,
        current: 1,
        heldAbove: 0,
        kept: 0,
        left: 0,
        movable: 0,
        reserved: 0,
      },
      {
        location: 'America/New_York',
        locations: [],
        timezone: 'America/New_York',
        needed: 1,
        current: 0,
        heldAbove: 0,
        kept: 0,
        left: 0,
        movable: 0,
        reserved: 0,
      },
    ]);
  });

  it('hires no one for a level with SREs enough, even if they sit elsewhere', () => {
    const model2 = modelFrom(
      doc('Organization', 'dev', 'type: development'),
      doc('Team', 'a', 'type: development\norganization: dev\nsetup: dedicated-sre'),
      doc('Team', 'b', 'type: development\norganization: dev\nsetup: dedicated-sre'),
      doc('Person', 'a1', 'team: a\nrole: developer\nlocation: Berlin'),
      doc('Person', 'b1', 'team: b\nrole: developer\nlocation: Berlin'),
      doc('Person', 's1', 'team: a\nrole: sre\nlevel: junior\nlocation: Porto'),
      doc('Person', 's2', 'team: b\nrole: sre\nlevel: junior\nlocation: Porto'),
    );
    const h = headcountByRole(model2);
    expect(h.roles.junior).toMatchObject({ needed: 2, current: 2 });
    expect(hiringList(model2, h).filter((x) => x.level === 'junior')).toEqual([]);
  });

  it('counts an SRE whom a rotation needs where they are for their own site only (§12.6)', () => {
    // Two junior SREs in New York for two teams in Berlin: free to move, they take Berlin's
    // places; on a rotation that needs them in New York, Berlin's places are hired for.
    const model3 = modelFrom(
      doc('Organization', 'dev', 'type: development'),
      doc('Team', 'a', 'type: development\norganization: dev\nsetup: dedicated-sre'),
      doc('Team', 'b', 'type: development\norganization: dev\nsetup: dedicated-sre'),
      doc('Person', 'a1', 'team: a\nrole: developer\ntimezone: Europe/Berlin'),
      doc('Person', 'a2', 'team: a\nrole: developer\ntimezone: Europe/Berlin'),
      doc('Person', 'b1', 'team: b\nrole: developer\ntimezone: Europe/Berlin'),
      doc('Person', 'b2', 'team: b\nrole: developer\ntimezone: Europe/Berlin'),
      doc('Person', 's1', 'team: a\nrole: sre\nlevel: junior\ntimezone: America/New_York'),
      doc('Person', 's2', 'team: b\nrole: sre\nlevel: junior\ntimezone: America/New_York'),
    );
    const free = headcountByRole(model3);
    expect(free.roles.junior).toMatchObject({ needed: 2, current: 2, redeploy: 2, short: 0 });
    expect(hiringList(model3, free).filter((x) => x.level === 'junior')).toEqual([]);
    const bound = headcountByRole(
      model3,
      new Map([
        ['s1', ['ny-oncall']],
        ['s2', ['ny-oncall']],
      ]),
    );
    expect(bound.roles.junior).toMatchObject({ redeploy: 0, short: 2 });
    const ny = bound.roles.junior.byLocation.find((l) => l.location === 'America/New_York');
    expect(ny).toMatchObject({ kept: 2, left: 2, movable: 0 });
    const [hire] = hiringList(model3, bound).filter((x) => x.level === 'junior');
    expect(hire).toMatchObject({ level: 'junior', count: 2, location: 'Europe/Berlin' });
    expect(hire?.reason).toContain(
      '2 junior SREs at America/New_York are in seats rotations need at their site, so they do not count toward these places (§12.6)',
    );
    // One of them free: one moves, one place is hired for.
    const one = headcountByRole(model3, new Map([['s1', ['ny-oncall']]]));
    expect(one.roles.junior).toMatchObject({ redeploy: 1, short: 1 });
    expect(hiringList(model3, one).find((x) => x.level === 'junior')?.reason).toContain(
      '1 junior SRE at America/New_York is beyond their site’s places: they are redeployed first, and this hire is for the places they leave (§12.10.2); 1 junior SRE at America/New_York is in a seat a rotation needs at their site, so they do not count toward these places (§12.6)',
    );
  });
});

describe('places held by a higher level (§12.10)', () => {
  const company = (teams: number, sres: readonly (readonly [string, string, string?])[]) =>
    modelFrom(
      doc('Organization', 'co', 'type: product-delivery'),
      doc('Organization', 'dev', 'type: development\nparent: co'),
      ...Array.from({ length: teams }, (_, i) =>
        doc('Team', `t${i}`, `type: development\norganization: dev\nsetup: dedicated-sre`),
      ),
      ...Array.from({ length: teams }, (_, i) =>
        doc(
          'Person',
          `d${i}`,
          `team: t${i}\nrole: developer\nlocation: Berlin\ntimezone: Europe/Berlin`,
        ),
      ),
      ...sres.map(([name, level, more]) =>
        doc(
          'Person',
          name,
          `team: t0\nrole: sre\nlevel: ${level}\nlocation: Berlin\ntimezone: Europe/Berlin${more ? `\n${more}` : ''}`,
        ),
      ),
    );

  it('lets spare seniors take junior places before juniors are hired: 5 teams, 1 junior, 3 seniors → 2 hires', () => {
    // With its principal in place: no place above is open for a spare senior to grow into.
    const model = company(5, [
      ['j1', 'junior'],
      ['s1', 'senior'],
      ['s2', 'senior'],
      ['s3', 'senior'],
      ['p1', 'principal'],
    ]);
    const h = headcountByRole(model);
    expect(h.roles.junior).toMatchObject({
      needed: 5,
      current: 1,
      short: 2,
      heldAbove: [{ level: 'senior', count: 2 }],
    });
    expect(h.roles.senior).toMatchObject({
      needed: 1,
      current: 3,
      short: 0,
      holdingBelow: [{ level: 'junior', count: 2 }],
    });
    expect(h.roles.junior.byLocation).toMatchObject([{ location: 'Berlin', heldAbove: 2 }]);
    const junior = hiringList(model, h).filter((x) => x.level === 'junior');
    expect(junior.map((x) => x.count)).toEqual([2]);
    expect(junior[0]?.reason).toContain('2 places held by senior SREs');
  });

  it('sets a spare senior aside for the open principal place before seniors take junior places', () => {
    // One business line and no principal: of the 2 spare seniors, 1 may grow into the principal
    // place (§12.10.2), so 1 holds a junior place and 3 juniors are hired, not a principal.
    const model = company(5, [
      ['j1', 'junior'],
      ['s1', 'senior'],
      ['s2', 'senior'],
      ['s3', 'senior'],
    ]);
    const h = headcountByRole(model);
    expect(h.roles.principal).toMatchObject({ needed: 1, current: 0, short: 1 });
    expect(h.roles.senior.byLocation).toMatchObject([{ location: 'Berlin', reserved: 1, left: 0 }]);
    expect(h.roles.senior.holdingBelow).toEqual([{ level: 'junior', count: 1 }]);
    expect(h.roles.junior).toMatchObject({ short: 3, heldAbove: [{ level: 'senior', count: 1 }] });
    const s = staffing(model, { businessHours });
    expect(s.promotions).toMatchObject([{ level: 'principal', from: 'senior', promoted: 1 }]);
    expect(s.hiring.map((x) => [x.level, x.count])).toEqual([['junior', 3]]);
  });

  it('sets aside only those who may grow: a spare senior shown to fail a criterion holds the junior place', () => {
    // Both seniors have 2 years: a principal needs 5 (§12.10), so neither is set aside for the
    // principal place, both hold junior places, and the principal is hired.
    const model = company(5, [
      ['j1', 'junior'],
      ['s0', 'senior', 'experienceYears: 2'],
      ['s1', 'senior', 'experienceYears: 2'],
      ['s2', 'senior', 'experienceYears: 2'],
    ]);
    const h = headcountByRole(model);
    expect(h.roles.senior.byLocation[0]?.reserved).toBe(0);
    expect(h.roles.junior.heldAbove).toEqual([{ level: 'senior', count: 2 }]);
    const s = staffing(model, { businessHours });
    expect(s.promotions.filter((p) => p.promoted > 0)).toEqual([]);
    expect(s.hiring.map((x) => [x.level, x.count])).toEqual([
      ['junior', 2],
      ['principal', 1],
    ]);
  });

  it('never lets a spare junior take a senior place: that is a promotion, not a hire saved', () => {
    const h = headcountByRole(
      modelFrom(
        doc('Organization', 'co', 'type: product-delivery'),
        doc('Organization', 'dev', 'type: development\nparent: co'),
        doc('Team', 'a', 'type: development\norganization: dev\nsetup: dedicated-sre\ndomain: x'),
        doc('Team', 'b', 'type: development\norganization: dev\nsetup: dedicated-sre\ndomain: y'),
        ...['j1', 'j2', 'j3'].map((n) =>
          doc('Person', n, 'team: a\nrole: sre\nlevel: junior\nlocation: Berlin'),
        ),
      ),
    );
    expect(h.roles.senior).toMatchObject({ needed: 2, current: 0, short: 2, heldAbove: [] });
    expect(h.roles.junior.holdingBelow).toEqual([]);
  });

  it('a company whose SRE scope is one team has one place, a senior SRE’s: no junior or principal to hire', () => {
    const model = company(1, [['s1', 'senior']]);
    const h = headcountByRole(model);
    expect(h.oneTeam).toEqual({ line: 'co', domain: 'co', team: 't0' });
    expect([h.roles.junior.needed, h.roles.senior.needed, h.roles.principal.needed]).toEqual([
      0, 1, 0,
    ]);
    expect(hiringList(model, h)).toEqual([]);
  });

  it('keeps the junior and principal places once a second team is in SRE scope', () => {
    const h = headcountByRole(company(2, [['s1', 'senior']]));
    expect(h.oneTeam).toBeUndefined();
    expect([h.roles.junior.needed, h.roles.senior.needed, h.roles.principal.needed]).toEqual([
      2, 1, 1,
    ]);
  });
});

describe('rotationSizing', () => {
  // A site is the clock people live by (§12.9.5), so each city comes with its zone.
  const ZONES: Record<string, string> = {
    Berlin: 'Europe/Berlin',
    Austin: 'America/Chicago',
    Singapore: 'Asia/Singapore',
  };
  const people = (site: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      doc('Person', `${site.toLowerCase()}-${i}`, `location: ${site}\ntimezone: ${ZONES[site]}`),
    );
  const names = (site: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${site.toLowerCase()}-${i}`);
  const rotation = (name: string, coverage: string, members: string[]) =>
    doc('Rotation', name, `type: team\ncoverage: "${coverage}"\nmembers: [${members.join(', ')}]`);

  it('finds a one-site 24x7 rotation of 6 short by 2', () => {
    const model = modelFrom(...people('Berlin', 6), rotation('r', '24x7', names('Berlin', 6)));
    expect(rotationSizing(model, businessHours)[0]).toMatchObject({
      needed: 8,
      current: 6,
      shortfall: 2,
      setup: 'one-site',
      sustainable: false,
    });
  });

  it('accepts 6 per site across two sites that follow the sun', () => {
    const model = modelFrom(
      ...people('Singapore', 6),
      ...people('Austin', 6),
      rotation('r', '24x7', [...names('Singapore', 6), ...names('Austin', 6)]),
    );
    const [sized] = rotationSizing(model, businessHours);
    expect(sized).toMatchObject({
      needed: 12,
      current: 12,
      setup: 'two-sites',
      followTheSun: 'automatic',
      sustainable: true,
    });
    expect(sized?.sites).toEqual([
      // Singapore 08:00 to Austin's 07:00 (13 h in January), Austin on to Singapore's 08:00.
      { site: 'Singapore', current: 6, needed: 6, hoursPerDay: 13, partNeeds: 6 },
      { site: 'Austin', current: 6, needed: 6, hoursPerDay: 12, partNeeds: 6 },
    ]);
  });

  it('runs 5 and 5 far apart as one pool round the clock rather than calling them short', () => {
    // Six at each site would follow the sun; five each take whole turns, ten in all (≥ 8).
    const model = modelFrom(
      ...people('Singapore', 5),
      ...people('Austin', 5),
      rotation('r', '24x7', [...names('Singapore', 5), ...names('Austin', 5)]),
    );
    const [sized] = rotationSizing(model, businessHours);
    expect(sized).toMatchObject({ setup: 'one-pool', shortfall: 0, needed: 8, current: 10 });
    expect(sized?.sites).toEqual([
      { site: 'Singapore', current: 5, needed: 5 },
      { site: 'Austin', current: 5, needed: 5 },
    ]);
  });

  it('keeps Berlin and Austin in one pool: Austin would be on call through its night', () => {
    const model = modelFrom(
      ...people('Berlin', 6),
      ...people('Austin', 6),
      rotation('r', '24x7', [...names('Berlin', 6), ...names('Austin', 6)]),
    );
    expect(rotationSizing(model, businessHours)[0]).toMatchObject({
      setup: 'one-pool',
      followTheSun: null,
      sustainable: true,
    });
  });

  it('counts members on one clock as one site whatever their city, as rotation-too-small does', () => {
    const model = modelFrom(
      ...['berlin', 'hamburg'].flatMap((city) =>
        [0, 1, 2, 3].map((i) =>
          doc('Person', `${city}-${i}`, `location: ${city}\ntimezone: Europe/Berlin`),
        ),
      ),
      rotation('r', '24x7', [...names('Berlin', 4), ...names('Hamburg', 4)]),
    );
    const [sized] = rotationSizing(model, businessHours);
    expect(sized).toMatchObject({ sustainable: true, shortfall: 0 });
    // Named by both cities: four of the eight work in Hamburg.
    expect(sized?.sites.map((s) => [s.site, s.current])).toEqual([['berlin/hamburg', 8]]);
  });

  it('puts members with neither location nor time zone at the rotation’s zone', () => {
    const model = modelFrom(
      ...Array.from({ length: 8 }, (_, i) => doc('Person', `p-${i}`, 'role: sre')),
      doc(
        'Rotation',
        'r',
        `type: team\ncoverage: "24x7"\ntimezone: Asia/Tokyo\nmembers: [${Array.from({ length: 8 }, (_, i) => `p-${i}`).join(', ')}]`,
      ),
    );
    expect(rotationSizing(model, businessHours)[0]?.sites).toEqual([
      { site: 'Asia/Tokyo', current: 8, needed: 8 },
    ]);
  });

  it('sizes 8x5 and 8x7 rotations from their own hours', () => {
    const model = modelFrom(
      ...people('Berlin', 2),
      rotation('weekdays', '8x5', names('Berlin', 2)),
      rotation('every-day', '8x7', names('Berlin', 2)),
    );
    expect(
      rotationSizing(model, businessHours).map((r) => [r.name, r.needed, r.shortfall]),
    ).toEqual([
      ['weekdays', 2, 0],
      ['every-day', 3, 1],
    ]);
  });
});

describe('overloadedPeople', () => {
  it("adds up a person's rotations against the 25% rule, as the schedule shares the hours", () => {
    const eight = Array.from({ length: 8 }, (_, i) => `p${i}`);
    const model = modelFrom(
      ...eight.map((p) => doc('Person', p, 'location: Berlin')),
      doc('Rotation', 'one', `type: team\ncoverage: "24x7"\nmembers: [${eight.join(', ')}]`),
      doc('Rotation', 'two', 'type: team\ncoverage: "8x7"\nmembers: [p0]'),
    );
    // One on call at a time: p0 168 ÷ 8 = 21 h plus all 56 h of the 8x7 → 77 h a week, 46%.
    expect(overloadedPeople(model, businessHours)).toEqual([
      { person: 'p0', hoursPerWeek: 77, share: 0.46, rotations: ['one', 'two'] },
    ]);
  });

  it('counts a follow-the-sun member for their site’s part of the day only', () => {
    const sites = { sg: 'Asia/Singapore', ny: 'America/New_York' };
    const members = Object.keys(sites).flatMap((s) => [0, 1, 2, 3, 4, 5].map((i) => `${s}${i}`));
    const model = modelFrom(
      ...members.map((m) =>
        doc('Person', m, `timezone: ${sites[m.slice(0, 2) as keyof typeof sites]}`),
      ),
      doc('Rotation', 'global', `type: team\ncoverage: "24x7"\nmembers: [${members.join(', ')}]`),
      doc('Rotation', 'extra', 'type: team\ncoverage: "8x7"\nmembers: [sg0]'),
    );
    // Singapore's part is 12 h a day on average (12.5 in January, 11.5 in July): 84 h a week
    // ÷ 6 = 14 h, plus 56 h.
    expect(overloadedPeople(model, businessHours)).toEqual([
      { person: 'sg0', hoursPerWeek: 70, share: 0.42, rotations: ['global', 'extra'] },
    ]);
  });
});
