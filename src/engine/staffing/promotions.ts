import type { CompiledModel as Model, SreLevel } from '../../model/index.ts';
import { type CriterionId, personReadiness, type Verdict } from '../people/index.ts';
import { modelSites, siteCity } from '../sites/index.ts';
import type { HeadcountByRole } from './headcount-by-role.ts';
import type { Hire } from './hiring-list.ts';
import { siteNameOf } from './sites.ts';

/** A spare SRE judged for the step up into a short level (§12.10, §12.10.2). */
export interface PromotionCandidate {
  readonly person: string;
  readonly name: string;
  readonly location: string | null;
  /** The site they work at (`modelSites`), named as the places and hires are. */
  readonly site: string;
  readonly experienceYears: number | null;
  readonly verdict: Verdict;
  /** Criteria the model shows met, with their evidence: what a promotion can cite. */
  readonly met: readonly string[];
  /** Criteria the model shows unmet, with their evidence. */
  readonly unmet: readonly string[];
  /** Criteria the model records no evidence for. */
  readonly unknown: readonly string[];
}

/** A head count limit a hire would break where a promotion does not (§12.4.6). */
export interface LimitIfHired {
  readonly organization: string;
  readonly headcount: number;
  readonly limit: number;
}

/**
 * A level short of people while the level just below has SREs to spare: grow one of them
 * (§12.10.2) before hiring. `hires` is the level's places nobody holds; `promoted` of them the
 * plan fills by promotion (advice `promote` or `assess`), and the hiring list hires the rest.
 */
export interface Promotion {
  readonly level: 'senior' | 'principal';
  readonly from: 'junior' | 'senior';
  readonly spare: number;
  readonly hires: number;
  readonly promoted: number;
  readonly locations: readonly string[];
  readonly candidates: readonly PromotionCandidate[];
  readonly advice: 'promote' | 'assess' | 'hire';
  /** The limits hiring instead of promoting would break: what rides on the promotion. */
  readonly limitsIfHired: readonly LimitIfHired[];
}

/** Each §12.10 / §12.10.2 criterion in a few words, for a sentence that lists several. */
export const CRITERION_WORDS: Readonly<Record<CriterionId, string>> = {
  'sre-practice-before-role': 'SRE practice',
  'minimum-experience': 'years of experience',
  'next-level-work': 'six months of the level’s work',
  'influence-beyond-scope': 'influence',
  communication: 'communication',
  'supportive-feedback': 'feedback',
  'seeks-responsibility': 'seeking responsibility',
  'mentored-an-sre': 'a mentee',
};

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = {
  meets: 0,
  unknown: 1,
  'does-not-meet': 2,
};

/** The step up the ladder into each level (§12.10.2 describes junior → senior → principal). */
const FROM: Readonly<Partial<Record<SreLevel, 'junior' | 'senior'>>> = {
  senior: 'junior',
  principal: 'senior',
};

/**
 * For every level the hiring list hires for while the level just below has more SREs than it
 * needs: those SREs judged for the step up on the model's evidence (§12.10, §12.10.2), best
 * placed first — every criterion met, then none failed, at the location of the hire, the most
 * experienced. The chapter's ladder is grown from inside before it is hired from outside: a
 * promotion fills the place without adding a head, so the hiring list hires only the rest
 * (`hiresAfterPromotions`).
 */
