import type { Override } from '../engine/schedule/index.ts';
import { type CompiledModel, epochMillis, type Problem } from '../model/index.ts';
import type { CliIo } from './io.ts';
import { noSuchName } from './no-such-name.ts';
import { type ParsedRow, readParsedRows, rowProblem } from './read-parsed-rows.ts';
import type { DataRecord } from './records/read-records.ts';
import { isDate, parseScheduleTime } from './schedule-times.ts';

export const OVERRIDE_FIELDS = ['type', 'rotation'] as const;

/**
 * Reads overrides, applied in file order: `type: swap` with `rotation`, `first`, `second` (a
 * moment in each of the two turns to exchange), or `type: take` with `rotation`, `person`,
 * `from`, `to` (the person takes the rotation's on-call in `[from, to)`). CSV (columns `type,
 * rotation, person, from, to, first, second`, unused ones empty), JSON or YAML (a list, or
 * under `overrides:`). Times without a zone are in the rotation's zone.
 */
export async function readOverrides(
  path: string,
  io: CliIo,
  model: CompiledModel,
): Promise<{ readonly overrides: readonly Override[]; readonly problems: readonly Problem[] }> {
  const { values, problems } = await readParsedRows({
    path,
    io,
    fields: OVERRIDE_FIELDS,
    key: 'overrides',
    parse: (row) => parseOverride(row, path, model),
  });
  return { overrides: values, problems };
}

function parseOverride(row: DataRecord, file: string, model: CompiledModel): ParsedRow<Override> {
  const problem = rowProblem(row, file);
  const text = (field: string) => {
    const value = row.get(field);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const type = text('type');
  if (type !== 'swap' && type !== 'take') {
    return problem(
      'type',
      type ? 'invalid-value' : 'missing-field',
      `expected type: swap or take${type ? `, found "${type}"` : ''}`,
    );
  }
  const rotation = text('rotation');
  if (!rotation) return problem('rotation', 'missing-field', 'expected the name of a rotation');
  const found = model.rotations.get(rotation);
  if (!found) {
    return problem(
      'rotation',
      'unknown-reference',
      noSuchName('Rotation', rotation, model.rotations.keys()),
    );
  }
  const zone = found.spec.timezone;
  const time = (field: string): number | { problem: Problem } => {
    const value = text(field);
    if (!value)
      return problem(
        field,
        'missing-field',
        `expected ${field}: a time like 2025-05-05T09:00:00+02:00`,
      );
    const t = isDate(value) ? undefined : parseScheduleTime(value, zone);
    if (t === undefined)
      return problem(
        field,
        'invalid-value',
        `expected ${field} as a time like 2025-05-05T09:00:00+02:00 (or 2025-05-05T09:00 in ${zone}), found "${value}"`,
      );
    return t;
  };
  if (type === 'swap') {
    const first = time('first');
    if (typeof first !== 'number') return first;
    const second = time('second');
    if (typeof second !== 'number') return second;
    return {
      value: { kind: 'swap', rotation, first: epochMillis(first), second: epochMillis(second) },
    };
  }
  const person = text('person');
  if (!person) return problem('person', 'missing-field', 'expected the person who takes over');
  if (!model.people.has(person)) {
    return problem(
      'person',
      'unknown-reference',
      noSuchName('Person', person, model.people.keys()),
    );
  }
  const start = time('from');
  if (typeof start !== 'number') return start;
  const end = time('to');
  if (typeof end !== 'number') return end;
  if (end <= start) return problem('to', 'invalid-value', 'expected to to be after from');
  return {
    value: { kind: 'take', rotation, person, start: epochMillis(start), end: epochMillis(end) },
  };
}
