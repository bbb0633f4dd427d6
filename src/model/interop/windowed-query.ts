import { WINDOW_PLACEHOLDER } from '../kinds/index.ts';

/** A Prometheus vector selector alone: a metric name with optional label matchers. */
const SELECTOR = /^\s*[a-zA-Z_:][a-zA-Z0-9_:]*\s*(\{[^{}]*\})?\s*$/;

/**
 * A query as a per-second rate over the window placeholder, which is how whorunsit reads SLIs:
 * a query that already has `{{.window}}` (Sloth's) as it is; an OpenSLO counter that is a bare
 * selector as `sum(rate(selector[{{.window}}]))`. Anything else cannot be windowed safely
 * (an aggregation of a counter has no rate), so it is refused with the reason.
 */
export function windowedQuery(
  query: string,
  options: { readonly counter?: boolean | undefined } = {},
): { readonly query: string } | { readonly reason: string } {
  if (new RegExp(WINDOW_PLACEHOLDER.source).test(query)) return { query };
  if (options.counter && SELECTOR.test(query)) {
    return { query: `sum(rate(${query.trim()}[{{.window}}]))` };
  }
  return {
    reason: options.counter
      ? `the counter query ${JSON.stringify(query)} is not a bare selector, so whorunsit cannot take its rate; write it with {{.window}}, e.g. sum(rate(metric{…}[{{.window}}]))`
      : `the query ${JSON.stringify(query)} has no {{.window}} placeholder and is not marked counter: true, so its window is unknown`,
  };
}
