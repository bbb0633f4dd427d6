import { resolve } from 'node:path';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { renderPlanHtml } from '../../report/plan/render-plan-html.ts';
import { renderPlanMarkdown } from '../../report/plan/render-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import {
  chosenFormat,
  type OutputFlags,
  type Outputs,
  printOutput,
  withOutputOptions,
} from '../output/print-output.ts';
import { printPdf } from '../pdf/print-pdf.ts';
import { planDocumentOptions } from '../plan-document-options.ts';
import { writeOutput } from '../write-output.ts';

type PlanFlags = OutputFlags & { readonly output?: string | undefined };

/**
 * `whorunsit plan <paths…> [--format md|json|html|pdf] [--output FILE]`: the plan document
 * (summary, placement options, cost, business case, risks, charts, and the chapter's tables for
 * this organization). The JSON is the document itself; the HTML is the plan's own page (charts
 * drawn); the PDF is that page printed by Chromium. Exit 0 whatever the findings (use `check`
 * to gate on them).
 */
export const registerPlan: RegisterCommand = (program, context) => {
  const command = program
    .command('plan')
    .description(
      'the operating model plan: what to do, what it costs and what could go wrong — run model per service, SRE placement options, cost, business case, risks and charts (§12.2–§12.10)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .option('-o, --output <file>', 'write to this file instead of stdout (needed for pdf)')
    .action(async (paths: string[], options: PlanFlags) => {
      const placeholder: Outputs = {
        json: () => null,
        md: () => '',
        html: () => '',
        pdf: () => '',
      };
      const format = chosenFormat(options, context, placeholder, 'md');
      if (format === 'pdf' && options.output === undefined) {
        throw new CliError('output-needed', '--format pdf writes a file: pass --output plan.pdf');
      }
      await withModel(paths, options, context, async (model, input) => {
        const doc = buildPlanDocument(model, planDocumentOptions(input.sources, context.io.now()));
        if (format === 'html' || format === 'pdf' || options.output !== undefined) {
          const output = options.output && resolve(context.io.cwd, options.output);
          if (format === 'pdf' && output) {
            await printPdf({ html: await renderPlanHtml(doc), output, env: context.io.env });
          } else {
            const text =
              format === 'html'
                ? await renderPlanHtml(doc)
                : format === 'json'
                  ? `${JSON.stringify(doc, null, 2)}\n`
                  : renderPlanMarkdown(doc);
            if (!output) context.io.stdout(text);
            else await writeOutput(output, text);
          }
          if (output) context.io.stderr(`wrote ${options.output}\n`);
          return EXIT.ok;
        }
        printOutput(context, options, { json: () => doc, md: () => renderPlanMarkdown(doc) }, 'md');
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md', 'html', 'pdf'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit plan examples/acme > plan.md',
    'whorunsit plan examples/acme --format html > plan.html',
    'whorunsit plan examples/acme --format pdf --output plan.pdf',
    "whorunsit plan examples/acme --json | jq '.services[] | {name, runModel, to: .recommendation.runModel}'",
  );
};
