import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';

/**
 * Keeps a page's failure to show an answer (data of an unexpected shape, from another version
 * of the server) inside the page: the header and navigation stay, and the page says what to do.
 */
export function PageBoundary({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <div class="state state-error" role="alert">
        <p>
          <strong>This page could not show the server’s answer.</strong>{' '}
          {error instanceof Error ? error.message : String(error)}
        </p>
        <p>
          The console and the server may be of different versions: reload the page; if it fails
          again, see the server’s log.
        </p>
        <button type="button" onClick={reset}>
          Retry
        </button>
      </div>
    );
  }
  return <>{children}</>;
}
