import { type CompensationPolicy, type CompiledModel, epochMillis } from '../../model/index.ts';
import { rotationBusinessHours } from '../coverage-hours/index.ts';
import { modelSites } from '../sites/index.ts';
import type { Absence } from './absence.ts';
import { addBlock, type BlockList, blockList } from './block-list.ts';
import { businessHoursOf } from './business-hours.ts';
import { type ConcurrencyRule, concurrencyAllowed } from './concurrency.ts';
import { coverageWindows } from './coverage-windows.ts';
import { emitShifts } from './emit-shifts.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import { sharedSlots } from './handoff-slots.ts';
import { DAY_MS, type Interval, mergeIntervals } from './interval.ts';
import { DEFAULT_LOAD_WEIGHTS, type LoadWeights } from './load-weights.ts';
import { type Assignment, type LanePeople, type PlanSetup, planPeriod } from './plan-period.ts';
import { planPeriodOf, planPeriods } from './plan-periods.ts';
import { type Lane, rotationLanes } from './rotation-lanes.ts';
import type { Shift } from './shift.ts';
import { zoneClocks } from './zone-clocks.ts';

export interface PlanInput {
  readonly model: CompiledModel;
  /** The range to return shifts for. Planning covers the whole quarters around it. */
  readonly range: Interval;
  readonly absences?: readonly Absence[] | undefined;
  /** The default business hours (a rotation paid by another policy keeps its own) and the
   * time-off rate come from it (§12.9.5); defaults without one. */
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
  const sites = modelSites(model);
  const clocks = zoneClocks(model);
  // A rotation's own business hours (`rotationBusinessHours`: those of the policy that pays most
  // of its people), not the default policy's: an 8x5 or 8x7 covers them, and its turns' load and
  // time off are weighed by them, as sizing, `hours` and `oncall-cost` read them.
  const rotationHours = new Map(
    [...model.rotations.values()].map((r) => [r.name, rotationBusinessHours(model, r, hours)]),
  );
  const lanes = [...model.rotations.values()].flatMap((rotation) =>
    rotationLanes({ model, rotation, hours: rotationHours.get(rotation.name) ?? hours, sites }),
  );
  const absences = new Map<string, BlockList>();
  for (const a of input.absences ?? []) {
    let list = absences.get(a.person);
    if (!list) {
      list = blockList();
      absences.set(a.person, list);
    }
    addBlock(list, a);
  }
  // People are numbered once, so planning keeps their on-call and time off in arrays.
  const ids = new Map<string, number>();
  const idOf = (person: string) => {
    let id = ids.get(person);
    if (id === undefined) {
      id = ids.size;
      ids.set(person, id);
    }
    return id;
  };
  const people = new Map<Lane, LanePeople>(
    lanes.map((lane) => {
      const rotation = model.rotations.get(lane.rotation);
      const laneHours = rotationHours.get(lane.rotation) ?? hours;
      return [
        lane,
        {
          ids: lane.members.map(idOf),
          days: lane.members.map((p) =>
            clocks.days(rotation ? sites.memberZone(rotation, p) : lane.zone, laneHours),
          ),
        },
      ];
    }),
  );
  const setup: PlanSetup = {
    lanes,
    people,
    headcount: ids.size,
    absences,
    policy: input.policy,
    weights,
    // A daylight-saving change moves a turn by an hour: that much weighted load is no difference.
    tolerance: weights.total + weights.offHours + weights.weekend + 1e-9,
    allowed: concurrencyAllowed(input.allowConcurrent ?? false),
    slots: sharedSlots(),
    planners: new Map(),
  };

  // The turn running at the range's start may have started in an earlier quarter.
  let longest: number = DAY_MS;
  for (const lane of lanes) longest = Math.max(longest, lane.pattern.length);
  // The first turns of a quarter meet the last of the one before (its time off a few days
  // more): those are planned first and alone, as the head of the quarter.
  const headLength = longest + 14 * DAY_MS;
  // A turn running at the range's start ends in the range's first quarter; one running at its
  // end may end in the quarter after, among that quarter's first turns: its head.
  const periods = planPeriods(range);

  const assignments: Assignment[] = [];
  const total = periods.length * lanes.length;
  let done = 0;
  const headOf = (period: Interval) =>
    planPeriod(setup, { period, context: [], until: epochMillis(period.start + headLength) });
  let head = headOf(periods[0] ?? planPeriodOf(range.start));
  for (const period of periods) {
    const next = headOf(planPeriodOf(period.end));
    const onLane = () => input.onProgress?.(++done, total);
    // The head is planned once and kept: every range sees the same first weeks of a quarter.
    const full = planPeriod(setup, { period, context: next.assignments, resume: head, onLane });
    for (let i = 0; i < full.assignments.length; i++) {
      assignments.push(full.assignments[i] as Assignment);
    }
    head = next;
  }
  for (const a of head.assignments) if (a.turn.start < range.end) assignments.push(a);

  // Each lane's assignments come in time order (quarter by quarter, turn by turn).
  const shifts = emitShifts({ assignments, lanes, range });
  const required = new Map<string, Interval[]>([...model.rotations.keys()].map((n) => [n, []]));
  const timeOff: TimeOff[] = [];
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i] as Assignment;
    for (let k = 0; k < a.timeOff.length; k++) timeOff.push(a.timeOff[k] as TimeOff);
  }
  // The coverage each rotation needs within the range, whoever (if anyone) was found for it.
  // Round the clock needs no calculation (follow-the-sun sites tile the day); otherwise turns
  // tile the time line, so the windows of the turns within the range are the coverage's own.
  for (const lane of lanes) {
    const coverage = model.rotations.get(lane.rotation)?.spec.coverage ?? '8x5';
    if (coverage === '24x7') {
      required.set(lane.rotation, [range]);
      continue;
    }
    const into = required.get(lane.rotation) as Interval[];
    for (const w of coverageWindows({
      coverage,
      days: clocks.days(lane.zone, rotationHours.get(lane.rotation) ?? hours),
      within: range,
    })) {
      into.push(w);
    }
  }
  return {
    shifts,
    coverage: new Map([...required].map(([name, list]) => [name, mergeIntervals(list)])),
    timeOff,
  };
}
