import {
  type CompiledModel,
  type SreEngagement,
  sreEngagement,
  teamEngineers,
} from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import type { Month } from '../compensation/index.ts';
import { type BusinessHours, personBusinessHours } from '../coverage-hours/index.ts';
import {
  addDecimal,
  DECIMAL_ZERO,
  type Decimal,
  decimalOf,
  decimalToNumber,
} from '../money/index.ts';
import { sreCapacity } from '../spectrum/sre-capacity.ts';
import { workingHundredths } from './working-hours.ts';

/** Hours an SRE team supported a development team in a month (§12.4.7). */
export interface SupportAllocation {
  readonly sreTeam: string;
  readonly team: string;
  /** The SRE team's organization. */
  readonly provider: string;
  /** The development team's organization. */
  readonly consumer: string;
  readonly hours: Decimal;
  /** Agreed in `supports`, or an even share of the SRE team's remaining working time. */
  readonly source: 'agreed' | 'share-of-capacity';
  /**
   * What the hours buy (`sreEngagement`, §12.4.7): a share of the team's on-call (§12.4), the
   * running of its services (§12.5), or consulting for a team whose developers run its services
   * alone: the price models of §12.4.7 tell "SRE Consulting" from "Shared on call".
   */
  readonly buys: SreEngagement;
}

export interface AllocationResult {
  readonly allocations: readonly SupportAllocation[];
  readonly notes: readonly string[];
}

/**
 * The support hours of every SRE team for the month, from `supports`. Agreed hours count as
 * given. Teams supported without agreed hours share what is left of the SRE team's working
 * time evenly (§12.4.7: supporting development teams is "nearly all their work time"): its
 * members other than managers, each business days of the month × business hours a day of the
 * policy that pays them (`teamWorkingHundredths`), public holidays not known.
 * Shares are in hundredths of an hour and add up to the time left exactly.
 */
export function supportAllocations(options: {
  readonly model: CompiledModel;
  /** A calendar month, or `average` for a plan: 365.25 ÷ 12 days. */
  readonly month: Month | 'average';
  readonly businessHours: BusinessHours;
}): AllocationResult {
  const { model, month, businessHours } = options;
  const allocations: SupportAllocation[] = [];
  const notes: string[] = [];
  for (const sreTeam of model.teams.values()) {
    const supports = (sreTeam.spec.supports ?? []).map(normalizeSupport);
    if (supports.length === 0) continue;
    const provider = sreTeam.spec.organization;
    const engineers = teamEngineers(model, sreTeam.name);
    const members = engineers.length;
    // Each engineer's working time by the hours of the policy that pays them (§12.9.5).
    const working = teamWorkingHundredths(model, engineers, month, businessHours);
    let agreed: Decimal = DECIMAL_ZERO;
    for (const s of supports) {
      if (s.hoursPerMonth !== undefined) agreed = addDecimal(agreed, decimalOf(s.hoursPerMonth));
    }
    const agreedHundredths = Math.round(decimalToNumber(agreed) * 100);
    if (agreedHundredths > working) {
      notes.push(
        `${sreTeam.name}: the agreed support hours (${agreedHundredths / 100} h a month) exceed what its ${members} engineer(s) in place work (${working / 100} h in business hours): hours it cannot have worked are billed (§12.4.7)`,
      );
    }
    // §12.4.1: a team it shares on-call with left without an SRE of its own falls back to "you
    // run it"; billing it for shared on-call support nobody gives is said, not silent. A team it
    // only consults for needs no dedicated SRE: its hours are consulting.
    const fallback =
      sreTeam.spec.type === 'sre' ? (sreCapacity(model, sreTeam)?.fallback ?? []) : [];
    const unstaffed = supports.filter((s) => fallback.includes(s.team)).map((s) => s.team);
    if (unstaffed.length > 0) {
      notes.push(
        `${sreTeam.name}: has no SRE for ${unstaffed.join(', ')} (fewer SREs in place than the teams it shares on-call with, §12.4.1): the shared on-call billed to ${unstaffed.length === 1 ? 'it' : 'them'} is support nobody is dedicated to give`,
      );
    }
    const open = supports.filter((s) => s.hoursPerMonth === undefined);
    const leftHundredths = Math.max(0, working - agreedHundredths);
    if (open.length > 0 && leftHundredths === 0) {
      notes.push(
        `${sreTeam.name}: no working time left beyond the agreed hours for ${open.map((s) => s.team).join(', ')}`,
      );
    }
    const shares = evenShares(leftHundredths, open.length);
    let i = 0;
    for (const s of supports) {
      const consumer = model.teams.get(s.team)?.spec.organization ?? provider;
      const hours =
        s.hoursPerMonth !== undefined
          ? decimalOf(s.hoursPerMonth)
          : { units: BigInt(shares[i++] ?? 0), scale: 2 };
      allocations.push({
        sreTeam: sreTeam.name,
        team: s.team,
        provider,
        consumer,
        hours,
        source: s.hoursPerMonth !== undefined ? 'agreed' : 'share-of-capacity',
        buys: sreEngagement(model, sreTeam.name, s.team),
      });
    }
  }
  return { allocations, notes };
}

function evenShares(total: number, parts: number): number[] {
  if (parts === 0) return [];
  const each = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => each + (i < total - each * parts ? 1 : 0));
}

/**
 * What a team's engineers work in the month, in hundredths of an hour (§12.4.7): each by the
 * business hours of the policy that pays them (`personBusinessHours`), else `defaultHours`.
 * Chargeback's capacity and the `support-hours-beyond-working-time` check read it.
 */
export function teamWorkingHundredths(
  model: CompiledModel,
  engineers: readonly { readonly name: string }[],
  month: Month | 'average',
  defaultHours: BusinessHours,
): number {
  return engineers.reduce(
    (n, p) => n + workingHundredths(month, personBusinessHours(model, p.name, defaultHours)),
    0,
  );
}
