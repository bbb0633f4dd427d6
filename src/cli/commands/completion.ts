import { Argument } from 'commander';
import type { RegisterCommand } from '../command.ts';
import { withExamples } from '../command.ts';
import { COMPLETION_SCRIPTS } from '../completion/completion-scripts.ts';
import { EXIT } from '../exit-codes.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';

/**
 * `whorunsit completion bash|zsh|fish`: the shell's completion script; it completes commands,
 * options and the names of services, teams and rotations of the model in the current folder.
 */
export const registerCompletion: RegisterCommand = (program, context) => {
  const command = program
    .command('completion')
    .description(
      'print the shell completion script: commands, options and names of services, teams and rotations from the model in the current folder',
    )
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']));
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: 'the same as --format json: {"shell", "script"}',
  }).action((shell: 'bash' | 'zsh' | 'fish', options: OutputFlags) => {
    const script = COMPLETION_SCRIPTS[shell];
    printOutput(context, options, { json: () => ({ shell, script }), text: () => script }, 'text');
    context.exit(EXIT.ok);
  });
  withExamples(
    command,
    'whorunsit completion bash > ~/.local/share/bash-completion/completions/whorunsit',
    'whorunsit completion zsh > ~/.zfunc/_whorunsit   # with fpath+=(~/.zfunc) before compinit',
    'whorunsit completion fish > ~/.config/fish/completions/whorunsit.fish',
  );

  // What the scripts call: one candidate a line for the last word (the one being typed).
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[] = []) => {
      // Only completing reads a model; printing the scripts does not load its modules.
      const { completeWords } = await import('../completion/complete-words.ts');
      for (const word of await completeWords(program, words, context.io)) {
        context.io.stdout(`${word}\n`);
      }
      context.exit(EXIT.ok);
    });
};
