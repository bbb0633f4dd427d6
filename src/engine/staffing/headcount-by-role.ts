import type { CompiledModel, SreLevel } from '../../model/index.ts';
import { holdsSreTitleWithoutPractice, isPractisingSre, SRE_LEVELS } from '../../model/index.ts';
import { personReadiness } from '../people/index.ts';
import { modelSites } from '../sites/index.ts';
import { placesHeldAbove } from './places-held-above.ts';
import { siteNameOf, siteTimezone, teamSiteName } from './sites.ts';
import { sreScope } from './sre-scope.ts';

/** What each level's head count follows (§12.10.2, "SRE Head Count by Role"). */
export const HEADCOUNT_BASIS: Readonly<Record<SreLevel, HeadcountBasis>> = {
  junior: 'development-teams',
  senior: 'product-domains',
  principal: 'product-lines',
};
export type HeadcountBasis = 'development-teams' | 'product-domains' | 'product-lines';

export interface LocationHeadcount {
  /** The site (`modelSites`), named by the cities of its people, most people first (`siteName`). */
  readonly location: string;
  /**
   * Every location the site's people give, most common first: a site of colleagues an hour or
   * two apart spans cities (Berlin, London, Lisbon), and a hire there may work in any of them.
   */
  readonly locations: readonly string[];
  readonly timezone: string | undefined;
  readonly needed: number;
  readonly current: number;
  /** Places here held by SREs of a higher level beyond their own level's need (§12.10.2). */
  readonly heldAbove: number;
  /**
   * Of `current`, the SREs a rotation needs where they are (`neededOnRotations`, §12.6): they are
   * counted for this site's places only, never toward another site's.
   */
  readonly kept: number;
  /** SREs here beyond every place they are counted for (this site's, another's, a level below). */
  readonly left: number;
  /** Of `left`, those no rotation needs here: free to take places elsewhere. */
  readonly movable: number;
  /**
   * SREs here beyond their site's places set aside for the next level's open places by promotion
   * (§12.10.2), before they hold a place below: not in `left`.
   */
  readonly reserved: number;
}

/** SREs of one level in places of another. */
export interface PlacesHeld {
  readonly level: SreLevel;
  readonly count: number;
}

export interface RoleHeadcount {
  readonly level: SreLevel;
  readonly basis: HeadcountBasis;
  /** The teams, domains or product lines that call for one SRE each. */
  readonly units: readonly string[];
  readonly needed: number;
  /** SREs at this level now, by name. */
  readonly people: readonly string[];
  readonly current: number;
  /**
   * This level's places held by SREs of a higher level who are more than their own level needs: a
   * senior SRE has all the responsibilities of a junior SRE (§12.10), so a spare senior takes a
   * junior's place before a junior is hired.
   */
  readonly heldAbove: readonly PlacesHeld[];
  /** SREs of this level in places of a lower level (the other side of `heldAbove`). */
  readonly holdingBelow: readonly PlacesHeld[];
  /**
   * SREs of this level beyond their own site's places counted for this level's places nobody
   * holds at another site (redeploy first): only those no rotation needs where they are.
   */
  readonly redeploy: number;
  /** Places neither an SRE of this level, a redeployed one nor one above holds: to hire. */
  readonly short: number;
  readonly byLocation: readonly LocationHeadcount[];
}

/**
 * A company whose SRE scope is one development team: the team, its domain and the business line
 * are one scope, so one SRE holds it, in the domain's (senior) place. §12.10: a principal SRE is
 * for a business line, "the entire business in the case of a smaller company", and their distinct
 * work (driving SRE hiring, mentoring and coaching the other SREs of the company) has no other SRE
 * to act on; a senior has all of a junior's responsibilities. A business line of one team in a
 * company with more still has its principal: they mentor the company's SREs across lines.
 */
export interface OneTeamLine {
  readonly line: string;
  readonly domain: string;
  readonly team: string;
}

export interface HeadcountByRole {
  readonly roles: Readonly<Record<SreLevel, RoleHeadcount>>;
  /** SREs on services without a `level`: counted at no level. */
  readonly unleveled: readonly string[];
  /**
   * SRE infrastructure engineers in place: not part of the §12.10.2 table. The SRE infrastructure
   * product owner is not among them: a product owner, not on the SRE career ladder (§12.9.3).
   */
  readonly infrastructure: readonly string[];
  /** Open SRE positions: nobody is in them yet, so they are not counted (docs/people.md). */
  readonly openPositions: readonly string[];
  /**
   * People with an SRE title and no SRE practice (`srePracticeMonths: 0`): not counted as SREs
   * (§12.4.6: re-titled operations engineers; §12.9.4: the role is earned by practice).
   */
  readonly withoutPractice: readonly string[];
  /**
   * The model states no product line at all: the company is one business line and needs one
   * principal SRE (§12.10: "an own business within an enterprise or the entire business in the
   * case of a smaller company"), counted as the principal unit.
   */
  readonly oneBusinessLine: boolean;
  /** The company's SRE scope is one team: no junior or principal place of its own. */
  readonly oneTeam: OneTeamLine | undefined;
  /** Development teams in SRE scope without a domain or product line. */
  readonly withoutDomain: readonly string[];
  readonly withoutProductLine: readonly string[];
}

