/**
 * How long a small command takes to start (issue #18): `whorunsit --help`, `--version`,
 * `completion bash`, `check --help` and `validate` on the acme example, each run as a user runs
 * it (`node bin/whorunsit.js …`, compile cache warm), beside the floor of starting Node.js itself
 * (`node -e 0`), in rounds so that every step shares the machine's load. With `--against DIR`
 * the same commands also run from another checkout (e.g. a worktree of the commit before a
 * change), interleaved, so before and after are measured in one run. Prints medians of wall and
 * CPU time (user + system), their ratio to the floor, and how many modules each loads.
 * Run: npm run -s bench:startup [-- --runs N] [--against DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 15);
const against = option('--against');
const here = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'whorunsit-bench-startup-'));
const USAGE = join(scratch, 'usage.json');
const MODULES = join(scratch, 'modules.txt');

const CASES: Readonly<Record<string, readonly string[]>> = {
  '--help': ['--help'],
  '--version': ['--version'],
  'completion bash': ['completion', 'bash'],
  'check --help': ['check', '--help'],
  'validate examples/acme': ['validate', 'examples/acme'],
};

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs `node [--import usage] script args` in `cwd`; returns its times. */
function run(cwd: string, script: readonly string[], countModules = false): Sample {
  rmSync(USAGE, { force: true });
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      join(here, 'bench/report-usage.ts'),
      ...(countModules ? ['--import', join(here, 'bench/count-modules.ts')] : []),
      ...script,
    ],
    {
      cwd,
      env: { ...process.env, BENCH_USAGE_FILE: USAGE, BENCH_MODULES_FILE: MODULES },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const wallMs = performance.now() - start;
  if (child.status !== 0) {
    throw new Error(`${script.join(' ')} failed (${child.status}): ${child.stderr.toString()}`);
  }
  const usage = JSON.parse(readFileSync(USAGE, 'utf8')) as { cpuMs: number };
  return { wallMs, cpuMs: usage.cpuMs };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const checkouts = [
  { label: 'this checkout', dir: here },
  ...(against ? [{ label: `--against ${against}`, dir: resolve(against) }] : []),
];
const steps = [
  { name: 'floor: node -e 0', checkout: checkouts[0], script: ['-e', '0'] },
  ...checkouts.flatMap((checkout) =>
    Object.entries(CASES).map(([name, words]) => ({
      name: `whorunsit ${name}`,
      checkout,
      script: ['bin/whorunsit.js', ...words],
    })),
  ),
];

// One run each first: warms Node.js's compile cache and counts the modules each step loads.
const modules = steps.map((step) => {
  run(step.checkout?.dir ?? here, step.script, true);
  return readFileSync(MODULES, 'utf8').trim();
});
const samples = steps.map(() => [] as Sample[]);
for (let round = 0; round < RUNS; round++) {
  steps.forEach((step, i) => {
    samples[i]?.push(run(step.checkout?.dir ?? here, step.script));
  });
  process.stderr.write(`round ${round + 1} of ${RUNS} done\n`);
}
rmSync(scratch, { recursive: true, force: true });

const floorCpu = median((samples[0] ?? []).map((s) => s.cpuMs));
console.log(
  `Node.js ${process.version}, ${RUNS} runs per step (after one warm-up run), medians; CPU = user + system time of the process.\n`,
);
console.log('| command | checkout | wall (ms) | CPU (ms) | CPU ÷ floor | modules loaded |');
console.log('|---|---|---:|---:|---:|---:|');
steps.forEach((step, i) => {
  const wall = median((samples[i] ?? []).map((s) => s.wallMs));
  const cpu = median((samples[i] ?? []).map((s) => s.cpuMs));
  console.log(
    `| ${step.name} | ${i === 0 ? '' : step.checkout?.label} | ${wall.toFixed(0)} | ${cpu.toFixed(0)} | ${(cpu / floorCpu).toFixed(2)} | ${modules[i]} |`,
  );
});
