import type { Command } from 'commander';
import type { CompiledModel } from '../model/index.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { formatProblems } from './format-problems.ts';
import { type CliIo, useColor } from './io.ts';
import type { InputResult } from './load-input.ts';

/** What each command file gives the program: how to add itself to it. */
export interface CommandContext {
  readonly io: CliIo;
  /** Commands report their exit code here; the program returns it. */
  readonly exit: (code: ExitCode) => void;
}

export type RegisterCommand = (program: Command, context: CommandContext) => void;

/** Adds the `Example:` block every command's --help ends with. */
export function withExamples(command: Command, ...examples: string[]): Command {
  return command.addHelpText(
    'after',
    `\nExample${examples.length > 1 ? 's' : ''}:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`,
  );
}

/**
 * Loads the model from `paths` and runs `body` on it. When the model is invalid, prints the
 * problems (as `{"valid": false, "errors": [...]}` with --json) and exits 1, so every command
 * treats bad input the same way.
 */
export async function withModel(
  paths: readonly string[],
  options: { readonly json?: boolean | undefined },
  context: CommandContext,
  body: (
    model: CompiledModel,
    input: Extract<InputResult, { ok: true }>,
  ) => Promise<ExitCode> | ExitCode,
): Promise<void> {
  // The model's modules load when a command runs, not when the program lists its commands or
  // prints a command's --help.
  const { loadInput } = await import('./load-input.ts');
  const input = await loadInput(paths, context.io);
  if (!input.ok) {
    if (options.json) {
      context.io.stdout(`${JSON.stringify({ valid: false, errors: input.problems }, null, 2)}\n`);
    } else {
      context.io.stderr(formatProblems(input.problems, useColor(context.io)));
    }
    context.exit(EXIT.invalid);
    return;
  }
  // Values taken by rule from other tools' files are never silent: say where to see them.
  const inferred = input.inferences.length;
  if (inferred > 0) {
    context.io.stderr(
      `note: ${inferred} inference${inferred === 1 ? '' : 's'} made reading other tools' files; \`whorunsit import ${paths.join(' ')}\` lists them\n`,
    );
  }
  context.exit(await body(input.model, input));
}

/** Prints a value as JSON, the one way every command does it. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
