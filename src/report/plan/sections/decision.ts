import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { joined, mono, strong } from '../blocks.ts';
import { money, signedExactMoney } from '../doc-figures.ts';
import { list, section, table, text } from '../markdown.ts';
import { blockSection, type PlanSection } from '../plan-section.ts';

/** §12.4.4–§12.4.8, §12.7: the three homes of SRE side by side, the recommended one marked. */
export const placementOptionsSection: PlanSection = {
  id: 'placement-options',
  render: ({ placementOptions: p }) => {
    const head = p.options.map(
      (o) =>
        `${text(o.label)}${o.recommended ? ' **(recommended)**' : ''}${o.current ? ' _(today)_' : ''}`,
    );
    const row = (label: string, cell: (o: (typeof p.options)[number]) => string) => [
      label,
      ...p.options.map(cell),
    ];
    return section(
      'Where SRE sits: the options (§12.4.4–§12.4.8, §12.7)',
      'Where SRE sits is decided once for the whole organization and is hard to correct (§12.8.2): it sets the reporting line, who holds head count and budget, the KPIs, the chargeback and whether a new director is needed.',
      table(
        ['', ...head],
        [
          row('Reporting line', (o) => text(o.reportingLine)),
          row('Head count and budget', (o) => text(o.headCountAndBudget)),
          row('Head count there after hiring', (o) =>
            o.headcount.organizationAfter === null
              ? `${o.headcount.sres} SRE team people${o.organization === null ? ' (no such organization yet)' : ''}`
              : `${o.headcount.organizationAfter}${o.headcount.limit === null ? '' : ` of ${o.headcount.limit}`}${o.headcount.fits === false ? ' **over the limit**' : ''}`,
          ),
          row(
            'KPIs rooted in',
            (o) => `${text(o.kpiRoot.replaceAll('-', ' '))}: ${text(o.exampleKpis[0] ?? '')}`,
          ),
          row('Chargeback', (o) => text(o.chargeback)),
          // A home that needs a director whose head is already named costs nothing extra: say
          // so, or "yes" beside an extra cost of 0 reads as a contradiction.
          row('New director or VP', (o) =>
            !o.newDirector
              ? 'no'
              : Number(o.extraCostPerYear.amount) > 0
                ? 'yes, to hire'
                : 'yes, in place',
          ),
          row('Extra cost per year', (o) => money(o.extraCostPerYear)),
          row('Identity and pride', (o) => text(o.identity)),
          row('SRE identity triangle (§12.7.2)', (o) => text(o.identityTriangle.focus)),
          row('Risks', (o) => (o.risks.length === 0 ? '–' : o.risks.map(text).join(' '))),
          row('For and against', (o) => o.reasons.map(text).join(' ')),
        ],
      ),
      `**Recommended: ${text(p.options.find((o) => o.recommended)?.label ?? p.recommended)}.** ${text(p.why)}`,
      '_SRE identity triangle (§12.7.2): wherever SRE sits, the SREs’ identity should encompass the product, incidents and the reliability user experience; the home only decides which of the three scores highest. Set goals and KPIs so the other two are not lost._',
    );
  },
};

/** The total cost of the operating model per year, today and in the target. */
export const operatingCostSection: PlanSection = {
  id: 'operating-cost',
  render: ({ cost }) => {
    const ids = [...new Set([...cost.today.lines, ...cost.target.lines].map((l) => l.id))];
    const rows = ids.map((id) => {
      const t = cost.today.lines.find((l) => l.id === id);
      const g = cost.target.lines.find((l) => l.id === id);
      const label =
        id === 'oncall-compensation'
          ? 'On-call compensation (today’s rotations → optimized design)'
          : ((g ?? t)?.label ?? id);
      const people = `${t?.people ?? 0} → ${g?.people ?? 0}`;
      return [
        text(label),
        id === 'oncall-compensation' ? '–' : people,
        money(t?.perYear),
        money(g?.perYear),
        text((g ?? t)?.basis ?? ''),
      ];
    });
    return section(
      'Cost of the operating model per year',
      `What running the services costs a year beyond building them: the salaries of SREs, the SRE infrastructure team and operations, the new hires, and on-call compensation, in ${cost.currency}.`,
      table(
        ['Line', 'People today → target', 'Today', 'Target', 'Basis'],
        [
          ...rows,
          [
            '**Total**',
            `**${cost.today.people} → ${cost.target.people}**`,
            `**${money(cost.today.total)}**`,
            `**${money(cost.target.total)}**`,
            `change ${signedExactMoney(cost.change)}`,
          ],
        ],
      ),
      list(cost.notes.map(text)),
    );
  },
};

