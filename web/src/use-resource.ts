import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiProblem } from './api/client.ts';

export interface Resource<T> {
  /** The last data loaded, kept while a refresh runs so the page does not jump. */
  readonly data: T | undefined;
  readonly error: ApiProblem | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Loads data for a page and loads it again when `key` changes (another service, a live change).
 * The previous data stays on screen until the new data is there: refreshing never empties a page.
 */
export function useResource<T>(load: () => Promise<T>, key: readonly unknown[]): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiProblem | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    load().then(
      (value) => {
        if (call !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (problem: unknown) => {
        if (call !== latest.current) return;
        setError(
          problem instanceof ApiProblem
            ? problem
            : new ApiProblem(0, 'client', problem instanceof Error ? problem.message : 'failed'),
        );
        setLoading(false);
      },
    );
  }, [...key, nonce]);
  return { data, error, loading, reload: () => setNonce((n) => n + 1) };
}
