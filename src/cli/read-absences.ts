import type { Absence } from '../engine/schedule/index.ts';
import type { CompiledModel, Problem } from '../model/index.ts';
import type { CliIo } from './io.ts';
import { noSuchName } from './no-such-name.ts';
import { type ParsedRow, readParsedRows, rowProblem } from './read-parsed-rows.ts';
import type { DataRecord } from './records/read-records.ts';
import { dayAfter, isDate, parseScheduleTime } from './schedule-times.ts';

export const ABSENCE_FIELDS = ['person', 'from', 'to'] as const;

/** A person's own zone, else their first rotation's: where their dates are days. */
export function personZone(model: CompiledModel, person: string): string {
  const own = model.people.get(person)?.spec.timezone;
  if (own) return own;
  for (const r of model.rotations.values())
    if (r.spec.members.includes(person)) return r.spec.timezone;
  return 'UTC';
}

/**
 * Reads absences: `person, from, to` as CSV, JSON or YAML (a list, or under `absences:`).
 * Dates are whole days in the person's time zone, `to` included (`2025-05-05, 2025-05-09` is a
 * working week); times are `[from, to)`, with a zone or in the person's zone.
 */
export async function readAbsences(
  path: string,
  io: CliIo,
  model: CompiledModel,
): Promise<{ readonly absences: readonly Absence[]; readonly problems: readonly Problem[] }> {
  const { values, problems } = await readParsedRows({
    path,
    io,
    fields: ABSENCE_FIELDS,
    key: 'absences',
    parse: (row) => parseAbsence(row, path, model),
  });
  return { absences: values, problems };
}

function parseAbsence(row: DataRecord, file: string, model: CompiledModel): ParsedRow<Absence> {
  const problem = rowProblem(row, file);
  const person = row.get('person');
  if (typeof person !== 'string' || person.trim() === '') {
    return problem('person', 'missing-field', 'expected the name of a person');
  }
  const name = person.trim();
  if (!model.people.has(name)) {
    return problem('person', 'unknown-reference', noSuchName('Person', name, model.people.keys()));
  }
  const zone = personZone(model, name);
  const from = row.get('from');
  const to = row.get('to');
  if (typeof from !== 'string' || from.trim() === '')
    return problem('from', 'missing-field', 'expected from: a date (2025-05-05) or a time');
  if (typeof to !== 'string' || to.trim() === '')
    return problem('to', 'missing-field', 'expected to: a date (2025-05-09) or a time');
  const start = parseScheduleTime(from, zone);
  if (start === undefined)
    return problem(
      'from',
      'invalid-value',
      `expected a date like 2025-05-05 or a time like 2025-05-05T09:00:00+02:00, found "${from}"`,
    );
  const end = isDate(to) ? dayAfter(to, zone) : parseScheduleTime(to, zone);
  if (end === undefined)
    return problem(
      'to',
      'invalid-value',
      `expected a date like 2025-05-09 or a time like 2025-05-09T17:00:00+02:00, found "${to}"`,
    );
  if (end <= start)
    return problem('to', 'invalid-value', `expected to (${to}) to be after from (${from})`);
  return { value: { person: name, start, end } };
}
