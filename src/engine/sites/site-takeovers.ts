import { MINUTES_PER_DAY, type Rotation } from '../../model/index.ts';
import { NEIGHBOUR_MINUTES } from './model-sites.ts';
import type { RotationSite } from './rotation-sites.ts';
import { meanOffset, type ZoneOffsets, zoneOffsets } from './zone-offsets.ts';

/**
 * A site's day, in minutes after local midnight: a follow-the-sun part that starts before
 * 07:00 or ends after 23:00 puts that site on call at night, and then the relay is no relay.
 */
export const SITE_DAY = { start: 7 * 60, end: 23 * 60 } as const;

/**
 * The working day a follow-the-sun split is centred on, local time: 09:00–17:00, midday 13:00.
 * The same at every site and in every command, whatever a pay policy calls business hours.
 */
export const SITE_WORKING_DAY = { start: 9 * 60, end: 17 * 60 } as const;

/** Takeover times are rounded to this, so a site hands over at 08:30, not 08:37. */
const ROUND_TO_MINUTES = 30;

/** When each site of a relay takes over, and the zones a rotation names that match no site. */
export interface SiteTakeovers {
  /** Local time each site takes over, minutes after midnight, in the order of the sites. */
  readonly minutes: readonly number[];
  /** The zone whose clock that is: the one the rotation names for the site, else the site's. */
  readonly zones: readonly string[];
  /** Zones of `followTheSun.sites` that are no site of the rotation's (stated, not applied). */
  readonly unmatched: readonly string[];
}

/**
 * When each site of a follow-the-sun relay takes over (§12.6: "each site covers its daytime").
 * A site the rotation names in `followTheSun.sites` takes over at the time it states, on the
 * clock of the zone it names (one of the site's zones, or one within two hours of it). Every
 * other site splits the day by working hours: the hand-on between two sites that follow one
 * another round the globe lies halfway between the middles of their working days
 * (`SITE_WORKING_DAY`, with each zone's offset averaged over January and July), rounded to the
 * half hour, so each site's part is centred on its own day. Where that would start a site's
 * part before 07:00 or end the site before it after 23:00 (`SITE_DAY`, in January or July)
 * while another time keeps both in their day, the hand-on moves to the nearest such time.
 * Sydney, Berlin and San Francisco take over at 10:00, 08:30 and 08:30; Singapore and New York
 * at 07:30 and 07:00; Singapore and Austin at 08:00 and 07:00.
 */
export function siteTakeovers(
  rotation: Rotation,
  sites: readonly Pick<RotationSite, 'zone' | 'offsets' | 'site'>[],
  offsetsOf: (zone: string) => ZoneOffsets = zoneOffsets,
): SiteTakeovers {
  const shared = sharedDayTakeovers(sites.map((s) => s.offsets));
  const zones = sites.map((s) => s.zone);
  const stated = rotation.spec.followTheSun;
  if (typeof stated !== 'object') return { minutes: shared, zones, unmatched: [] };
  const minutes = [...shared];
  const taken = new Set<number>();
  const unmatched: string[] = [];
  for (const entry of stated.sites) {
    const index = siteOfZone(sites, entry.timezone, offsetsOf);
    if (index === undefined || taken.has(index)) {
      unmatched.push(entry.timezone);
      continue;
    }
    taken.add(index);
    minutes[index] = minuteOf(entry.from);
    zones[index] = entry.timezone;
  }
  return { minutes, zones, unmatched };
}

/** The takeovers that centre each site's part on its working day (see `siteTakeovers`). */
export function sharedDayTakeovers(offsets: readonly ZoneOffsets[]): number[] {
  const middle = (SITE_WORKING_DAY.start + SITE_WORKING_DAY.end) / 2;
  // The middle of each site's working day in UTC minutes, round the clock in order.
  const middles = offsets
    .map((o, index) => ({
      index,
      utc: (((middle - meanOffset(o)) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY,
    }))
    .sort((a, b) => a.utc - b.utc || a.index - b.index);
  const minutes = new Array<number>(offsets.length).fill(SITE_WORKING_DAY.start);
  middles.forEach((m, k) => {
    const previous = middles[(k - 1 + middles.length) % middles.length] as typeof m;
    const previousUtc = k === 0 ? previous.utc - MINUTES_PER_DAY : previous.utc;
    const own = offsets[m.index] as ZoneOffsets;
    const before = offsets[previous.index] as ZoneOffsets;
    // All in this site's local minutes, on the day of its working day's middle.
    const halfway = (previousUtc + m.utc) / 2 + meanOffset(own);
    const earliest = m.utc + meanOffset(own) - (middle - SITE_DAY.start);
    // The site before ends by 23:00 its time in both seasons.
    const latest =
      previousUtc +
      meanOffset(before) +
      (SITE_DAY.end - middle) +
      Math.min(own.january - before.january, own.july - before.july);
    const low = Math.ceil(earliest / ROUND_TO_MINUTES) * ROUND_TO_MINUTES;
    const high = Math.floor(latest / ROUND_TO_MINUTES) * ROUND_TO_MINUTES;
    const rounded = Math.round(halfway / ROUND_TO_MINUTES) * ROUND_TO_MINUTES;
    const chosen = low <= high ? Math.min(Math.max(rounded, low), high) : rounded;
    minutes[m.index] = ((chosen % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  });
  return minutes;
}

/** The site a stated zone names: one of its zones, else the one within the neighbour rule. */
function siteOfZone(
  sites: readonly Pick<RotationSite, 'zone' | 'offsets' | 'site'>[],
  zone: string,
  offsetsOf: (zone: string) => ZoneOffsets,
): number | undefined {
  const own = sites.findIndex((s) => s.zone === zone || s.site.zones.includes(zone));
  if (own >= 0) return own;
  const offsets = offsetsOf(zone);
  const near = sites.findIndex(
    (s) =>
      Math.abs(s.offsets.january - offsets.january) <= NEIGHBOUR_MINUTES &&
      Math.abs(s.offsets.july - offsets.july) <= NEIGHBOUR_MINUTES,
  );
  return near >= 0 ? near : undefined;
}

/** Minutes after midnight of `HH:MM`. */
function minuteOf(time: string): number {
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return hh * 60 + mm;
}

/**
 * A relay site's handoff: the rotation's handoff day at the site's takeover time ("Mon 09:00"
 * and 08:30 → "Mon 08:30"), so its turns change as it takes over, never within its part.
 */
export function takeoverHandoff(handoff: string, takeoverMinute: number): string {
  const [day = 'Mon'] = handoff.split(' ');
  const hh = String(Math.floor(takeoverMinute / 60)).padStart(2, '0');
  const mm = String(takeoverMinute % 60).padStart(2, '0');
  return `${day} ${hh}:${mm}`;
}
