import type { SliSeries } from '../engine/budgets/sli-series.ts';
import type { Incident } from '../engine/incidents/incident.ts';
import type { BudgetEvidence } from '../engine/plan/document/error-budgets.ts';
import {
  type EpochSeconds,
  epochSecondsOf,
  type Problem,
  secondsOfMillis,
  TimeParameterSchema,
} from '../model/index.ts';
import type { CommandContext } from './command.ts';
import { CliError } from './exit-codes.ts';
import { formatProblems } from './format-problems.ts';
import { useColor } from './io.ts';
import { readIncidents } from './read-incidents.ts';
import { readSli } from './read-sli.ts';

export interface DataOptions {
  readonly json?: boolean | undefined;
  readonly at?: string | undefined;
  readonly skipBadRows?: boolean | undefined;
}

/**
 * `--at`: the time to report as of, in epoch seconds; now (from the CLI's clock) by default.
 * Read with the same schema as the server's `?at=`.
 */
export function asOfOption(options: DataOptions, context: CommandContext): EpochSeconds {
  if (options.at === undefined) return epochSecondsOf(context.io.now());
  const parsed = TimeParameterSchema.safeParse(options.at);
  if (!parsed.success) {
    throw new CliError(
      'bad-time',
      `--at: expected an ISO 8601 date or time with a zone like 2025-07-01 or 2025-07-01T00:00:00Z, found "${options.at}"`,
    );
  }
  return secondsOfMillis(parsed.data);
}

/**
 * Prints data file problems. Returns true when the command may go on: there were none, or
 * `--skip-bad-rows` was given (then they are printed to stderr as skipped, never dropped
 * unseen).
 */
function reportProblems(options: {
  readonly problems: readonly Problem[];
  readonly total: number;
  readonly what: string;
  readonly flags: DataOptions;
  readonly context: CommandContext;
}): boolean {
  const { problems, total, what, flags, context } = options;
  if (total === 0) return true;
  const { io } = context;
  const more = total > problems.length ? `… and ${total - problems.length} more\n` : '';
  if (flags.skipBadRows) {
    io.stderr(`whorunsit: skipping ${total} bad ${what} (--skip-bad-rows):\n`);
    io.stderr(formatProblems(problems, useColor(io)) + more);
    return true;
  }
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ valid: false, errors: problems, errorCount: total }, null, 2)}\n`,
    );
  } else {
    io.stderr(formatProblems(problems, useColor(io)) + more);
    io.stderr(`whorunsit: fix the ${what} above, or pass --skip-bad-rows to leave them out\n`);
  }
  return false;
}

/** Reads `--sli`; undefined when its problems stop the command (already printed). */
export async function sliOption(
  path: string,
  flags: DataOptions,
  context: CommandContext,
): Promise<ReadonlyMap<string, SliSeries> | undefined> {
  const input = await readSli(path, context.io);
  const go = reportProblems({
    problems: input.problems,
    total: input.problemCount,
    what: 'SLI rows',
    flags,
    context,
  });
  return go ? input.series : undefined;
}

/** Reads `--incidents`; undefined when its problems stop the command (already printed). */
export async function incidentsOption(
  path: string,
  flags: DataOptions,
  context: CommandContext,
): Promise<readonly Incident[] | undefined> {
  const input = await readIncidents(path, context.io);
  const go = reportProblems({
    problems: input.problems,
    total: input.problems.length,
    what: 'incident records',
    flags,
    context,
  });
  return go ? input.incidents : undefined;
}

/**
 * How a reader of `plan` or `diff` gives the SLI samples the output was made without: the
 * CLI's words for `GIVE_SLI_SAMPLES`.
 */
export const GIVE_SLI_FLAGS =
  'Give the SLI samples with `--sli FILE` (and `--incidents FILE`, `--at TIME`)';

/** The data files of `--sli` and `--incidents`, as `plan` and `diff` take them. */
export interface EvidenceFlags extends DataOptions {
  readonly sli?: string | undefined;
  readonly incidents?: string | undefined;
}

/** What `--sli` and `--incidents` hold: the samples and incidents, and the evidence they make. */
export interface EvidenceFiles {
  /** The SLI samples; undefined without `--sli`. */
  readonly series: ReadonlyMap<string, SliSeries> | undefined;
  /** The incidents; none without `--incidents`. */
  readonly incidents: readonly Incident[];
  /**
   * The error budget evidence (§12.5) measured up to `asOf`, named by the files it came from;
   * undefined without `--sli`: incidents alone measure no error budget.
   */
  readonly evidence: BudgetEvidence | undefined;
}

/**
 * Reads `--incidents` and `--sli` and makes the error budget evidence `plan --sli` and
 * `diff --sli` measure by, one way for both; undefined when problems in the files stop the
 * command (already printed).
 */
export async function evidenceOption(
  flags: EvidenceFlags,
  asOf: EpochSeconds,
  context: CommandContext,
): Promise<EvidenceFiles | undefined> {
  const incidents =
    flags.incidents === undefined ? [] : await incidentsOption(flags.incidents, flags, context);
  if (!incidents) return undefined;
  if (flags.sli === undefined) return { series: undefined, incidents, evidence: undefined };
  const series = await sliOption(flags.sli, flags, context);
  if (!series) return undefined;
  return {
    series,
    incidents,
    evidence: {
      series,
      incidents,
      asOf,
      sli: flags.sli,
      incidentsFile: flags.incidents ?? null,
    },
  };
}
