import type { GetConsoleOnCall200 } from '../../api/openapi.gen.ts';
import { when } from '../../format.ts';

type OnCall = GetConsoleOnCall200;
type Rotation = OnCall['rotations'][number];
interface Span {
  readonly start: number;
  readonly end: number;
}

const DAY = 86_400_000;
/** Colours a rotation's members take in turn (defined in styles.css as .who-0 … .who-5). */
const COLOURS = 6;

const dayLabel = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The parts of the coverage windows nobody's shift holds: where the rotation has a gap. */
export function gapsOf(rotation: Rotation): Span[] {
  const shifts = rotation.shifts
    .map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }))
    .sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  for (const window of rotation.coverageWindows) {
    let at = Date.parse(window.start);
    const end = Date.parse(window.end);
    for (const shift of shifts) {
      if (shift.end <= at || shift.start >= end) continue;
      if (shift.start > at) gaps.push({ start: at, end: shift.start });
      at = Math.max(at, shift.end);
    }
    if (at < end) gaps.push({ start: at, end });
  }
  return gaps.filter((g) => g.end - g.start >= 60_000);
}

/**
 * Every rotation's shifts as bars on one time axis (days in UTC), each member in their own
 * colour, the gaps in its coverage in red and now as a line: a rota seen at a glance. Each bar
 * says in words who and when, so it reads without the picture too.
 */
export function Timeline({ value }: { value: OnCall }) {
  const from = Date.parse(value.from);
  const to = Date.parse(value.to);
  const span = to - from;
  const place = (start: number, end: number) => ({
    left: `${((Math.max(start, from) - from) / span) * 100}%`,
    width: `${((Math.min(end, to) - Math.max(start, from)) / span) * 100}%`,
  });
  const days = Array.from({ length: Math.round(span / DAY) }, (_, i) => from + i * DAY);
  const now = Date.parse(value.asOf);
  const conflicts = new Set(
    value.violations.flatMap((v) => [v.rotation, v.otherRotation]).filter((r) => r !== null),
  );
  return (
    <div class="timeline">
      <div class="timeline-axis" aria-hidden="true">
        <span class="timeline-name" />
        <div class="lane">
          {days.map((d) => (
            <span key={d} class="tick" style={place(d, d + DAY)}>
              {days.length > 14 ? new Date(d).getUTCDate() : dayLabel.format(new Date(d))}
            </span>
          ))}
        </div>
      </div>
      <ul class="plain">
        {value.rotations.map((rotation) => {
          const colour = new Map(
            rotation.members.map((m, i) => [m.person, `who-${i % COLOURS}`] as const),
          );
          const gaps = gapsOf(rotation);
          return (
            <li key={rotation.name} class="timeline-row">
              <span class="timeline-name">
                {rotation.displayName}
                {conflicts.has(rotation.name) ? (
                  <span class="severity severity-error">conflict</span>
                ) : null}
              </span>
              <ul class="lane" aria-label={`Shifts of ${rotation.displayName}`}>
                {rotation.shifts.map((s) => (
                  <li
                    key={s.start}
                    class={`shift ${colour.get(s.person) ?? 'who-0'}`}
                    style={place(Date.parse(s.start), Date.parse(s.end))}
                    title={`${s.displayName}: ${when(s.start)} – ${when(s.end)}`}
                  >
                    <span class="shift-name">{s.displayName}</span>
                    <span class="visually-hidden">
                      {' '}
                      from {when(s.start)} to {when(s.end)}
                    </span>
                  </li>
                ))}
                {gaps.map((g) => (
                  <li
                    key={`gap-${g.start}`}
                    class="shift gap"
                    style={place(g.start, g.end)}
                    title={`Nobody on call: ${when(new Date(g.start).toISOString())} – ${when(new Date(g.end).toISOString())}`}
                  >
                    <span class="visually-hidden">
                      Gap: nobody on call from {when(new Date(g.start).toISOString())} to{' '}
                      {when(new Date(g.end).toISOString())}
                    </span>
                  </li>
                ))}
                {value.overrides
                  .filter((o) => o.rotation === rotation.name)
                  .map((o) => (
                    <li
                      key={`override-${o.id}`}
                      class="override-mark"
                      data-override={o.id}
                      style={place(Date.parse(o.start), Date.parse(o.end))}
                      title={`Override: ${o.displayName} takes over ${when(o.start)} – ${when(o.end)}`}
                    >
                      <span class="visually-hidden">
                        Override: {o.displayName} takes over from {when(o.start)} to {when(o.end)}
                      </span>
                    </li>
                  ))}
                {now >= from && now < to ? (
                  <li class="now-line" style={{ left: place(now, now).left }} aria-hidden="true" />
                ) : null}
              </ul>
            </li>
          );
        })}
      </ul>
      <p class="sub">
        Each bar is a turn; red is coverage with nobody on call; a dark band above a bar is an
        override; the vertical line is now. Hover a bar for its times.
      </p>
    </div>
  );
}
