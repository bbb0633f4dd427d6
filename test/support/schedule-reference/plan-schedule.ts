// The schedule engine's src/engine/schedule/plan-schedule.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { Absence } from '../../../src/engine/schedule/absence.ts';
import { businessHoursOf } from '../../../src/engine/schedule/business-hours.ts';
import {
  type ConcurrencyRule,
  concurrencyAllowed,
} from '../../../src/engine/schedule/concurrency.ts';
import { slotsBetween } from '../../../src/engine/schedule/handoff-slots.ts';
import {
  DEFAULT_LOAD_WEIGHTS,
  type LoadWeights,
} from '../../../src/engine/schedule/load-weights.ts';
import type { LocalDays } from '../../../src/engine/schedule/local-days.ts';
import { planPeriodOf, planPeriods } from '../../../src/engine/schedule/plan-periods.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import { modelSites } from '../../../src/engine/sites/index.ts';
import {
  type CompensationPolicy,
  type CompiledModel,
  epochMillis,
} from '../../../src/model/index.ts';
import { type BlockList, blockList } from './block-list.ts';
import { clocks } from './clocks.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import { DAY_MS, type Interval, inMillis, mergeIntervals } from './interval.ts';
import { type Assignment, type PlanSetup, planPeriod } from './plan-period.ts';
import { type Lane, rotationLanes } from './rotation-lanes.ts';

export interface PlanInput {
  readonly model: CompiledModel;
  /** The range to return shifts for. Planning covers the whole quarters around it. */
  readonly range: Interval;
  readonly absences?: readonly Absence[] | undefined;
  /** Business hours and the time-off rate come from it (§12.9.5); defaults without one. */
  readonly policy?: CompensationPolicy | undefined;
  readonly weights?: LoadWeights | undefined;
  readonly allowConcurrent?: ConcurrencyRule | undefined;
  /** Called as planning goes, with the rotation-quarters (lanes × quarters) done and in all. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface Plan {
  /** By rotation in model order, then by start; clipped to the range. */
  readonly shifts: readonly Shift[];
  /** Per rotation, when its coverage needs someone on call within the range (merged). */
  readonly coverage: ReadonlyMap<string, readonly Interval[]>;
  /** Time off earned by the planned turns (whole turns, also those reaching outside the range). */
  readonly timeOff: readonly TimeOff[];
}

/**
 * Plans who is on call for every rotation of the model.
 *
 * Turn by turn, the member with the least weighted load relative to their fair share takes the
 * turn; loads within an hour's weight of each other count as equal and plain round-robin order
 * decides, so without absences the plan is the familiar rotation and nobody ends more than one
 * turn ahead. A member who is absent, in time off after off-hours standby (§12.9.5), or on call
 * elsewhere cannot take a turn, nor one whose time off would fall on their next on-call; when
 * nobody can take all of a turn it is split, and what nobody can take stays unstaffed for the
 * checks to report.
 *
 * Each calendar quarter is planned on its own (see plan-periods.ts), after the first weeks of
 * the next quarter, which it must not collide with: those weeks are planned first and alone, so
 * they come out the same however the range is cut.
 */
