import { useEffect, useState } from 'preact/hooks';
import type { GetConsoleSession200 } from './api/openapi.gen.ts';

const KEY = 'whorunsit.token';

export type Session = GetConsoleSession200;
export type Role = Session['role'];

/**
 * The API token the console signs in with. Kept for this tab only (sessionStorage) unless the
 * person asks to stay signed in on this browser (localStorage); it goes to the server only in
 * the Authorization header of the console's own requests.
 */
export function storedToken(): string | null {
  return window.sessionStorage.getItem(KEY) ?? window.localStorage.getItem(KEY);
}

export function storeToken(token: string, remember: boolean): void {
  forgetToken();
  (remember ? window.localStorage : window.sessionStorage).setItem(KEY, token);
}

export function forgetToken(): void {
  window.sessionStorage.removeItem(KEY);
  window.localStorage.removeItem(KEY);
}

/** What a role may do in the console, as the server's access table allows (§ docs/server.md). */
export const CAN = {
  upload: (role: Role) => role === 'editor' || role === 'admin',
  manageTokens: (role: Role) => role === 'admin',
  subscribe: (role: Role) => role === 'editor' || role === 'admin',
  override: (role: Role) => role === 'editor' || role === 'admin',
} as const;

const listeners = new Set<(session: Session | null) => void>();
let signedIn: Session | null = null;
let endedBecause: string | null = null;

/** Signs out because the server refused the token, keeping why for the sign-in page. */
export function endSession(reason: string): void {
  forgetToken();
  endedBecause = reason;
  setSession(null);
}

/** Signs out at the person's request. */
export function signOut(): void {
  forgetToken();
  endedBecause = null;
  setSession(null);
}

/** Why the last session ended, if the server ended it (read once by the sign-in page). */
export function sessionEndReason(): string | null {
  return endedBecause;
}

export function setSession(session: Session | null): void {
  signedIn = session;
  if (session) endedBecause = null;
  for (const listener of listeners) listener(session);
}

export function useSession(): Session | null {
  const [session, set] = useState(signedIn);
  useEffect(() => {
    listeners.add(set);
    return () => {
      listeners.delete(set);
    };
  }, []);
  return session;
}
