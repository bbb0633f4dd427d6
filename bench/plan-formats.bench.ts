/**
 * The plan as people read it, at scale (issue #13): `whorunsit plan` as Markdown (the default)
 * and as HTML (charts rendered to SVG) beside `--format json` and the floor of parsing the same
 * YAML (issue #15's goal for plan: ≤ 2× the floor), on the organizations of
 * `bench/generate-large-org.ts`. Each step runs as its own process, as a user runs it, in rounds
 * so that the steps of a size share the machine's load; output goes to /dev/null.
 * Prints medians of wall and CPU time, their ratios to the floor, and peak memory.
 * With `--baseline <checkout>`, the HTML plan of another checkout of whorunsit (a `git worktree`
 * at the commit to compare with) runs in the same rounds, so before and after share the load.
 * Run: npm run -s bench:plan [-- <teams>… [--runs N] [--baseline <checkout>]]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLargeOrg } from './generate-large-org.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const baselineAt = args.indexOf('--baseline');
const BASELINE = baselineAt >= 0 ? args[baselineAt + 1] : undefined;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && i !== runsAt + 1).map(Number);
const SIZES = sizes.length > 0 ? sizes : [1000, 10000];
const root = new URL('..', import.meta.url).pathname;
const USAGE = join(tmpdir(), `whorunsit-bench-usage-${process.pid}.json`);
const NULL = openSync('/dev/null', 'w');

const plan = (format: string) => (folder: string) => [
  'src/cli/main.ts',
  'plan',
  folder,
  '--format',
  format,
];
const STEPS = {
  floor: (folder: string) => ['bench/parse-floor.ts', folder],
  json: plan('json'),
  md: plan('md'),
  html: plan('html'),
  // The same command in the baseline checkout (run from there: its own sources and modules).
  'html-baseline': plan('html'),
} as const;
type Step = keyof typeof STEPS;
const ORDER = (Object.keys(STEPS) as Step[]).filter(
  (s) => s !== 'html-baseline' || BASELINE !== undefined,
);

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssKb: number;
}

function run(step: Step, folder: string): Sample {
  rmSync(USAGE, { force: true });
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=16384',
      '--import',
      join(root, 'bench/report-usage.ts'),
      ...STEPS[step](folder),
    ],
    {
      cwd: step === 'html-baseline' ? (BASELINE as string) : root,
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

console.log(
  `Node.js ${process.version}, ${RUNS} run(s) per step, medians; CPU = user + system time of the process.\n`,
);
const BASE_COLUMNS = BASELINE
  ? ' plan --format html, baseline: wall / CPU (s) | baseline html ÷ floor (CPU) |'
  : '';
console.log(
  `| teams | services | parse floor: wall / CPU (s) | plan --format json: wall / CPU (s) | plan (Markdown): wall / CPU (s) | plan --format html: wall / CPU (s) | json ÷ floor (CPU) | Markdown ÷ floor (CPU) | html ÷ floor (CPU) | peak memory: json / md / html (MiB) |${BASE_COLUMNS}`,
);
console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${BASELINE ? '---:|---:|' : ''}`);
for (const teams of SIZES) {
  const folder = join(tmpdir(), `whorunsit-bench-plan-${teams}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const sources = generateLargeOrg(teams);
  for (const source of sources) writeFileSync(join(folder, source.name), source.text);
  const services = sources.reduce((n, x) => n + x.text.split('\nkind: Service\n').length - 1, 0);
  const samples = Object.fromEntries(ORDER.map((k) => [k, [] as Sample[]])) as Record<
    Step,
    Sample[]
  >;
  for (let r = 0; r < RUNS; r++) {
    for (const step of ORDER) {
      const sample = run(step, folder);
      samples[step].push(sample);
      // Each sample as it comes, so a run cut short still says what it measured.
      process.stderr.write(
        `${teams} teams, round ${r + 1}, ${step}: ${s(sample.wallMs)} s wall, ${s(sample.cpuMs)} s CPU\n`,
      );
    }
    process.stderr.write(`${teams} teams: round ${r + 1} of ${RUNS} done\n`);
  }
  const med = (step: Step) => ({
    wallMs: median(samples[step].map((x) => x.wallMs)),
    cpuMs: median(samples[step].map((x) => x.cpuMs)),
    maxRssKb: Math.max(...samples[step].map((x) => x.maxRssKb)),
  });
  const [floor, json, md, html, base] = ORDER.map(med) as [
    Sample,
    Sample,
    Sample,
    Sample,
    Sample | undefined,
  ];
  const both = (x: Sample) => `${s(x.wallMs)} / ${s(x.cpuMs)}`;
  const ratio = (x: Sample) => (x.cpuMs / floor.cpuMs).toFixed(2);
  const mib = (x: Sample) => (x.maxRssKb / 1024).toFixed(0);
  console.log(
    `| ${teams} | ${services} | ${both(floor)} | ${both(json)} | ${both(md)} | ${both(html)} | ${ratio(json)} | ${ratio(md)} | ${ratio(html)} | ${mib(json)} / ${mib(md)} / ${mib(html)} |${base ? ` ${both(base)} | ${ratio(base)} |` : ''}`,
  );
  rmSync(folder, { recursive: true, force: true });
}
rmSync(USAGE, { force: true });
