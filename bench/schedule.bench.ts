/**
 * Schedule generation at scale (issue: 1,000 rotations of 8 people across 3 time zones, one
 * year). Three readings of "across 3 time zones", each planned for calendar year 2025 with every
 * constraint checked (absences none, time off after off-hours standby on), then the hours per
 * person for the year:
 *
 * - follow-the-sun: each rotation's 8 members sit in 3 zones, so each 24x7 rotation hands the
 *   day round three sites (a shift per site per day: the most work);
 * - one zone each: each 24x7 rotation's members share a zone, the rotations spread over 3;
 * - 8x5: members in 3 zones on business-hours rotations.
 *
 * Beside each figure, measured in the same runs (interleaved, so a busy machine slows both
 * alike), a floor: the time to merely allocate as many shift records as the schedule has, with
 * nothing planned or checked. The ratio says how far generation is from it.
 *
 * Each timed step starts after a full garbage collection. Prints the median of RUNS runs
 * (default 5) in milliseconds.
 * Run: npm run -s bench:schedule [-- SCENARIO] (SCENARIO 0, 1 or 2 runs one of them)
 */
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateSchedule, hoursPerPerson, type Shift } from '../src/engine/schedule/index.ts';
import { type CompiledModel, epochMillis, loadModel } from '../src/model/index.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const ROTATIONS = 1000;
const PEOPLE = 8;
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Singapore',
  'Europe/London',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Asia/Tokyo',
];
const HANDOFFS = ['Mon 09:00', 'Tue 10:00', 'Wed 09:30'];

interface Scenario {
  readonly label: string;
  readonly coverage: '24x7' | '8x5';
  /** The zones of rotation r's members. */
  readonly zones: (r: number) => readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    label: '24x7 follow-the-sun (members of each rotation in 3 zones)',
    coverage: '24x7',
    zones: (r) => [ZONES[r % 9], ZONES[(r + 3) % 9], ZONES[(r + 6) % 9]] as string[],
  },
  {
    label: '24x7, each rotation in one of 3 zones',
    coverage: '24x7',
    zones: (r) => [ZONES[r % 3] as string],
  },
  {
    label: '8x5 (members of each rotation in 3 zones)',
    coverage: '8x5',
    zones: (r) => [ZONES[r % 9], ZONES[(r + 3) % 9], ZONES[(r + 6) % 9]] as string[],
  },
];

/** A model of 1,000 rotations of 8 people for a scenario; deterministic. */
function benchModel(scenario: Scenario): CompiledModel {
  const docs: string[] = [];
  const d = (kind: string, name: string, spec: string) =>
    `apiVersion: whorunsit/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  docs.push(d('CompensationPolicy', 'standard', '  currency: EUR\n  timeOffPerStandbyHour: 0.1\n'));
  for (let r = 0; r < ROTATIONS; r++) {
    const zones = scenario.zones(r);
    const members: string[] = [];
    for (let p = 0; p < PEOPLE; p++) {
      const name = `r${r}-p${p}`;
      members.push(name);
      docs.push(d('Person', name, `  timezone: ${zones[p % zones.length]}\n`));
    }
    docs.push(
      d(
        'Rotation',
        `rot-${r}`,
        `  type: team\n  coverage: "${scenario.coverage}"\n  timezone: ${zones[0]}\n  shiftLength: 1w\n  handoff: "${HANDOFFS[r % 3]}"\n  members: [${members.join(', ')}]\n`,
      ),
    );
  }
  const result = loadModel([{ name: 'bench.yaml', text: docs.join('\n---\n') }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.model;
}

/**
 * The floor: `count` shift records made and kept in an array, as a schedule keeps them, with
 * names from the model and times a day apart; no planning, no checks.
 */
function allocateShifts(count: number, model: CompiledModel): Shift[] {
  const rotations = [...model.rotations.values()];
  const out: Shift[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const rotation = rotations[i % rotations.length];
    const members = rotation?.spec.members ?? [];
    const day = start + Math.floor(i / rotations.length) * 86_400_000;
    out.push({
      rotation: rotation?.name ?? '',
      person: members[i % members.length] ?? '',
      start: epochMillis(day),
      end: epochMillis(day + 28_800_000),
      turn: `#${i}`,
    });
  }
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// A full collection before each timed step, so each starts from the same clean heap (as a
// fresh `whorunsit schedule` process does) instead of paying for the garbage of the step before.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function time(fn: () => void): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const only = process.argv[2];
const range = { start: epochMillis(Date.UTC(2025, 0, 1)), end: epochMillis(Date.UTC(2026, 0, 1)) };
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(
  `command: ${process.env.RUNS ? `RUNS=${RUNS} ` : ''}npm run -s bench:schedule${only === undefined ? '' : ` -- ${only}`}`,
);
console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${load()}`,
);
console.log(
  `${ROTATIONS} rotations × ${PEOPLE} people, calendar year 2025, median of ${RUNS} runs (ms)`,
);
console.log('');
console.log(
  '| scenario | shifts | generate + check | floor: allocate the shifts | ratio | hours per person |',
);
console.log('|---|---:|---:|---:|---:|---:|');
SCENARIOS.forEach((scenario, i) => {
  if (only !== undefined && Number(only) !== i) return;
  const model = benchModel(scenario);
  const policy = model.compensationPolicies.get('standard');
  const generate: number[] = [];
  const floor: number[] = [];
  const hours: number[] = [];
  let shifts = 0;
  // Generates, checks and counts hours once; returns the number of shifts. Nothing of the
  // schedule stays alive after it, so the floor below runs on the same clean heap.
  const runOnce = (): number => {
    let schedule: ReturnType<typeof generateSchedule> | undefined;
    generate.push(
      time(() => {
        schedule = generateSchedule({ model, range, policy });
      }),
    );
    if (!schedule) throw new Error('no schedule');
    const planned = schedule.shifts;
    const errors = schedule.violations.filter((v) => v.severity === 'error').length;
    if (errors > 0) throw new Error(`${errors} violations: ${schedule.violations[0]?.message}`);
    hours.push(time(() => hoursPerPerson({ model, shifts: planned, policy })));
    return planned.length;
  };
  for (let run = 0; run < RUNS; run++) {
    shifts = runOnce();
    floor.push(time(() => allocateShifts(shifts, model)));
  }
  const g = median(generate);
  const f = median(floor);
  console.log(
    `| ${scenario.label} | ${shifts} | ${g.toFixed(0)} | ${f.toFixed(0)} | ${(g / f).toFixed(1)} | ${median(hours).toFixed(0)} |`,
  );
});
console.log('');
console.log(`load average at the end ${load()}`);
