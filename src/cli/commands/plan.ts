import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import type { MeasuredValue } from '../../engine/plan/document/revenue-protected.ts';
import { valueReport } from '../../engine/value/value-report.ts';
import { renderPlanHtml } from '../../report/plan/render-plan-html.ts';
import { renderPlanMarkdown } from '../../report/plan/render-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { asOfOption, type EvidenceFlags, evidenceOption, GIVE_SLI_FLAGS } from '../data-options.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import {
  chosenFormat,
  type OutputFlags,
  printOutput,
  withOutputOptions,
} from '../output/print-output.ts';
import { printPdf } from '../pdf/print-pdf.ts';
import { planDocumentOptions } from '../plan-document-options.ts';
import { baselineOption } from '../value-baseline-option.ts';

type PlanFlags = OutputFlags &
  EvidenceFlags & {
    readonly baselineDowntime?: string | undefined;
    readonly baselineMonths?: string | undefined;
  };

/**
 * `whorunsit plan <paths…> [--format md|json|html|pdf]`: the plan document (summary, placement
 * options, cost, business case, risks, charts, and the chapter's tables for this organization).
 * The JSON is the document itself; the HTML is the plan's own page with its charts drawn; the
 * PDF is that page printed by Chromium, to a redirected stdout. With `--incidents` and a
 * baseline, the business case sets the revenue SRE protected (as `value` measures it) against
 * its cost (§12.8.5). With `--sli`, each service's error budget and who runs it now, as
 * `budgets` and `handover` say (§12.5; the incidents, if given, count for postmortems as in
 * `handover`). Exit 0 whatever the findings (use `check` to gate on them).
 */
export const registerPlan: RegisterCommand = (program, context) => {
  const command = program
    .command('plan')
    .description(
      'the operating model plan: what to do, what it costs, what could go wrong — placement options, cost, business case, risks, charts (§12.2–§12.10)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .option(
      '--sli <file>',
      'SLI samples (CSV or JSON with service,timestamp,good,total): error budget status per service and who runs it now (§12.5)',
    )
    .option(
      '--incidents <file>',
      'incidents (CSV or JSON): with a baseline, the business case measures the revenue SRE protected (§12.8.5); with --sli, postmortems as handover checks them',
    )
    .option(
      '--baseline-downtime <minutes>',
      'baseline: customer-visible downtime per service and month without SRE',
    )
    .option('--baseline-months <from..to>', 'baseline: the average monthly loss of these months')
    .option(
      '--at <time>',
      'measure error budgets and count open incidents up to this time (ISO 8601), default now',
    )
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(async (paths: string[], options: PlanFlags) => {
      const { io } = context;
      const baseline = baselineOption(options);
      if (options.incidents !== undefined && baseline === undefined && options.sli === undefined) {
        throw new CliError(
          'baseline-needed',
          '--incidents: give --baseline-downtime or --baseline-months too; revenue protected is measured against what would be lost without SRE (§12.8.5). With --sli, the incidents count for postmortems alone',
        );
      }
      if (options.incidents === undefined && baseline !== undefined) {
        throw new CliError('incidents-needed', 'a baseline needs --incidents to measure against');
      }
      const asOf = asOfOption(options, context);
      const format = chosenFormat(options, context, { json: () => null, md: () => '' }, 'md');
      if (format === 'pdf' && (io.isTty || io.stdoutBytes === undefined)) {
        throw new CliError(
          'pdf-to-terminal',
          '--format pdf prints a PDF: redirect it to a file, e.g. > plan.pdf',
        );
      }
      await withModel(paths, options, context, async (model, input) => {
        const files = await evidenceOption(options, asOf, context);
        if (!files) return EXIT.invalid;
        const { series, incidents, evidence } = files;
        const value: MeasuredValue | undefined =
          options.incidents !== undefined && baseline !== undefined
            ? {
                report: valueReport({ model, incidents, asOf, series, baseline }),
                incidents: options.incidents,
              }
            : undefined;
        const doc = buildPlanDocument(model, {
          ...planDocumentOptions(input.sources, io.now()),
          value,
          evidence,
          howToGiveSli: GIVE_SLI_FLAGS,
        });
        if (format === 'html') io.stdout(await renderPlanHtml(doc));
        else if (format === 'pdf')
          io.stdoutBytes?.(await printPdf({ html: await renderPlanHtml(doc), env: io.env }));
        else
          printOutput(
            context,
            options,
            { json: () => doc, md: () => renderPlanMarkdown(doc) },
            'md',
          );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md', 'html', 'pdf'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit plan examples/acme > plan.md',
    'whorunsit plan examples/acme --format html > plan.html',
    'whorunsit plan examples/acme --format pdf > plan.pdf',
    'whorunsit plan examples/acme --incidents examples/acme/data/incidents.csv --baseline-downtime 30 > plan.md',
    'whorunsit plan examples/acme --sli examples/acme/data/sli.csv --at 2025-07-01 > plan.md',
    "whorunsit plan examples/acme --json | jq '.services[] | {name, runModel, to: .recommendation.runModel}'",
  );
};
