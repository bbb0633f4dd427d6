import { isoOf } from '../../engine/budgets/epoch.ts';
import type { KpiReport } from '../../engine/kpis/kpis.ts';
import type { KpiPeriod } from '../../engine/kpis/period-kpis.ts';
import { code, list, table, text } from '../plan/markdown.ts';
import { count, orDash, percent, when } from './figures.ts';

const periodJson = (p: KpiPeriod) => ({ ...p, start: isoOf(p.start), end: isoOf(p.end) });

/** `whorunsit kpis --json` (contract: periods[].period/incidents/mttrMinutes/…). */
export function kpisJson(report: KpiReport) {
  return {
    asOf: isoOf(report.asOf),
    periodKind: report.periodKind,
    periods: report.periods.map(periodJson),
    groups: report.groups.map((g) => ({ ...g, periods: g.periods.map(periodJson) })),
    unknownServices: report.unknownServices,
  };
}

const ROOT_TITLE = {
  'reliability-user-experience':
    'SRE teams in a dedicated SRE organization: rooted in reliability user experience',
  incidents: 'SRE teams in the operations organization: rooted in incidents',
  'products-under-development':
    'SRE teams in the development organization: rooted in products under development',
  none: 'Services without an SRE team',
} as const;

function periodsTable(periods: readonly KpiPeriod[]): string {
  return table(
    [
      'period',
      'incidents',
      'MTTR (min)',
      'downtime (min)',
      'MTBF (service-h)',
      'customer-visible',
      'within budget',
      '< 30% of monthly budget',
    ],
    periods.map((p) => [
      text(p.period),
      `${p.incidents}${p.openIncidents > 0 ? ` (${p.openIncidents} open)` : ''}`,
      orDash(p.mttrMinutes),
      count(p.downtimeMinutes),
      orDash(p.mtbfHours),
      percent(p.customerVisibleShare),
      p.withinBudgetShare === null
        ? '–'
        : `${percent(p.withinBudgetShare)} of ${p.servicesWithData}`,
      p.incidentsUnder30PercentBudgetShare === null
        ? '–'
        : `${percent(p.incidentsUnder30PercentBudgetShare)} of ${p.incidentsWithKnownShare}`,
    ]),
  );
}

/**
 * What the MTBF figure counts (§12.4.8): hours of service operation, not clock hours, per
 * incident; a month of 720 hours with several services gives more than 720. Said once under the
 * first table, so the figure is not read as the hours between two failures of one service.
 */
const MTBF_BASIS =
  '_MTBF counts service-hours: the hours each service ran in the period (services × hours, less their downtime), added up over the services and divided by the incidents._';

const notesOf = (periods: readonly KpiPeriod[]) => periods.flatMap((p) => p.notes.map(text));

/** `whorunsit kpis`: the §12.4.8 KPIs per period, overall and per KPI root. */
export function kpisMarkdown(report: KpiReport): string {
  const out: string[] = [`# SRE KPIs by ${report.periodKind}, as of ${when(report.asOf)}`];
  if (report.periods.length === 0) {
    out.push('_No incidents or samples before this time._');
    return `${out.join('\n\n')}\n`;
  }
  out.push('## All services', periodsTable(report.periods), MTBF_BASIS);
  const notes = notesOf(report.periods);
  if (notes.length > 0) out.push(list(notes));
  for (const group of report.groups) {
    out.push(
      `## ${ROOT_TITLE[group.root]}`,
      `${group.sreTeams.length > 0 ? `SRE teams ${group.sreTeams.map(code).join(', ')} · ` : ''}services ${group.services.map(code).join(', ')}`,
    );
    if (group.examples.length > 0) {
      out.push(`Example KPIs (§12.4.8): ${group.examples.map(text).join('; ')}`);
    }
    out.push(periodsTable(group.periods));
    const groupNotes = notesOf(group.periods);
    if (groupNotes.length > 0) out.push(list(groupNotes));
  }
  if (report.unknownServices.length > 0) {
    out.push(
      `## Incidents of services not in the model\n\nCounted under all services only: ${report.unknownServices.map(code).join(', ')}`,
    );
  }
  return `${out.join('\n\n')}\n`;
}
