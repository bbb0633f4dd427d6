/** Formats for people: percentages, times and durations as the console shows them. */

export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined) return '–';
  return `${(share * 100).toFixed(digits)}%`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** A time in UTC, as the API gives them, said so. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '–';
  return `${dateTime.format(new Date(iso))} UTC`;
}

export function day(iso: string | number): string {
  return dateOnly.format(new Date(iso));
}

/** "3 h ago", "in 2 d": how far a time is from now. */
export function relative(iso: string, now: number = Date.now()): string {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  const size = Math.abs(minutes);
  const text =
    size < 1
      ? 'now'
      : size < 60
        ? `${size} min`
        : size < 48 * 60
          ? `${Math.round(size / 60)} h`
          : `${Math.round(size / 1440)} d`;
  if (text === 'now') return text;
  return minutes < 0 ? `${text} ago` : `in ${text}`;
}

export function hours(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} h`;
}

/**
 * A service's tier with where it comes from: a tier from demand or the default holds until an
 * availability target is set, so the console says so rather than show it as agreed.
 */
export function tierLabel(s: {
  readonly tier: string;
  readonly tierBasis: 'target' | 'demand' | 'default';
}): string {
  if (s.tierBasis === 'demand') return `${s.tier} tier (from demand, no target)`;
  if (s.tierBasis === 'default') return `${s.tier} tier (default, no target)`;
  return `${s.tier} tier`;
}
