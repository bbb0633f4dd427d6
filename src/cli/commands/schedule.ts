import { type Schedule, scheduleBalance, type Violation } from '../../engine/schedule/index.ts';
import { type CompiledModel, rotationCovers } from '../../model/index.ts';
import { scheduleCsv } from '../../report/schedule/schedule-csv.ts';
import { scheduleIcal } from '../../report/schedule/schedule-ical.ts';
import { scheduleJson } from '../../report/schedule/schedule-json.ts';
import { scheduleMarkdown } from '../../report/schedule/schedule-markdown.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { chosenFormat, printOutput, withOutputOptions } from '../output/print-output.ts';
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
  person?: string;
  format?: string;
  all?: boolean;
}

/**
 * `whorunsit schedule <paths…> --from ISO --to ISO [--rotation NAME] [--person NAME]
 * [--format md|json|csv|ics]`: who is on call when, for every rotation (or one, or one
 * person's), with what the schedule breaks. Exit 1 when it breaks a constraint (an error).
 */
export const registerSchedule: RegisterCommand = (program, context) => {
  const command = program
    .command('schedule')
    .description(
      'on-call schedule for a range: shifts per rotation at local handoff times across DST, follow-the-sun, fair turns, absences, overrides, gaps and conflicts',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .option('--from <time>', 'start: a date (midnight UTC) or an ISO 8601 time with a zone')
    .option('--to <time>', 'end (exclusive), like --from')
    .option('--rotation <name>', 'only this rotation (its calendar with --format ics)')
    .option('--person <name>', 'only this person (their calendar with --format ics)');
  withScheduleFlags(
    command,
    'the CompensationPolicy for business hours and time off (default: the first)',
  ).action(async (paths: string[], options: Options) => {
    const range = rangeOption(options.from, options.to);
    await withModel(paths, options, context, async (model) => {
      const rotation = rotationOption(model, options.rotation);
      const person = personOption(model, options.person);
      const inputs = await scheduleInputs(model, options, context);
      if (!inputs) return EXIT.invalid;
      const { policy } = inputs;
      const schedule = planWithProgress(context.io, { model, range, ...inputs });
      const shown = select(model, schedule, rotation, person);
      const rotations = rotation
        ? [rotation]
        : [...model.rotations.keys()].filter(
            (r) => !person || model.rotations.get(r)?.spec.members.includes(person),
          );
      const balance = scheduleBalance({ model, shifts: schedule.shifts, policy }).filter((b) =>
        rotations.includes(b.rotation),
      );
      const { io } = context;
      const outputs = {
        json: () => scheduleJson({ model, schedule: shown, balance }),
        md: () => scheduleMarkdown({ model, schedule: shown, balance, rotations }),
        csv: () => scheduleCsv(model, shown),
        ics: () =>
          scheduleIcal({
            name: rotation ?? (person ? `on call: ${person}` : 'on call'),
            shifts: shown.shifts,
            generatedAt: io.now().getTime(),
          }),
      };
      const format = chosenFormat(options, context, outputs, 'md');
      printOutput(context, options, outputs, 'md');
      const errors = shown.violations.filter((v) => v.severity === 'error');
      // CSV and iCalendar have no room for problems: say them where people look.
      if (format === 'csv' || format === 'ics') {
        for (const v of shown.violations)
          io.stderr(`whorunsit: ${v.severity}: ${v.code}: ${v.message}\n`);
      }
      return errors.length > 0 ? EXIT.invalid : EXIT.ok;
    });
  });
  withOutputOptions(command, {
    outputs: ['md', 'csv', 'ics'],
    fallback: 'md',
    jsonHelp: 'the same as --format json: {"shifts", "violations", "balance"}',
    summary: true,
  });
  withExamples(
    command,
    'whorunsit schedule examples/acme --from 2026-01-05 --to 2026-02-02',
    'whorunsit schedule examples/acme --rotation payments-domain --from 2026-01-01 --to 2026-04-01 --format ics > payments.ics',
    'whorunsit schedule examples/acme --from 2026-01-01 --to 2026-02-01 --absences examples/acme/data/absences.csv --json',
  );
};

function personOption(model: CompiledModel, name: string | undefined): string | undefined {
  if (name === undefined || model.people.has(name)) return name;
  throw new CliError('unknown-person', `--person: no Person "${name}"`);
}

/** The part of a schedule about one rotation or one person, problems included. */
function select(
  model: CompiledModel,
  schedule: Schedule,
  rotation: string | undefined,
  person: string | undefined,
): Schedule {
  if (!rotation && !person) return schedule;
  const concerns = (v: Violation): boolean => {
    if (person && v.person !== undefined && v.person !== person) return false;
    if (!rotation)
      return (
        v.person === person || (v.rotation !== undefined && isMember(model, v.rotation, person))
      );
    if (v.rotation === rotation || v.otherRotation === rotation) return true;
    const service = v.service ? model.services.get(v.service) : undefined;
    const r = model.rotations.get(rotation);
    return service !== undefined && r !== undefined && rotationCovers(model, r, service);
  };
  return {
    ...schedule,
    shifts: schedule.shifts.filter(
      (s) => (!rotation || s.rotation === rotation) && (!person || s.person === person),
    ),
    violations: schedule.violations.filter(concerns),
  };
}

function isMember(model: CompiledModel, rotation: string, person: string | undefined): boolean {
  return (
    person !== undefined && (model.rotations.get(rotation)?.spec.members.includes(person) ?? false)
  );
}
