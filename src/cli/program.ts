import { Command, CommanderError } from 'commander';
import {
  type ErrorCode,
  EXIT,
  type ExitCode,
  exitCodeOf,
  WhorunsitError,
} from '../errors/index.ts';
import type { CommandContext, RegisterCommand } from './command.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerBudgets } from './commands/budgets.ts';
import { registerCareers } from './commands/careers.ts';
import { registerChargeback } from './commands/chargeback.ts';
import { registerCheck } from './commands/check.ts';
import { registerCompare } from './commands/compare.ts';
import { registerCompletion } from './commands/completion.ts';
import { registerDescribe } from './commands/describe.ts';
import { registerDiff } from './commands/diff.ts';
import { registerGate } from './commands/gate.ts';
import { registerGet } from './commands/get.ts';
import { registerHandover } from './commands/handover.ts';
import { registerHours } from './commands/hours.ts';
import { registerImport } from './commands/import.ts';
import { registerInit } from './commands/init.ts';
import { registerKpis } from './commands/kpis.ts';
import { registerOnCall } from './commands/oncall.ts';
import { registerOnCallCost } from './commands/oncall-cost.ts';
import { registerPlan } from './commands/plan.ts';
import { registerPush } from './commands/push.ts';
import { registerRules } from './commands/rules.ts';
import { registerSchedule } from './commands/schedule.ts';
import { registerSchema } from './commands/schema.ts';
import { registerServe } from './commands/serve.ts';
import { registerStaffing } from './commands/staffing.ts';
import { registerToken } from './commands/token.ts';
import { registerValidate } from './commands/validate.ts';
import { registerValue } from './commands/value.ts';
import type { CliIo } from './io.ts';
import { VERSION } from './version.ts';

/** Every command, in the order `--help` lists them. Add a command by adding its file here. */
const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerGet,
  registerDescribe,
  registerImport,
  registerCheck,
  registerPlan,
  registerSchema,
  registerInit,
  registerCareers,
  registerDiff,
  registerCompare,
  registerBudgets,
  registerAlerts,
  registerRules,
  registerHandover,
  registerKpis,
  registerValue,
  registerStaffing,
  registerOnCallCost,
  registerSchedule,
  registerOnCall,
  registerHours,
  registerChargeback,
  registerServe,
  registerPush,
  registerGate,
  registerToken,
  registerCompletion,
];

/**
 * Runs the CLI on `argv` (without the node and script names) and returns the exit code.
 * Every error ends here and prints its stable code from the one error table
 * (src/errors/error-table.ts, explained in docs/reference/errors.md): one line,
 * `whorunsit: error[code]: message`, or `{"error": {"code", "message", "details"}}` on stderr
 * when JSON output was asked for (the server's error shape). No input ever produces a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram({ io, exit: (c) => (code = c) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    const failure = cliFailureOf(error);
    if (!failure) throw error;
    if (failure.code === undefined) return failure.exit;
    if (asksForJson(argv)) {
      const { code: errorCode, message, details } = failure;
      io.stderr(`${JSON.stringify({ error: { code: errorCode, message, details } })}\n`);
    } else {
      io.stderr(`whorunsit: error[${failure.code}]: ${failure.message}\n`);
      if (failure.usage) io.stderr('(run with --help for usage)\n');
    }
    return failure.exit;
  }
}

interface CliFailure {
  /** Absent when commander already printed what there is to say (help, the version). */
  readonly code?: ErrorCode;
  readonly message: string;
  readonly details: unknown;
  readonly exit: ExitCode;
  /** A mistake on the command line: the line ends with where to read the usage. */
  readonly usage: boolean;
}

/** Commander's own errors (the command line cannot be parsed), by the code of the one table. */
const COMMANDER_CODES: Readonly<Record<string, ErrorCode>> = {
  'commander.unknownCommand': 'unknown-command',
  'commander.unknownOption': 'unknown-option',
  'commander.invalidArgument': 'bad-argument',
  'commander.excessArguments': 'too-many-arguments',
  'commander.conflictingOption': 'conflicting-options',
  'commander.missingArgument': 'missing-argument',
  'commander.optionMissingArgument': 'missing-option',
  'commander.missingMandatoryOptionValue': 'missing-option',
};

/** The one place the CLI turns an error into a code, a message and an exit code. */
function cliFailureOf(error: unknown): CliFailure | undefined {
  if (error instanceof WhorunsitError) {
    const { code, message, details } = error;
    return { code, message, details, exit: exitCodeOf(code), usage: false };
  }
  if (error instanceof CommanderError) {
    const code = COMMANDER_CODES[error.code];
    // --help and --version end through here too, with exit code 0; a bare `whorunsit` prints
    // the help on stderr and exits 2.
    if (!code)
      return {
        message: error.message,
        details: null,
        exit: error.exitCode === 0 ? EXIT.ok : EXIT.usage,
        usage: false,
      };
    const message = error.message.replace(/^error: /, '');
    return { code, message, details: null, exit: exitCodeOf(code), usage: true };
  }
  return undefined;
}

/** Whether the command line asks for JSON output (`--json`, `--format json`), before any `--`. */
function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  return words.some(
    (word, i) =>
      word === '--json' ||
      word === '--format=json' ||
      (word === '--format' && words[i + 1] === 'json'),
  );
}

/** The command tree, every command registered: what `run` parses and tests walk. */
export function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('whorunsit')
    .description('SRE operating model as code: who builds it, who runs it, and what it costs')
    .version(VERSION)
    .exitOverride()
    .addHelpText(
      'after',
      '\nErrors print as `whorunsit: error[CODE]: message` (with --json or --format json:\n{"error": {"code", "message", "details"}} on stderr); docs/reference/errors.md explains\nevery CODE. Exit codes: 0 done, 1 the model is invalid or a check failed, 2 usage or input error.\n',
    )
    // `run` prints commander's errors too, with their code; commander's own line would repeat it.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  for (const register of COMMANDS) register(program, context);
  // `--json` is `--format json` everywhere: each command reads either and sees both.
  program.hook('preAction', (_program, command) => {
    const options = command.opts();
    if (options.format === 'json') command.setOptionValue('json', true);
    else if (options.json === true) command.setOptionValue('format', 'json');
  });
  for (const command of program.commands) command.exitOverride();
  return program;
}
