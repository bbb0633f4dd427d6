import { useState } from 'preact/hooks';
import { type ApiProblem, api, data } from '../../api/client.ts';

/**
 * A rotation's calendar feed: an editor gets a new iCalendar URL to subscribe to (shown once:
 * the server keeps only its hash); a viewer is told who can make one.
 */
export function SubscribeLink({ rotation, allowed }: { rotation: string; allowed: boolean }) {
  const [state, setState] = useState<'idle' | 'busy' | { url: string } | ApiProblem>('idle');
  if (!allowed) return <span class="sub">An editor can make a calendar link.</span>;
  if (typeof state === 'object' && 'url' in state) {
    return (
      <label class="feed-url">
        <span class="sub">Subscribe in your calendar (shown once):</span>
        <input
          type="text"
          readOnly
          value={state.url}
          onFocus={(e) => (e.target as HTMLInputElement).select()}
        />
      </label>
    );
  }
  return (
    <>
      <button
        type="button"
        class="secondary"
        aria-label={`Calendar link for ${rotation}`}
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          data(api.POST('/api/v1/calendar-feeds', { body: { rotation } })).then(
            (feed) => setState({ url: feed.url }),
            (problem: ApiProblem) => setState(problem),
          );
        }}
      >
        Calendar link
      </button>
      {typeof state === 'object' ? (
        <span class="sub" role="alert">
          {state.message}
        </span>
      ) : null}
    </>
  );
}
