import { describe, expect, it } from 'vitest';
import { CORPUS, type Doc, docsOf, membersOf, ofKind, orgPath, runJson } from './support/corpus.ts';
import type { StaffingRotation } from './support/outputs.ts';

/**
 * §12.9.5: following the sun takes a second site whose day covers the rest of the clock.
 * hospital-group's R2 told clinical-ops-24x7, all of whose people are in Chicago and
 * Indianapolis (an hour apart: one site), to grow "to 6 at each of two sites that follow the
 * sun", though the organization has nobody anywhere else. The offer now comes from one rule
 * (`relayPartners`, by the site rule of `rotationSetup`): a relay with a named second site of the
 * organization, else that it needs one. The check's finding says the same.
 */
interface Plan {
  readonly staffing: { readonly rotations: readonly StaffingRotation[] };
  readonly risks: readonly { readonly about: string; readonly mitigation: string }[];
  readonly checks: readonly {
    readonly code: string;
    readonly subject: { readonly name: string };
    readonly message: string;
  }[];
}

/** The follow-the-sun offer of a finding (to its closing bracket) or of a risk (to its §). */
function offerIn(text: string): string | undefined {
  return /(or follow the sun.*?)(?:\)\.$| \(§12\.6)/.exec(text)?.[1];
}

const OFFER = /follow the sun, each site on call for its part of the day, with ([^(]+) \(/;

describe('follow-the-sun is offered to a one-site rotation only with a second site', () => {
  it.each(CORPUS)('%s: never "6 at each of two sites" for a one-site rotation', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    for (const r of plan.staffing.rotations.filter((x) => x.setup === 'one-site')) {
      const risk = plan.risks.find((k) => k.about === `Rotation ${r.name}`);
      if (risk === undefined) continue;
      expect(risk.mitigation, r.name).not.toContain('two sites that follow the sun');
      const offered = OFFER.exec(risk.mitigation)?.[1];
      if (offered !== undefined) expect(offered, r.name).not.toBe(r.sites[0]?.site);
    }
  });

  it('hospital-group: clinical-ops-24x7, all in Chicago, needs a second site to follow the sun', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('hospital-group'), '--json']);
    const risk = plan.risks.find((k) => k.about === 'Rotation clinical-ops-24x7');
    expect(risk?.mitigation).toContain(
      'grow it to 8 people in Chicago/Indianapolis taking whole turns',
    );
    expect(risk?.mitigation).toContain('needs people at a second site');
    expect(risk?.mitigation).toContain('the organization has none');
    expect(risk?.mitigation).not.toMatch(OFFER);
  });

  // Los Angeles is far enough from Warsaw, but the store team has nobody there: a relay would
  // need 6 hires in Los Angeles where growing it takes 8 in Warsaw, so only growing is offered.
  it('game-studio: store-oncall, all in Warsaw, is not offered a relay with Los Angeles', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('game-studio'), '--json']);
    const found = plan.checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'store-oncall',
    );
    expect(found?.message).toContain('8 taking whole turns');
    expect(found?.message).not.toContain('follow the sun');
  });
});

