import { useEffect, useState } from 'preact/hooks';
import { ApiProblem, api, data } from './api/client.ts';
import { PageBoundary } from './components/page-boundary.tsx';
import { ErrorState } from './components/states.tsx';
import { startLiveUpdates, useLiveState } from './live/changes.ts';
import { NotFoundPage } from './pages/not-found.tsx';
import { OnCallPage } from './pages/on-call.tsx';
import { OrganizationPage } from './pages/organization.tsx';
import { OverviewPage, prefetchOverview } from './pages/overview.tsx';
import { ChangePlanPage, PlanPage } from './pages/plan.tsx';
import { RevisionDiffPage } from './pages/revision-diff.tsx';
import { RevisionsPage } from './pages/revisions.tsx';
import { ServicePage } from './pages/service.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { TokensPage } from './pages/tokens.tsx';
import { interceptLinks, navigate, useLocation } from './router.ts';
import { CAN, endSession, setSession, signOut, storedToken, useSession } from './session.ts';

// The console's pages; Tokens only for admins, who manage them.
const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/on-call', label: 'On call' },
  { href: '/organization', label: 'Organization' },
  { href: '/plan', label: 'Plan' },
  { href: '/revisions', label: 'Revisions' },
  { href: '/tokens', label: 'Tokens', only: CAN.manageTokens },
] as const;

/** The console: signs in with a token, then shows the page of the URL. */
export function App() {
  const location = useLocation();
  const session = useSession();
  const [boot, setBoot] = useState<'checking' | 'done' | ApiProblem>(
    storedToken() !== null ? 'checking' : 'done',
  );
  const [attempt, setAttempt] = useState(0);

  // A token kept from before (or given in the URL's fragment by `serve --demo`) is checked once.
  useEffect(() => {
    const fragment = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (fragment) {
      window.sessionStorage.setItem('whorunsit.token', fragment);
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    if (!storedToken()) {
      setBoot('done');
      return;
    }
    setBoot('checking');
    if (window.location.pathname === '/') prefetchOverview();
    // A refused token ends the session (the client does that, saying why); a server that does
    // not answer keeps the token, so a retry signs in again once it is back.
    data(api.GET('/api/v1/console/session')).then(
      (session) => {
        setSession(session);
        setBoot('done');
      },
      (problem: unknown) => {
        if (problem instanceof ApiProblem && (problem.status === 0 || problem.status >= 500)) {
          setBoot(problem);
        } else {
          if (storedToken())
            endSession(problem instanceof Error ? problem.message : 'Sign in again.');
          setBoot('done');
        }
      },
    );
  }, [attempt]);

  useEffect(() => {
    if (session) startLiveUpdates();
  }, [session]);

  if (boot === 'checking') return <div class="boot" aria-busy="true" />;
  if (boot instanceof ApiProblem) {
    return (
      <main class="sign-in" id="main">
        <h1>whorunsit</h1>
        <ErrorState problem={boot} onRetry={() => setAttempt((n) => n + 1)} />
      </main>
    );
  }
  if (!session || location.path === '/sign-in') {
    return <SignInPage signedIn={session !== null} />;
  }
  const page = pageFor(location.path);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only follows clicks on the links inside.
    // biome-ignore lint/a11y/useKeyWithClickEvents: links keep their own keyboard behaviour.
    <div class="shell" onClick={interceptLinks}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          whorunsit
        </a>
        <nav aria-label="Console">
          <ul>
            {NAV.filter((item) => !('only' in item) || item.only(session.role)).map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  aria-current={isCurrent(item.href, location.path) ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SessionMenu name={session.name} role={session.role} />
      </header>
      <main id="main" tabIndex={-1}>
        <PageBoundary key={location.path}>{page}</PageBoundary>
      </main>
    </div>
  );
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' || path.startsWith('/services/') : path.startsWith(href);
}

function pageFor(path: string) {
  if (path === '/') return <OverviewPage />;
  if (path === '/revisions') return <RevisionsPage />;
  if (path === '/revisions/compare') return <RevisionDiffPage />;
  if (path === '/on-call') return <OnCallPage />;
  if (path === '/organization') return <OrganizationPage />;
  if (path === '/plan') return <PlanPage />;
  if (path === '/plan/change') return <ChangePlanPage />;
  if (path === '/tokens') return <TokensPage />;
  const service = /^\/services\/([^/]+)$/.exec(path)?.[1];
  if (service) return <ServicePage name={decodeURIComponent(service)} />;
  return <NotFoundPage path={path} />;
}

function SessionMenu({ name, role }: { name: string; role: string }) {
  const state = useLiveState();
  return (
    <div class="session">
      <span class={`live live-${state}`} title="Live updates from the server">
        {state === 'live'
          ? 'live'
          : state === 'reconnecting'
            ? 'server not answering, retrying'
            : 'connecting'}
      </span>
      <span>
        {name} <span class="role">({role})</span>
      </span>
      <button
        type="button"
        class="link"
        onClick={() => {
          signOut();
          navigate('/sign-in');
        }}
      >
        Sign out
      </button>
    </div>
  );
}
