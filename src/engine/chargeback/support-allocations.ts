import { type CompiledModel, teamEngineers } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import type { Month } from '../compensation/index.ts';
import type { BusinessHours } from '../coverage-hours/index.ts';
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
}

export interface AllocationResult {
  readonly allocations: readonly SupportAllocation[];
  readonly notes: readonly string[];
}

/**
 * The support hours of every SRE team for the month, from `supports`. Agreed hours count as
 * given. Teams supported without agreed hours share what is left of the SRE team's working
 * time evenly (§12.4.7: supporting development teams is "nearly all their work time"): its
 * members other than managers × business days of the month × business hours a day, public holidays not known.
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
  const perPerson = workingHundredths(month, businessHours);
  for (const sreTeam of model.teams.values()) {
    const supports = (sreTeam.spec.supports ?? []).map(normalizeSupport);
    if (supports.length === 0) continue;
    const provider = sreTeam.spec.organization;
    const members = teamEngineers(model, sreTeam.name).length;
    let agreed: Decimal = DECIMAL_ZERO;
    for (const s of supports) {
      if (s.hoursPerMonth !== undefined) agreed = addDecimal(agreed, decimalOf(s.hoursPerMonth));
    }
    const agreedHundredths = Math.round(decimalToNumber(agreed) * 100);
    if (agreedHundredths > members * perPerson) {
      notes.push(
        `${sreTeam.name}: the agreed support hours (${agreedHundredths / 100} h a month) exceed what its ${members} engineer(s) in place work (${(members * perPerson) / 100} h in business hours): hours it cannot have worked are billed (§12.4.7)`,
      );
    }
    // §12.4.1: a supported team left without an SRE of its own falls back to "you run it";
    // billing it for shared on-call support nobody gives is said, not silent.
    const fallback =
      sreTeam.spec.type === 'sre' ? (sreCapacity(model, sreTeam)?.fallback ?? []) : [];
    const unstaffed = supports.filter((s) => fallback.includes(s.team)).map((s) => s.team);
    if (unstaffed.length > 0) {
      notes.push(
        `${sreTeam.name}: has no SRE for ${unstaffed.join(', ')} (fewer SREs in place than teams it supports, §12.4.1): the hours billed to ${unstaffed.length === 1 ? 'it' : 'them'} are support nobody is dedicated to give`,
      );
    }
    const open = supports.filter((s) => s.hoursPerMonth === undefined);
    const leftHundredths = Math.max(0, members * perPerson - agreedHundredths);
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
