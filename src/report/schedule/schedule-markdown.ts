import { DateTime } from 'luxon';
import {
  formatInstant,
  HOUR_MS,
  type RotationBalance,
  type Schedule,
  type Shift,
  type Violation,
} from '../../engine/schedule/index.ts';
import type { CompiledModel } from '../../model/index.ts';
import { hours } from '../figures.ts';
import { zoneOf } from './schedule-json.ts';

/** `Mon 2025-05-05 09:00` in a zone: what people read in a table. */
export function localTime(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
}

interface TurnRow {
  readonly person: string;
  start: number;
  end: number;
  onCall: number;
  shifts: number;
}

/**
 * A rotation's shifts as people read them: one row per person's turn (a week of 8x5, or of
 * daytimes in follow-the-sun, is one row, not five or seven), from its first shift to its last,
 * with the time actually on call.
 */
function turnRows(shifts: readonly Shift[]): TurnRow[] {
  const rows = new Map<string, TurnRow>();
  for (const s of shifts) {
    const key = `${s.turn}\u0000${s.person}`;
    const row = rows.get(key);
    if (row) {
      row.start = Math.min(row.start, s.start);
      row.end = Math.max(row.end, s.end);
      row.onCall += s.end - s.start;
      row.shifts += 1;
    } else {
      rows.set(key, {
        person: s.person,
        start: s.start,
        end: s.end,
        onCall: s.end - s.start,
        shifts: 1,
      });
    }
  }
  return [...rows.values()].sort((a, b) => a.start - b.start);
}

export function violationsMarkdown(violations: readonly Violation[]): string[] {
  if (violations.length === 0) return ['No problems: every constraint is met.'];
  return violations.map((v) => {
    const where = v.service ? `service ${v.service}` : v.rotation ? `rotation ${v.rotation}` : '';
    return `- **${v.code}** (${v.severity}${where ? `, ${where}` : ''}): ${v.message}`;
  });
}

export function balanceMarkdown(balance: readonly RotationBalance[]): string[] {
  const lines = [
    '| rotation | person | turns | on call | business | off-hours | weekend | load |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of balance) {
    for (const m of r.members) {
      lines.push(
        `| ${r.rotation} | ${m.person} | ${m.turns} | ${hours(m.totalHours)} | ${hours(m.businessHours)} | ${hours(m.offHours)} | ${hours(m.weekendHours)} | ${Math.round(m.load * 10) / 10} |`,
      );
    }
  }
  lines.push(
    '',
    'Load is weighted hours (see docs/schedule.md). The ratio of the highest load to the lowest measures balance: 1 is even; none means someone carried nothing.',
    '',
    '| rotation | max/min load | spread |',
    '|---|---:|---:|',
    ...balance.map(
      (r) =>
        `| ${r.rotation} | ${r.maxMinRatio === null ? 'none' : (Math.round(r.maxMinRatio * 100) / 100).toFixed(2)} | ${Math.round(r.spread * 10) / 10} |`,
    ),
  );
  return lines;
}

/** The schedule for people: per rotation a table of turns, then balance, then problems. */
export function scheduleMarkdown(options: {
  readonly model: CompiledModel;
  readonly schedule: Pick<Schedule, 'range' | 'shifts' | 'violations'>;
  readonly balance: readonly RotationBalance[];
  readonly rotations: readonly string[];
}): string {
  const { model, schedule } = options;
  const out = [
    '# On-call schedule',
    '',
    `${formatInstant(schedule.range.start)} to ${formatInstant(schedule.range.end)} · ${options.rotations.length} rotation${options.rotations.length === 1 ? '' : 's'} · ${schedule.shifts.length} shifts`,
  ];
  for (const name of options.rotations) {
    const rotation = model.rotations.get(name);
    if (!rotation) continue;
    const zone = zoneOf(model, name);
    const spec = rotation.spec;
    out.push(
      '',
      `## ${name}`,
      '',
      `${spec.type} rotation, ${spec.coverage}, turns of ${spec.shiftLength} from ${spec.handoff} (${zone}); times in ${zone}.`,
      '',
    );
    const rows = turnRows(schedule.shifts.filter((s) => s.rotation === name));
    if (rows.length === 0) {
      out.push('Nobody is on call in this range.');
      continue;
    }
    out.push('| person | from | to | on call | shifts |', '|---|---|---|---:|---:|');
    for (const r of rows) {
      out.push(
        `| ${r.person} | ${localTime(r.start, zone)} | ${localTime(r.end, zone)} | ${hours(r.onCall / HOUR_MS)} | ${r.shifts} |`,
      );
    }
  }
  out.push('', '## Balance', '', ...balanceMarkdown(options.balance));
  out.push('', '## Problems', '', ...violationsMarkdown(schedule.violations));
  return `${out.join('\n')}\n`;
}
