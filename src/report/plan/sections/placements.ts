import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { money } from '../doc-figures.ts';

type SreTeamPlacement = PlanDocument['placements'][number];

import { code, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.4.4–§12.4.8: what the placement of each SRE team implies, and its facts here. */
export const placementsSection: PlanSection = {
  id: 'placements',
  render: (analysis) => {
    const placements = analysis.placements;
    if (placements.length === 0) return undefined;
    const chapter = (
      p: SreTeamPlacement,
      field:
        | 'reportingLine'
        | 'incentives'
        | 'headCount'
        | 'budget'
        | 'costAccounting'
        | 'kpis'
        | 'identityAndPride'
        | 'placement'
        | 'scalability',
    ) => (p.chapter ? text(p.chapter[field]) : '–');
    const rows: [string, (p: SreTeamPlacement) => string][] = [
      ['Placement', (p) => `${chapter(p, 'placement')} (${code(p.organization)})`],
      ['Reporting line', (p) => chapter(p, 'reportingLine')],
      [
        '**Here: reporting line**',
        (p) => (p.reportingLine.length === 0 ? '–' : p.reportingLine.map(text).join(' -> ')),
      ],
      ['Incentives', (p) => chapter(p, 'incentives')],
      ['Head count', (p) => chapter(p, 'headCount')],
      [
        '**Here: head count**',
        (p) =>
          `${p.teamHeadCount} in the team; ${p.organizationHeadCount} in ${code(p.organization)}${
            p.headcountLimit === null ? ' (no limit)' : ` of a limit of ${p.headcountLimit}`
          }`,
      ],
      ['Budget', (p) => chapter(p, 'budget')],
      [
        '**Here: budget**',
        (p) => (p.budgetPerYear ? `${text(money(p.budgetPerYear))} a year` : 'not stated'),
      ],
      ['Cost accounting', (p) => chapter(p, 'costAccounting')],
      [
        '**Here: cost accounting**',
        (p) => {
          const center = p.costCenter ? `cost center ${text(p.costCenter)}` : 'no cost center';
          const charges = p.charges.map(
            (c) =>
              `charges ${code(c.consumer)} at transfer price ${code(c.transferPrice)} for ${c.hoursPerMonth} h/month`,
          );
          return [center, ...charges].join('; ');
        },
      ],
      [
        'KPIs',
        (p) =>
          p.chapter
            ? `${text(p.chapter.kpis)}, rooted in ${text(p.chapter.kpiRoot.replaceAll('-', ' '))}`
            : '–',
      ],
      ['Example KPIs', (p) => (p.chapter ? p.chapter.exampleKpis.map(text).join('; ') : '–')],
      [
        'Identity and pride',
        (p) => (p.chapter ? `${text(p.chapter.identityAndPride)}: ${text(p.chapter.pride)}` : '–'),
      ],
      ['Scalability', (p) => chapter(p, 'scalability')],
    ];
    return section(
      'Where the SRE teams sit (§12.4.4–§12.4.8)',
      'The organization an SRE team sits in sets its reporting line, incentives, head count, budget, cost accounting, KPIs and even its pride; only scalability stays the same. The bold rows are this organization today.',
      table(
        ['Criterion', ...placements.map((p) => code(p.team))],
        rows.map(([label, cell]) => [label, ...placements.map(cell)]),
      ),
    );
  },
};
