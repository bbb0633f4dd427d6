import { useState } from 'preact/hooks';
import { ApiProblem, api, data } from '../api/client.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';
import { when } from '../format.ts';
import { useLiveVersion } from '../live/changes.ts';
import { usePageTitle } from '../page-title.ts';
import { CAN, useSession } from '../session.ts';
import { useResource } from '../use-resource.ts';

/** A located problem of a rejected model, as the server's `invalid-model` error lists them. */
interface Problem {
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}

function problemsOf(problem: ApiProblem): readonly Problem[] {
  const details = problem.details as { problems?: unknown } | null;
  return Array.isArray(details?.problems) ? (details.problems as Problem[]) : [];
}

/**
 * The model's history (who changed it, why, what changed) and, for editors and admins, the
 * upload of a new revision, with the problems of a rejected one shown by file, line and column.
 */
export function RevisionsPage() {
  usePageTitle('Revisions');
  const session = useSession();
  const version = useLiveVersion();
  const revisions = useResource(
    () => data(api.GET('/api/v1/revisions', { params: { query: { limit: 50 } } })),
    [version],
  );
  const canUpload = session !== null && CAN.upload(session.role);

  return (
    <section class="revisions">
      <div class="page-head">
        <h1>Revisions</h1>
        <p class="meta">Every version of the model the server has stored, newest first.</p>
      </div>
      {canUpload ? (
        <Upload onStored={revisions.reload} />
      ) : (
        <p class="notice" role="note">
          Your {session?.role ?? 'viewer'} token may read the model but not upload one. Ask an admin
          for an editor token, or push from the command line:{' '}
          <code>whorunsit push MODEL --server URL</code>.
        </p>
      )}
      <h2 id="history-heading">History</h2>
      <p>
        <a href="/revisions/compare">Compare two revisions</a>{' '}
        <span class="muted">— what differs, and the change plan from one to the other.</span>
      </p>
      {revisions.error && !revisions.data ? (
        <ErrorState problem={revisions.error} onRetry={revisions.reload} />
      ) : !revisions.data ? (
        <Loading label="Loading revisions" height={12} />
      ) : revisions.data.revisions.length === 0 ? (
        <EmptyState title="No revision yet.">
          <p>Upload the model’s YAML files above, or push them with whorunsit push.</p>
        </EmptyState>
      ) : (
        <ScrollRegion labelledBy="history-heading">
          <table class="history">
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">When</th>
                <th scope="col">Author</th>
                <th scope="col">Message</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {revisions.data.revisions.map((r, index, all) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.id}
                    {r.restoredFrom !== null ? (
                      <span class="sub">restores {r.restoredFrom}</span>
                    ) : null}
                  </th>
                  <td>{when(r.createdAt)}</td>
                  <td>{r.author}</td>
                  <td>{r.message || <span class="muted">no message</span>}</td>
                  <td>
                    <Changes summary={r.summary} />
                    {all[index + 1] ? (
                      <a
                        class="sub"
                        href={`/revisions/compare?from=${all[index + 1]?.id}&to=${r.id}`}
                      >
                        Compare with {all[index + 1]?.id}
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function Changes({
  summary,
}: {
  summary: { added: string[]; removed: string[]; changed: string[] };
}) {
  const parts = [
    ['added', summary.added],
    ['changed', summary.changed],
    ['removed', summary.removed],
  ] as const;
  const shown = parts.filter(([, names]) => names.length > 0);
  if (shown.length === 0) return <span class="muted">no document changed</span>;
  return (
    <ul class="plain">
      {shown.map(([what, names]) => (
        <li key={what}>
          {names.length} {what}
          <span class="sub">
            {names.slice(0, 5).join(', ')}
            {names.length > 5 ? ` and ${names.length - 5} more` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Upload({ onStored }: { onStored: () => void }) {
  const [message, setMessage] = useState('');
  const [files, setFiles] = useState<readonly File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<
    | { kind: 'stored'; id: number; created: boolean }
    | { kind: 'rejected'; problem: ApiProblem }
    | null
  >(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (files.length === 0) return;
    setBusy(true);
    setResult(null);
    try {
      const sources = await Promise.all(
        files.map(async (file) => ({ name: file.name, text: await file.text() })),
      );
      const stored = await data(api.POST('/api/v1/revisions', { body: { message, sources } }));
      setResult({ kind: 'stored', id: stored.revision.id, created: stored.created });
      onStored();
    } catch (error) {
      setResult({
        kind: 'rejected',
        problem:
          error instanceof ApiProblem
            ? error
            : new ApiProblem(0, 'client', error instanceof Error ? error.message : 'failed'),
      });
    } finally {
      setBusy(false);
    }
  };

  const problems = result?.kind === 'rejected' ? problemsOf(result.problem) : [];
  return (
    <form class="card upload" aria-labelledby="upload-heading" onSubmit={submit}>
      <h2 id="upload-heading">Upload a new revision</h2>
      <p class="sub">
        Choose every YAML file of the model: the upload replaces the whole model. It is checked
        first; nothing is stored when it has a problem.
      </p>
      <label for="upload-files">Model files</label>
      <input
        id="upload-files"
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        multiple
        required
        onChange={(e) => setFiles([...((e.target as HTMLInputElement).files ?? [])])}
      />
      <label for="upload-message">Why it changed</label>
      <textarea
        id="upload-message"
        rows={2}
        value={message}
        onInput={(e) => setMessage((e.target as HTMLTextAreaElement).value)}
      />
      <div>
        <button type="submit" disabled={busy || files.length === 0}>
          {busy ? 'Uploading…' : 'Upload'}
        </button>
      </div>
      {result?.kind === 'stored' ? (
        <p class="notice ok" role="status">
          {result.created
            ? `Stored as revision ${result.id}.`
            : `Nothing changed: the model is the same as revision ${result.id}.`}
        </p>
      ) : null}
      {result?.kind === 'rejected' ? (
        <div class="state state-error" role="alert">
          <p>
            <strong>The model was not stored.</strong> {result.problem.message}
          </p>
          {problems.length > 0 ? (
            <ul class="problems">
              {problems.map((p) => (
                <li key={`${p.file}:${p.line}:${p.column}:${p.code}`}>
                  <code>
                    {p.file}:{p.line}:{p.column}
                  </code>{' '}
                  {p.message}{' '}
                  <span class="sub">{[p.code, p.path].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
