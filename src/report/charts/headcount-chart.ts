import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { CHART_CONFIG, type PlanChart } from './plan-chart.ts';

const LEVELS = ['junior', 'senior', 'principal'] as const;

/** SREs today against those needed, by level and location (§12.10.2). */
export function headcountChart(doc: PlanDocument): PlanChart | undefined {
  const roles = doc.staffing.headcount.roles;
  const rows = LEVELS.flatMap((level) =>
    roles[level].byLocation.map((l) => ({ where: `${level} · ${l.location}`, ...l })),
  );
  if (rows.length === 0) return undefined;
  const values = rows.flatMap((r) => [
    { where: r.where, measure: 'today', people: r.current },
    { where: r.where, measure: 'needed', people: r.needed },
  ]);
  const title = 'SREs today and needed, by level and location';
  return {
    id: 'headcount',
    title,
    description: `${LEVELS.map(
      (level) =>
        `${level} SREs: ${roles[level].current} today, ${roles[level].needed} needed (${roles[
          level
        ].byLocation
          .map((l) => `${l.location} ${l.current} today, ${l.needed} needed`)
          .join('; ')}).`,
    ).join(' ')}`,
    section: 'sre-headcount',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 420,
      height: { step: 26 },
      config: CHART_CONFIG,
      data: { values },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'where', type: 'nominal', title: null, sort: rows.map((r) => r.where) },
        yOffset: { field: 'measure', sort: ['today', 'needed'] },
        x: { field: 'people', type: 'quantitative', title: 'SREs', axis: { tickMinStep: 1 } },
        color: {
          field: 'measure',
          type: 'nominal',
          title: null,
          scale: { domain: ['today', 'needed'], range: ['#4e79a7', '#bab0ac'] },
        },
      },
    },
  };
}
