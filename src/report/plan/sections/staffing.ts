import type {
  PlanDocument,
  Promotion,
} from '../../../engine/plan/document/plan-document-schema.ts';
import { defaultedNote, fundingVerdict, movesSentence } from '../../funding-section.ts';
import { ROTATION_SIZES_RULE, rotationSizesBlock } from '../../rotation-sizing-section.ts';
import {
  HIRING_INTRO,
  headcountBlocks,
  levelGap,
  noHires,
  ONE_BUSINESS_LINE_NOTE,
  oneTeamNote,
  practiceFirst,
  siteLabel,
  siteLocations,
  sreTeamsBlocks,
  surplusParagraph,
} from '../../staffing-section.ts';
import {
  type Block,
  em,
  type Inline,
  joined,
  mono,
  monoNames,
  para,
  strong,
  type TableBlock,
} from '../blocks.ts';
import { money, signedExactMoney } from '../doc-figures.ts';
import { blockSection } from '../plan-section.ts';

/** §12.4.1: SRE teams needed against those that exist. */
export const sreTeamsPlanSection = blockSection('sre-teams', ({ staffing }) => {
  const t = staffing.sreTeams;
  if (t.developmentTeams.length === 0 && t.current === 0) return undefined;
  return sreTeamsBlocks(t);
});

/** §12.10.2: SREs by level and location. */
export const headcountPlanSection = blockSection('sre-headcount', ({ staffing }) =>
  headcountBlocks(staffing),
);

/** §12.10.2: the hiring list. */
export const hiringPlanSection = blockSection('hiring', ({ staffing, summary, promotions }) => ({
  title: 'Hiring list (§12.10.2)',
  why: HIRING_INTRO,
  blocks: [
    practiceFirst(staffing.practice),
    staffing.hiring.length === 0
      ? para(noHires(promotions, 'below', staffing.practice?.offered ?? 0))
      : {
          headers: ['Level', 'People', 'Location', 'Time zone', 'Joins', 'Why'],
          rows: staffing.hiring.map((h) => [
            `${h.level} SRE`,
            String(h.count),
            siteLabel(
              h.location,
              siteLocations(Object.values(staffing.headcount.roles), h.location),
            ),
            h.timezone ? mono(h.timezone) : '–',
            h.organization ? mono(h.organization) : '–',
            h.reason,
          ]),
        },
    staffing.hiring.length > 0 ? para(movesSentence(staffing)) : null,
    para(
      summary.decisions
        .filter((d) => d.id === 'hiring' && d.tradeOff)
        .map((d) => strong(d.tradeOff ?? '')),
    ),
    ...promotions.map(promotionTable),
  ],
}));

const VERDICT: Readonly<Record<Promotion['candidates'][number]['verdict'], string>> = {
  meets: 'meets every criterion',
  unknown: 'no criterion failed; evidence missing',
  'does-not-meet': 'not yet',
};

/** The spare SREs below a short level, judged for the step up on the model's evidence. */
function promotionTable(p: Promotion): TableBlock {
  return {
    headers: [
      `${p.from} SRE → ${p.level} SRE`,
      'Location',
      'Experience',
      '§12.10.2',
      'Not met',
      'No evidence in the model',
    ],
    rows: p.candidates.map((c) => [
      c.name,
      c.location ? c.location : '–',
      c.experienceYears === null ? '–' : `${c.experienceYears} years`,
      VERDICT[c.verdict],
      c.unmet.length === 0 ? '–' : c.unmet.join('; '),
      c.unknown.length === 0 ? '–' : c.unknown.join(', '),
    ]),
  };
}

/** §12.6: people each rotation needs, exactly as `staffing` shows it. */
export const rotationSizesPlanSection = blockSection('rotation-sizes', ({ staffing }) =>
  staffing.rotations.length === 0
    ? undefined
    : {
        title: 'Rotation sizes (§12.6)',
        why: ROTATION_SIZES_RULE,
        blocks: [rotationSizesBlock(staffing)],
      },
);

const ONCALL_LOAD_TITLE = 'On-call load per person (§12.6)';
const ONCALL_LOAD_WHY =
  'People on call more than a quarter of their time (42 h a week), all their rotations added up, have no time left to make tomorrow better than today (§12.1).';

/** §12.6: people on call more than a quarter of their time. */
export const onCallLoadPlanSection = blockSection('oncall-load', ({ staffing, onCallLoad }) => {
  if (onCallLoad.length === 0) return undefined;
  const most = Math.max(...onCallLoad.map((l) => l.hoursPerWeek));
  const summary = `${onCallLoad.length} people are on call; the most loaded carry ${most} h a week over all their rotations.`;
  if (staffing.overloaded.length === 0)
    return {
      title: ONCALL_LOAD_TITLE,
      why: ONCALL_LOAD_WHY,
      blocks: [para(`${summary} Nobody is on call more than a quarter of their time.`)],
    };
  return {
    title: ONCALL_LOAD_TITLE,
    why: ONCALL_LOAD_WHY,
    blocks: [
      para(
        `${summary} ${staffing.overloaded.length} of them are on call more than a quarter of their time:`,
      ),
      {
        headers: ['Person', 'On call per week', 'Share of their time', 'Rotations'],
        rows: staffing.overloaded.map((o) => [
          mono(o.person),
          `${o.hoursPerWeek} h`,
          strong(`${Math.round(o.share * 1000) / 10} %`),
          joined(o.rotations.map(mono), ', '),
        ]),
      },
    ],
  };
});

