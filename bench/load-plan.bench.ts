/**
 * Loading and planning at scale against the floor of parsing the same YAML (issue #15): for
 * organizations of 1,000, 2,000 and 10,000 teams (`bench/generate-large-org.ts`, files under
 * 8 MiB), each step runs as its own process, as a user runs it, in rounds so that the three
 * steps of a size share the machine's load:
 *
 * - parse floor: `yaml`'s parseAllDocuments + toJS over the same files (bench/parse-floor.ts)
 * - `whorunsit validate <folder>`
 * - `whorunsit plan <folder> --format json` (output to /dev/null)
 *
 * Prints medians of wall and CPU time, the ratios to the floor (goal: validate ≤ 1.5×,
 * plan ≤ 2×), peak memory, and growth from the smallest size (linear: time grows as teams do).
 *
 * Growth guard: each round runs every size, so sizes share the machine's load too; for each
 * pair of sizes the CPU growth of every step is taken per round (larger ÷ smaller) and its
 * median printed beside the size factor. Work that is linear grows about as the teams do
 * (2.0–2.2× from 1,000 to 2,000 teams: the parse itself grows a little faster than linear);
 * a step growing more than 1.2× the size factor (2.4× there) is flagged and the benchmark
 * exits with status 1, since that is what a per-entity scan of all entities looks like.
 * `--growth` is short for `1000 2000` (about a minute and a half per round on a quiet machine).
 * Run: npm run -s bench:load-plan [-- <teams>… | --growth] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLargeOrg } from './generate-large-org.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && i !== runsAt + 1).map(Number);
const SIZES = [
  ...new Set(
    sizes.length > 0 ? sizes : args.includes('--growth') ? [1000, 2000] : [1000, 2000, 10000],
  ),
].sort((a, b) => a - b);
/** Growth above this multiple of the size factor is flagged: 2.4× for twice the teams. */
const GROWTH_LIMIT = 1.2;
const root = new URL('..', import.meta.url).pathname;
const USAGE = join(tmpdir(), `whorunsit-bench-usage-${process.pid}.json`);
const NULL = openSync('/dev/null', 'w');

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssKb: number;
}

const STEPS = {
  parse: (folder: string) => ['bench/parse-floor.ts', folder],
  validate: (folder: string) => ['src/cli/main.ts', 'validate', folder],
  plan: (folder: string) => ['src/cli/main.ts', 'plan', folder, '--format', 'json'],
} as const;
type Step = keyof typeof STEPS;

