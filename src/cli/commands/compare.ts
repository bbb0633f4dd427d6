import { buildPlanDocument } from '../../engine/plan/document/build-plan-document.ts';
import {
  compareScenarios,
  MAX_SCENARIOS,
  MIN_SCENARIOS,
} from '../../engine/plan/scenarios/compare-scenarios.ts';
import { compareMarkdown } from '../../report/compare/compare-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { formatProblems } from '../format-problems.ts';
import { useColor } from '../io.ts';
import { loadInput } from '../load-input.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';
import { planDocumentOptions } from '../plan-document-options.ts';

/**
 * `whorunsit compare A/ B/ [C/]`: two or three models of an organization (scenarios) side by
 * side, each planned on its own: run model mix, SRE teams and SREs by level, on-call design and
 * cost, operating cost, head count against limits and risks. Every model must be valid; the
 * problems of all of them are reported together.
 */
export const registerCompare: RegisterCommand = (program, context) => {
  const command = program
    .command('compare')
    .description(
      'put two or three models of the organization side by side: run models, SRE teams and levels, on-call design and cost, total cost, risks',
    )
    .argument('<scenarios...>', 'two or three models, each a file or folder')
    .action(async (paths: string[], options: OutputFlags) => {
      const { io } = context;
      if (paths.length < MIN_SCENARIOS || paths.length > MAX_SCENARIOS) {
        throw new CliError(
          'scenario-count',
          `compare takes ${MIN_SCENARIOS} or ${MAX_SCENARIOS} models (one path each), found ${paths.length}`,
        );
      }
      if (paths.filter((p) => p === '-').length > 1) {
        throw new CliError('stdin-twice', 'stdin (-) can be read for one scenario only');
      }
      const inputs = [];
      for (const path of paths) inputs.push(await loadInput([path], io));
      const problems = inputs.flatMap((i) => (i.ok ? [] : i.problems));
      if (problems.length > 0) {
        if (options.json || options.format === 'json')
          printJson(io, { valid: false, errors: problems });
        else io.stderr(formatProblems(problems, useColor(io)));
        context.exit(EXIT.invalid);
        return;
      }
      const comparison = compareScenarios(
        inputs.map((input, i) => {
          if (!input.ok) throw new Error('unreachable: problems were reported');
          return {
            label: paths[i] as string,
            doc: buildPlanDocument(input.model, planDocumentOptions(input.sources, io.now())),
          };
        }),
      );
      printOutput(
        context,
        options,
        { json: () => comparison, md: () => compareMarkdown(comparison) },
        'md',
      );
      context.exit(EXIT.ok);
    });
  withOutputOptions(command, { outputs: ['md'], fallback: 'md' });
  withExamples(
    command,
    'whorunsit compare examples/startup examples/startup-target > scenarios.md',
    "whorunsit compare a/ b/ c/ --json | jq '.scenarios[] | {label, cost: .cost.perYear}'",
  );
};
