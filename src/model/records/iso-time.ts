import { type EpochMillis, instantAtOffset, wallClockMillis } from '../concepts/time-units.ts';

/**
 * ISO 8601 date-times with a zone, in every form exports write them: extended
 * (`2025-03-01T10:00:00+01:00`) and basic (`20250301T100000Z`), `T`, `t` or a space between
 * date and time, minutes with or without seconds, fractions with `.` or `,`, and zones `Z`,
 * `±hh`, `±hhmm` or `±hh:mm` (also with the Unicode minus). JavaScript's Date.parse refuses
 * several of these (`+01`, `,5`, the basic form).
 */
const EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s?(Z|z|[+\-\u2212]\d{2}(?::?\d{2})?)$/;
const BASIC =
  /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(Z|z|[+\-\u2212]\d{2}(?:\d{2})?)$/;

/** Epoch milliseconds of an ISO 8601 date-time with a zone; undefined for anything else. */
export function parseIsoInstant(text: string): EpochMillis | undefined {
  const match = EXTENDED.exec(text) ?? BASIC.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match as unknown as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  // 24:00 is the end of a day; 60 seconds a leap second, counted as the next second.
  if (hour > 24 || minute > 59 || second > 60) return undefined;
  if (hour === 24 && (minute !== 0 || second !== 0 || Number(fraction ?? 0) !== 0))
    return undefined;
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const offset = zoneMinutes(zone as string);
  if (offset === undefined) return undefined;
  return instantAtOffset(
    wallClockMillis(Date.UTC(year, month - 1, day, hour, minute, second, millis)),
    offset,
  );
}

function zoneMinutes(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '+' ? 1 : -1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
