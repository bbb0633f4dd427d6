import { handover } from '../../engine/handover/service-handover.ts';
import { handoverJson, handoverMarkdown } from '../../report/budgets/handover-report.ts';
import { type RegisterCommand, withExamples, withModel } from '../command.ts';
import { asOfOption, type DataOptions, incidentsOption, sliOption } from '../data-options.ts';
import { EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

/** `whorunsit handover <paths…> --sli FILE [--incidents FILE]`: who ran it when, and why. */
export const registerHandover: RegisterCommand = (program, context) => {
  const command = program
    .command('handover')
    .description(
      'who runs each service, period by period, as its error budget policy decides (§12.5)',
    )
    .argument('<paths...>', 'model files or folders')
    .requiredOption('--sli <file>', 'SLI samples: CSV or JSON with service,timestamp,good,total')
    .option('--incidents <file>', 'incidents: CSV or JSON (for postmortems)')
    .option('--at <time>', 'decide up to this time (ISO 8601), default now')
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(async (paths: string[], options: DataOptions & { sli: string; incidents?: string }) => {
      const asOf = asOfOption(options, context);
      await withModel(paths, options, context, async (model) => {
        const series = await sliOption(options.sli, options, context);
        if (!series) return EXIT.invalid;
        const incidents =
          options.incidents === undefined
            ? []
            : await incidentsOption(options.incidents, options, context);
        if (!incidents) return EXIT.invalid;
        const report = handover({ model, series, incidents, asOf });
        printOutput(
          context,
          options,
          { json: () => handoverJson(report), md: () => handoverMarkdown(report) },
          'md',
        );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit handover examples/acme --sli examples/acme/data/sli.csv --incidents examples/acme/data/incidents.csv --at 2025-07-01',
  );
};