/** Every further site a follow-the-sun offer names: "… its part of the day, with <site> (6 in …". */
function relaysOffered(text: string): string[] {
  return [...text.matchAll(/(?:its part of the day, | or )with ([^(;]+?) \(\d+ in /g)].map(
    (m) => m[1] as string,
  );
}

/**
 * The people of the teams a rotation is on call for, as docs/schedule.md states the rule: the
 * teams it names and the owners of the services it names (a thin layer: its members' teams),
 * who are not on it and may take its turns.
 */
function teamsPeople(docs: readonly Doc[], rotation: Doc): Doc[] {
  const covers = (rotation.spec.covers ?? {}) as { teams?: string[]; services?: string[] };
  const person = (name: string) =>
    docs.find((d) => d.kind === 'Person' && d.metadata.name === name);
  const teams = new Set(
    rotation.spec.type === 'thin-layer'
      ? membersOf(rotation).map((m) => person(m)?.spec.team as string)
      : [
          ...(covers.teams ?? []),
          ...(covers.services ?? []).map(
            (s) =>
              docs.find((d) => d.kind === 'Service' && d.metadata.name === s)?.spec.owner as string,
          ),
        ],
  );
  return ofKind(docs, 'Person').filter(
    (p) =>
      teams.has(p.spec.team as string) &&
      !membersOf(rotation).includes(p.metadata.name) &&
      p.spec.onCall !== false &&
      p.spec.onCallOutsideBusinessHours !== false,
  );
}

/** Whether a person works at a site named `site`: its location, or a zone of people there. */
function worksAt(docs: readonly Doc[], person: Doc, site: string): boolean {
  const cities = citiesOf(site);
  const zones = new Set(
    ofKind(docs, 'Person')
      .filter((p) => cities.includes(p.spec.location as string))
      .map((p) => p.spec.timezone as string),
  );
  return (
    cities.includes(person.spec.location as string) ||
    person.spec.timezone === site ||
    zones.has(person.spec.timezone as string)
  );
}

/** The cities a site's name spells out ("Dublin/Lisbon", "Berlin/Hamburg/Munich and 9 more"). */
function citiesOf(site: string): string[] {
  return site.replace(/ and \d+ more$/, '').split('/');
}

/**
 * Issue #12 (energy-utility): the alternative to growing a short round-the-clock rotation told
 * Chicago teams with nobody in Bangalore to follow the sun "with Bangalore" (6 there and 6 in
 * Chicago: 12 people where growing it takes 8) and Bangalore's meter-data team "with Chicago". A
 * relay needs 12 and whole turns 8, so it is advice only where the people are: a further site is
 * offered only where the teams the rotation is on call for already work, and never to a rotation
 * another company staffs (its contract staffs it, §12.4.6).
 */
describe('follow-the-sun with a further site is offered only where the rotation’s teams work', () => {
  it.each(CORPUS)(
    '%s: every site offered has people of its teams; none to a provider',
    async (name) => {
      const docs = docsOf(name);
      const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
      const texts = [
        ...plan.checks
          .filter((c) => c.code === 'rotation-too-small')
          .map((c) => ({ rotation: c.subject.name, text: c.message })),
        ...plan.risks
          .filter((k) => k.about.startsWith('Rotation '))
          .map((k) => ({ rotation: k.about.slice('Rotation '.length), text: k.mitigation })),
      ];
      for (const { rotation, text } of texts) {
        const sized = plan.staffing.rotations.find((r) => r.name === rotation);
        if (sized?.provider) expect(text, rotation).not.toContain('or follow the sun');
        const doc = docs.find((d) => d.kind === 'Rotation' && d.metadata.name === rotation);
        if (doc === undefined) continue;
        const own = new Set(sized?.sites.map((s) => s.site));
        for (const site of relaysOffered(text).filter((s) => !own.has(s))) {
          const there = teamsPeople(docs, doc).filter((p) => worksAt(docs, p, site));
          expect(there.length, `${rotation} with ${site}`).toBeGreaterThan(0);
          expect(text, rotation).toContain(`${there.length} people of the teams it is on call for`);
        }
      }
    },
    120_000,
  );

  it('energy-utility: no Chicago or Denver team is offered Bangalore, nor meter data Chicago', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('energy-utility'), '--json']);
    for (const rotation of [
      'outage-shared',
      'der-shared',
      'headend-oncall',
      'mdm-oncall',
      'grid-ops-domain',
      'it-ops-standby',
      'noc-first-line',
    ]) {
      const found = plan.checks.find(
        (c) => c.code === 'rotation-too-small' && c.subject.name === rotation,
      );
      expect(found, rotation).toBeDefined();
      expect(found?.message, rotation).not.toContain('follow the sun');
    }
    // login-sre has people at both sites already: its own relay stays an option.
    const login = plan.checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'login-sre',
    );
    expect(login?.message).toContain(
      'or follow the sun, each site on call for its part of the day (6 in Bangalore/Hyderabad and 6 in Chicago/Denver)',
    );
  });
});

/**
 * A rotation that is one pool at several sites was offered "6 at each of two sites that follow
 * the sun" by the check while the risk offered nothing: migration's sre-delivery-oncall (Madrid
 * and Mexico City, seven hours apart, too close for both parts of the day to fall in daytime) and
 * saas-global's public-api-oncall (New York and San Francisco). The offer comes from one rule
 * (`followTheSunOption`): its own sites when only people are missing, else further sites named,
 * else that none would do; the check and the risk say the same.
 */
describe('a short round-the-clock pool is offered follow-the-sun with its sites named', () => {
  it.each(CORPUS)('%s: the check and the risk make the same offer', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const pools = plan.staffing.rotations.filter(
      (r) => r.coverage === '24x7' && !r.sustainable && ['one-site', 'one-pool'].includes(r.setup),
    );
    for (const r of pools) {
      const found = plan.checks.find(
        (c) => c.code === 'rotation-too-small' && c.subject.name === r.name,
      );
      expect(found, r.name).toBeDefined();
      const message = found?.message ?? '';
      expect(message, r.name).not.toMatch(/\d+ at each of two sites that follow the sun/);
      const risk = plan.risks.find((k) => k.about === `Rotation ${r.name}`);
      if (risk === undefined || !risk.mitigation.startsWith('Grow it')) continue;
      expect(offerIn(risk.mitigation), r.name).toBe(offerIn(message));
    }
  });

  it('migration: sre-delivery-oncall in Madrid and Mexico City cannot follow the sun as it is', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('migration'), '--json']);
    const found = plan.checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'sre-delivery-oncall',
    );
    expect(found?.message).toContain('Madrid/Lisbon and Mexico City are not');
    const risk = plan.risks.find((k) => k.about === 'Rotation sre-delivery-oncall');
    expect(offerIn(risk?.mitigation ?? '')).toBe(offerIn(found?.message ?? ''));
  });

  it('saas-global: public-api-oncall in New York and San Francisco may follow the sun with a third site', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('saas-global'), '--json']);
    const found = plan.checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'public-api-oncall',
    );
    expect(offerIn(found?.message ?? '')).toMatch(
      /^or follow the sun, each site on call for its part of the day, with [\w/]+ \(4 in /,
    );
  });
});

