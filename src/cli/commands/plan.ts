import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { renderPlanHtml } from '../../report/plan/render-plan-html.ts';
import { renderPlanMarkdown } from '../../report/plan/render-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';
import { planDocumentOptions } from '../plan-document-options.ts';

/**
 * `whorunsit plan <paths…> [--format md|json|html]`: the plan document (summary, placement
 * options, cost, business case, risks, and the chapter's tables for this organization). The
 * JSON is the document itself. Exit 0 whatever the findings (use `check` to gate on them).
 */
export const registerPlan: RegisterCommand = (program, context) => {
  const command = program
    .command('plan')
    .description(
      'the operating model plan: run model and rotation per service, SRE placement, topology, reporting lines, transitions and findings (§12.2–§12.8)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .action(async (paths: string[], options: OutputFlags) => {
      await withModel(paths, options, context, (model, input) => {
        const doc = buildPlanDocument(model, planDocumentOptions(input.sources, context.io.now()));
        printOutput(
          context,
          options,
          {
            json: () => doc,
            md: () => renderPlanMarkdown(doc),
            html: () => renderPlanHtml(doc),
          },
          'md',
        );
        return EXIT.ok;
      });
    });
  withOutputOptions(command, { outputs: ['md', 'html'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit plan examples/acme > plan.md',
    'whorunsit plan examples/acme --format html > plan.html',
    "whorunsit plan examples/acme --json | jq '.services[] | {name, runModel, to: .recommendation.runModel}'",
  );
};
