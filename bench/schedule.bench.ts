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
 * Prints the median of RUNS runs in milliseconds. Run: npm run bench:schedule
 */
import { generateSchedule, hoursPerPerson } from '../src/engine/schedule/index.ts';
import { loadModel, type Model } from '../src/model/index.ts';

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
function benchModel(scenario: Scenario): Model {
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const only = process.argv[2];
const range = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
console.log(
  `node ${process.version}, ${ROTATIONS} rotations × ${PEOPLE} people, 2025, median of ${RUNS} runs`,
);
console.log('');
console.log('| scenario | shifts | generate + check (ms) | hours per person (ms) |');
console.log('|---|---:|---:|---:|');
SCENARIOS.forEach((scenario, i) => {
  if (only !== undefined && Number(only) !== i) return;
  const model = benchModel(scenario);
  const policy = model.compensationPolicies.get('standard');
  const generate: number[] = [];
  const hours: number[] = [];
  let shifts = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    const schedule = generateSchedule({ model, range, policy });
    generate.push(performance.now() - t);
    shifts = schedule.shifts.length;
    const errors = schedule.violations.filter((v) => v.severity === 'error').length;
    if (errors > 0) throw new Error(`${errors} violations: ${schedule.violations[0]?.message}`);
    t = performance.now();
    hoursPerPerson({ model, shifts: schedule.shifts, policy });
    hours.push(performance.now() - t);
  }
  console.log(
    `| ${scenario.label} | ${shifts} | ${median(generate).toFixed(0)} | ${median(hours).toFixed(0)} |`,
  );
});
