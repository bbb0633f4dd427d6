import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { type Inline, joined, literal, mono, strong } from '../blocks.ts';
import { money } from '../doc-figures.ts';
import { blockSection } from '../plan-section.ts';

type SreTeamPlacement = PlanDocument['placements'][number];

/** §12.4.4–§12.4.8: what the placement of each SRE team implies, and its facts here. */
export const placementsSection = blockSection('placements', (analysis) => {
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
  ): Inline => (p.chapter ? p.chapter[field] : '–');
  const rows: [Inline, (p: SreTeamPlacement) => Inline][] = [
    ['Placement', (p) => [chapter(p, 'placement'), ' (', mono(p.organization), ')']],
    ['Reporting line', (p) => chapter(p, 'reportingLine')],
    [
      strong('Here: reporting line'),
      (p) => (p.reportingLine.length === 0 ? '–' : joined(p.reportingLine, literal(' -> '))),
    ],
    ['Incentives', (p) => chapter(p, 'incentives')],
    ['Head count', (p) => chapter(p, 'headCount')],
    [
      strong('Here: head count'),
      (p) => [
        `${p.teamHeadCount} in the team; ${p.organizationHeadCount} in `,
        mono(p.organization),
        p.headcountLimit === null ? ' (no limit)' : ` of a limit of ${p.headcountLimit}`,
      ],
    ],
    ['Budget', (p) => chapter(p, 'budget')],
    [
      strong('Here: budget'),
      (p) => (p.budgetPerYear ? `${money(p.budgetPerYear)} a year` : 'not stated'),
    ],
    ['Cost accounting', (p) => chapter(p, 'costAccounting')],
    [
      strong('Here: cost accounting'),
      (p) => {
        const center = p.costCenter ? `cost center ${p.costCenter}` : 'no cost center';
        const charges = p.charges.map(
          (c): Inline => [
            'charges ',
            mono(c.consumer),
            ' at transfer price ',
            mono(c.transferPrice),
            ` for ${c.hoursPerMonth} h/month`,
          ],
        );
        return joined([center, ...charges], '; ');
      },
    ],
    [
      'KPIs',
      (p) =>
        p.chapter ? `${p.chapter.kpis}, rooted in ${p.chapter.kpiRoot.replaceAll('-', ' ')}` : '–',
    ],
    ['Example KPIs', (p) => (p.chapter ? joined(p.chapter.exampleKpis, '; ') : '–')],
    [
      'Identity and pride',
      (p) => (p.chapter ? `${p.chapter.identityAndPride}: ${p.chapter.pride}` : '–'),
    ],
    ['Scalability', (p) => chapter(p, 'scalability')],
  ];
  return {
    title: 'Where the SRE teams sit (§12.4.4–§12.4.8)',
    why: 'The organization an SRE team sits in sets its reporting line, incentives, head count, budget, cost accounting, KPIs and even its pride; only scalability stays the same. The bold rows are this organization today.',
    blocks: [
      {
        headers: ['Criterion', ...placements.map((p) => mono(p.team))],
        rows: rows.map(([label, cell]) => [label, ...placements.map(cell)]),
      },
    ],
  };
});
