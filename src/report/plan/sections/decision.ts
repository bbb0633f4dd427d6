import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { type Block, em, type Inline, joined, literal, mono, para, strong } from '../blocks.ts';
import { money, signedExactMoney } from '../doc-figures.ts';
import { section, table, text } from '../markdown.ts';
import { blockSection, type PlanSection } from '../plan-section.ts';

type Director = PlanDocument['placementOptions']['options'][number]['director'];

const DIRECTOR_WORDS: Readonly<Record<Director, string>> = {
  'not-needed': 'no',
  'in-place': 'yes, in place',
  'head-above':
    'needed, none of its own: its head heads the organization above it (see the decisions)',
  'head-unnamed': 'yes, its head not named yet',
  'to-hire': 'yes, to hire',
};

/** §12.4.4–§12.4.8, §12.7: the three homes of SRE side by side, the recommended one marked. */
export const placementOptionsSection = blockSection(
  'placement-options',
  ({ placementOptions: p }) => {
    const head = p.options.map(
      (o): Inline => [
        o.label,
        o.recommended ? [' ', strong('(recommended)')] : '',
        o.current ? [' ', em('(today)')] : '',
      ],
    );
    const row = (label: string, cell: (o: (typeof p.options)[number]) => Inline) => [
      label,
      ...p.options.map(cell),
    ];
    return {
      title: 'Where SRE sits: the options (§12.4.4–§12.4.8, §12.7)',
      why: 'Where SRE sits is decided once for the whole organization and is hard to correct (§12.8.2): it sets the reporting line, who holds head count and budget, the KPIs, the chargeback and whether a new director is needed.',
      blocks: [
        {
          headers: ['', ...head],
          rows: [
            row('Reporting line', (o) => o.reportingLine),
            row('Head count and budget', (o) => o.headCountAndBudget),
            row('Head count there after hiring', (o) =>
              o.headcount.organizationAfter === null
                ? `${o.headcount.sres} SRE team people${o.organization === null ? ' (no such organization yet)' : ''}`
                : [
                    `${o.headcount.organizationAfter}${o.headcount.limit === null ? '' : ` of ${o.headcount.limit}`}`,
                    o.headcount.fits === false ? [' ', strong('over the limit')] : '',
                  ],
            ),
            row('KPIs rooted in', (o) => [
              o.kpiRoot.replaceAll('-', ' '),
              ': ',
              o.exampleKpis[0] ?? '',
            ]),
            row('Chargeback', (o) => o.chargeback),
            row('New director or VP', (o) => DIRECTOR_WORDS[o.director]),
            row('Extra cost per year', (o) => money(o.extraCostPerYear)),
            row('Identity and pride', (o) => o.identity),
            row('SRE identity triangle (§12.7.2)', (o) => o.identityTriangle.focus),
            row('Risks', (o) => (o.risks.length === 0 ? '–' : joined(o.risks, ' '))),
            row('For and against', (o) => joined(o.reasons, ' ')),
          ],
        },
        para([
          strong([
            'Recommended: ',
            p.options.find((o) => o.recommended)?.label ?? p.recommended,
            '.',
          ]),
          ' ',
          p.why,
        ]),
        para(
          em(
            'SRE identity triangle (§12.7.2): wherever SRE sits, the SREs’ identity should encompass the product, incidents and the reliability user experience; the home only decides which of the three scores highest. Set goals and KPIs so the other two are not lost.',
          ),
        ),
      ],
    };
  },
);

/** The total cost of the operating model per year, today and in the target. */
export const operatingCostSection = blockSection('operating-cost', ({ cost }) => {
  const ids = [...new Set([...cost.today.lines, ...cost.target.lines].map((l) => l.id))];
  const rows = ids.map((id) => {
    const t = cost.today.lines.find((l) => l.id === id);
    const g = cost.target.lines.find((l) => l.id === id);
    const label =
      id === 'oncall-compensation-sre'
        ? 'On-call compensation of SREs (today’s rotations → optimized design)'
        : id === 'oncall-compensation'
          ? ids.includes('oncall-compensation-sre')
            ? 'On-call compensation of developers and operations (today’s rotations → optimized design)'
            : 'On-call compensation (today’s rotations → optimized design)'
          : ((g ?? t)?.label ?? id);
    const people = `${t?.people ?? 0} → ${g?.people ?? 0}`;
    const onCall = id === 'oncall-compensation' || id === 'oncall-compensation-sre';
    // A contract pays another company, whose people are its own: no people of ours.
    const contract = id === 'contracts' || id === 'sre-contracts';
    return [
      label,
      onCall || contract ? '–' : people,
      money(t?.perYear),
      money(g?.perYear),
      (g ?? t)?.basis ?? '',
    ];
  });
  return {
    title: 'Cost of the operating model per year',
    why: `What running the services costs a year beyond building them: the salaries of SREs, the SRE infrastructure team and operations, ${ids.some((id) => id === 'contracts' || id === 'sre-contracts') ? 'the contracts of other companies that run services, ' : ''}the new hires, and on-call compensation, in ${cost.currency}.`,
    blocks: [
      {
        headers: ['Line', 'People today → target', 'Today', 'Target', 'Basis'],
        rows: [
          ...rows,
          [
            strong('Total'),
            strong(`${cost.today.people} → ${cost.target.people}`),
            strong(money(cost.today.total)),
            strong(money(cost.target.total)),
            `change ${signedExactMoney(cost.change)}`,
          ],
        ],
      },
      { items: cost.notes },
    ],
  };
});

