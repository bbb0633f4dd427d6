import { MINUTES_PER_DAY } from '../../model/index.ts';
import type { ZoneOffsets } from './zone-offsets.ts';

/** Minutes of the day one site covers in a follow-the-sun relay, in January and in July. */
export interface PartMinutes {
  readonly january: number;
  readonly july: number;
}

/** A site of a relay as the day is split: its clock and the local time it takes over. */
export interface RelayTakeover {
  readonly offsets: ZoneOffsets;
  /** Local time of day the site takes over, minutes after midnight. */
  readonly takeoverMinute: number;
}

/**
 * How a relay splits the day among its sites: each site takes over when its own clock reaches
 * its takeover time and hands on at the next takeover of any site, so the parts tile the day.
 * When two sites take over at the same instant, the later one in order takes over and the
 * earlier one's part is empty, as in the schedule (`schedule/sun-relay.ts`). Worked out at the
 * two reference instants, with each site's offset then.
 */
export function relayParts(sites: readonly RelayTakeover[]): PartMinutes[] {
  const season = (pick: (o: ZoneOffsets) => number): number[] => {
    const takeovers = sites
      .map((s, index) => ({
        index,
        at:
          (((s.takeoverMinute - pick(s.offsets)) % MINUTES_PER_DAY) + MINUTES_PER_DAY) %
          MINUTES_PER_DAY,
      }))
      .sort((a, b) => a.at - b.at || a.index - b.index);
    const parts = new Array<number>(sites.length).fill(0);
    takeovers.forEach((t, k) => {
      const next = takeovers[k + 1];
      const first = takeovers[0] as { at: number };
      parts[t.index] = next ? next.at - t.at : first.at + MINUTES_PER_DAY - t.at;
    });
    return parts;
  };
  const january = season((o) => o.january);
  const july = season((o) => o.july);
  return sites.map((_, i) => ({ january: january[i] ?? 0, july: july[i] ?? 0 }));
}
