import { Option } from 'commander';
import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import { renderPlanHtml } from '../../report/plan/render-plan-html.ts';
import { renderPlanMarkdown } from '../../report/plan/render-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { outputFormat, printJson, withExamples, withModel } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { planDocumentOptions } from '../plan-document-options.ts';

type PlanFormat = 'md' | 'json' | 'html';

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
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['md', 'json', 'html'])
        .default('md'),
    )
    .option('--json', 'same as --format json')
    .action(async (paths: string[], options: { json?: boolean; format?: PlanFormat }) => {
      await withModel(paths, options, context, (model, input) => {
        const doc = buildPlanDocument(model, planDocumentOptions(input.sources, context.io.now()));
        const format = outputFormat(options, 'md');
        if (format === 'json') printJson(context.io, doc);
        else if (format === 'html') context.io.stdout(renderPlanHtml(doc));
        else context.io.stdout(renderPlanMarkdown(doc));
        return EXIT.ok;
      });
    });
  withExamples(
    command,
    'whorunsit plan examples/acme > plan.md',
    'whorunsit plan examples/acme --format html > plan.html',
    "whorunsit plan examples/acme --json | jq '.services[] | {name, runModel, to: .recommendation.runModel}'",
  );
};