/** §12.4.6: budgets and head count limits after the hiring list. */
export const fundingPlanSection = blockSection('funding', ({ staffing, cost, promotions }) => {
  if (staffing.funding.length === 0) return undefined;
  return {
    title: 'Funding and limits (§12.4.6)',
    why: 'Head count and yearly cost of each organization today and after the hiring list and promotions, against its budget and head count limit; a plan can fit the budget and still break the head count limit.',
    blocks: [
      {
        headers: [
          'Organization',
          'Cost center',
          'Head count today → planned',
          'Limit',
          'Committed per year today → planned',
          'Budget per year',
          'Verdict',
        ],
        rows: staffing.funding.map((f) => [
          mono(f.organization),
          f.costCenter ? f.costCenter : '–',
          `${f.current.headcount} → ${f.planned.headcount}`,
          f.headcountLimit === null ? '–' : String(f.headcountLimit),
          `${money(f.current.annualCost)} → ${money(f.planned.annualCost)}`,
          money(f.annualBudget),
          fundingVerdict(
            {
              breaksHeadcount: f.breaksHeadcount,
              budget: f.budget,
              otherCurrencies: f.salaries.otherCurrencies,
              budgetCurrency: f.annualBudget?.currency,
            },
            money,
          ),
        ]),
      },
      para(movesSentence(staffing)),
      para(defaultedNote(staffing.funding)),
      ...promotionRaises(staffing.funding, promotions),
      para(
        em([
          openPositionsCounted(staffing.funding),
          fundingBasis(staffing.funding, cost.notes),
          ' With a budget, the cost is what the budget is committed to: the salaries it pays directly, the budgets of the organizations below it that have their own, and the SRE support it buys at transfer prices (§12.4.7). Two juniors may cost no more than one senior, but count twice against a head count limit.',
        ]),
      ),
    ],
  };
});

/** The open positions the planned figures count besides the hiring list, by organization. */
function openPositionsCounted(
  funding: readonly {
    readonly organization: string;
    readonly openPositions: readonly {
      readonly name: string;
      readonly role: string | null;
      readonly annualCost: Parameters<typeof money>[0];
    }[];
  }[],
): Inline {
  const parts = funding
    .filter((f) => f.openPositions.length > 0)
    .map(
      (f): Inline => [
        mono(f.organization),
        ' ',
        f.openPositions
          .map(
            (o) =>
              `${o.name} (${o.role ?? 'no role'}${o.annualCost ? `, ${money(o.annualCost)} a year` : ', paid by a budget below'})`,
          )
          .join(', '),
      ],
    );
  if (parts.length === 0) return '';
  return [
    'Planned head count and cost count the open positions the hiring list does not fill, as the model states them: ',
    joined(parts, '; '),
    '. ',
  ];
}

/**
 * The raises in the planned cost, with their basis (§12.10.2): a promotion adds no head, so
 * without this line the planned cost would differ from today's with nothing to say why.
 */
function promotionRaises(
  funding: PlanDocument['staffing']['funding'],
  promotions: PlanDocument['promotions'],
): Block[] {
  const rows = funding.flatMap((f) =>
    f.promotions.map((r): Inline => {
      const name =
        promotions.flatMap((p) => p.candidates).find((c) => c.person === r.person)?.name ??
        r.person;
      const raise = r.perYear
        ? `${signedExactMoney(r.perYear)} a year`
        : 'not in the cost (paid in another currency)';
      return [
        mono(f.organization),
        ': ',
        name,
        `, ${r.from ?? 'unlevelled'} → ${r.to} SRE, ${raise}: `,
        r.basis,
      ];
    }),
  );
  if (rows.length === 0) return [];
  return [
    para('Planned cost includes the raise of each promotion (§12.10.2: no head added):'),
    { items: rows },
  ];
}

/** Where the funding figures' salaries come from: the model's salary bands or the defaults. */
function fundingBasis(
  funding: readonly {
    readonly salaries: { readonly fromBands: number; readonly fromDefaults: number };
  }[],
  notes: readonly string[],
): string {
  const defaults = funding.some((f) => f.salaries.fromDefaults > 0);
  const bands = funding.some((f) => f.salaries.fromBands > 0);
  if (!defaults) return "Salaries are the model's salary bands.";
  const note = notes.find((n) => n.includes('default yearly salaries')) ?? '';
  return bands
    ? `Salaries are the model's salary bands where one matches, else the defaults. ${note}`
    : `Salaries are the default yearly salaries by level and role: the model states no salary bands that match. ${note}`;
}
