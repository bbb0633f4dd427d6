import type { Command } from 'commander';
import { selectPolicy } from '../engine/compensation/index.ts';
import type {
  Absence,
  ConcurrencyRule,
  Interval,
  Override,
  Schedule,
  ScheduleInput,
} from '../engine/schedule/index.ts';
import { DAY_MS, generateSchedule } from '../engine/schedule/index.ts';
import {
  type CompensationPolicy,
  type CompiledModel,
  type EpochMillis,
  epochMillis,
  type Problem,
} from '../model/index.ts';
import { type CommandContext, printJson } from './command.ts';
import { CliError } from './exit-codes.ts';
import { formatProblems } from './format-problems.ts';
import { type CliIo, useColor } from './io.ts';
import { noSuchName } from './no-such-name.ts';
import { progressBar } from './progress-bar.ts';
import { readAbsences } from './read-absences.ts';
import { readOverrides } from './read-overrides.ts';
import { parseScheduleTime } from './schedule-times.ts';

/** Flags every schedule command shares. */
export interface ScheduleFlags {
  readonly json?: boolean | undefined;
  readonly absences?: string | undefined;
  readonly overrides?: string | undefined;
  readonly policy?: string | undefined;
  readonly allowConcurrent?: boolean | string | undefined;
}

/** The longest range one command plans: enough for a multi-year calendar, never a hang. */
export const MAX_RANGE_DAYS = 3 * 366;

/** `--from`/`--to` (or `--at`): ISO 8601 with a zone, or a date (midnight UTC). */
export function timeOption(flag: string, value: string | undefined): EpochMillis {
  if (value === undefined)
    throw new CliError('missing-option', `${flag}: required, e.g. ${flag} 2025-05-05`);
  const t =
    /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) || /[zZ]|[+-]\d{2}(:?\d{2})?$/.test(value.trim())
      ? parseScheduleTime(value, 'UTC')
      : undefined;
  if (t === undefined) {
    throw new CliError(
      'bad-time',
      `${flag}: expected a date like 2025-05-05 (midnight UTC) or a time with a zone like 2025-05-05T09:00:00+02:00, found "${value}"`,
    );
  }
  return epochMillis(t);
}

export function rangeOption(from: string | undefined, to: string | undefined): Interval {
  const range = { start: timeOption('--from', from), end: timeOption('--to', to) };
  if (range.end <= range.start)
    throw new CliError('bad-range', `--to (${to}) must be after --from (${from})`);
  if (range.end - range.start > MAX_RANGE_DAYS * DAY_MS) {
    throw new CliError(
      'range-too-long',
      `--from to --to spans more than ${MAX_RANGE_DAYS} days; ask for less at a time`,
    );
  }
  return range;
}

/** `--allow-concurrent` alone allows anyone on several rotations at once; `a+b,c+d` only those pairs. */
export function concurrencyOption(
  model: CompiledModel,
  value: boolean | string | undefined,
): ConcurrencyRule {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  return value.split(',').map((pair) => {
    const [a = '', b = ''] = pair.split('+').map((s) => s.trim());
    for (const name of [a, b]) {
      if (!model.rotations.has(name)) {
        throw new CliError(
          'unknown-rotation',
          `--allow-concurrent: ${noSuchName('Rotation', name, model.rotations.keys())} (pairs are written a+b,c+d)`,
        );
      }
    }
    return [a, b] as const;
  });
}

export function rotationOption(model: CompiledModel, name: string | undefined): string | undefined {
  if (name === undefined || model.rotations.has(name)) return name;
  throw new CliError(
    'unknown-rotation',
    `--rotation: ${noSuchName('Rotation', name, model.rotations.keys())}`,
  );
}

export function policyOption(
  model: CompiledModel,
  name: string | undefined,
): CompensationPolicy | undefined {
  const selected = selectPolicy(model, name);
  const policy = selected.ok ? selected.policy : undefined;
  if (name !== undefined && !policy) {
    throw new CliError(
      'unknown-policy',
      `--policy: ${noSuchName('CompensationPolicy', name, model.compensationPolicies.keys())}`,
    );
  }
  return policy;
}

