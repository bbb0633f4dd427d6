/**
 * Two versions of the schedule engine in one process, interleaved run by run, so a busy machine
 * slows both alike: the bench:schedule scenarios (1,000 rotations × 8 people, calendar year
 * 2025), generate + check and hours per person, median of RUNS runs after a first (cold) one.
 * BEFORE and AFTER are the `src` folders of two checkouts (e.g. a worktree of main).
 * Run: RUNS=5 npx node bench/schedule-ab.ts /path/to/before/src /path/to/after/src
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const [A, B] = process.argv.slice(2);
if (!A || !B) throw new Error('usage: schedule-ab.ts BEFORE_SRC AFTER_SRC');
const load = async (root: string) => ({
  schedule: await import(`${root}/engine/schedule/index.ts`),
  model: await import(`${root}/model/index.ts`),
});
const versions = { before: await load(A), after: await load(B) };
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
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
function yaml(coverage: string, zones: (r: number) => string[]): string {
  const docs: string[] = [];
  const d = (kind: string, name: string, spec: string) =>
    `apiVersion: whorunsit/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  docs.push(d('CompensationPolicy', 'standard', '  currency: EUR\n  timeOffPerStandbyHour: 0.1\n'));
  for (let r = 0; r < 1000; r++) {
    const z = zones(r);
    const members: string[] = [];
    for (let p = 0; p < 8; p++) {
      const n = `r${r}-p${p}`;
      members.push(n);
      docs.push(d('Person', n, `  timezone: ${z[p % z.length]}\n`));
    }
    docs.push(
      d(
        'Rotation',
        `rot-${r}`,
        `  type: team\n  coverage: "${coverage}"\n  timezone: ${z[0]}\n  shiftLength: 1w\n  handoff: "${HANDOFFS[r % 3]}"\n  members: [${members.join(', ')}]\n`,
      ),
    );
  }
  return docs.join('\n---\n');
}
const scenarios = [
  [
    '24x7, members in 3 zones',
    yaml('24x7', (r) => [ZONES[r % 9], ZONES[(r + 3) % 9], ZONES[(r + 6) % 9]] as string[]),
  ],
  ['24x7, one zone each', yaml('24x7', (r) => [ZONES[r % 3] as string])],
  [
    '8x5, members in 3 zones',
    yaml('8x5', (r) => [ZONES[r % 9], ZONES[(r + 3) % 9], ZONES[(r + 6) % 9]] as string[]),
  ],
] as const;
const range = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
const RUNS = Number(process.env.RUNS ?? 5);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
console.log(
  '| scenario | shifts before / after | first run (ms) before / after | before (ms) | after (ms) | after / before | hours per person (ms) before / after |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [label, text] of scenarios) {
  const times: Record<string, { gen: number[]; hours: number[]; first: number }> = {};
  // biome-ignore lint/suspicious/noExplicitAny: two versions' models, each used with its own engine
  const models: Record<string, any> = {};
  for (const [name, v] of Object.entries(versions)) {
    const r = v.model.loadModel([{ name: 'b.yaml', text }]);
    if (!r.ok) throw new Error('bad');
    models[name] = r.model;
    times[name] = { gen: [], hours: [], first: 0 };
  }
  const shifts: Record<string, number> = {};
  for (let run = 0; run < RUNS + 1; run++) {
    for (const [name, v] of run % 2
      ? Object.entries(versions).reverse()
      : Object.entries(versions)) {
      const model = models[name];
      const policy = model.compensationPolicies.get('standard');
      gc();
      let t = performance.now();
      const s = v.schedule.generateSchedule({ model, range, policy });
      const g = performance.now() - t;
      gc();
      t = performance.now();
      v.schedule.hoursPerPerson({ model, shifts: s.shifts, policy });
      const h = performance.now() - t;
      shifts[name] = s.shifts.length;
      const kept = times[name] as { gen: number[]; hours: number[]; first: number };
      if (run === 0) kept.first = g;
      else {
        kept.gen.push(g);
        kept.hours.push(h);
      }
    }
  }
  const b = times.before as { gen: number[]; hours: number[]; first: number };
  const a = times.after as { gen: number[]; hours: number[]; first: number };
  console.log(
    `| ${label} | ${shifts.before} / ${shifts.after} | ${b.first.toFixed(0)} / ${a.first.toFixed(0)} | ${median(b.gen).toFixed(0)} | ${median(a.gen).toFixed(0)} | ${(median(a.gen) / median(b.gen)).toFixed(2)} | ${median(b.hours).toFixed(0)} / ${median(a.hours).toFixed(0)} |`,
  );
}
