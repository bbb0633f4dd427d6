import { Command, CommanderError, Help } from 'commander';
import {
  type ErrorCode,
  EXIT,
  type ExitCode,
  exitCodeOf,
  WhorunsitError,
} from '../errors/index.ts';
import type { CommandContext, RegisterCommand } from './command.ts';
import { COMMAND_SUMMARIES } from './command-summaries.gen.ts';
import type { CliIo } from './io.ts';
import { VERSION } from './version.ts';

/**
 * Every command, in the order `--help` lists them, by name: how to load its module. A command's
 * modules (and what they import: the engine, the server, the PDF printer) load only when the
 * command line names it, so `whorunsit --help` and small commands start fast. Add a command by
 * adding its file here and running `npm run examples` (it lists the command for `--help`).
 */
const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  validate: async () => (await import('./commands/validate.ts')).registerValidate,
  get: async () => (await import('./commands/get.ts')).registerGet,
  describe: async () => (await import('./commands/describe.ts')).registerDescribe,
  import: async () => (await import('./commands/import.ts')).registerImport,
  check: async () => (await import('./commands/check.ts')).registerCheck,
  plan: async () => (await import('./commands/plan.ts')).registerPlan,
  schema: async () => (await import('./commands/schema.ts')).registerSchema,
  init: async () => (await import('./commands/init.ts')).registerInit,
  careers: async () => (await import('./commands/careers.ts')).registerCareers,
  diff: async () => (await import('./commands/diff.ts')).registerDiff,
  compare: async () => (await import('./commands/compare.ts')).registerCompare,
  budgets: async () => (await import('./commands/budgets.ts')).registerBudgets,
  alerts: async () => (await import('./commands/alerts.ts')).registerAlerts,
  rules: async () => (await import('./commands/rules.ts')).registerRules,
  handover: async () => (await import('./commands/handover.ts')).registerHandover,
  kpis: async () => (await import('./commands/kpis.ts')).registerKpis,
  value: async () => (await import('./commands/value.ts')).registerValue,
  staffing: async () => (await import('./commands/staffing.ts')).registerStaffing,
  'oncall-cost': async () => (await import('./commands/oncall-cost.ts')).registerOnCallCost,
  schedule: async () => (await import('./commands/schedule.ts')).registerSchedule,
  oncall: async () => (await import('./commands/oncall.ts')).registerOnCall,
  hours: async () => (await import('./commands/hours.ts')).registerHours,
  chargeback: async () => (await import('./commands/chargeback.ts')).registerChargeback,
  serve: async () => (await import('./commands/serve.ts')).registerServe,
  push: async () => (await import('./commands/push.ts')).registerPush,
  gate: async () => (await import('./commands/gate.ts')).registerGate,
  token: async () => (await import('./commands/token.ts')).registerToken,
  backup: async () => (await import('./commands/backup.ts')).registerBackup,
  restore: async () => (await import('./commands/restore.ts')).registerRestore,
  completion: async () => (await import('./commands/completion.ts')).registerCompletion,
};

/**
 * Runs the CLI on `argv` (without the node and script names) and returns the exit code.
 * Every error ends here and prints its stable code from the one error table
 * (src/errors/error-table.ts, explained in docs/reference/errors.md): one line,
 * `whorunsit: error[code]: message`, or `{"error": {"code", "message", "details"}}` on stderr
 * when JSON output was asked for (the server's error shape). No input ever produces a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = await programFor(argv, { io, exit: (c) => (code = c) });
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

/** The command tree, every command registered: what tests walk and the reference documents. */
export async function buildProgram(context: CommandContext): Promise<Command> {
  const program = rootProgram(context);
  for (const load of Object.values(COMMANDS)) (await load())(program, context);
  return finishProgram(program);
}

/**
 * The command tree `argv` needs: the command it names registered in full, every other one only
 * as its line of `whorunsit --help` (its name, arguments and description, from
 * command-summaries.gen.ts), so no other command's modules load.
 */
export async function programFor(
  argv: readonly string[],
  context: CommandContext,
): Promise<Command> {
  const wanted = commandsNamedBy(argv);
  const program = rootProgram(context);
  const terms = new Map<Command, string>();
  for (const [name, load] of Object.entries(COMMANDS)) {
    const summary = COMMAND_SUMMARIES[name];
    if (wanted.has(name) || !summary) {
      (await load())(program, context);
      continue;
    }
    terms.set(program.command(name).description(summary.description), summary.term);
  }
  program.configureHelp({
    subcommandTerm(this: Help, command: Command): string {
      return terms.get(command) ?? Help.prototype.subcommandTerm.call(this, command);
    },
  });
  return finishProgram(program);
}

/**
 * The commands a command line runs or asks about: its first word that is not an option (the
 * program's own options, --help and --version, take no value), the command after `help`, and for
 * the completion scripts' `__complete`, `completion` and the command being completed.
 */
function commandsNamedBy(argv: readonly string[]): Set<string> {
  if (argv[0] === '__complete') {
    // `__complete -- WORDS…`: the words being completed, the first naming their command.
    const words = argv.slice(argv[1] === '--' ? 2 : 1);
    return new Set(['completion', ...words.slice(0, 1)]);
  }
  const end = argv.indexOf('--');
  const words = (end < 0 ? argv : argv.slice(0, end)).filter((w) => !w.startsWith('-'));
  const [first, second] = words;
  if (first === 'help') return new Set(second ? [second] : []);
  return new Set(first ? [first] : []);
}

function rootProgram(context: CommandContext): Command {
  const { io } = context;
  return (
    new Command('whorunsit')
      .description('SRE operating model as code: who builds it, who runs it, and what it costs')
      .version(VERSION)
      .exitOverride()
      .addHelpText(
        'after',
        '\nErrors print as `whorunsit: error[CODE]: message` (with --json or --format json:\n{"error": {"code", "message", "details"}} on stderr); docs/reference/errors.md explains\nevery CODE. Exit codes: 0 done, 1 the model is invalid or a check failed, 2 usage or input error.\n',
      )
      // `run` prints commander's errors too, with their code; commander's own line would repeat it.
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
  );
}

function finishProgram(program: Command): Command {
  // `--json` is `--format json` everywhere: each command reads either and sees both.
  program.hook('preAction', (_program, command) => {
    const options = command.opts();
    if (options.format === 'json') command.setOptionValue('json', true);
    else if (options.json === true) command.setOptionValue('format', 'json');
  });
  for (const command of program.commands) command.exitOverride();
  return program;
}
