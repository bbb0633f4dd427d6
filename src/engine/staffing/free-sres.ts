import type { CompiledModel } from '../../model/index.ts';
import { selectPolicy } from '../compensation/select-policy.ts';
import { type BusinessHours, businessHoursOf } from '../coverage-hours/index.ts';
import { DEFAULT_ANNUAL_COST } from '../funding/index.ts';
import { sresSharingOnCall } from '../spectrum/shared-on-call-sres.ts';
import { staffingCounts } from './staffing-counts.ts';

/** Why an SRE is not free for other work. */
export type HeldBy =
  /** Dedicated to a development team they share on-call with (§12.4.1). */
  | 'shared-on-call'
  /** In a seat a rotation needs them in where they are (§12.6, §12.9). */
  | 'rotation-seat'
  /** No level: the §12.10.2 table does not count them, so it cannot find them beyond it. */
  | 'no-level'
  /** In a place of the §12.10.2 table: of their level, of the level below, or the level above by promotion. */
  | 'place';

/** Which SREs are free for other work, and what holds each of the others. */
export interface FreeSres {
  /** The free SREs by name. */
  readonly names: ReadonlySet<string>;
  /** What holds an SRE who is not free; 'free' for those in `names`. */
  readonly why: (name: string) => HeldBy | 'free';
  /**
   * Places of the §12.10.2 table nobody holds, before promotions and practice places: the
   * hiring list fills them, so an SRE for a supported team may be a hire rather than a free SRE.
   */
  readonly placesToHire: number;
}

/**
 * The one definition of an SRE free for other work (another team's on-call, a short rotation, or
 * attrition), which the shared on-call capacity table, the SRE support of the recommendations and
 * staffing's surplus decision all read: an SRE is free only when they are
 * - beyond the places of their level at their site, after the places nobody holds elsewhere, the
 *   places of the level below and the promotions into the level above have taken theirs (§12.10,
 *   §12.10.2: `sreSurplus`'s `spare`);
 * - in no seat a rotation needs them in where they are (§12.6, §12.9: `neededOnRotations`), since
 *   moving them or letting them leave makes that rotation short;
 * - dedicated to no development team they share on-call with (§12.4.1: one SRE per team).
 * An SRE without a level is never free: the §12.10.2 table does not count them.
 *
 * The business hours size the rotations; by default those of the default policy (`selectPolicy`),
 * each rotation by its own policy's where its people name one (`rotationBusinessHours`), as the
 * plan and `check` use.
 */
export function freeSres(model: CompiledModel, businessHours?: BusinessHours): FreeSres {
  const selected = businessHours === undefined ? selectPolicy(model) : undefined;
  const hours = businessHours ?? businessHoursOf(selected?.ok ? selected.policy?.spec : undefined);
  const known = model.derive(freeSresByHours);
  const key = JSON.stringify(hours);
  let free = known.get(key);
  if (free === undefined) {
    free = compute(model, hours);
    known.set(key, free);
  }
  return free;
}

/** Worked out once per model and business hours: every SRE team and service asks for it. */
function freeSresByHours(): Map<string, FreeSres> {
  return new Map();
}

function compute(model: CompiledModel, businessHours: BusinessHours): FreeSres {
  const counts = staffingCounts(model, { businessHours, annualCost: DEFAULT_ANNUAL_COST });
  const names = new Set(counts.surplus.byLocation.flatMap((b) => b.free));
  const sharing = sresSharingOnCall(model);
  return {
    names,
    placesToHire: counts.gaps.reduce((n, h) => n + h.count, 0),
    why: (name) => {
      if (names.has(name)) return 'free';
      if (sharing.has(name)) return 'shared-on-call';
      if (counts.onRotations.has(name)) return 'rotation-seat';
      if (model.people.get(name)?.spec.level === undefined) return 'no-level';
      return 'place';
    },
  };
}
