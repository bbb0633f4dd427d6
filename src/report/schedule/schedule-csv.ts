import type { PersonHours, Schedule } from '../../engine/schedule/index.ts';
import type { CompiledModel } from '../../model/index.ts';
import { shiftsJson } from './schedule-json.ts';

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** `rotation,person,start,end`, one row per shift, timestamps with offset. */
export function scheduleCsv(model: CompiledModel, schedule: Pick<Schedule, 'shifts'>): string {
  return csv(
    ['rotation', 'person', 'start', 'end'],
    shiftsJson(model, schedule).map((s) => [s.rotation, s.person, s.start, s.end]),
  );
}

/** `person,businessHours,offHours,weekendHours`, decimal hours. */
export function hoursCsv(hours: readonly PersonHours[]): string {
  return csv(
    ['person', 'businessHours', 'offHours', 'weekendHours'],
    hours.map((h) => [h.person, h.businessHours, h.offHours, h.weekendHours]),
  );
}