export function promotions(
  model: Model,
  headcount: HeadcountByRole,
  gaps: readonly Hire[],
  /** People a rotation needs where they are (`neededOnRotations`): promoted at their own site only. */
  onRotations: ReadonlyMap<string, readonly string[]> = new Map(),
): Omit<Promotion, 'limitsIfHired'>[] {
  const roles = headcount.roles;
  const sites = modelSites(model);
  const result: Omit<Promotion, 'limitsIfHired'>[] = [];
  for (const level of ['senior', 'principal'] as const) {
    const from = FROM[level];
    if (from === undefined) continue;
    const hired = gaps.filter((h) => h.level === level);
    const hires = hired.reduce((n, h) => n + h.count, 0);
    const locations = [...new Set(hired.map((h) => h.location))];
    // The SREs the head count sets aside for these places (`reserved`, before they hold places
    // below), and those beyond every place who could take them: at the hire's site, or free to
    // move; a place that is not site-bound (a principal's) takes them where they sit.
    const below = roles[from].byLocation;
    const reservedAt = new Map(
      below.filter((l) => l.reserved > 0).map((l) => [l.location, l.reserved]),
    );
    const reserved = [...reservedAt.values()].reduce((n, x) => n + x, 0);
    const spare =
      reserved +
      below.reduce((n, l) => n + (locations.includes(l.location) ? l.left : l.movable), 0);
    if (hires === 0 || spare === 0) continue;
    const candidates = roles[from].people.flatMap((name) => {
      const site = siteNameOf(sites, name);
      if (onRotations.has(name) && !locations.includes(site) && !reservedAt.has(site)) return [];
      const person = model.people.get(name);
      const next = person ? personReadiness(model, person).next : null;
      if (!person || !next || next.level !== level) return [];
      const words = (status: 'met' | 'unmet' | 'unknown') =>
        next.criteria
          .filter((c) => c.status === status)
          .map((c) =>
            status === 'unknown'
              ? CRITERION_WORDS[c.id]
              : `${CRITERION_WORDS[c.id]} (${c.evidence})`,
          );
      return [
        {
          person: name,
          name: person.spec.displayName ?? person.metadata.displayName ?? name,
          location: person.spec.location ?? null,
          site,
          experienceYears: person.spec.experienceYears ?? null,
          verdict: next.verdict,
          met: words('met'),
          unmet: words('unmet'),
          unknown: words('unknown'),
        },
      ];
    });
    // At a site the head count sets them aside at, then in the city a hire there is priced at
    // (`siteCity`: where most of the site's people work).
    const cities = locations.map((l) => siteCity(sites, l));
    const atHire = (c: { site: string; location: string | null }) =>
      (reservedAt.has(c.site) ? 0 : 2) +
      (c.location !== null && cities.includes(c.location) ? 0 : 1);
    candidates.sort(
      (a, b) =>
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
        atHire(a) - atHire(b) ||
        (b.experienceYears ?? 0) - (a.experienceYears ?? 0) ||
        a.person.localeCompare(b.person),
    );
    // The ones counted on first: as many at each site as the head count sets aside there.
    const quota = new Map(reservedAt);
    const first = candidates.filter((c) => {
      const n = c.verdict === 'does-not-meet' ? 0 : (quota.get(c.site) ?? 0);
      if (n > 0) quota.set(c.site, n - 1);
      return n > 0;
    });
    candidates.splice(
      0,
      candidates.length,
      ...first,
      ...candidates.filter((c) => !first.includes(c)),
    );
    const best = candidates[0]?.verdict;
    const advice = best === 'meets' ? 'promote' : best === 'unknown' ? 'assess' : 'hire';
    result.push({
      level,
      from,
      spare,
      hires,
      // Only those not shown to fail a criterion may take the place (§12.10.2): the head count
      // sets aside only them.
      promoted: advice === 'hire' ? 0 : Math.min(reserved, hires, first.length),
      locations,
      candidates,
      advice,
    });
  }
  return result;
}

/**
 * The hiring list once the promotions advised fill their places: each level hires only what no
 * promotion fills, first dropping the hires where the best placed candidates work (a promotion
 * keeps the SRE where they are).
 */
export function hiresAfterPromotions(
  gaps: readonly Hire[],
  advised: readonly Pick<Promotion, 'level' | 'promoted' | 'candidates'>[],
): Hire[] {
  let hires = [...gaps];
  for (const p of advised) {
    if (p.promoted === 0) continue;
    const where = p.candidates.slice(0, p.promoted).map((c) => c.location);
    const rank = (h: Hire) => (where.includes(h.location) ? 0 : 1);
    const order = hires
      .map((h, i) => ({ h, i }))
      .filter(({ h }) => h.level === p.level)
      .sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i);
    let left = p.promoted;
    const fewer = new Map<number, number>();
    for (const { h, i } of order) {
      if (left === 0) break;
      const n = Math.min(h.count, left);
      fewer.set(i, n);
      left -= n;
    }
    hires = hires.flatMap((h, i) => {
      const count = h.count - (fewer.get(i) ?? 0);
      return count > 0 ? [{ ...h, count }] : [];
    });
  }
  return hires;
}
