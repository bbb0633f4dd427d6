import type { z } from 'zod';
import { defaultPolicy } from '../../engine/compensation/index.ts';
import { DAY_MS, type Shift, scheduleBalance } from '../../engine/schedule/index.ts';
import { type CompiledModel, epochMillis, personDisplayName } from '../../model/index.ts';
import type { OnCallOverrideRecord } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { overriddenSchedule, overridesIn, storedOverrides } from '../on-call/schedule-overrides.ts';
import type { OnCallSchema } from './console-schemas.ts';

export type OnCallTimeline = z.input<typeof OnCallSchema>;

/**
 * How far back and ahead of now "now" and "next" look: a weekly turn hands over within seven
 * days, so eight reach back to when the current turn began and on to the next person.
 */
const NOW_REACH_MS = 8 * DAY_MS;

/** A person on call from `start` to `end`, as the console shows them. */
function turnOf(model: CompiledModel, shift: Shift) {
  return {
    person: shift.person,
    displayName: personDisplayName(model, shift.person),
    start: new Date(shift.start).toISOString(),
    end: new Date(shift.end).toISOString(),
  };
}

/**
 * Joins a rotation's shifts that follow each other with the same person (a week of 8x5 is five
 * shifts of one turn): who is on call now runs until the next person takes over, not until the
 * end of today's business hours.
 */
function joinTurns(shifts: readonly Shift[]): Shift[] {
  const joined: Shift[] = [];
  for (const shift of shifts) {
    const last = joined.at(-1);
    if (last && last.person === shift.person && last.end === shift.start) {
      joined[joined.length - 1] = { ...last, end: shift.end };
    } else joined.push(shift);
  }
  return joined;
}

function shiftsOf(shifts: readonly Shift[]): Map<string, Shift[]> {
  const byRotation = new Map<string, Shift[]>();
  for (const shift of shifts) {
    const list = byRotation.get(shift.rotation);
    if (list) list.push(shift);
    else byRotation.set(shift.rotation, [shift]);
  }
  return byRotation;
}

export type Turn = ReturnType<typeof turnOf>;

/**
 * Who is on call on each rotation at `now`, until the next person takes over, and who that
 * next person is, from one schedule of the days around now with the overrides in force.
 */
export function nowAndNext(
  model: CompiledModel,
  now: number,
  overrides: readonly OnCallOverrideRecord[],
): (rotation: string) => { readonly current: Turn | null; readonly next: Turn | null } {
  const range = { start: epochMillis(now - NOW_REACH_MS), end: epochMillis(now + NOW_REACH_MS) };
  const ahead = overriddenSchedule({ model, range, policy: defaultPolicy(model) }, overrides);
  const upcoming = shiftsOf(ahead.shifts);
  return (rotation) => {
    const turns = joinTurns(upcoming.get(rotation) ?? []);
    const current = turns.find((s) => s.start <= now && now < s.end);
    const next = turns.find(
      (s) => s.start >= (current?.end ?? now) && s.person !== current?.person,
    );
    return {
      current: current ? turnOf(model, current) : null,
      next: next ? turnOf(model, next) : null,
    };
  };
}

/**
 * The on-call timeline of every rotation for the console: who is on call now and who takes
 * over next, the shifts from `from` to `to`, the hours each member carries in that time, the
 * services each rotation covers, and every rule the schedule breaks there (gaps, double
 * bookings, on call while absent) — the schedule engine's answer, as `whorunsit schedule` gives.
 */
export async function onCallTimeline(
  context: ServerContext,
  range: { readonly from: number; readonly to: number },
): Promise<OnCallTimeline> {
  const revision = await context.models.at();
  const { model } = revision;
  const now = context.now().getTime();
  const policy = defaultPolicy(model);
  const stored = await storedOverrides(context);
  const span = { start: epochMillis(range.from), end: epochMillis(range.to) };
  const schedule = overriddenSchedule({ model, range: span, policy }, stored);
  const balance = new Map(
    scheduleBalance({ model, shifts: schedule.shifts, policy }).map((b) => [b.rotation, b]),
  );
  const inRange = shiftsOf(schedule.shifts);
  const turnsAt = nowAndNext(model, now, stored);
  const rotations = [...model.rotations.values()].map((rotation) => {
    const { current, next } = turnsAt(rotation.name);
    return {
      name: rotation.name,
      displayName: rotation.metadata.displayName ?? rotation.name,
      type: rotation.spec.type,
      coverage: rotation.spec.coverage,
      timezone: rotation.spec.timezone,
      services: model.index.servicesCoveredBy(rotation.name).map((s) => s.name),
      now: current,
      next,
      shifts: joinTurns(inRange.get(rotation.name) ?? []).map((s) => turnOf(model, s)),
      coverageWindows: (schedule.coverage.get(rotation.name) ?? []).map((w) => ({
        start: new Date(w.start).toISOString(),
        end: new Date(w.end).toISOString(),
      })),
      members: (balance.get(rotation.name)?.members ?? []).map((m) => ({
        person: m.person,
        displayName: personDisplayName(model, m.person),
        turns: m.turns,
        hours: m.totalHours,
        offHours: m.offHours,
        weekendHours: m.weekendHours,
      })),
    };
  });
  return {
    revision: revision.revision,
    asOf: new Date(now).toISOString(),
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    rotations,
    // Those of the range, of rotations this revision has: what the timeline applied.
    overrides: overridesIn(model, stored, span).map((o) => ({
      id: o.id,
      rotation: o.rotation,
      person: o.person,
      displayName: personDisplayName(model, o.person),
      start: new Date(o.startsAt).toISOString(),
      end: new Date(o.endsAt).toISOString(),
      reason: o.reason,
      author: o.author,
      createdAt: o.createdAt,
    })),
    violations: schedule.violations.map((v) => ({
      code: v.code,
      severity: v.severity,
      rotation: v.rotation ?? null,
      otherRotation: v.otherRotation ?? null,
      person: v.person ?? null,
      service: v.service ?? null,
      start: new Date(v.start).toISOString(),
      end: new Date(v.end).toISOString(),
      message: v.message,
    })),
  };
}
