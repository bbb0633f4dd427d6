import type { CompiledModel, SreLevel } from '../../model/index.ts';
import { SRE_LEVELS } from '../../model/index.ts';
import { sreHome } from '../spectrum/sre-home.ts';
import type { HeadcountByRole, LocationHeadcount } from './headcount-by-role.ts';
import { inRotationSeats } from './in-rotation-seats.ts';
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
export function hiringList(
  model: CompiledModel,
  headcount: HeadcountByRole,
  /**
   * Where the hires go; the counts `staffing` and `freeSres` share (`staffingCounts`) are made
   * without it, since where SRE sits is weighed on the recommendations, which ask who is free.
   */
  whereHiresGo: () => string | undefined = () => hiringOrganization(model),
): Hire[] {
  const organization = whereHiresGo();
  const hires: Hire[] = [];
  for (const level of SRE_LEVELS) {
    const role = headcount.roles[level];
    let left = role.short;
    // SREs of this level beyond their own site's places: those no rotation needs are counted
    // against the level's places elsewhere (redeployed first); those a rotation needs where they
    // are count for their own site only (§12.6), so the hire is for places they cannot take.
    const surplus = role.byLocation.filter((l) => l.current > l.needed);
    const redeployFirst = beyondElsewhere(level, surplus, role.redeploy);
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

/**
 * What a hire says of the level's SREs beyond their own site's places: those no rotation needs
 * are beyond their site's places and redeployed first (the hire is for the places they leave);
 * those in seats a rotation needs at their site count for that site only (§12.6), in the words
 * the head count section uses for them (`inRotationSeats`).
 */
function beyondElsewhere(
  level: SreLevel,
  surplus: readonly Pick<LocationHeadcount, 'location' | 'current' | 'needed' | 'kept'>[],
  redeploy: number,
): string {
  const are = (n: number) => (n === 1 ? 'is' : 'are');
  const listed = (count: (l: (typeof surplus)[number]) => number) => {
    const at = surplus.filter((l) => count(l) > 0);
    const total = at.reduce((n, l) => n + count(l), 0);
    const text = at
      .map(
        (l, i) =>
          `${count(l)}${i === 0 ? ` ${level} SRE${total === 1 ? '' : 's'}` : ''} at ${l.location}`,
      )
      .join(' and ');
    return { total, text };
  };
  const kept = listed(keptBeyondPlaces);
  const free = listed((l) => l.current - l.needed - keptBeyondPlaces(l));
  const parts = [
    free.total > 0
      ? `${free.text} ${are(free.total)} beyond their site’s places${
          redeploy > 0
            ? `: ${redeploy === free.total ? 'they are' : `${redeploy} of them ${are(redeploy)}`} redeployed first, and this hire is for the places they leave (§12.10.2)`
            : ''
        }`
      : '',
    kept.total > 0
      ? `${kept.text} ${are(kept.total)} ${inRotationSeats(kept.total)}, so they do not count toward these places (§12.6)`
      : '',
  ].filter((x) => x !== '');
  return parts.map((x) => `; ${x}`).join('');
}

/**
 * Of a site's SREs beyond its places, those a rotation needs where they are: they may hold this
 * site's places and nothing elsewhere (`LocationHeadcount.kept`, §12.6).
 */
export function keptBeyondPlaces(
  l: Pick<LocationHeadcount, 'current' | 'needed' | 'kept'>,
): number {
  const beyond = Math.max(0, l.current - l.needed);
  return beyond - Math.min(beyond, Math.max(0, l.current - l.kept));
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
