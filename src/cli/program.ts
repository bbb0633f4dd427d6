import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode, exitCodeOf, WhorunsitError } from '../errors/index.ts';
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
 * Usage errors exit 2 with a one-line message; no input ever produces a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram({ io, exit: (c) => (code = c) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // The one place the CLI turns an error code into an exit code (src/errors/error-table.ts).
    if (error instanceof WhorunsitError) {
      io.stderr(`whorunsit: ${error.message}\n`);
      return exitCodeOf(error.code);
    }
    throw error;
  }
}

/** The command tree, every command registered: what `run` parses and tests walk. */
export function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('whorunsit')
    .description('SRE operating model as code: who builds it, who runs it, and what it costs')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
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
