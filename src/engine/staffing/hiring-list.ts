import type { CompiledModel, SreLevel } from '../../model/index.ts';
import { SRE_LEVELS } from '../../model/index.ts';
import { sreHome } from '../spectrum/sre-home.ts';
import type { HeadcountByRole } from './headcount-by-role.ts';
import { mostCommon } from './sites.ts';
import { sreScope } from './sre-scope.ts';

export interface Hire {
  readonly level: SreLevel;
  readonly count: number;
  readonly location: string;
  readonly timezone: string | undefined;
  /** The organization the new SREs join: where the plan puts SRE (`hiringOrganization`). */
  readonly organization: string | undefined;
  readonly reason: string;
}

/**
 * The gap of the §12.10.2 table as a hiring list: per level, the locations that lack SREs,
 * largest gap first, until the level's places that nobody holds are filled. Places held by spare
 * SREs of a higher level (a senior in a junior's place, `heldAbove`) need no hire; a junior is
 * never moved up in the list (promotions are a career decision, §12.10.2).
 */
export function hiringList(model: CompiledModel, headcount: HeadcountByRole): Hire[] {
  const organization = hiringOrganization(model);
  const hires: Hire[] = [];
  for (const level of SRE_LEVELS) {
    const role = headcount.roles[level];
    let left = role.short;
    // SREs of this level beyond their own site's places count against the level's shortfall
    // (`short` is the level's total): they are redeployed first, and each hire says so.
    const surplus = role.byLocation.filter((l) => l.current > l.needed);
    const beyond = surplus.reduce((n, l) => n + l.current - l.needed, 0);
    const redeployFirst =
      surplus.length === 0
        ? ''
        : `; ${surplus.map((l, i) => `${l.current - l.needed}${i === 0 ? ` ${level} SRE${beyond === 1 ? '' : 's'}` : ''} at ${l.location}`).join(' and ')} ${beyond === 1 ? 'is' : 'are'} beyond their site’s places: they are redeployed first, and this hire is for the places they leave (§12.10.2)`;
    // Never at a site with SREs of this level beyond its places (a gap there is negative).
    const gaps = role.byLocation
      .map((l) => ({ ...l, gap: l.needed - l.current - l.heldAbove }))
      .filter((l) => l.gap > 0)
      .sort((a, b) => b.gap - a.gap);
    for (const l of gaps) {
      if (left <= 0) break;
      const count = Math.min(l.gap, left);
      left -= count;
      hires.push({
        level,
        count,
        location: l.location,
        timezone: l.timezone,
        organization,
        reason: `${l.needed} ${unitName(role.basis, l.needed)} at ${l.location}, ${l.current} ${level} SRE${l.current === 1 ? '' : 's'} there${l.heldAbove > 0 ? `, ${l.heldAbove} place${l.heldAbove === 1 ? '' : 's'} held by ${heldBy(role)}` : ''} (§12.10.2)${redeployFirst}`,
      });
    }
  }
  return hires;
}

/** "senior SREs beyond the 6 needed": who holds a level's places from above. */
export function heldBy(role: HeadcountByRole['roles'][SreLevel]): string {
  return role.heldAbove.map((h) => `${h.level} SREs`).join(' and ');
}

function unitName(basis: string, n: number): string {
  const singular =
    {
      'development-teams': 'development team',
      'product-domains': 'product domain',
      'product-lines': 'product line',
    }[basis] ?? basis;
  return n === 1 ? singular : `${singular}s`;
}

/**
 * Where new SREs go: the organization the plan puts SRE in (`sreHome`, §12.8.2), so the hiring
 * list, the placement options and the funding count them in one place. A recommended dedicated
 * SRE organization the model does not have yet is nobody's head count today (undefined); a
 * model with no organization of the recommended type keeps them where the SRE teams sit, else
 * where most of the teams SRE serves sit.
 */
export function hiringOrganization(model: CompiledModel): string | undefined {
  const home = sreHome(model);
  if (home.organization !== undefined || home.recommended === 'sre') return home.organization;
  const sreTeams = model.index.teamsOfType('sre');
  return (
    mostCommon(sreTeams.map((t) => t.spec.organization)) ??
    mostCommon(sreScope(model).map((s) => s.team.spec.organization))
  );
}
