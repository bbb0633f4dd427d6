import { useState } from 'preact/hooks';
import { api, data } from '../api/client.ts';
import { usePageTitle } from '../page-title.ts';
import { navigate } from '../router.ts';
import { forgetToken, sessionEndReason, setSession, storeToken } from '../session.ts';

/**
 * Signs in with an API token (`whorunsit token create --role viewer|editor|admin`): the console
 * asks the server who the token is, and keeps it only if the server knows it.
 */
export function SignInPage({ signedIn }: { signedIn: boolean }) {
  usePageTitle('Sign in');
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ended] = useState(sessionEndReason);

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = token.trim();
    if (!/^wri_/.test(value)) {
      setProblem('An API token starts with wri_. Create one with whorunsit token create.');
      return;
    }
    setBusy(true);
    setProblem(null);
    storeToken(value, remember);
    try {
      const session = await data(api.GET('/api/v1/console/session'));
      if (session.role === 'ingest') {
        forgetToken();
        setProblem(
          'This is an ingest token: it may only post alerts and data. Sign in with a viewer, editor or admin token.',
        );
        return;
      }
      setSession(session);
      navigate(window.location.pathname === '/sign-in' ? '/' : window.location.pathname);
    } catch (error) {
      forgetToken();
      setProblem(
        error instanceof Error && 'status' in error && error.status === 401
          ? 'The server does not know this token, or it was revoked. Check it, or create a new one.'
          : error instanceof Error
            ? error.message
            : 'Signing in failed.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="sign-in" id="main">
      <h1>whorunsit</h1>
      <p class="lead">Who runs each service, its error budget, on-call and the organization.</p>
      {ended && !problem ? (
        <p class="notice" role="status">
          <strong>You were signed out.</strong> {ended}
        </p>
      ) : null}
      <form onSubmit={submit} aria-describedby="token-help">
        <label for="token">API token</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          required
          value={token}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'token-problem' : undefined}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember((e.target as HTMLInputElement).checked)}
          />
          Stay signed in on this browser
        </label>
        {problem ? (
          <p id="token-problem" class="problem" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p id="token-help" class="help">
        Create a token on the server’s machine:{' '}
        <code>whorunsit token create --role viewer --name "$USER"</code>. Viewers read; editors also
        upload models; admins also manage tokens.
        {signedIn ? ' You are signed in already; signing in again replaces the token.' : ''}
      </p>
    </main>
  );
}
