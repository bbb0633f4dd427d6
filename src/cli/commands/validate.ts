import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { formatInferences } from '../format-inferences.ts';
import { formatProblems } from '../format-problems.ts';
import { useColor } from '../io.ts';
import { loadInput } from '../load-input.ts';
import { withOutputOptions } from '../output/print-output.ts';

/** `whorunsit validate <paths…>`: exit 0 when valid, 1 when invalid, 2 for usage or I/O errors. */
export const registerValidate: RegisterCommand = (program, context) => {
  const command = program
    .command('validate')
    .description('check that model files are well-formed and every reference resolves')
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { io } = context;
      const input = await loadInput(paths, io);
      const errors = input.ok ? [] : input.problems;
      if (options.json) {
        // `inferences` appears only when other tools' files were read, so the contract for
        // whorunsit files stays {"valid", "errors"}.
        printJson(io, {
          valid: input.ok,
          errors,
          ...(input.inferences.length > 0 ? { inferences: input.inferences } : {}),
        });
      } else if (input.ok) {
        io.stderr(formatInferences(input.inferences, useColor(io)));
        const m = input.model;
        io.stdout(
          `valid: ${m.organizations.size} organizations, ${m.teams.size} teams, ${m.people.size} people, ${m.services.size} services, ${m.rotations.size} rotations\n`,
        );
      } else {
        io.stderr(formatInferences(input.inferences, useColor(io)));
        io.stderr(formatProblems(errors, useColor(io)));
      }
      context.exit(input.ok ? EXIT.ok : EXIT.invalid);
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp:
      'the same as --format json: {"valid", "errors"} (and "inferences" when other tools\' files were read)',
  });
  withExamples(
    command,
    'whorunsit validate examples/acme',
    'cat team.yaml | whorunsit validate - --json',
  );
};
