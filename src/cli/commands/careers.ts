import { careers } from '../../engine/people/careers.ts';
import { careersMarkdown } from '../../report/people/careers-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';

/** `whorunsit careers <paths…>`: SRE roles, the career path and each person's readiness. */
export const registerCareers: RegisterCommand = (program, context) => {
  const command = program
    .command('careers')
    .description(
      'SRE roles, the career path and, per person, met / unmet / unknown criteria for their role and the next level (§12.9, §12.10)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .action(async (paths: string[], options: OutputFlags) => {
      await withModel(paths, options, context, (model) => {
        const report = careers(model);
        const md = () => careersMarkdown(report, model);
        printOutput(context, options, { json: () => report, md }, 'md');
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit careers examples/startup-target',
    'whorunsit careers examples/acme --json | jq \'.people[] | select(.next.verdict == "meets")\'',
  );
};
