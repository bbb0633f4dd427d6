import { z } from 'zod';
import { Name } from './common.ts';

/**
 * Where a query's window goes: Sloth's placeholder, so Sloth queries read as they are written.
 * `rules` fills in each alert window; the server's pull fills in its step.
 */
export const WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}/g;

/** PromQL with the window placeholder, e.g. `sum(rate(http_requests_total[{{.window}}]))`. */
const WindowedQuery = z
  .string()
  .min(1)
  .max(4000)
  .refine((q) => new RegExp(WINDOW_PLACEHOLDER.source).test(q), {
    message:
      'expected a PromQL rate over the window placeholder, e.g. sum(rate(http_requests_total{job="api"}[{{.window}}]))',
  });

/**
 * How to read a service's SLI from a Prometheus-compatible API (Prometheus, Thanos, Mimir,
 * VictoriaMetrics): per-second rates of good (or error) events and of all events, each over
 * `{{.window}}` as Sloth's `error_query`/`total_query` are. The server pulls them with
 * `query_range`; `whorunsit rules` records their ratio for burn-rate alerts.
 */
export const SliQueries = z
  .strictObject({
    good: WindowedQuery.optional(),
    errors: WindowedQuery.optional(),
    total: WindowedQuery,
    /** The name of a backend the server is configured with; `default` when not given. */
    backend: Name.optional(),
  })
  .refine((s) => (s.good === undefined) !== (s.errors === undefined), {
    message:
      'expected either good or errors (the events the objective counts), not both or neither',
  });
export type SliQueries = z.infer<typeof SliQueries>;

/** The PromQL of a query for one window, e.g. `5m`. */
export function queryForWindow(query: string, window: string): string {
  return query.replace(WINDOW_PLACEHOLDER, window);
}