/**
 * §12.10.2: junior SREs roughly as many as development teams, senior as product domains,
 * principal as product lines (one each, the whole business, when no domain or no product line is
 * stated), counted over the development teams in SRE scope, against the SREs the model has, per
 * level and per location (§12.1 "Planning": where in the world people need to be hired). A team
 * sits at the site most of its people work at, a domain or product line where most of its teams
 * sit; a site is people who share working hours (`modelSites`), so an SRE in Berlin serves a team
 * in Lisbon. A company whose SRE scope is one team has one place, the senior's (`oneTeam`);
 * spare SREs of a higher level hold places of a lower one before anyone is hired (`heldAbove`).
 */
export function headcountByRole(
  model: CompiledModel,
  /**
   * The people a rotation needs where they are (`neededOnRotations`): counted for their own site's
   * places only. Without it nobody is held to a site.
   */
  onRotations: ReadonlyMap<string, readonly string[]> = new Map(),
): HeadcountByRole {
  const sites = modelSites(model);
  const scope = sreScope(model).map((s) => s.team);
  const teamUnits = scope.map((t) => ({ unit: t.name, site: teamSiteName(model, t.name) }));
  const grouped = (key: 'domain' | 'productLine') => {
    const bySite = new Map<string, string[]>();
    const teamsOf = new Map<string, string[]>();
    for (const team of scope) {
      const values = new Set<string>();
      if (team.spec[key] !== undefined) values.add(team.spec[key] as string);
      for (const s of model.index.servicesOwnedBy(team.name)) {
        if (s.spec[key] !== undefined) values.add(s.spec[key] as string);
      }
      const site = teamSiteName(model, team.name);
      for (const v of values) {
        const list = bySite.get(v);
        if (list) list.push(site);
        else bySite.set(v, [site]);
        // Pushed in place: copying the list per team was quadratic in a product line's size.
        const teams = teamsOf.get(v);
        if (teams) teams.push(team.name);
        else teamsOf.set(v, [team.name]);
      }
    }
    return [...bySite].map(([unit, s]) => ({
      unit,
      site: majority(s),
      teams: teamsOf.get(unit) ?? [],
    }));
  };
  const productLines = grouped('productLine');
  const domains = grouped('domain');
  const wholeBusiness = () => [
    {
      unit: businessName(model),
      site: majority(teamUnits.map((u) => u.site)),
      teams: scope.map((t) => t.name),
    },
  ];
  // A company that writes no product domain is one domain, as it is one business line (§12.10:
  // "the entire business in the case of a smaller company"): its senior SRE is not surplus.
  const seniorUnits = domains.length > 0 || scope.length === 0 ? domains : wholeBusiness();
  const principalUnits =
    productLines.length > 0 || scope.length === 0 ? productLines : wholeBusiness();
  const [line, domain] = [principalUnits[0], seniorUnits[0]];
  const oneTeam: OneTeamLine | undefined =
    scope.length === 1 &&
    principalUnits.length === 1 &&
    seniorUnits.length === 1 &&
    line !== undefined &&
    domain !== undefined
      ? { line: line.unit, domain: domain.unit, team: scope[0]?.name ?? '' }
      : undefined;
  const units: Record<SreLevel, { unit: string; site: string; teams?: readonly string[] }[]> = {
    junior: oneTeam ? [] : teamUnits,
    senior: seniorUnits,
    principal: oneTeam ? [] : principalUnits,
  };
  const titled = model.index.peopleOfSreKind('service-sre');
  const sres = titled.filter(isPractisingSre);
  const counted = SRE_LEVELS.map((level, i) => {
    const people = sres.filter((p) => p.spec.level === level);
    const at = (p: (typeof people)[number]) => siteNameOf(sites, p.name);
    const locations = [...new Set([...units[level].map((u) => u.site), ...people.map(at)])];
    // Who may grow into the next level's places (§12.10.2): judged only when it has places open.
    const up = SRE_LEVELS[i + 1];
    const opens =
      up !== undefined && units[up].length > sres.filter((p) => p.spec.level === up).length;
    const promotable = opens
      ? people.filter((p) => {
          const next = personReadiness(model, p).next;
          return next?.level === up && next.verdict !== 'does-not-meet';
        })
      : [];
    return {
      level,
      people,
      byLocation: locations.map((location) => ({
        location,
        locations: sites.sites.find((s) => s.name === location)?.locations ?? [],
        timezone: siteTimezone(sites, location),
        needed: units[level].filter((u) => u.site === location).length,
        current: people.filter((p) => at(p) === location).length,
        kept: people.filter((p) => at(p) === location && onRotations.has(p.name)).length,
        promotable: promotable.filter((p) => at(p) === location).length,
        promotableFree: promotable.filter((p) => at(p) === location && !onRotations.has(p.name))
          .length,
      })),
    };
  });
  // A principal SRE serves a business line wherever its teams sit (§12.10.2): their place is not
  // bound to one site, so one may sit at any site of the line.
  const reach = new Map<string, Set<string>>();
  for (const u of units.principal) {
    const sitesOf = reach.get(u.site) ?? new Set([u.site]);
    for (const team of u.teams ?? []) sitesOf.add(teamSiteName(model, team));
    reach.set(u.site, sitesOf);
  }
  const held = placesHeldAbove(
    counted.map((c) => ({
      level: c.level,
      byLocation: c.byLocation,
      ...(c.level === 'principal' ? { reach } : {}),
    })),
  );
  const roles = Object.fromEntries(
    counted.map(({ level, people, byLocation }) => {
      const h = held[level];
      const role: RoleHeadcount = {
        level,
        basis: HEADCOUNT_BASIS[level],
        units: units[level].map((u) => u.unit),
        needed: units[level].length,
        people: people.map((p) => p.name),
        current: people.length,
        heldAbove: h.heldAbove,
        holdingBelow: h.holdingBelow,
        redeploy: h.redeploy,
        short: h.short,
        byLocation: byLocation.map(({ promotable: _, promotableFree: __, ...l }) => ({
          ...l,
          heldAbove: h.byLocation.get(l.location) ?? 0,
          left: h.left.get(l.location)?.left ?? 0,
          movable: h.left.get(l.location)?.movable ?? 0,
          reserved: h.left.get(l.location)?.reserved ?? 0,
        })),
      };
      return [level, role];
    }),
  ) as Record<SreLevel, RoleHeadcount>;
  return {
    roles,
    unleveled: sres.filter((p) => p.spec.level === undefined).map((p) => p.name),
    infrastructure: model.index
      .peopleOfSreKind('infrastructure-engineer')
      .filter((p) => p.spec.openPosition !== true)
      .map((p) => p.name),
    openPositions: [...titled, ...model.index.peopleOfSreKind('infrastructure-engineer')]
      .filter((p) => p.spec.openPosition === true)
      .map((p) => p.name),
    withoutPractice: titled.filter(holdsSreTitleWithoutPractice).map((p) => p.name),
    oneBusinessLine: productLines.length === 0 && scope.length > 0,
    oneTeam,
    // With no domain stated anywhere the whole business is the domain (its senior counts).
    withoutDomain:
      domains.length === 0
        ? []
        : scope.filter((t) => !hasOwn(model, t.name, 'domain')).map((t) => t.name),
    withoutProductLine:
      productLines.length === 0
        ? []
        : scope.filter((t) => !hasOwn(model, t.name, 'productLine')).map((t) => t.name),
  };
}

