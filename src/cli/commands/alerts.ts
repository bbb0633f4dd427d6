import { serviceAlerts } from '../../engine/alerts/service-alerts.ts';
import { alertsJson, alertsMarkdown } from '../../report/budgets/alerts-report.ts';
import { type RegisterCommand, withExamples, withModel } from '../command.ts';
import { asOfOption, type DataOptions, sliOption } from '../data-options.ts';
import { EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

/** `whorunsit alerts <paths…> --sli FILE`: when multiwindow burn-rate alerts would fire. */
export const registerAlerts: RegisterCommand = (program, context) => {
  const command = program
    .command('alerts')
    .description(
      "when burn-rate alerts would have fired and resolved (the policy's, else the SRE Workbook's)",
    )
    .argument('<paths...>', 'model files or folders')
    .requiredOption('--sli <file>', 'SLI samples: CSV or JSON with service,timestamp,good,total')
    .option('--at <time>', 'evaluate up to this time (ISO 8601), default now')
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(async (paths: string[], options: DataOptions & { sli: string }) => {
      const asOf = asOfOption(options, context);
      await withModel(paths, options, context, async (model) => {
        const series = await sliOption(options.sli, options, context);
        if (!series) return EXIT.invalid;
        const report = serviceAlerts({ model, series, asOf });
        printOutput(
          context,
          options,
          { json: () => alertsJson(report), md: () => alertsMarkdown(report) },
          'md',
        );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit alerts examples/acme --sli examples/acme/data/sli.csv --at 2025-07-01 --json',
  );
};