export function planSchedule(input: PlanInput): Plan {
  const { model, range } = input;
  const hours = businessHoursOf(input.policy);
  const weights = input.weights ?? DEFAULT_LOAD_WEIGHTS;
  // The site rule is the engine's (src/engine/sites): this oracle checks the planner, not it.
  const sites = modelSites(model);
  const lanes = [...model.rotations.values()].flatMap((r) => rotationLanes(model, r, hours, sites));
  const absences = new Map<string, BlockList>();
  for (const a of input.absences ?? []) {
    let list = absences.get(a.person);
    if (!list) {
      list = blockList();
      absences.set(a.person, list);
    }
    list.add(a);
  }
  const days = new Map<Lane, Map<string, LocalDays>>(
    lanes.map((lane) => {
      const rotation = model.rotations.get(lane.rotation);
      return [
        lane,
        new Map(
          lane.members.map((p) => [
            p,
            clocks.days(rotation ? sites.memberZone(rotation, p) : lane.zone, hours),
          ]),
        ),
      ];
    }),
  );
  const setup: PlanSetup = {
    lanes,
    daysOf: (lane, person) => days.get(lane)?.get(person) ?? clocks.days(lane.zone, hours),
    absences,
    policy: input.policy,
    weights,
    // A daylight-saving change moves a turn by an hour: that much weighted load is no difference.
    tolerance: weights.total + weights.offHours + weights.weekend + 1e-9,
    allowed: concurrencyAllowed(input.allowConcurrent ?? false),
  };

  // The turn running at the range's start may have started in an earlier quarter.
  let longest = DAY_MS;
  for (const lane of lanes) longest = Math.max(longest, lane.pattern.length);
  // The first turns of a quarter meet the last of the one before (its time off a few days
  // more): those are planned first and alone, as the head of the quarter.
  const headLength = longest + 14 * DAY_MS;
  // A turn running at the range's start ends in the range's first quarter; one running at its
  // end may end in the quarter after, among that quarter's first turns: its head.
  const periods = planPeriods(inMillis(range));

  const assignments: Assignment[] = [];
  const total = periods.length * lanes.length;
  let done = 0;
  const headOf = (period: Interval) =>
    planPeriod(setup, { period, context: [], until: period.start + headLength });
  let head = headOf(periods[0] ?? planPeriodOf(epochMillis(range.start)));
  for (const period of periods) {
    const next = headOf(planPeriodOf(period.end));
    const onLane = () => input.onProgress?.(++done, total);
    // The head is planned once and kept: every range sees the same first weeks of a quarter.
    const full = planPeriod(setup, { period, context: next.assignments, resume: head, onLane });
    for (const a of full.assignments) assignments.push(a);
    head = next;
  }
  for (const a of head.assignments) if (a.turn.start < range.end) assignments.push(a);

  // Each lane's assignments come in time order (quarter by quarter, turn by turn).
  const byLane = new Map<Lane, Shift[]>(lanes.map((lane) => [lane, []]));
  const required = new Map<string, Interval[]>([...model.rotations.keys()].map((n) => [n, []]));
  const timeOff: TimeOff[] = [];
  for (const a of assignments) {
    const rotation = a.lane.rotation;
    const turn = `${a.lane.zone}#${a.turn.index}`;
    const list = byLane.get(a.lane) as Shift[];
    for (const part of a.parts) {
      const start = Math.max(part.start, range.start);
      const end = Math.min(part.end, range.end);
      if (end > start)
        list.push({
          rotation,
          person: a.person,
          start: epochMillis(start),
          end: epochMillis(end),
          turn,
        });
    }
    for (const off of a.timeOff) timeOff.push({ ...off, person: a.person, rotation });
  }
  // The coverage each rotation needs within the range, whoever (if anyone) was found for it.
  // Round the clock needs no calculation (follow-the-sun sites tile the day).
  for (const lane of lanes) {
    if (model.rotations.get(lane.rotation)?.spec.coverage === '24x7') {
      required.set(lane.rotation, [range]);
      continue;
    }
    const margin = lane.pattern.length + DAY_MS;
    const windowsOf = lane.windowsWithin({ start: range.start - margin, end: range.end + margin });
    const into = required.get(lane.rotation) as Interval[];
    for (const turn of slotsBetween(lane.pattern, inMillis(range))) {
      for (const w of windowsOf.of(turn)) {
        const start = Math.max(w.start, range.start);
        const end = Math.min(w.end, range.end);
        if (end > start) into.push({ start, end });
      }
    }
  }
  const ordered: Shift[] = [];
  for (const list of byLane.values()) {
    // A turn split among several people comes out by person: put it back in time order.
    for (let i = 1; i < list.length; i++) {
      if ((list[i - 1] as Shift).start > (list[i] as Shift).start) {
        list.sort((a, b) => a.start - b.start);
        break;
      }
    }
  }
  for (const name of model.rotations.keys()) {
    mergeInto(
      ordered,
      lanes.filter((l) => l.rotation === name).map((l) => byLane.get(l) as Shift[]),
    );
  }
  return {
    shifts: ordered,
    coverage: new Map([...required].map(([name, list]) => [name, mergeIntervals(list)])),
    timeOff,
  };
}

/** Appends lists sorted by start to `out`, merged into one list sorted by start. */
function mergeInto(out: Shift[], lists: readonly (readonly Shift[])[]): void {
  if (lists.length === 1) {
    for (const s of lists[0] as readonly Shift[]) out.push(s);
    return;
  }
  const at = lists.map(() => 0);
  for (;;) {
    let pick = -1;
    let start = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lists.length; i++) {
      const s = (lists[i] as readonly Shift[])[at[i] as number];
      if (s && s.start < start) {
        start = s.start;
        pick = i;
      }
    }
    if (pick < 0) return;
    out.push((lists[pick] as readonly Shift[])[at[pick] as number] as Shift);
    at[pick] = (at[pick] as number) + 1;
  }
}
