import type { Shift } from '../../engine/schedule/index.ts';

/**
 * An iCalendar (RFC 5545) calendar of shifts, one VEVENT per shift, for a rotation or a person
 * to subscribe to. Times are UTC (`…Z`, RFC 5545 §3.3.5 form 2), which every calendar shows in
 * its reader's own zone and which needs no VTIMEZONE. Lines end in CRLF and are folded at 75
 * octets (§3.1); text is escaped (§3.3.11).
 */
export function scheduleIcal(options: {
  readonly name: string;
  readonly shifts: readonly Shift[];
  /** When the calendar was made: every event's DTSTAMP (§3.8.7.2). */
  readonly generatedAt: number;
}): string {
  const stamp = icalTime(options.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//whorunsit//on-call schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const s of options.shifts) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${s.rotation}/${s.person}/${s.start}@whorunsit`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icalTime(s.start)}`,
      `DTEND:${icalTime(s.end)}`,
      `SUMMARY:${escapeText(`On call: ${s.rotation} (${s.person})`)}`,
      `DESCRIPTION:${escapeText(`${s.person} is on call for rotation ${s.rotation}.`)}`,
      'CATEGORIES:ON-CALL',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n').concat('\r\n');
}

/** `20250505T070000Z`. */
function icalTime(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (§3.3.11). */
function escapeText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