/** §12.8.5: revenue protected set against the cost of SRE. */
export const businessCaseSection = blockSection('business-case', ({ businessCase: b }) => ({
  title: 'Business case (§12.8.5, §12.4.6)',
  why: 'SRE is revenue insurance: its cost is the premium, the revenue of the services it protects is what is insured. Conveyed to executives in money.',
  blocks: [
    { paragraph: strong(b.verdict) },
    b.services.length === 0
      ? ''
      : {
          headers: [
            'Service',
            'Tier',
            'Revenue per hour',
            'Error budget per year',
            'Revenue lost within the budget',
          ],
          rows: b.services.map((s) => [
            mono(s.service),
            s.tier ?? '–',
            money(s.revenuePerHour),
            s.errorBudgetHoursPerYear === null ? '–' : `${s.errorBudgetHoursPerYear} h`,
            money(s.revenueAtRiskWithinBudget),
          ]),
        },
    b.sreInTarget
      ? `Cost of SRE in the target: ${money(b.sreCostPerYear)} a year (SRE and SRE infrastructure salaries, new hires, on-call compensation).`
      : `No SRE in the target: the cost set against the revenue is on-call compensation alone, ${money(b.sreCostPerYear)} a year.`,
    revenueProtected(b.revenueProtected),
    b.withoutRevenue.length > 0
      ? {
          paragraph: [
            'Protected services without a revenue per hour (not counted): ',
            joined(b.withoutRevenue.map(mono), ', '),
            '.',
          ],
        }
      : '',
    b.otherCurrency.length > 0
      ? {
          paragraph: [
            'In another currency (not counted): ',
            joined(b.otherCurrency.map(mono), ', '),
            '.',
          ],
        }
      : '',
  ],
}));

/** §12.8.5: the revenue SRE protected, measured from incidents, against its cost. */
function revenueProtected(r: PlanDocument['businessCase']['revenueProtected']): string {
  if (r === null)
    return 'Revenue protected, measured from incidents: give the plan `--incidents` and a baseline (`--baseline-downtime` or `--baseline-months`), as for `whorunsit value`.';
  return [
    '**Revenue protected, measured from incidents.**',
    table(
      [
        'Months',
        'Revenue lost',
        'Revenue protected',
        'Per year at that rate',
        'Share of the cost of SRE',
      ],
      [
        [
          `${r.from}..${r.to} (${r.months})`,
          money(r.lost),
          money(r.protected),
          `**${money(r.perYear)}**`,
          r.shareOfSreCost === null ? '–' : `${r.shareOfSreCost}%`,
        ],
      ],
    ),
    text(r.verdict),
    `_Basis: ${text(r.basis)}_`,
  ].join('\n\n');
}

/** The risk register: every risk with likelihood, impact, owner, mitigation and section. */
export const risksSection = blockSection('risks', ({ risks }) => ({
  title: 'Risk register',
  why: 'What could go wrong with the model and the plan, most serious first: from the findings and from the plan’s own figures, each with who owns the mitigation.',
  blocks: [
    risks.length === 0
      ? 'No risk found.'
      : {
          headers: ['#', 'Risk', 'About', 'Likelihood', 'Impact', 'Owner', 'Mitigation', '§'],
          rows: risks.map((r) => [
            r.id,
            r.title,
            r.about,
            r.likelihood === 'high' ? strong('high') : r.likelihood,
            r.impact === 'high' ? strong('high') : r.impact,
            r.owner ? r.owner : strong('not named'),
            r.mitigation,
            r.section,
          ]),
        },
  ],
}));

/** The models and terms of the chapter (appendix). */
export const glossarySection: PlanSection = {
  id: 'glossary',
  render: ({ glossary }) =>
    section(
      'Glossary',
      'The models and terms of the chapter, as this document uses them.',
      table(
        ['Term', 'Meaning', '§'],
        glossary.map((g) => [text(g.term), text(g.meaning), text(g.section)]),
      ),
    ),
};

/** Every question the model leaves open (appendix). */
export const openQuestionsSection: PlanSection = {
  id: 'open-questions',
  render: ({ summary }) =>
    summary.openQuestions.length === 0
      ? undefined
      : section(
          'Open questions',
          'The questions that drive the SRE organizational structure (the chapter’s opening table) that the model does not answer: decide and record them.',
          table(
            ['Category', 'Question', 'Why open'],
            summary.openQuestions.map((q) => [text(q.category), text(q.question), text(q.why)]),
          ),
        ),
};

/** Where the appendix starts. */
export const appendixSection: PlanSection = {
  id: 'header',
  render: () =>
    '# Appendix\n\n_The detail behind the figures: the chapter’s tables filled in for this organization._',
};
