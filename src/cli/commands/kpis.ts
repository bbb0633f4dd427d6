import { Option } from 'commander';
import { kpis } from '../../engine/kpis/kpis.ts';
import { kpisJson, kpisMarkdown } from '../../report/budgets/kpis-report.ts';
import { type RegisterCommand, withExamples, withModel } from '../command.ts';
import { asOfOption, type DataOptions, incidentsOption, sliOption } from '../data-options.ts';
import { EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

/** `whorunsit kpis <paths…> --incidents FILE [--sli FILE] [--period month|quarter]`. */
export const registerKpis: RegisterCommand = (program, context) => {
  const command = program
    .command('kpis')
    .description('SRE team KPIs per period (§12.4.8): MTTR, MTBF, downtime, budgets, incidents')
    .argument('<paths...>', 'model files or folders')
    .requiredOption('--incidents <file>', 'incidents: CSV or JSON')
    .option('--sli <file>', 'SLI samples, for the share of services within budget')
    .addOption(
      new Option('--period <period>', 'report per month or quarter')
        .choices(['month', 'quarter'])
        .default('month'),
    )
    .option('--at <time>', 'report up to this time (ISO 8601), default now')
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(
      async (
        paths: string[],
        options: DataOptions & { incidents: string; sli?: string; period: 'month' | 'quarter' },
      ) => {
        const asOf = asOfOption(options, context);
        await withModel(paths, options, context, async (model) => {
          const incidents = await incidentsOption(options.incidents, options, context);
          if (!incidents) return EXIT.invalid;
          const series =
            options.sli === undefined ? undefined : await sliOption(options.sli, options, context);
          if (options.sli !== undefined && !series) return EXIT.invalid;
          const report = kpis({ model, incidents, series, periodKind: options.period, asOf });
          printOutput(
            context,
            options,
            { json: () => kpisJson(report), md: () => kpisMarkdown(report) },
            'md',
          );
          return EXIT.ok;
        });
      },
    );
  withOutputOptions(command, { outputs: ['md'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit kpis examples/acme --incidents examples/acme/data/incidents.csv --period quarter',
  );
};
