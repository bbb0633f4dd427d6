import { formatInstant, hoursPerPerson } from '../../engine/schedule/index.ts';
import { payingPolicy } from '../../model/index.ts';
import { hoursMarkdown } from '../../report/schedule/hours-markdown.ts';
import { hoursCsv } from '../../report/schedule/schedule-csv.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { printOutput, withOutputOptions } from '../output/print-output.ts';
import {
  planWithProgress,
  rangeOption,
  rotationOption,
  type ScheduleFlags,
  scheduleInputs,
  withScheduleFlags,
} from '../schedule-options.ts';

interface Options extends ScheduleFlags {
  from?: string;
  to?: string;
  rotation?: string;
  format?: string;
  all?: boolean;
}

/**
 * `whorunsit hours <paths…> --from ISO --to ISO`: hours on call per person, split into
 * business hours, off-hours and weekend hours in each person's zone: the input to
 * compensation (§12.9.5), `{ person, businessHours, offHours, weekendHours }`.
 */
export const registerHours: RegisterCommand = (program, context) => {
  const command = program
    .command('hours')
    .description(
      'hours on call per person for a range: business hours, off-hours, weekend (the input to compensation, §12.9.5)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .option('--from <time>', 'start: a date (midnight UTC) or an ISO 8601 time with a zone')
    .option('--to <time>', 'end (exclusive), like --from')
    .option('--rotation <name>', 'only the shifts of this rotation');
  withScheduleFlags(
    command,
    'the CompensationPolicy whose business hours count for whoever names none (default: the first)',
  ).action(async (paths: string[], options: Options) => {
    const range = rangeOption(options.from, options.to);
    await withModel(paths, options, context, async (model) => {
      const rotation = rotationOption(model, options.rotation);
      const inputs = await scheduleInputs(model, options, context);
      if (!inputs) return EXIT.invalid;
      const { policy } = inputs;
      const schedule = planWithProgress(context.io, { model, range, ...inputs });
      const shifts = rotation
        ? schedule.shifts.filter((s) => s.rotation === rotation)
        : schedule.shifts;
      let hours = hoursPerPerson({ model, shifts, policy });
      if (rotation) {
        const members = new Set(model.rotations.get(rotation)?.spec.members);
        hours = hours.filter(
          (h) => members.has(h.person) || shifts.some((s) => s.person === h.person),
        );
      }
      const { io } = context;
      // Each person's hours are split by the business hours of the policy that pays them; another
      // company's people are paid by its contract (§12.4.6), as oncall-cost says, and their hours
      // split by the default policy's business hours.
      const policyOf = (person: string) => payingPolicy(model, person, policy).policy?.name ?? null;
      const paidByContract = (person: string) =>
        payingPolicy(model, person, policy).by === 'contract';
      const json = () => ({
        from: formatInstant(range.start),
        to: formatInstant(range.end),
        hours: hours.map((h) => ({
          ...h,
          policy: policyOf(h.person),
          paidByContract: paidByContract(h.person),
        })),
      });
      printOutput(
        context,
        options,
        {
          json,
          md: () => hoursMarkdown({ range, hours, policyOf, paidByContract }),
          csv: () => hoursCsv(hours),
        },
        'md',
      );
      const errors = schedule.violations.filter((v) => v.severity === 'error').length;
      if (errors > 0) {
        io.stderr(
          `whorunsit: the schedule these hours come from has ${errors} problem${errors === 1 ? '' : 's'}; see whorunsit schedule for them\n`,
        );
      }
      return EXIT.ok;
    });
  });
  withOutputOptions(command, {
    outputs: ['md', 'csv'],
    fallback: 'md',
    jsonHelp:
      'the same as --format json: {"from", "to", "hours": [{"person", "businessHours", "offHours", "weekendHours", "policy", "paidByContract"}]}',
  });
  withExamples(
    command,
    'whorunsit hours examples/acme --from 2026-01-01 --to 2026-02-01',
    'whorunsit hours examples/acme --from 2026-01-01 --to 2026-02-01 --format csv > hours.csv',
  );
};
