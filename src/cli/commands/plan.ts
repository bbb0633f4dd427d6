import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { renderPlanHtml } from '../../report/plan/render-plan-html.ts';
import { renderPlanMarkdown } from '../../report/plan/render-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import {
  chosenFormat,
  type OutputFlags,
  printOutput,
  withOutputOptions,
} from '../output/print-output.ts';
import { printPdf } from '../pdf/print-pdf.ts';
import { planDocumentOptions } from '../plan-document-options.ts';

/**
 * `whorunsit plan <paths…> [--format md|json|html|pdf]`: the plan document (summary, placement
 * options, cost, business case, risks, charts, and the chapter's tables for this organization).
 * The JSON is the document itself; the HTML is the plan's own page with its charts drawn; the
 * PDF is that page printed by Chromium, to a redirected stdout. Exit 0 whatever the findings
 * (use `check` to gate on them).
 */
export const registerPlan: RegisterCommand = (program, context) => {
  const command = program
    .command('plan')
    .description(
      'the operating model plan: what to do, what it costs, what could go wrong — placement options, cost, business case, risks, charts (§12.2–§12.10)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .action(async (paths: string[], options: OutputFlags) => {
      const { io } = context;
      const format = chosenFormat(options, context, { json: () => null, md: () => '' }, 'md');
      if (format === 'pdf' && (io.isTty || io.stdoutBytes === undefined)) {
        throw new CliError(
          'pdf-to-terminal',
          '--format pdf prints a PDF: redirect it to a file, e.g. > plan.pdf',
        );
      }
      await withModel(paths, options, context, async (model, input) => {
        const doc = buildPlanDocument(model, planDocumentOptions(input.sources, io.now()));
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
    "whorunsit plan examples/acme --json | jq '.services[] | {name, runModel, to: .recommendation.runModel}'",
  );
};
