import { whoIsOnCall } from '../../engine/schedule/index.ts';
import { epochMillis } from '../../model/index.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { describeService, describeServiceMarkdown } from '../lookup/describe-service.ts';
import { noSuchName } from '../no-such-name.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';
import {
  type ScheduleFlags,
  scheduleInputs,
  timeOption,
  withScheduleFlags,
} from '../schedule-options.ts';
import { atOption, modelOption } from '../shared-options.ts';

interface DescribeOptions extends OutputFlags, ScheduleFlags {
  readonly model: string[];
  readonly at?: string;
}

/**
 * `whorunsit describe service NAME`: one screen about one service: owner, run model and why,
 * SRE team, rotations and who is on call, error budget, cost and findings.
 */
export const registerDescribe: RegisterCommand = (program, context) => {
  const command = program
    .command('describe')
    .description(
      'one service on one screen: owner, run model and why, SRE team, who is on call, error budget, cost, findings',
    )
    .argument('<kind>', 'service')
    .argument('<name>', 'its name')
    .addOption(modelOption())
    .addOption(atOption('who is on call at this moment (default: now)'));
  withScheduleFlags(
    command,
    'the CompensationPolicy for business hours and time off (default: the first)',
  );
  withOutputOptions(command, { outputs: ['md'], fallback: 'text' }).action(
    async (kind: string, name: string, options: DescribeOptions) => {
      if (kind !== 'service' && kind !== 'services') {
        throw new CliError('unknown-kind', `expected service, found "${kind}"`);
      }
      const at =
        options.at === undefined
          ? epochMillis(context.io.now().getTime())
          : timeOption('--at', options.at);
      await withModel(options.model, options, context, async (model) => {
        if (!model.services.has(name)) {
          throw new CliError('not-found', noSuchName('Service', name, model.services.keys()));
        }
        const inputs = await scheduleInputs(model, options, context);
        if (!inputs) return EXIT.invalid;
        const onCall = whoIsOnCall({ model, service: name, at, ...inputs });
        const description = describeService(model, name, onCall, at);
        if (!description) return EXIT.invalid;
        printOutput(
          context,
          options,
          { json: () => description, md: () => describeServiceMarkdown(description) },
          'text',
        );
        return EXIT.ok;
      });
    },
  );
  withExamples(
    command,
    'whorunsit describe service checkout-api --model examples/acme',
    'whorunsit describe service checkout-api --model examples/acme --at 2026-03-02T03:00:00Z --json',
  );
};
