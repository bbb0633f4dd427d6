/**
 * Synthetic per-minute SLI data for the budget benchmark, defined by integer formulas so that
 * JavaScript and DuckDB's SQL generate exactly the same samples: the comparison is on the same
 * data without moving 100 million rows between them.
 */
import { type SliSeries, sliSeries } from '../src/engine/budgets/index.ts';
import { epochSeconds, epochSecondsArray } from '../src/model/index.ts';

export const DAYS = 30;
export const MINUTES = DAYS * 1440;
/** 2025-04-16T00:00:00Z: 30 days span two calendar months, so each service has two periods. */
export const START = Date.UTC(2025, 3, 16) / 1000;
export const AS_OF = epochSeconds(START + MINUTES * 60);

/** Events in minute `m` of service `s`: 1000 to 1499. */
export function totalOf(s: number, m: number): number {
  return 1000 + ((s * 7919 + m * 104_729) % 500);
}

/**
 * Bad events: 50 now and then, plus one burst a month: 60 minutes at 5% errors, or for every
 * tenth service 6 hours at 20% (which depletes its budget and fires every alert).
 */
export function badOf(s: number, m: number, total: number): number {
  const heavy = s % 10 === 0;
  const from = (s % 30) * 1440 + 600;
  const burst = m >= from && m < from + (heavy ? 360 : 60);
  return (
    ((s * 31 + m * 17) % 1000 === 0 ? 50 : 0) + (burst ? Math.floor(total / (heavy ? 5 : 20)) : 0)
  );
}

/**
 * The same data as a DuckDB table `samples(service, ts, month, good, total)`; `month` is the
 * calendar month of `ts`, stored for DuckDB's best case (a bare GROUP BY).
 */
export function duckdbCreateTable(services: number): string {
  return `CREATE TABLE samples AS
SELECT service, ts, date_trunc('month', ts)::DATE AS month, good, total FROM (
SELECT s::INTEGER AS service, make_timestamp((${START} + m * 60) * 1000000) AS ts,
       (total - bad)::INTEGER AS good, total::INTEGER AS total
FROM (
  SELECT s, m, total,
    (CASE WHEN (s * 31 + m * 17) % 1000 = 0 THEN 50 ELSE 0 END)
    + (CASE WHEN s % 10 = 0 AND m >= (s % 30) * 1440 + 600 AND m < (s % 30) * 1440 + 960 THEN total // 5
            WHEN s % 10 <> 0 AND m >= (s % 30) * 1440 + 600 AND m < (s % 30) * 1440 + 660 THEN total // 20
            ELSE 0 END) AS bad
  FROM (SELECT r1.range AS s, r2.range AS m, 1000 + (r1.range * 7919 + r2.range * 104729) % 500 AS total
        FROM range(${services}) r1, range(${MINUTES}) r2)
))`;
}

export function serviceName(s: number): string {
  return `svc-${String(s).padStart(5, '0')}`;
}

/** The series of `services` services, as the CLI's reader would build them. */
export function generateSeries(services: number): Map<string, SliSeries> {
  const out = new Map<string, SliSeries>();
  for (let s = 0; s < services; s++) {
    const seconds = epochSecondsArray(MINUTES);
    const good = new Float64Array(MINUTES);
    const total = new Float64Array(MINUTES);
    for (let m = 0; m < MINUTES; m++) {
      const t = totalOf(s, m);
      seconds[m] = epochSeconds(START + m * 60);
      total[m] = t;
      good[m] = t - badOf(s, m, t);
    }
    // Made as a collector makes them, which notes that the samples come a minute apart.
    out.set(
      serviceName(s),
      sliSeries({ service: serviceName(s), length: MINUTES, seconds, good, total }),
    );
  }
  return out;
}

/** A model with the services, each at 99.9% under a calendar-month policy. */
export function modelYaml(services: number): string {
  const docs = [
    'apiVersion: whorunsit/v1\nkind: Organization\nmetadata: { name: pd }\nspec: { type: product-delivery }',
    'apiVersion: whorunsit/v1\nkind: Organization\nmetadata: { name: dev }\nspec: { type: development, parent: pd }',
    'apiVersion: whorunsit/v1\nkind: Team\nmetadata: { name: shop }\nspec: { type: development, organization: dev }',
    'apiVersion: whorunsit/v1\nkind: ErrorBudgetPolicy\nmetadata: { name: monthly }\nspec: { window: calendar-month }',
  ];
  for (let s = 0; s < services; s++) {
    docs.push(
      `apiVersion: whorunsit/v1\nkind: Service\nmetadata: { name: ${serviceName(s)} }\nspec: { owner: shop, runModel: you-run-it, availabilityTarget: 99.9, errorBudgetPolicy: monthly }`,
    );
  }
  return docs.join('\n---\n');
}