/**
 * The SREs who hold a place of the §12.10.2 table at their own site: per level and site, as many
 * of its SREs there as it has places there (who of them is a matter of count, not of name).
 */
export function placeHolders(model: CompiledModel, headcount: HeadcountByRole): Set<string> {
  const sites = modelSites(model);
  const held = new Set<string>();
  for (const level of SRE_LEVELS) {
    const role = headcount.roles[level];
    for (const l of role.byLocation) {
      const here = role.people.filter((p) => siteNameOf(sites, p) === l.location);
      for (const p of here.slice(0, l.needed)) held.add(p);
    }
  }
  return held;
}

/** The name of the whole business: the top product delivery organization, else the first top one. */
/** The whole business, named by its top organization (product delivery first). */
export function businessName(model: CompiledModel): string {
  const tops = [...model.organizations.values()].filter((o) => o.spec.parent === undefined);
  const top = tops.find((o) => o.spec.type === 'product-delivery') ?? tops[0];
  return top?.name ?? 'the business';
}

function hasOwn(model: CompiledModel, team: string, key: 'domain' | 'productLine'): boolean {
  if (model.teams.get(team)?.spec[key] !== undefined) return true;
  return model.index.servicesOwnedBy(team).some((s) => s.spec[key] !== undefined);
}

function majority(sites: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of sites) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unknown';
}
