import { isoOf } from '../../engine/budgets/epoch.ts';
import { agreementStands } from '../../engine/handover/agreement-stands.ts';
import { handover } from '../../engine/handover/service-handover.ts';
import { formatInstant, whoIsOnCall } from '../../engine/schedule/index.ts';
import { epochMillis, epochSeconds, type RunModel, type Service } from '../../model/index.ts';
import { onCallMarkdown } from '../../report/schedule/oncall-markdown.ts';
import { zoneOf } from '../../report/schedule/schedule-json.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { sliOption } from '../data-options.ts';
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
  sli?: string;
  skipBadRows?: boolean;
}

/**
 * `whorunsit oncall <paths…> <service> [--at ISO] [--sli FILE]`: who is on call for a service,
 * the thin layer first, then the team rotation it forwards to (§12.6), planned as `schedule`
 * plans. With `--sli`, who runs the service at that moment follows its error budget policy as
 * `handover` judges it up to `--at` (§12.5): during a handback its developers run it, and the
 * answer says when nobody of them is on call.
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
    )
    .option(
      '--sli <file>',
      'SLI samples (CSV or JSON): who runs the service at that moment follows its error budget policy (§12.5)',
    )
    .option('--skip-bad-rows', 'with --sli: leave out bad rows (they are still listed)');
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
      options.at === undefined
        ? epochMillis(context.io.now().getTime())
        : timeOption('--at', options.at);
    await withModel(paths, options, context, async (model) => {
      if (!model.services.has(service)) {
        throw new CliError(
          'unknown-service',
          noSuchName('Service', service, model.services.keys()),
        );
      }
      const inputs = await scheduleInputs(model, options, context);
      if (!inputs) return EXIT.invalid;
      let runModel: RunModel | undefined;
      const notes: string[] = [];
      if (options.sli !== undefined) {
        const series = await sliOption(options.sli, options, context);
        if (!series) return EXIT.invalid;
        const asOf = epochSeconds(Math.floor(at / 1000));
        const run = handover({ model, series, incidents: [], asOf }).services.find(
          (s) => s.name === service,
        );
        runModel = run?.currentRunModel;
        const last = run?.timeline.at(-1);
        if (last) {
          notes.push(
            `${last.event === 'handback' ? 'Handed back to its developers' : 'Returned to its agreed run model'} on ${isoOf(last.at).slice(0, 10)}: ${last.reason}`,
          );
        }
      }
      const answer = whoIsOnCall({ model, service, at, runModel, ...inputs });
      if (!answer) return EXIT.invalid;
      const stands = agreementStands(
        model,
        model.services.get(service) as Service,
        answer.runModel,
      );
      if (stands) notes.push(stands);
      notes.push(...answer.notes);
      // The contract of #5 exactly; with --sli also the agreed model and the notes.
      const json = () => ({
        service: answer.service,
        runModel: answer.runModel,
        ...(options.sli === undefined ? {} : { agreedRunModel: answer.agreedRunModel, notes }),
        onCall: answer.onCall.map((o) => ({
          rotation: o.rotation,
          person: o.person,
          until: formatInstant(o.until, zoneOf(model, o.rotation)),
        })),
      });
      const md = () => onCallMarkdown({ model, answer: { ...answer, notes }, at });
      printOutput(context, options, { json, md }, 'md');
      return EXIT.ok;
    });
  });
  withOutputOptions(command, {
    outputs: ['md'],
    fallback: 'md',
    jsonHelp:
      'print {"service", "runModel", "onCall": [{"rotation", "person", "until"}]}; with --sli also "agreedRunModel" and "notes"',
  });
  withExamples(
    command,
    'whorunsit oncall examples/acme checkout-api',
    'whorunsit oncall examples/acme checkout-api --at 2026-03-29T02:30:00+02:00 --json',
    'whorunsit oncall examples/acme payment-gateway-api --sli examples/acme/data/sli.csv --at 2025-04-10T03:00:00Z',
  );
};
