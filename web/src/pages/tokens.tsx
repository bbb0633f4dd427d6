import { useState } from 'preact/hooks';
import { type ApiProblem, api, data } from '../api/client.ts';
import type { PostTokensBody } from '../api/openapi.gen.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';
import { when } from '../format.ts';
import { usePageTitle } from '../page-title.ts';
import { CAN, useSession } from '../session.ts';
import { useResource } from '../use-resource.ts';

type Role = PostTokensBody['role'];
const ROLES: readonly { role: Role; says: string }[] = [
  { role: 'viewer', says: 'reads everything' },
  { role: 'editor', says: 'also uploads models and makes calendar links' },
  { role: 'admin', says: 'also manages tokens' },
  { role: 'ingest', says: 'only sends SLI samples, incidents and alerts' },
];

/**
 * API tokens, for admins: every token with its role, when it was last used and when it
 * expires; a new token (its secret shown once: the server keeps only its hash); revoking one
 * stops it at once.
 */
export function TokensPage() {
  usePageTitle('Tokens');
  const session = useSession();
  const allowed = session !== null && CAN.manageTokens(session.role);
  const tokens = useResource(
    () => (allowed ? data(api.GET('/api/v1/tokens')) : Promise.resolve(undefined)),
    [allowed],
  );
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  if (!allowed) {
    return (
      <section>
        <h1>Tokens</h1>
        <p role="note">
          Only admins manage tokens. Ask an admin for a token, or sign in with an admin token.
        </p>
      </section>
    );
  }
  const list = tokens.data?.tokens;
  return (
    <section class="tokens">
      <div class="page-head">
        <h1>Tokens</h1>
      </div>
      <form
        class="upload"
        aria-labelledby="new-token-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget as HTMLFormElement);
          const expires = String(form.get('expiresAt') ?? '');
          const body: PostTokensBody = {
            name: String(form.get('name') ?? '').trim(),
            role: String(form.get('role')) as Role,
            ...(expires ? { expiresAt: expires } : {}),
          };
          setProblem(null);
          data(api.POST('/api/v1/tokens', { body })).then(
            (answer) => {
              setCreated({ name: answer.record.name, token: answer.token });
              (event.target as HTMLFormElement).reset();
              tokens.reload();
            },
            (failed: ApiProblem) => setProblem(failed),
          );
        }}
      >
        <h2 id="new-token-heading">New token</h2>
        <label>
          For whom or what
          <input name="name" required maxLength={200} placeholder="e.g. ci or alertmanager" />
        </label>
        <label>
          Role
          <select name="role">
            {ROLES.map((r) => (
              <option key={r.role} value={r.role}>
                {r.role}: {r.says}
              </option>
            ))}
          </select>
        </label>
        <label>
          Expires on (optional)
          <input name="expiresAt" type="date" />
        </label>
        <button type="submit">Create token</button>
        {problem ? (
          <p class="problem" role="alert">
            {problem.message}
          </p>
        ) : null}
        {created ? (
          <p class="notice ok" role="status">
            Token for {created.name}, shown only this once: <code>{created.token}</code>
          </p>
        ) : null}
      </form>
      <h2 id="tokens-heading">Every token</h2>
      {tokens.error && !list ? (
        <ErrorState problem={tokens.error} onRetry={tokens.reload} />
      ) : !list ? (
        <Loading label="Loading tokens" height={12} />
      ) : list.length === 0 ? (
        <EmptyState title="No tokens yet." />
      ) : (
        <ScrollRegion labelledBy="tokens-heading">
          <table class="token-list">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {list.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    {t.name} <span class="sub">{t.id}</span>
                  </th>
                  <td>{t.role}</td>
                  <td>{when(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? when(t.lastUsedAt) : 'never'}</td>
                  <td>{t.expiresAt ? when(t.expiresAt) : 'never'}</td>
                  <td>
                    {t.revokedAt ? (
                      `revoked ${when(t.revokedAt)}`
                    ) : t.id === session.id ? (
                      <span class="sub">yours (in use)</span>
                    ) : (
                      <button
                        type="button"
                        class="secondary"
                        aria-label={`Revoke ${t.name}`}
                        onClick={() => {
                          if (!window.confirm(`Revoke ${t.name}? It stops working at once.`))
                            return;
                          data(
                            api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: t.id } } }),
                          ).then(tokens.reload, (failed: ApiProblem) => setProblem(failed));
                        }}
                      >
                        Revoke
                      </button>
                    )}
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