export interface ScheduleData {
  readonly absences: readonly Absence[];
  readonly overrides: readonly Override[];
}

/**
 * Reads `--absences` and `--overrides`. When either has problems, prints them all (as
 * `{"valid": false, "errors"}` with --json) and returns undefined: the command exits 1.
 */
export async function readScheduleData(
  model: CompiledModel,
  flags: ScheduleFlags,
  context: CommandContext,
): Promise<ScheduleData | undefined> {
  const problems: Problem[] = [];
  let absences: readonly Absence[] = [];
  let overrides: readonly Override[] = [];
  if (flags.absences !== undefined) {
    const read = await readAbsences(flags.absences, context.io, model);
    problems.push(...read.problems);
    absences = read.absences;
  }
  if (flags.overrides !== undefined) {
    const read = await readOverrides(flags.overrides, context.io, model);
    problems.push(...read.problems);
    overrides = read.overrides;
  }
  if (problems.length === 0) return { absences, overrides };
  if (flags.json) printJson(context.io, { valid: false, errors: problems });
  else context.io.stderr(formatProblems(problems, useColor(context.io)));
  return undefined;
}

/**
 * Adds the flags every schedule command shares, in the order `--help` lists them; `policyHelp`
 * says what the command uses the compensation policy for.
 */
export function withScheduleFlags(command: Command, policyHelp: string): Command {
  return command
    .option('--absences <file>', 'who is away: person, from, to (CSV, JSON or YAML)')
    .option('--overrides <file>', 'swaps and takes applied on top (CSV, JSON or YAML)')
    .option('--policy <name>', policyHelp)
    .option(
      '--allow-concurrent [pairs]',
      'allow people on several rotations at once (all, or pairs a+b,c+d)',
    );
}

/** What the shared flags give the planner besides the model and the range. */
export interface ScheduleInputs extends ScheduleData {
  readonly policy: CompensationPolicy | undefined;
  readonly allowConcurrent: ConcurrencyRule;
}

/**
 * Reads the shared flags against the model: `--policy` and `--allow-concurrent` first (usage
 * errors when they name nothing in it), then `--absences` and `--overrides`. Undefined when
 * those files have problems, which are printed: the command exits 1.
 */
export async function scheduleInputs(
  model: CompiledModel,
  flags: ScheduleFlags,
  context: CommandContext,
): Promise<ScheduleInputs | undefined> {
  const policy = policyOption(model, flags.policy);
  const allowConcurrent = concurrencyOption(model, flags.allowConcurrent);
  const data = await readScheduleData(model, flags, context);
  return data && { policy, allowConcurrent, ...data };
}

/** Plans a schedule, with a progress bar on a terminal while a long one is planned. */
export function planWithProgress(io: CliIo, input: ScheduleInput): Schedule {
  const progress = planningProgress(io, input.model, input.range);
  try {
    return generateSchedule({ ...input, onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
}

/** Rotations × quarters from which planning gets a progress bar on a terminal. */
export const PROGRESS_MIN_WORK = 400;

/**
 * A progress bar on stderr while a large schedule is planned, only on a terminal; otherwise
 * nothing. Returns the callback for the planner and a function to clear the bar.
 */
export function planningProgress(
  io: CliIo,
  model: CompiledModel,
  range: Interval,
): { readonly onProgress?: (done: number, total: number) => void; readonly stop: () => void } {
  const quarters = Math.ceil((range.end - range.start) / (91 * DAY_MS)) + 1;
  if (!io.isTty || model.rotations.size * quarters < PROGRESS_MIN_WORK) return { stop: () => {} };
  const bar = progressBar(io, {
    format: 'planning [{bar}] {percentage}% | {value}/{total} rotation-quarters',
    fps: 10,
  });
  let started = false;
  return {
    onProgress: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
