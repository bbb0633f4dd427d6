import { formatInstant, type Interval, type PersonHours } from '../../engine/schedule/index.ts';
import { hours } from '../figures.ts';

/** Hours per person for people: the table compensation starts from (§12.9.5). */
export function hoursMarkdown(options: {
  readonly range: Interval;
  readonly hours: readonly PersonHours[];
}): string {
  const lines = [
    '# On-call hours per person',
    '',
    `${formatInstant(options.range.start)} to ${formatInstant(options.range.end)}, in each person's own time zone. Weekend hours are part of off-hours.`,
    '',
    '| person | business hours | off-hours | of which weekend |',
    '|---|---:|---:|---:|',
    ...options.hours.map(
      (h) =>
        `| ${h.person} | ${hours(h.businessHours)} | ${hours(h.offHours)} | ${hours(h.weekendHours)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
