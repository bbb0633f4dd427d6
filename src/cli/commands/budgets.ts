import { serviceBudgets } from '../../engine/budgets/service-budgets.ts';
import { budgetsJson, budgetsMarkdown } from '../../report/budgets/budgets-report.ts';
import { type RegisterCommand, withExamples, withModel } from '../command.ts';
import { asOfOption, type DataOptions, sliOption } from '../data-options.ts';
import { EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

/** `whorunsit budgets <paths…> --sli FILE`: error budgets per service and period (§12.5). */
export const registerBudgets: RegisterCommand = (program, context) => {
  const command = program
    .command('budgets')
    .description('error budget per service for its policy window: allowed, consumed, remaining')
    .argument('<paths...>', 'model files or folders')
    .requiredOption('--sli <file>', 'SLI samples: CSV or JSON with service,timestamp,good,total')
    .option('--at <time>', 'report as of this time (ISO 8601), default now')
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(async (paths: string[], options: DataOptions & { sli: string }) => {
      const asOf = asOfOption(options, context);
      await withModel(paths, options, context, async (model) => {
        const series = await sliOption(options.sli, options, context);
        if (!series) return EXIT.invalid;
        const report = serviceBudgets({ model, series, asOf });
        printOutput(
          context,
          options,
          { json: () => budgetsJson(report), md: () => budgetsMarkdown(report) },
          'md',
        );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit budgets examples/acme --sli examples/acme/data/sli.csv --at 2025-07-01',
  );
};
