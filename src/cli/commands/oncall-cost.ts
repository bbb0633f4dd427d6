import { type IncidentWork, monthOf, parseMonth } from '../../engine/compensation/index.ts';
import { onCallFigures } from '../../engine/plan/document/oncall-cost-document.ts';
import { compensationSection } from '../../report/compensation-section.ts';
import { onCallCostJson } from '../../report/oncall-cost-json.ts';
import { onCallCostReport } from '../../report/oncall-cost-report.ts';
import { designRotationsSection, onCallCostSection } from '../../report/oncall-cost-section.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { formatProblems } from '../format-problems.ts';
import { useColor } from '../io.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';
import { readIncidents } from '../read-incidents.ts';
import { concurrencyOption, readScheduleData } from '../schedule-options.ts';

interface Options {
  json?: boolean;
  incidents?: string;
  month?: string;
  policy?: string;
  absences?: string;
  overrides?: string;
  allowConcurrent?: boolean | string;
}

/**
 * `whorunsit oncall-cost <paths…> [--incidents FILE]`: today's rotations, the §12.6 optimized
 * design and a team rotation for every team, estimated per average month, with the saving; and
 * every §12.9.5 compensation building block per person for a calendar month, from that month's
 * schedule (the hours `whorunsit hours` reports for the month in UTC).
 */
export const registerOnCallCost: RegisterCommand = (program, context) => {
  const command = program
    .command('oncall-cost')
    .description(
      'on-call design and cost per month: today, the §12.6 optimized design and a team rotation for every team, and compensation per person (§12.9.5)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .option(
      '--incidents <file>',
      'incident CSV (id, service, startedAt, detectedAt, resolvedAt, …) for incident hours',
    )
    .option(
      '--month <YYYY-MM>',
      'the month of the compensation per person, planned in UTC (default: this month, UTC)',
    )
    .option('--absences <file>', 'who is away that month: person, from, to (CSV, JSON or YAML)')
    .option('--overrides <file>', 'swaps and takes applied to the month (CSV, JSON or YAML)')
    .option(
      '--allow-concurrent [pairs]',
      'allow people on several rotations at once (all, or pairs a+b,c+d), as for hours',
    )
    .option(
      '--policy <name>',
      'the CompensationPolicy that pays whoever names none (default: the first)',
    )
    .action(async (paths: string[], options: Options) => {
      const month =
        options.month === undefined ? monthOf(context.io.now()) : parseMonth(options.month);
      if (!month) {
        throw new CliError(
          'invalid-month',
          `--month: expected a month as YYYY-MM, e.g. 2026-03, found "${options.month}"`,
        );
      }
      await withModel(paths, options, context, async (model) => {
        const allowConcurrent = concurrencyOption(model, options.allowConcurrent);
        let incidents: readonly IncidentWork[] | undefined;
        if (options.incidents !== undefined) {
          // The one incident reader of the CLI: CSV or JSON, every bad record located.
          const read = await readIncidents(options.incidents, context.io);
          if (read.problems.length > 0) {
            if (options.json) printJson(context.io, { valid: false, errors: read.problems });
            else context.io.stderr(formatProblems(read.problems, useColor(context.io)));
            return EXIT.invalid;
          }
          incidents = read.incidents;
        }
        const data = await readScheduleData(model, options, context);
        if (!data) return EXIT.invalid;
        const result = onCallCostReport({
          model,
          month,
          policy: options.policy,
          incidents,
          ...data,
          allowConcurrent,
        });
        if (!result.ok) {
          // As the server answers: no policy to price with is a model that lacks something (exit 1).
          throw new CliError(
            result.code === 'unknown-policy' ? result.code : 'model-incomplete',
            result.message,
          );
        }
        const { cost, compensation } = result.report;
        const md = () => {
          const figures = onCallFigures(cost);
          const sections = [
            '# On-call cost',
            onCallCostSection(figures, 'compensation per person'),
            designRotationsSection(figures),
            compensationSection({
              model,
              month: result.report.month,
              compensation,
              incidentSource: cost.incidentSource,
              policy: cost.policy,
              estimatedStandby: cost.current.byCurrency.map((c) => c.standby),
            }),
          ];
          return `${sections.filter((s) => s !== undefined).join('\n\n')}\n`;
        };
        printOutput(context, options, { json: () => onCallCostJson(result.report), md }, 'md');
        return EXIT.ok;
      });
    });
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'md',
    jsonHelp:
      'print {"current", "optimized", "teamRotationPerTeam", "saving", "compensation", …} as JSON',
    summary: true,
  });
  withExamples(
    command,
    'whorunsit oncall-cost examples/acme',
    'whorunsit oncall-cost examples/acme --incidents examples/acme/data/incidents.csv --month 2025-06',
    'whorunsit oncall-cost examples/acme --month 2026-03 --overrides examples/acme/data/overrides.csv',
    "whorunsit oncall-cost examples/acme --json | jq '.saving'",
  );
};
