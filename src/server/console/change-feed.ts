/** What changed: the kinds of data the console refreshes on. */
export type ChangeKind = 'sli' | 'incidents' | 'alerts' | 'revisions' | 'handovers' | 'on-call';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'sli',
  'incidents',
  'alerts',
  'revisions',
  'handovers',
  'on-call',
];

export interface Change {
  /** Counts up from 1 in this process: a client that missed one refreshes anyway. */
  readonly sequence: number;
  readonly kind: ChangeKind;
  readonly at: string;
}

/** Tells listeners (the console's event streams) that live data or the model changed. */
export interface ChangeFeed {
  readonly emit: (kind: ChangeKind) => void;
  /** Returns the function that stops listening. */
  readonly subscribe: (listener: (change: Change) => void) => () => void;
  /** Listeners now: one per open event stream. */
  readonly listeners: () => number;
}

export function createChangeFeed(now: () => Date): ChangeFeed {
  const listeners = new Set<(change: Change) => void>();
  let sequence = 0;
  return {
    emit: (kind) => {
      sequence += 1;
      // Every stored webhook call emits one: with no event stream open (the usual case under
      // intake's load), the change is not built and the clock not read.
      if (listeners.size === 0) return;
      const change = { sequence, kind, at: now().toISOString() };
      for (const listener of listeners) listener(change);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listeners: () => listeners.size,
  };
}
