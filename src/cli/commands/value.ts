import { valueReport } from '../../engine/value/value-report.ts';
import { valueJson, valueMarkdown } from '../../report/budgets/value-report.ts';
import { type RegisterCommand, withExamples, withModel } from '../command.ts';
import { asOfOption, type DataOptions, incidentsOption, sliOption } from '../data-options.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';
import { baselineOption } from '../value-baseline-option.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

interface ValueOptions extends DataOptions {
  readonly incidents: string;
  readonly sli?: string;
  readonly baselineDowntime?: string;
  readonly baselineMonths?: string;
  readonly from?: string;
  readonly to?: string;
}

function month(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !MONTH.test(value)) {
    throw new CliError('bad-month', `${flag}: expected a month like 2025-07, found "${value}"`);
  }
  return value;
}

/** `whorunsit value <paths…> --incidents FILE`: revenue lost and protected (§12.8.5). */
export const registerValue: RegisterCommand = (program, context) => {
  const command = program
    .command('value')
    .description(
      'revenue lost to customer-visible incidents and protected against a baseline (§12.8.5)',
    )
    .argument('<paths...>', 'model files or folders')
    .requiredOption('--incidents <file>', 'incidents: CSV or JSON')
    .option(
      '--sli <file>',
      'SLI samples (CSV or JSON): price an incident they cover by the share of requests failing, not as if fully down',
    )
    .option(
      '--baseline-downtime <minutes>',
      'baseline: customer-visible downtime per service and month without SRE',
    )
    .option('--baseline-months <from..to>', 'baseline: the average monthly loss of these months')
    .option('--from <time>', "first month to report, as YYYY-MM (default: the first incident's)")
    .option('--to <time>', "last month to report, as YYYY-MM (default: the last incident's)")
    .option('--at <time>', 'count open incidents up to this time (ISO 8601), default now')
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(async (paths: string[], options: ValueOptions) => {
      const asOf = asOfOption(options, context);
      const baseline = baselineOption(options);
      const from = month('--from', options.from);
      const to = month('--to', options.to);
      await withModel(paths, options, context, async (model) => {
        const incidents = await incidentsOption(options.incidents, options, context);
        if (!incidents) return EXIT.invalid;
        let series: Awaited<ReturnType<typeof sliOption>> | undefined;
        if (options.sli !== undefined) {
          series = await sliOption(options.sli, options, context);
          if (!series) return EXIT.invalid;
        }
        const report = valueReport({ model, incidents, asOf, series, baseline, from, to });
        printOutput(
          context,
          options,
          { json: () => valueJson(report), md: () => valueMarkdown(report) },
          'md',
        );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'md',
    jsonHelp: 'print JSON; amounts as {"amount": "1234.50", "currency": "EUR"}',
    summary: true,
  });
  withExamples(
    command,
    'whorunsit value examples/acme --incidents examples/acme/data/incidents.csv --baseline-months 2025-01..2025-03',
    'whorunsit value examples/acme --incidents examples/acme/data/incidents.csv --sli examples/acme/data/sli.csv --baseline-downtime 30',
  );
};
