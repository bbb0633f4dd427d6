import { changePlan } from '../../engine/change/change-plan.ts';
import { operatingChangeOf } from '../../engine/plan/scenarios/operating-change.ts';
import { changePlanMarkdown } from '../../report/change/change-plan-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { asOfOption, type EvidenceFlags, evidenceOption, GIVE_SLI_FLAGS } from '../data-options.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { formatProblems } from '../format-problems.ts';
import { useColor } from '../io.ts';
import { loadInput } from '../load-input.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';

interface DiffOptions extends EvidenceFlags {
  readonly target?: string[];
  readonly json?: boolean;
  readonly format?: string;
  readonly all?: boolean;
}

/**
 * `whorunsit diff <today…> --target <paths…>`: the change plan from today's organization to the
 * target (§12.12). Both models must be valid; their problems are reported together. With
 * `--sli` (read as `plan --sli` reads it), every move that gives SRE more of a service's on-call
 * is checked against the error budget evidence by the handover engine (§12.5): a move its
 * policy would hand straight back is flagged; without `--sli` such moves are listed as not
 * checked.
 */
export const registerDiff: RegisterCommand = (program, context) => {
  const command = program
    .command('diff')
    .description(
      "plan the change from today's model to the target: its cost, staffing and risks, who goes on call first, run models, reporting lines, roles, rollout (§12.12)",
    )
    .argument('<today...>', "today's model: files, folders or - for stdin")
    .requiredOption('--target <paths...>', 'the target model: files or folders')
    .option(
      '--sli <file>',
      'SLI samples (CSV or JSON with service,timestamp,good,total): check each move to SRE against its error budget policy (§12.5)',
    )
    .option(
      '--incidents <file>',
      'incidents (CSV or JSON), with --sli: counted for postmortems as in handover',
    )
    .option('--at <time>', 'measure error budgets up to this time (ISO 8601), default now')
    .option('--skip-bad-rows', 'leave out bad rows of the data files (they are still listed)')
    .action(async (todayPaths: string[], options: DiffOptions) => {
      const { io } = context;
      const targetPaths = options.target ?? [];
      if (options.incidents !== undefined && options.sli === undefined) {
        throw new CliError(
          'sli-needed',
          '--incidents: give --sli too; a move to SRE is checked against the error budget the SLI samples measure (§12.5)',
        );
      }
      const asOf = asOfOption(options, context);
      if (todayPaths.includes('-') && targetPaths.includes('-')) {
        throw new CliError(
          'stdin-twice',
          'stdin (-) can be read for today or the target, not both',
        );
      }
      const today = await loadInput(todayPaths, io);
      const target = await loadInput(targetPaths, io);
      if (!today.ok || !target.ok) {
        const errors = [...(today.ok ? [] : today.problems), ...(target.ok ? [] : target.problems)];
        if (options.json) printJson(io, { valid: false, errors });
        else io.stderr(formatProblems(errors, useColor(io)));
        context.exit(EXIT.invalid);
        return;
      }
      const files = await evidenceOption(options, asOf, context);
      if (!files) {
        context.exit(EXIT.invalid);
        return;
      }
      const plan = changePlan(today.model, target.model, files.evidence, GIVE_SLI_FLAGS);
      const operating = operatingChangeOf(today.model, target.model);
      const md = () =>
        changePlanMarkdown(plan, {
          today: today.model,
          target: target.model,
          todayLabel: todayPaths.join(' '),
          targetLabel: targetPaths.join(' '),
          operatingChange: operating,
        });
      printOutput(
        context,
        options,
        { json: () => ({ ...plan, operatingChange: operating }), md },
        'md',
      );
      context.exit(EXIT.ok);
    });
  withOutputOptions(command, { outputs: ['md'], fallback: 'md', summary: true });
  withExamples(
    command,
    'whorunsit diff examples/startup --target examples/startup-target > change-plan.md',
    "whorunsit diff today/ --target target/ --json | jq '.reportingChanges[].meetings'",
    'whorunsit diff today/ --target target/ --sli today/data/sli.csv --at 2026-05-01 > change-plan.md',
  );
};
