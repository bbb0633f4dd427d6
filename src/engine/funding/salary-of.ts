import type { CompiledModel, Person, PersonRole, SalaryBand, SreLevel } from '../../model/index.ts';
import { isSreEngineerRole, SRE_LEVELS } from '../../model/index.ts';
import { modelSites, siteCity } from '../sites/index.ts';
import { type AnnualCostTable, DEFAULT_ANNUAL_COST } from './annual-cost.ts';

/** Whom a salary is for: a person of the model, or a planned hire. */
export interface SalaryProfile {
  readonly name: string;
  readonly role?: PersonRole | undefined;
  readonly level?: SreLevel | undefined;
  readonly location?: string | undefined;
}

/** A yearly salary and where it comes from. */
export interface Salary {
  /** Major units of `currency` a year. */
  readonly annual: number;
  readonly currency: string;
  /** `band`: a SalaryBand of the model; `default`: the documented defaults (annual-cost.ts). */
  readonly basis: 'band' | 'default';
  readonly band: string | null;
  /**
   * The level whose band prices an SRE who has no level: the lowest one with a band that matches
   * them (their location's, where the bands are by location). Null when the person's own level,
   * or none, picked the band.
   */
  readonly assumedLevel: SreLevel | null;
}

/** The profile a salary is looked up by. */
export function salaryProfileOf(person: Person): SalaryProfile {
  return {
    name: person.name,
    role: person.spec.role,
    level: person.spec.level,
    location: person.spec.location,
  };
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A person's yearly salary (§12.4.6). The most specific SalaryBand that matches wins: a band
 * matches when each of its `role`, `level` and `location` is unset or equal to the person's; more
 * fields set is more specific, and among equally specific bands role outranks level, level
 * outranks location, then model order. Without a matching band, the documented default in
 * `currency` (the model's): by SRE level for people in an SRE role (or without a role) who have
 * one, else by role. An SRE with no level whom no band matches is priced by the band of the
 * lowest level that matches them, said in `assumedLevel`: a Bangalore SRE paid in rupees is not
 * priced at a default in the model's currency when the model states what Bangalore SREs earn.
 */
export function salaryOf(
  model: CompiledModel,
  profile: SalaryProfile,
  options: { readonly currency: string; readonly defaults?: AnnualCostTable | undefined },
): Salary {
  // A hire is placed at a site, named by all its cities ("Dublin/Warsaw"); bands are by city.
  const at = profile.location;
  if (at !== undefined) {
    const city = siteCity(modelSites(model), at);
    if (city !== at) return salaryOf(model, { ...profile, location: city }, options);
  }
  const band = bestBand(model, profile);
  if (band) return fromBand(band, null);
  if (profile.level === undefined && profile.role !== undefined && isSreEngineerRole(profile.role))
    for (const level of SRE_LEVELS) {
      const lowest = bestBand(model, { ...profile, level });
      if (lowest?.spec.level === level) return fromBand(lowest, level);
    }
  return {
    annual: defaultAnnual(profile, options.defaults ?? DEFAULT_ANNUAL_COST),
    currency: options.currency,
    basis: 'default',
    band: null,
    assumedLevel: null,
  };
}

function fromBand(band: SalaryBand, assumedLevel: SreLevel | null): Salary {
  return {
    annual: band.spec.annual,
    currency: band.spec.currency,
    basis: 'band',
    band: band.name,
    assumedLevel,
  };
}

function bestBand(model: CompiledModel, profile: SalaryProfile): SalaryBand | undefined {
  let best: SalaryBand | undefined;
  let bestScore = -1;
  for (const band of model.salaryBands.values()) {
    const { role, level, location } = band.spec;
    if (role !== undefined && role !== profile.role) continue;
    if (level !== undefined && level !== profile.level) continue;
    if (
      location !== undefined &&
      (profile.location === undefined || norm(location) !== norm(profile.location))
    ) {
      continue;
    }
    const fields =
      Number(role !== undefined) + Number(level !== undefined) + Number(location !== undefined);
    const score =
      fields * 8 +
      Number(role !== undefined) * 4 +
      Number(level !== undefined) * 2 +
      Number(location !== undefined);
    if (score > bestScore) {
      best = band;
      bestScore = score;
    }
  }
  return best;
}

function defaultAnnual(profile: SalaryProfile, table: AnnualCostTable): number {
  const role = profile.role;
  const levelled = role === undefined || isSreEngineerRole(role);
  if (profile.level !== undefined && levelled) return table.levels[profile.level];
  return (role !== undefined ? table.roles[role] : undefined) ?? table.roles.default;
}
