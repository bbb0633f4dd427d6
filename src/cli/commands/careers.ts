import { Option } from 'commander';
import { careers } from '../../engine/people/careers.ts';
import { careersMarkdown } from '../../report/people/careers-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { outputFormat, printJson, withExamples, withModel } from '../command.ts';
import { EXIT } from '../exit-codes.ts';

/** `whorunsit careers <paths…>`: SRE roles, the career path and each person's readiness. */
export const registerCareers: RegisterCommand = (program, context) => {
  const command = program
    .command('careers')
    .description(
      'SRE roles, the career path and, per person, met / unmet / unknown criteria for their role and the next level (§12.9, §12.10)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .addOption(
      new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'),
    )
    .option('--json', 'same as --format json')
    .action(async (paths: string[], options: { json?: boolean; format?: 'md' | 'json' }) => {
      await withModel(paths, options, context, (model) => {
        const report = careers(model);
        if (outputFormat(options, 'md') === 'json') printJson(context.io, report);
        else context.io.stdout(careersMarkdown(report, model));
        return EXIT.ok;
      });
    });
  withExamples(
    command,
    'whorunsit careers examples/startup-target',
    'whorunsit careers examples/acme --json | jq \'.people[] | select(.next.verdict == "meets")\'',
  );
};
