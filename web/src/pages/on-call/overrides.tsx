import { useState } from 'preact/hooks';
import { ApiProblem, api, data } from '../../api/client.ts';
import type { GetConsoleOnCall200 } from '../../api/openapi.gen.ts';
import { when } from '../../format.ts';

type OnCall = GetConsoleOnCall200;

/** A `datetime-local` value read as UTC, as the page shows every time. */
function utc(value: string): string {
  return `${value}:00Z`;
}

/** A time as a `datetime-local` value in UTC, to the minute. */
function local(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/**
 * The on-call overrides that reach into the range (someone takes a rotation's on-call for a
 * while: a swap, cover for an absence), already applied to the timeline above; editors make one
 * for a rotation's member and revoke one. Who is on call for alerts follows them at once.
 */
export function Overrides({
  value,
  canEdit,
  onChanged,
}: {
  value: OnCall;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const rotationName = (name: string) =>
    value.rotations.find((r) => r.name === name)?.displayName ?? name;
  const revoke = (id: number) => {
    setBusy(true);
    setProblem(null);
    data(api.DELETE('/api/v1/on-call-overrides/{id}', { params: { path: { id } } }))
      .then(onChanged, (error: unknown) => setProblem(asProblem(error)))
      .finally(() => setBusy(false));
  };
  return (
    <section class="panel" aria-labelledby="overrides-heading">
      <h2 id="overrides-heading">
        Overrides <span class="count">{value.overrides.length}</span>
      </h2>
      {value.overrides.length === 0 ? (
        <p class="muted">
          None in this range: everyone is on call as the schedule plans.
          {canEdit ? ' Hand a rotation to someone below, e.g. to cover an absence.' : ''}
        </p>
      ) : (
        <ul class="events overrides">
          {value.overrides.map((o) => (
            <li key={o.id}>
              <strong>{o.displayName}</strong> takes {rotationName(o.rotation)}
              <span class="sub">
                {when(o.start)} – {when(o.end)} · {o.reason ? `${o.reason} · ` : ''}by {o.author}
              </span>
              {canEdit ? (
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  aria-label={`Revoke the override of ${o.displayName} on ${rotationName(o.rotation)}`}
                  onClick={() => revoke(o.id)}
                >
                  Revoke
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <OverrideForm value={value} onStored={onChanged} />
      ) : (
        <p class="sub">An editor can hand a rotation’s on-call to someone for a while.</p>
      )}
      {problem ? (
        <p class="state state-error" role="alert">
          {problem.message}
        </p>
      ) : null}
    </section>
  );
}

function OverrideForm({ value, onStored }: { value: OnCall; onStored: () => void }) {
  const first = value.rotations[0];
  const start = Math.max(Date.parse(value.asOf), Date.parse(value.from));
  const [rotation, setRotation] = useState(first?.name ?? '');
  const members = value.rotations.find((r) => r.name === rotation)?.members ?? [];
  const [person, setPerson] = useState('');
  const [from, setFrom] = useState(local(start));
  const [to, setTo] = useState(local(start + 4 * 3_600_000));
  const [reason, setReason] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | 'stored' | ApiProblem>('idle');
  const chosen = person || members[0]?.person || '';

  const submit = (event: Event) => {
    event.preventDefault();
    setState('busy');
    data(
      api.POST('/api/v1/on-call-overrides', {
        body: { rotation, person: chosen, from: utc(from), to: utc(to), reason },
      }),
    ).then(
      () => {
        setState('stored');
        setReason('');
        onStored();
      },
      (error: unknown) => setState(asProblem(error)),
    );
  };
  return (
    <form class="override-form" aria-labelledby="override-form-heading" onSubmit={submit}>
      <h3 id="override-form-heading">Hand a rotation to someone</h3>
      <div class="filters">
        <label>
          Rotation
          <select
            value={rotation}
            onChange={(e) => {
              setRotation((e.target as HTMLSelectElement).value);
              setPerson('');
            }}
          >
            {value.rotations.map((r) => (
              <option key={r.name} value={r.name}>
                {r.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who takes over
          <select value={chosen} onChange={(e) => setPerson((e.target as HTMLSelectElement).value)}>
            {members.map((m) => (
              <option key={m.person} value={m.person}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          From (UTC)
          <input
            type="datetime-local"
            required
            value={from}
            onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          To (UTC)
          <input
            type="datetime-local"
            required
            value={to}
            onInput={(e) => setTo((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Why
          <input
            type="text"
            maxLength={1000}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={state === 'busy' || !chosen}>
          {state === 'busy' ? 'Saving…' : 'Hand over'}
        </button>
      </div>
      {state === 'stored' ? (
        <p class="notice ok" role="status">
          Stored: alerts for the rotation go to whoever took over, for that time.
        </p>
      ) : null}
      {state instanceof ApiProblem ? (
        <p class="state state-error" role="alert">
          <strong>Not stored.</strong> {state.message}
        </p>
      ) : null}
    </form>
  );
}

function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem
    ? error
    : new ApiProblem(0, 'client', error instanceof Error ? error.message : 'failed');
}
