import type { AlertRule } from '../../engine/alerts/alert-rules.ts';
import type { AlertReport } from '../../engine/alerts/service-alerts.ts';
import { isoOf } from '../../engine/budgets/epoch.ts';
import { code, list, table, text } from '../plan/markdown.ts';
import { when, windowText } from './figures.ts';

const ruleJson = (r: AlertRule) => ({
  name: r.name,
  severity: r.severity,
  burnRate: r.burnRate,
  longWindow: windowText(r.longWindow),
  shortWindow: r.shortWindow === null ? null : windowText(r.shortWindow),
});

/** `whorunsit alerts --json`. */
export function alertsJson(report: AlertReport) {
  return {
    asOf: isoOf(report.asOf),
    defaultRules: report.defaultRules.map(ruleJson),
    services: report.services.map((s) => ({
      name: s.name,
      target: s.target,
      rules: s.rules,
      alerts: s.firings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        burnRate: f.burnRate,
        firedAt: isoOf(f.firedAt),
        resolvedAt: f.resolvedAt === null ? null : isoOf(f.resolvedAt),
        peakBurnRate: f.peakBurnRate,
      })),
      notes: s.notes,
    })),
    unknownServices: report.unknownServices,
  };
}

function duration(from: number, to: number | null): string {
  if (to === null) return 'still firing';
  const minutes = Math.round((to - from) / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 6) / 10} h`;
}

/** `whorunsit alerts`: when each burn-rate alert would have fired and resolved. */
export function alertsMarkdown(report: AlertReport): string {
  const out: string[] = [`# Burn-rate alerts as of ${when(report.asOf)}`];
  out.push(
    `_An alert fires while both its long and short window burn the error budget faster than its burn rate (SRE Workbook, ch. 5). Default rules: ${report.defaultRules
      .map(
        (r) =>
          `${r.severity} ${r.burnRate}× over ${windowText(r.longWindow)}${r.shortWindow === null ? '' : `/${windowText(r.shortWindow)}`}`,
      )
      .join(', ')}._`,
  );
  const rows = report.services.flatMap((s) =>
    s.firings.map((f) => [
      code(s.name),
      text(f.rule),
      f.severity === 'page' ? '**page**' : 'ticket',
      `${f.burnRate}×`,
      when(f.firedAt),
      when(f.resolvedAt),
      duration(f.firedAt, f.resolvedAt),
      `${f.peakBurnRate}×`,
    ]),
  );
  out.push(
    rows.length === 0
      ? '_No alert would have fired._'
      : table(
          ['service', 'rule', 'severity', 'burn rate', 'fired', 'resolved', 'for', 'peak'],
          rows,
        ),
  );
  const notes = report.services.flatMap((s) => s.notes.map((n) => `${code(s.name)}: ${text(n)}`));
  const custom = report.services
    .filter((s) => s.rules !== 'workbook')
    .map((s) => `${code(s.name)}: rules of ${text(s.rules)}`);
  if (custom.length > 0) out.push(`## Rules from policies\n\n${list(custom)}`);
  if (notes.length > 0) out.push(`## Notes\n\n${list(notes)}`);
  if (report.unknownServices.length > 0) {
    out.push(
      `## Samples of services not in the model\n\n${list(report.unknownServices.map(code))}`,
    );
  }
  return `${out.join('\n\n')}\n`;
}