/**
 * A relay is with colleagues: the company's rotation follows the sun with the company's people,
 * a provider's with the provider's (§12.4.6, §12.6). telecom-carrier's Mexico City pager was
 * offered a relay "with Manila", where Solara's only people are its partner's level-1 desk.
 */
describe('follow-the-sun is offered only with a site of those who staff the rotation', () => {
  it.each(CORPUS)(
    '%s: every site a relay is offered with has colleagues of its people',
    async (name) => {
      const check = await runJson<Plan>(['check', orgPath(name), '--json']);
      const docs = docsOf(name);
      const employer = employers(docs);
      const people = docs.filter((d) => d.kind === 'Person' && d.spec.openPosition !== true);
      for (const found of check.checks.filter((c) => c.code === 'rotation-too-small')) {
        const offered = OFFER.exec(found.message)?.[1]?.trim();
        if (offered === undefined) continue;
        const rotation = docs.find(
          (d) => d.kind === 'Rotation' && d.metadata.name === found.subject.name,
        );
        const members = (rotation?.spec.members ?? []) as string[];
        const staffedBy = mostCommon(members.map(employer));
        const there = people.filter((p) => citiesOf(offered).includes(p.spec.location as string));
        const colleagues = people.filter(
          (p) =>
            employer(p.metadata.name) === staffedBy &&
            there.some((t) => neighbours(zone(t), zone(p))),
        );
        expect(colleagues.length, `${name}: ${found.subject.name} with ${offered}`).toBeGreaterThan(
          0,
        );
      }
    },
  );

  it('telecom-carrier: the Mexico City pager has no relay with the partner’s Manila desk', async () => {
    const check = await runJson<Plan>(['plan', orgPath('telecom-carrier'), '--json']);
    const found = check.checks.find(
      (c) => c.code === 'rotation-too-small' && c.subject.name === 'mx-digital',
    );
    expect(found?.message).toContain('the organization has none');
    expect(found?.message).not.toMatch(OFFER);
  });
});

/** Whom each person works for: "company", or the outside organization (no product-delivery root). */
function employers(docs: readonly Doc[]): (person: string) => string {
  const orgs = new Map(
    docs.filter((d) => d.kind === 'Organization').map((d) => [d.metadata.name, d]),
  );
  const teams = new Map(docs.filter((d) => d.kind === 'Team').map((d) => [d.metadata.name, d]));
  const persons = new Map(docs.filter((d) => d.kind === 'Person').map((d) => [d.metadata.name, d]));
  const root = (org: string): string => {
    let at = org;
    for (let i = 0; i < 64; i++) {
      const parent = orgs.get(at)?.spec.parent;
      if (typeof parent !== 'string') break;
      at = parent;
    }
    return at;
  };
  const hasDelivery = [...orgs.values()].some((o) => o.spec.type === 'product-delivery');
  const orgOf = (person: string, depth = 0): string | undefined => {
    const spec = persons.get(person)?.spec;
    if (spec === undefined || depth > 64) return undefined;
    if (typeof spec.team === 'string') return teams.get(spec.team)?.spec.organization as string;
    const headed = [...orgs.values()].find((o) => o.spec.head === person);
    if (headed) return headed.metadata.name;
    return typeof spec.reportsTo === 'string' ? orgOf(spec.reportsTo, depth + 1) : undefined;
  };
  return (person) => {
    const org = orgOf(person);
    if (!hasDelivery || org === undefined) return 'company';
    return orgs.get(root(org))?.spec.type === 'product-delivery' ? 'company' : org;
  };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'company';
}

function zone(person: Doc): string {
  return typeof person.spec.timezone === 'string' ? person.spec.timezone : 'UTC';
}

const offsets = new Map<string, number>();

/** Minutes east of UTC on a date in a zone (looked up once per zone and date). */
function offset(zoneName: string, date: Date): number {
  const key = `${zoneName} ${date.toISOString()}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const minutes = offsetOf(zoneName, date);
  offsets.set(key, minutes);
  return minutes;
}

function offsetOf(zoneName: string, date: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zoneName, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Zones at most two hours apart in January and July share working hours (one site). */
function neighbours(a: string, b: string): boolean {
  return [new Date('2026-01-15T12:00:00Z'), new Date('2026-07-15T12:00:00Z')].every(
    (d) => Math.abs(offset(a, d) - offset(b, d)) <= 120,
  );
}
