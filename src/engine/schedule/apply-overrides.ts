import { type CompiledModel, type EpochMillis, epochMillis } from '../../model/index.ts';
import { formatInstant, formatSpan } from './format-instant.ts';
import type { Override } from './override.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

export interface Overridden {
  readonly shifts: readonly Shift[];
  /** Overrides that found nothing to change, or put a non-member on call. */
  readonly violations: readonly Violation[];
}

/**
 * Applies overrides in order on top of planned shifts. A swap exchanges the two people of the
 * turns found at its two moments (all shifts of those turns); a take hands every shift of the
 * rotation within its interval to one person, splitting shifts at its edges. Constraints are not
 * considered here: the caller checks the result again.
 */
export function applyOverrides(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly overrides: readonly Override[];
}): Overridden {
  const { model } = options;
  let shifts = options.shifts;
  const violations: Violation[] = [];
  for (const o of options.overrides) {
    const zone = model.rotations.get(o.rotation)?.spec.timezone ?? 'UTC';
    if (o.kind === 'swap') {
      const at = (t: EpochMillis) =>
        shifts.find((s) => s.rotation === o.rotation && s.start <= t && t < s.end);
      const a = at(o.first);
      const b = at(o.second);
      const missing = [a ? undefined : o.first, b ? undefined : o.second].filter(
        (t): t is EpochMillis => t !== undefined,
      );
      for (const t of missing) {
        violations.push({
          code: 'override-without-shift',
          severity: 'error',
          rotation: o.rotation,
          start: t,
          end: t,
          message: `swap on rotation ${o.rotation}: nobody is on call at ${formatInstant(t, zone)} to swap with`,
        });
      }
      if (!a || !b) continue;
      shifts = shifts.map((s) => {
        if (s.rotation !== o.rotation) return s;
        if (s.turn === a.turn && s.person === a.person) return { ...s, person: b.person };
        if (s.turn === b.turn && s.person === b.person) return { ...s, person: a.person };
        return s;
      });
      continue;
    }
    let touched = false;
    shifts = shifts.flatMap((s) => {
      if (s.rotation !== o.rotation || s.end <= o.start || s.start >= o.end) return [s];
      touched = true;
      const parts: Shift[] = [];
      if (s.start < o.start) parts.push({ ...s, end: o.start });
      parts.push({
        ...s,
        person: o.person,
        start: epochMillis(Math.max(s.start, o.start)),
        end: epochMillis(Math.min(s.end, o.end)),
      });
      if (s.end > o.end) parts.push({ ...s, start: o.end });
      return parts;
    });
    const span = { start: o.start, end: o.end };
    if (!touched) {
      violations.push({
        code: 'override-without-shift',
        severity: 'error',
        rotation: o.rotation,
        person: o.person,
        ...span,
        message: `${o.person} takes rotation ${o.rotation} ${formatSpan(span, zone)}, but nobody is on call for it then`,
      });
    }
    if (!model.rotations.get(o.rotation)?.spec.members.includes(o.person)) {
      violations.push({
        code: 'not-a-member',
        severity: 'warning',
        rotation: o.rotation,
        person: o.person,
        ...span,
        message: `${o.person} takes rotation ${o.rotation} ${formatSpan(span, zone)} without being one of its members`,
      });
    }
  }
  return { shifts, violations };
}
