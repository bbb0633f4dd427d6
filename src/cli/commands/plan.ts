import { Option } from 'commander';
import { analyzePlan } from '../../engine/plan/analyze-plan.ts';
import { planJson } from '../../report/plan/plan-json.ts';
import { renderPlanHtml } from '../../report/plan/render-plan-html.ts';
import { renderPlanMarkdown } from '../../report/plan/render-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { outputFormat, printJson, withExamples, withModel } from '../command.ts';
import { EXIT } from '../exit-codes.ts';

type PlanFormat = 'md' | 'json' | 'html';

/**
 * `whorunsit plan <paths…> [--format md|json|html]`: the chapter's tables filled in for this
 * organization, recommendations per service, and the findings of every check. Exit 0 whatever
 * the findings (use `check` to gate on them).
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
      await withModel(paths, options, context, (model) => {
        const analysis = analyzePlan(model);
        const format = outputFormat(options, 'md');
        if (format === 'json') printJson(context.io, planJson(model, analysis));
        else if (format === 'html') context.io.stdout(renderPlanHtml(model, analysis));
        else context.io.stdout(renderPlanMarkdown(model, analysis));
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
