import { useState } from 'preact/hooks';
import type { GetConsoleOnCall200 } from '../../api/openapi.gen.ts';
import { when } from '../../format.ts';

type OnCall = GetConsoleOnCall200;

/** `2025-03-03T10:00` (UTC) for a datetime-local input, from an ISO time. */
function localInput(iso: string): string {
  return iso.slice(0, 16);
}

/**
 * Who is on call for a service at a moment: the person on each rotation that covers it, from
 * the timeline's shifts; nobody when the moment falls in a gap or outside the rotation's hours.
 */
export function WhoIsOnCall({ value }: { value: OnCall }) {
  const services = [...new Set(value.rotations.flatMap((r) => r.services))].sort();
  const [service, setService] = useState(services[0] ?? '');
  const [at, setAt] = useState(localInput(value.asOf));
  const moment = Date.parse(`${at}:00Z`);
  const inRange = moment >= Date.parse(value.from) && moment < Date.parse(value.to);
  const covering = value.rotations.filter((r) => r.services.includes(service));
  if (services.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="who-heading">
      <h2 id="who-heading">Who is on call for a service</h2>
      <form class="filters" aria-label="Service and time" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="who-service">Service</label>
          <select
            id="who-service"
            name="service"
            value={service}
            onChange={(e) => setService((e.target as HTMLSelectElement).value)}
          >
            {services.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="who-at">At (UTC)</label>
          <input
            id="who-at"
            type="datetime-local"
            name="at"
            value={at}
            min={localInput(value.from)}
            max={localInput(new Date(Date.parse(value.to) - 60_000).toISOString())}
            onInput={(e) => setAt((e.target as HTMLInputElement).value)}
          />
        </div>
      </form>
      <div aria-live="polite">
        {Number.isNaN(moment) ? (
          <p class="muted">Give a date and time.</p>
        ) : !inRange ? (
          <p class="muted">
            {when(new Date(moment).toISOString())} is outside the timeline’s range: move the
            timeline to that week first.
          </p>
        ) : (
          <ul class="plain who-answer">
            {covering.map((r) => {
              const shift = r.shifts.find(
                (s) => Date.parse(s.start) <= moment && moment < Date.parse(s.end),
              );
              const needed = r.coverageWindows.some(
                (w) => Date.parse(w.start) <= moment && moment < Date.parse(w.end),
              );
              return (
                <li key={r.name}>
                  {r.displayName}:{' '}
                  {shift ? (
                    <strong>{shift.displayName}</strong>
                  ) : needed ? (
                    <strong class="danger">nobody (a gap in its coverage)</strong>
                  ) : (
                    <span class="muted">nobody (outside its {r.coverage} hours)</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
