import { isoOf } from '../../engine/budgets/epoch.ts';
import type { PeriodBudget } from '../../engine/budgets/period-budgets.ts';
import type { BudgetReport } from '../../engine/budgets/service-budgets.ts';
import { code, list, table, text } from '../plan/markdown.ts';
import { count, percent, when } from './figures.ts';

/** One budget period in JSON: times as ISO 8601, shares as fractions (1 = the whole budget). */
export function periodBudgetJson(b: PeriodBudget) {
  return {
    period: b.period.label,
    start: isoOf(b.period.start),
    end: isoOf(b.period.end),
    complete: b.period.complete,
    samples: b.samples,
    total: b.total,
    bad: b.bad,
    allowed: b.allowed,
    remaining: b.remaining,
    consumedShare: b.consumedShare,
    status: b.status,
    exhaustedAt: b.exhaustedAt === null ? null : isoOf(b.exhaustedAt),
  };
}

/** `whorunsit budgets --json`. */
export function budgetsJson(report: BudgetReport) {
  return {
    asOf: isoOf(report.asOf),
    services: report.services.map((s) => ({
      name: s.name,
      target: s.target,
      policy: s.policy,
      window: s.window,
      current: s.current && periodBudgetJson(s.current),
      periods: s.periods.map(periodBudgetJson),
      notes: s.notes,
    })),
    unknownServices: report.unknownServices,
    samplesAfterAsOf: report.samplesAfterAsOf,
  };
}

const STATUS: Readonly<Record<PeriodBudget['status'], string>> = {
  within: 'within',
  depleted: '**depleted**',
  'no-data': 'no data',
};

function row(label: string, b: PeriodBudget): string[] {
  return [
    text(label),
    count(b.total),
    count(b.allowed),
    count(b.bad),
    count(b.remaining),
    percent(b.consumedShare),
    STATUS[b.status] + (b.period.complete ? '' : ' (so far)'),
    when(b.exhaustedAt),
  ];
}

/** `whorunsit budgets`: per service the current window and every period (§12.5). */
export function budgetsMarkdown(report: BudgetReport): string {
  const out: string[] = [`# Error budgets as of ${when(report.asOf)}`];
  out.push(
    '_Allowed bad events are (1 − target) × all events of the period; exactly the allowance is within budget._',
  );
  const quiet: string[] = [];
  for (const s of report.services) {
    const head = `## ${code(s.name)}`;
    const about =
      s.target === null
        ? ''
        : `Target ${s.target}% · window ${code(s.window)}${s.policy ? ` · policy ${code(s.policy)}` : ''}`;
    const notes = s.notes.length > 0 ? list(s.notes.map(text)) : '';
    if (s.target === null || s.periods.every((b) => b.status === 'no-data')) {
      quiet.push(`${code(s.name)}: ${s.notes.map(text).join('; ')}`);
      continue;
    }
    const rows = s.periods.map((b) => row(b.period.label, b));
    if (s.current && s.current.period.label !== s.periods.at(-1)?.period.label) {
      rows.push(row(`${s.current.period.label} (rolling)`, s.current));
    }
    out.push(
      [
        head,
        about,
        table(
          [
            'period',
            'events',
            'allowed bad',
            'bad',
            'remaining',
            'consumed',
            'status',
            'exhausted at',
          ],
          rows,
        ),
        notes,
      ]
        .filter((x) => x !== '')
        .join('\n\n'),
    );
  }
  if (quiet.length > 0) out.push(`## Without a budget to show\n\n${list(quiet)}`);
  if (report.unknownServices.length > 0) {
    out.push(
      `## Samples of services not in the model\n\n${list(report.unknownServices.map((u) => `${code(u.name)}: ${count(u.samples)} samples`))}`,
    );
  }
  if (report.samplesAfterAsOf > 0) {
    out.push(
      `_${count(report.samplesAfterAsOf)} samples at or after ${when(report.asOf)} are not counted._`,
    );
  }
  return `${out.join('\n\n')}\n`;
}
