import { useEffect, useState } from 'preact/hooks';
import { storedToken } from '../session.ts';

/** How long to wait before reconnecting a broken stream, and how often to poll without one. */
const RETRY_MS = 5_000;
/** Budgets move with time too (a window slides, a period ends): refresh at least this often. */
const POLL_MS = 60_000;

export type LiveState = 'connecting' | 'live' | 'reconnecting';

let version = 0;
let state: LiveState = 'connecting';
const listeners = new Set<() => void>();
let started = false;
let timer: number | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

function bump(): void {
  version += 1;
  notify();
}

/**
 * Reads the server's change events (`GET /api/v1/console/events`) with fetch, so the token goes
 * in a header and not in a URL. Every change, and a timer, bumps one version number that pages
 * refresh on; when the stream breaks, the console says so and falls back to the timer.
 */
async function stream(): Promise<void> {
  for (;;) {
    const token = storedToken();
    if (!token) return;
    try {
      const response = await fetch('/api/v1/console/events', {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const missed = state === 'reconnecting';
      state = 'live';
      // Changes made while the stream was down were not heard: refresh once it is back.
      if (missed) bump();
      else notify();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        if (events.some((e) => e.split('\n').includes('event: change'))) bump();
      }
    } catch {
      // Reconnect below.
    }
    // The stream broke (server restarted or down): refresh now, so the pages say whether the
    // server still answers rather than show old data as if it were current.
    const first = state !== 'reconnecting';
    state = 'reconnecting';
    if (first) bump();
    else notify();
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

export function startLiveUpdates(): void {
  if (started) return;
  started = true;
  void stream().finally(() => {
    started = false;
    window.clearInterval(timer);
  });
  timer = window.setInterval(bump, POLL_MS);
}

/**
 * A number that grows whenever the server's data changed: pages re-fetch when it does. A page
 * renders again only when the number moves, not when the stream merely connects: drawing a long
 * table again for nothing would cost its first second.
 */
export function useLiveVersion(): number {
  return useLiveValue(() => version);
}

/** Whether the change stream is connected, for the header's badge. */
export function useLiveState(): LiveState {
  return useLiveValue(() => state);
}

/** A value of the live module, rendered again only when it changes (same value: no render). */
function useLiveValue<T>(read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const listener = () => setValue(read);
    listeners.add(listener);
    // A change between the first render and this effect is not lost.
    listener();
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return value;
}