/** §12.8.5: revenue protected set against the cost of SRE. */
export const businessCaseSection = blockSection('business-case', ({ businessCase: b }) => ({
  title: 'Business case (§12.8.5, §12.4.6)',
  why: 'SRE is revenue insurance: its cost is the premium, the revenue of the services it protects is what is insured. Conveyed to executives in money.',
  blocks: [
    { paragraph: strong(b.verdict) },
    b.services.length === 0
      ? null
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
    para(
      b.sreInTarget
        ? `Cost of SRE in the target: ${money(b.sreCostPerYear)} a year (SRE and SRE infrastructure salaries, new hires, SREs' on-call compensation)${b.sreCostOtherCurrencies.length === 0 ? '' : `, besides ${b.sreCostOtherCurrencies.map(money).join(' and ')} a year of salaries paid in other currencies (no exchange rates)`}.`
        : `No SRE in the target: the cost set against the revenue is on-call compensation alone, ${money(b.sreCostPerYear)} a year.`,
    ),
    ...revenueProtected(b.revenueProtected),
    b.withoutRevenue.length > 0
      ? {
          paragraph: [
            'Protected services without a revenue per hour (not counted): ',
            joined(b.withoutRevenue.map(mono), ', '),
            '.',
          ],
        }
      : null,
    b.otherCurrency.length > 0
      ? {
          paragraph: [
            'In another currency (not counted): ',
            joined(b.otherCurrency.map(mono), ', '),
            '.',
          ],
        }
      : null,
  ],
}));

/** §12.8.5: the revenue SRE protected, measured from incidents, against its cost. */
function revenueProtected(r: PlanDocument['businessCase']['revenueProtected']): Block[] {
  if (r === null)
    return [
      para([
        'Revenue protected, measured from incidents: give the plan ',
        mono('--incidents'),
        ' and a baseline (',
        mono('--baseline-downtime'),
        ' or ',
        mono('--baseline-months'),
        '), as for ',
        mono('whorunsit value'),
        '.',
      ]),
    ];
  return [
    para(strong('Revenue protected, measured from incidents.')),
    {
      headers: [
        'Months',
        'Revenue lost',
        'Revenue protected',
        'Per year at that rate',
        'Share of the cost of SRE',
      ],
      rows: [
        [
          `${r.from}..${r.to} (${r.months})`,
          money(r.lost),
          money(r.protected),
          strong(money(r.perYear)),
          r.shareOfSreCost === null ? '–' : `${r.shareOfSreCost}%`,
        ],
      ],
    },
    para(r.verdict),
    para(em(['Basis: ', r.basis])),
  ];
}

/** The risk register: every risk with likelihood, impact, owner, mitigation and section. */
export const risksSection = blockSection('risks', ({ risks }) => ({
  title: 'Risk register',
  why: 'What could go wrong with the model and the plan, most serious first: from the findings and from the plan’s own figures, each with who owns the mitigation.',
  blocks: [
    risks.length === 0
      ? para('No risk found.')
      : {
          headers: [
            literal('#'),
            'Risk',
            'About',
            'Likelihood',
            'Impact',
            'Owner',
            'Mitigation',
            '§',
          ],
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
export const openQuestionsSection = blockSection('open-questions', ({ summary }) =>
  summary.openQuestions.length === 0
    ? undefined
    : {
        title: 'Open questions',
        why: 'The questions that drive the SRE organizational structure (the chapter’s opening table) that the model does not answer: decide and record them.',
        blocks: [
          {
            headers: ['Category', 'Question', 'Why open'],
            rows: summary.openQuestions.map((q) => [q.category, q.question, q.why]),
          },
        ],
      },
);

/** Where the appendix starts. */
export const appendixSection: PlanSection = {
  id: 'header',
  render: () =>
    '# Appendix\n\n_The detail behind the figures: the chapter’s tables filled in for this organization._',
};
