import type { ComponentChildren } from 'preact';
import type { ApiProblem } from '../api/client.ts';

/** What to do about an error the server answered, in words a person can act on. */
function advice(problem: ApiProblem): string {
  switch (problem.code) {
    case 'network':
      return '';
    case 'no-revision':
      return 'Push a model first: whorunsit push MODEL --server URL, or upload one on the Revisions page.';
    case 'forbidden':
      return 'Ask an admin for a token with a role that may do this.';
    case 'revision-invalid':
      return 'Push a corrected model on the Revisions page.';
    case 'model-incomplete':
      return 'Add what the model lacks (see the message) and push it again.';
    case 'rate-limited':
      return 'Wait a moment, then retry.';
    default:
      return problem.status >= 500 ? 'Retry; if it fails again, see the server’s log.' : '';
  }
}

export function ErrorState({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const hint = advice(problem);
  return (
    <div class="state state-error" role="alert">
      <p>
        <strong>Could not load this.</strong> {problem.message}
      </p>
      {hint ? <p>{hint}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/** Reserves the room the content will take, so nothing moves when it arrives. */
export function Loading({ label, height = 12 }: { label: string; height?: number }) {
  return (
    <div class="state state-loading" style={{ minHeight: `${height}rem` }} aria-busy="true">
      <span class="visually-hidden">{label}</span>
    </div>
  );
}