function run(step: Step, folder: string): Sample {
  rmSync(USAGE, { force: true });
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=16384', '--import', './bench/report-usage.ts', ...STEPS[step](folder)],
    {
      cwd: root,
      env: { ...process.env, BENCH_USAGE_FILE: USAGE },
      stdio: ['ignore', NULL, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - start;
  if (child.status !== 0) {
    throw new Error(`${step} failed (${child.status}): ${child.stderr.toString().slice(0, 2000)}`);
  }
  const usage = JSON.parse(readFileSync(USAGE, 'utf8')) as { cpuMs: number; maxRssKb: number };
  return { wallMs, ...usage };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const s = (ms: number) => (ms / 1000).toFixed(1);

interface Row {
  readonly teams: number;
  readonly people: number;
  readonly services: number;
  readonly files: number;
  readonly megabytes: number;
  readonly median: Record<Step, { wallMs: number; cpuMs: number; maxRssKb: number }>;
}

interface Org {
  readonly teams: number;
  readonly folder: string;
  readonly people: number;
  readonly services: number;
  readonly files: number;
  readonly megabytes: number;
}

const orgs: Org[] = SIZES.map((teams) => {
  const folder = join(tmpdir(), `whorunsit-bench-org-${teams}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const sources = generateLargeOrg(teams);
  let bytes = 0;
  for (const source of sources) {
    writeFileSync(join(folder, source.name), source.text);
    bytes += Buffer.byteLength(source.text);
  }
  const text = sources.map((x) => x.text).join('\n');
  const count = (kind: string) => text.split(`\nkind: ${kind}\n`).length - 1;
  return {
    teams,
    folder,
    people: count('Person'),
    services: count('Service'),
    files: sources.length,
    megabytes: bytes / 2 ** 20,
  };
});

// samples[size index][step][round]
const samples: Record<Step, Sample[]>[] = orgs.map(() => ({ parse: [], validate: [], plan: [] }));
for (let r = 0; r < RUNS; r++) {
  orgs.forEach((org, i) => {
    for (const step of Object.keys(STEPS) as Step[]) {
      (samples[i] as Record<Step, Sample[]>)[step].push(run(step, org.folder));
    }
    process.stderr.write(`${org.teams} teams: round ${r + 1} of ${RUNS} done\n`);
  });
}
for (const org of orgs) rmSync(org.folder, { recursive: true, force: true });

const rows: Row[] = orgs.map((org, i) => {
  const of = samples[i] as Record<Step, Sample[]>;
  const med = (step: Step) => ({
    wallMs: median(of[step].map((x) => x.wallMs)),
    cpuMs: median(of[step].map((x) => x.cpuMs)),
    maxRssKb: Math.max(...of[step].map((x) => x.maxRssKb)),
  });
  return {
    teams: org.teams,
    people: org.people,
    services: org.services,
    files: org.files,
    megabytes: org.megabytes,
    median: { parse: med('parse'), validate: med('validate'), plan: med('plan') },
  };
});

console.log(
  `Node.js ${process.version}, ${RUNS} runs per step, medians; CPU = user + system time of the process.\n`,
);
console.log(
  '| teams | people | services | files (MiB) | parse floor: wall / CPU (s) | validate: wall / CPU (s) | validate ÷ floor (wall / CPU) | plan --format json: wall / CPU (s) | plan ÷ floor (wall / CPU) | peak memory: parse / validate / plan (MiB) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const { parse, validate, plan } = r.median;
  const ratio = (x: { wallMs: number; cpuMs: number }) =>
    `${(x.wallMs / parse.wallMs).toFixed(2)} / ${(x.cpuMs / parse.cpuMs).toFixed(2)}`;
  const mib = (kb: number) => (kb / 1024).toFixed(0);
  console.log(
    `| ${r.teams} | ${r.people} | ${r.services} | ${r.files} (${r.megabytes.toFixed(1)}) | ${s(parse.wallMs)} / ${s(parse.cpuMs)} | ${s(validate.wallMs)} / ${s(validate.cpuMs)} | ${ratio(validate)} | ${s(plan.wallMs)} / ${s(plan.cpuMs)} | ${ratio(plan)} | ${mib(parse.maxRssKb)} / ${mib(validate.maxRssKb)} / ${mib(plan.maxRssKb)} |`,
  );
}
const base = rows[0];
if (base && rows.length > 1) {
  console.log(
    '\nGrowth from the smallest size (CPU time; linear growth keeps each figure near the size factor):\n',
  );
  console.log('| teams | size × | parse floor × | validate × | plan × |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const g = (step: Step) => (r.median[step].cpuMs / base.median[step].cpuMs).toFixed(2);
    console.log(
      `| ${r.teams} | ${(r.teams / base.teams).toFixed(2)} | ${g('parse')} | ${g('validate')} | ${g('plan')} |`,
    );
  }
}

// The guard: per round, the CPU time at the larger size over the smaller (same round, so the
// same load), median over rounds; flagged above GROWTH_LIMIT × the size factor.
let flagged = false;
if (orgs.length > 1) {
  console.log(
    `\nGrowth guard (CPU time, larger ÷ smaller size, median of per-round ratios; flagged above ${GROWTH_LIMIT}× the size factor):\n`,
  );
  console.log('| teams | size × | parse floor × | validate × | plan × |');
  console.log('|---|---:|---:|---:|---:|');
  for (let i = 1; i < orgs.length; i++) {
    const small = orgs[i - 1] as Org;
    const large = orgs[i] as Org;
    const factor = large.teams / small.teams;
    const growth = (step: Step) => {
      const a = (samples[i - 1] as Record<Step, Sample[]>)[step];
      const b = (samples[i] as Record<Step, Sample[]>)[step];
      const g = median(b.map((x, r) => x.cpuMs / (a[r] as Sample).cpuMs));
      const over = g > GROWTH_LIMIT * factor;
      if (over) flagged = true;
      return `${g.toFixed(2)}${over ? ' **above linear**' : ''}`;
    };
    console.log(
      `| ${small.teams} → ${large.teams} | ${factor.toFixed(2)} | ${growth('parse')} | ${growth('validate')} | ${growth('plan')} |`,
    );
  }
  if (flagged) {
    console.log(
      '\nA step grew faster than the organization: profile it at both sizes (node --cpu-prof) and look for a scan of every entity per entity.',
    );
    process.exitCode = 1;
  }
}
rmSync(USAGE, { force: true });
