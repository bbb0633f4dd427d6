import { IANAZone } from 'luxon';

/** A zone's UTC offsets in minutes (positive east of Greenwich) in mid-January and mid-July. */
export interface ZoneOffsets {
  readonly january: number;
  readonly july: number;
}

// Fixed instants keep every grouping the same whatever range is asked for, and keep it pure:
// one instant in each half of the year sees daylight saving in either hemisphere.
const JANUARY = Date.UTC(2025, 0, 15, 12);
const JULY = Date.UTC(2025, 6, 15, 12);

/** The offsets of an IANA zone at the two reference instants. */
export function zoneOffsets(zone: string): ZoneOffsets {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  return { january: iana.offset(JANUARY), july: iana.offset(JULY) };
}

/** Both offsets as a list, January first: where code walks over the two reference seasons. */
export function offsetsOf(offsets: ZoneOffsets): readonly [number, number] {
  return [offsets.january, offsets.july];
}

/** The offset averaged over the year: where a zone sits east to west. */
export function meanOffset(offsets: ZoneOffsets): number {
  return (offsets.january + offsets.july) / 2;
}
