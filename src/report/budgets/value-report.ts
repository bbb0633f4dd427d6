import { isoOf } from '../../engine/budgets/epoch.ts';
import { downtimeMinutesOf } from '../../engine/kpis/downtime.ts';
import { displayMoney, type Money, moneyJson } from '../../engine/money/index.ts';
import { lossBasis } from '../../engine/value/loss-basis.ts';
import { baselineBasisSentence } from '../../engine/value/value-baseline.ts';
import type { ValueReport } from '../../engine/value/value-report.ts';
import { code, list, table, text } from '../plan/markdown.ts';
import { count, when } from './figures.ts';

const json = (m: Money | null) => (m === null ? null : moneyJson(m));

/** `whorunsit value --json`: amounts as `{"amount": "1234.50", "currency": "EUR"}`. */
export function valueJson(report: ValueReport) {
  return {
    asOf: isoOf(report.asOf),
    baseline: report.baseline,
    baselineBasis:
      report.baselineBasis === null
        ? null
        : {
            ...report.baselineBasis,
            text: baselineBasisSentence(report.baselineBasis, report.withSli),
          },
    months: report.months,
    currencies: report.currencies.map((c) => ({
      currency: c.currency,
      months: c.months.map((m) => ({
        month: m.month,
        downtimeMinutes: m.downtimeMinutes,
        lost: json(m.lost),
        baseline: json(m.baseline),
        protected: json(m.protected),
        lostYearToDate: json(m.lostYearToDate),
        protectedYearToDate: json(m.protectedYearToDate),
      })),
      years: c.years.map((y) => ({
        year: y.year,
        lost: json(y.lost),
        protected: json(y.protected),
      })),
    })),
    incidents: report.losses.map((l) => ({
      incident: l.incident,
      service: l.service,
      month: l.month,
      downtimeMinutes: downtimeMinutesOf(l.downtimeSeconds),
      basis: l.basis,
      failingShare: l.failingShare,
      lost: moneyJson(l.lost),
    })),
    lossBasis: lossBasis(report.losses, report.withSli),
    unpriced: report.unpriced,
  };
}

const money = (m: Money | null) => (m === null ? '–' : displayMoney(m));

/** `whorunsit value`: revenue lost and protected per month and year (§12.8.5). */
export function valueMarkdown(report: ValueReport): string {
  const out: string[] = [`# The value of SRE in money, as of ${when(report.asOf)}`];
  const b = report.baseline;
  out.push(
    b === null
      ? '_Revenue lost during recovery from customer-visible incidents. Give a baseline (--baseline-downtime or --baseline-months) to see the revenue protected._'
      : b.kind === 'downtime'
        ? `_Revenue protected: a baseline of ${count(b.minutesPerMonth)} minutes of customer-visible downtime per priced service and month, ${baselineBasisSentence(report.baselineBasis ?? { measured: [], fullyDown: [] }, report.withSli)}, less the revenue lost._`
        : `_Revenue protected: the average monthly loss of ${text(b.from)} to ${text(b.to)}, less the revenue lost._`,
  );
  out.push(`_${lossBasis(report.losses, report.withSli)}_`);
  for (const c of report.currencies) {
    out.push(
      `## ${c.currency}`,
      table(
        ['month', 'downtime (min)', 'lost', 'protected', 'lost this year', 'protected this year'],
        c.months.map((m) => [
          text(m.month),
          count(m.downtimeMinutes),
          money(m.lost),
          money(m.protected),
          money(m.lostYearToDate),
          money(m.protectedYearToDate),
        ]),
      ),
      table(
        ['year', 'lost', 'protected'],
        c.years.map((y) => [text(y.year), money(y.lost), money(y.protected)]),
      ),
    );
  }
  if (report.losses.length > 0) {
    out.push(
      '## Incidents priced',
      table(
        ['incident', 'service', 'month', 'downtime (min)', 'basis', 'failing', 'lost'],
        report.losses.map((l) => [
          code(l.incident),
          code(l.service),
          text(l.month),
          count(downtimeMinutesOf(l.downtimeSeconds)),
          text(l.basis === 'sli' ? 'SLI samples' : 'duration'),
          text(`${Number((l.failingShare * 100).toFixed(2))} %`),
          money(l.lost),
        ]),
      ),
    );
  }
  const internal = report.months.reduce((n, m) => n + m.internalIncidents, 0);
  const visible = report.months.reduce((n, m) => n + m.customerVisibleIncidents, 0);
  out.push(
    `${internal} of ${internal + visible} incidents were detected and fixed before customers noticed (§12.8.5).`,
  );
  if (report.unpriced.length > 0) {
    out.push(
      `## Customer-visible incidents without a price\n\n${list(report.unpriced.map((u) => `${code(u.incident)} (${code(u.service)}): ${text(u.reason)}`))}`,
    );
  }
  return `${out.join('\n\n')}\n`;
}
