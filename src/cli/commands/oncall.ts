import { formatInstant, whoIsOnCall } from '../../engine/schedule/index.ts';
import { onCallMarkdown } from '../../report/schedule/oncall-markdown.ts';
import { zoneOf } from '../../report/schedule/schedule-json.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { noSuchName } from '../no-such-name.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';
import {
  type ScheduleFlags,
  scheduleInputs,
  timeOption,
  withScheduleFlags,
} from '../schedule-options.ts';

interface Options extends ScheduleFlags {
  at?: string;
}

/**
 * `whorunsit oncall <paths…> <service> [--at ISO]`: who is on call for a service, the thin
 * layer first, then the team rotation it forwards to (§12.6), planned as `schedule` plans.
 */
export const registerOnCall: RegisterCommand = (program, context) => {
  const command = program
    .command('oncall')
    .description(
      'who is on call for a service now (or --at a moment): thin layer first, then the team rotation it forwards to',
    )
    .argument('<paths-and-service...>', 'files, folders or - for stdin, then the service name last')
    .option(
      '--at <time>',
      'the moment: an ISO 8601 time with a zone, or a date (midnight UTC); default now',
    );
  withScheduleFlags(
    command,
    'the CompensationPolicy for business hours and time off (default: the first)',
  ).action(async (args: string[], options: Options) => {
    if (args.length < 2) {
      throw new CliError(
        'missing-argument',
        'expected model paths and then a service name, e.g. whorunsit oncall examples/acme checkout-api',
      );
    }
    const paths = args.slice(0, -1);
    const service = args.at(-1) as string;
    const at =
      options.at === undefined ? context.io.now().getTime() : timeOption('--at', options.at);
    await withModel(paths, options, context, async (model) => {
      if (!model.services.has(service)) {
        throw new CliError(
          'unknown-service',
          noSuchName('Service', service, model.services.keys()),
        );
      }
      const inputs = await scheduleInputs(model, options, context);
      if (!inputs) return EXIT.invalid;
      const answer = whoIsOnCall({ model, service, at, ...inputs });
      if (!answer) return EXIT.invalid;
      const json = () => ({
        service: answer.service,
        runModel: answer.runModel,
        onCall: answer.onCall.map((o) => ({
          rotation: o.rotation,
          person: o.person,
          until: formatInstant(o.until, zoneOf(model, o.rotation)),
        })),
      });
      const md = () => onCallMarkdown({ model, answer, at });
      printOutput(context, options, { json, md }, 'md');
      return EXIT.ok;
    });
  });
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'md',
    jsonHelp: 'print {"service", "runModel", "onCall": [{"rotation", "person", "until"}]}',
  });
  withExamples(
    command,
    'whorunsit oncall examples/acme checkout-api',
    'whorunsit oncall examples/acme checkout-api --at 2026-03-29T02:30:00+02:00 --json',
  );
};
