import type { AnnualCostTable } from '../engine/funding/index.ts';
import { displayMoney, moneyFromMajor } from '../engine/money/index.ts';
import { toJson } from '../engine/plan/document/json-value.ts';
import type { PlanDocument } from '../engine/plan/document/plan-document-schema.ts';
import { phasedCostBasis, type Staffing, sreCount } from '../engine/staffing/index.ts';
import { SRE_LEVELS } from '../model/index.ts';
import {
  type Block,
  blocksMarkdown,
  em,
  type Inline,
  joined,
  mono,
  para,
  type SectionBlocks,
  strong,
  type TableBlock,
} from './plan/blocks.ts';
import { money, signedExactMoney } from './plan/doc-figures.ts';

/** §12.4.6: the funding section as `staffing` prints it: the plan's, from the same figures. */
export function fundingSection(s: Staffing, costs: AnnualCostTable): string | undefined {
  const { promotions, ...rest } = s;
  const b = fundingBlocks({ staffing: toJson(rest), promotions: toJson(promotions) }, costs);
  return b && blocksMarkdown(b);
}

/**
 * §12.4.6: whether the hiring list fits each organization's budget and head count limit, and the
 * basis of each figure (moves, open positions, raises, whose salaries); the one section
 * `staffing` and `plan` write. `costs` are the default salaries the figures were priced with.
 */
export function fundingBlocks(
  { staffing, promotions }: Pick<PlanDocument, 'staffing' | 'promotions'>,
  costs: AnnualCostTable,
): SectionBlocks | undefined {
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
          f.contract
            ? // Another company pays its own people: their salaries (often defaults the model
              // assumed) are not what the company spends, so only the contract is shown (§12.4.6).
              'the contract in full (its people are paid by the contractor, not counted apart)'
            : `${money(f.current.annualCost)} → ${money(f.planned.annualCost)}`,
          f.contract ? `${money(f.annualBudget)} (contract)` : money(f.annualBudget),
          fundingVerdict(
            {
              contract: f.contract,
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
      para(supportEndedNote(staffing.funding)),
      para(supportRepricedNote(staffing.funding)),
      para(openPositionsNote(staffing.funding)),
      ...raisesNote(staffing.funding, promotions),
      para(basisNote(staffing.funding)),
      phasedNote(staffing),
      defaultsTable(staffing.funding, costs),
      para(defaultedNote(staffing.funding)),
    ],
  };
}

type Funding = PlanDocument['staffing']['funding'];

/** The currencies the defaults priced anyone in: each organization's budget's (or the model's). */
function defaultedCurrencies(funding: Funding): string[] {
  return [
    ...new Set(
      funding
        .filter((f) => f.salaries.fromDefaults > 0)
        .map((f) => f.annualBudget?.currency ?? f.current.annualCost.currency),
    ),
  ].sort();
}

/** "80,000.00": a default's amount in a currency, with that currency's minor digits. */
function defaultAmount(amount: number, currency: string): string {
  return displayMoney(moneyFromMajor(amount, currency)).replace(` ${currency}`, '');
}

/**
 * The default yearly salaries the funding figures used, as a table a reader can check and replace
 * with salary bands (role, level, location, currency, amount): shown only when they priced anyone.
 * They are the same for every location and stand in the budget's currency (`AnnualCostTable`).
 */
export function defaultsTable(funding: Funding, costs: AnnualCostTable): TableBlock | null {
  const currencies = defaultedCurrencies(funding);
  if (currencies.length === 0) return null;
  const { default: others, ...roles } = costs.roles;
  // An SRE level prices whoever has one (an SRE, or someone with no role); roles price the rest.
  const rows: [Inline, string, number][] = [
    ...SRE_LEVELS.map((level): [Inline, string, number] => [
      [mono('sre'), ' or none'],
      level,
      costs.levels[level],
    ]),
    ...Object.entries(roles).map(([role, amount]): [Inline, string, number] => [
      mono(role),
      role === 'sre' ? 'none stated' : '–',
      amount ?? others,
    ]),
    ['any other, or none', '–', others],
  ];
  return {
    headers: ['Role', 'Level', 'Location', 'Currency', 'Default yearly salary'],
    rows: currencies.flatMap((currency) =>
      rows.map(([role, level, amount]) => [
        role,
        level,
        'any',
        currency,
        defaultAmount(amount, currency),
      ]),
    ),
  };
}

/** How many names a note lists before it says how many more. */
const NAMES_SHOWN = 6;

/**
 * Whose salaries the defaults stand in for, where the budget verdict rests on them
 * (`over-at-default-salaries`): the salary bands to state first (§12.4.6).
 */
export function defaultedNote(
  funding: readonly {
    readonly organization: string;
    readonly budget: { readonly kind: string } | null | undefined;
    readonly salaries: { readonly defaultedFor: readonly string[] };
  }[],
): Inline {
  const parts = funding
    .filter((f) => f.budget?.kind === 'over-at-default-salaries')
    .map((f): Inline => {
      const names = f.salaries.defaultedFor;
      const more = names.length - NAMES_SHOWN;
      return [
        mono(f.organization),
        ` ${names.slice(0, NAMES_SHOWN).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      ];
    });
  if (parts.length === 0) return '';
  const run: Inline[] = [];
  for (const p of parts) run.push(run.length > 0 ? '; ' : '', p);
  return [
    'Default salaries stand in for salaries the model does not state; state salary bands for them to know whether the budget really breaks: ',
    run,
    '.',
  ];
}

/**
 * The SRE support an organization stops buying because the SRE team that gives it moves into it
 * (§12.4.7): said where the planned cost drops by it, or the drop has no basis on the page.
 */
export function supportEndedNote(
  funding: readonly {
    readonly organization: string;
    readonly supportEnded: readonly {
      readonly transferPrice: string;
      readonly provider: string;
      readonly hoursPerMonth: number;
      readonly perYear: Funding[number]['annualBudget'] & object;
    }[];
  }[],
): Inline {
  const parts = funding.flatMap((f) =>
    f.supportEnded.map(
      (t): Inline => [
        mono(f.organization),
        ' no longer buys SRE support from ',
        mono(t.provider),
        ' at the transfer price ',
        mono(t.transferPrice),
        ` (${t.hoursPerMonth} hours a month, ${money(t.perYear)} a year)`,
      ],
    ),
  );
  if (parts.length === 0) return '';
  return em([
    joined(parts, '; '),
    ': the SRE team that gives it moves into the organization, and support within one cost center is charged to no one, so the planned cost no longer holds it (§12.4.7).',
  ]);
}

/**
 * The SRE support an organization buys at a transfer price from an SRE team that moves to a third
 * organization (§12.4.7): the price was negotiated with the provider the team leaves, so it ends
 * with the move, and the plan says so rather than billing on at it silently.
 */
export function supportRepricedNote(
  funding: readonly {
    readonly organization: string;
    readonly supportRepriced: readonly {
      readonly transferPrice: string;
      readonly provider: string;
      readonly sreTeam: string;
      readonly movesTo: string;
      readonly hoursPerMonth: number;
      readonly perYear: Funding[number]['annualBudget'] & object;
    }[];
  }[],
): Inline {
  const parts = funding.flatMap((f) =>
    f.supportRepriced.map(
      (t): Inline => [
        mono(f.organization),
        ' buys SRE support from ',
        mono(t.sreTeam),
        ' at the transfer price ',
        mono(t.transferPrice),
        ', negotiated with ',
        mono(t.provider),
        `, which the team leaves for `,
        mono(t.movesTo),
        `: that price ends with the move. `,
        mono(t.movesTo),
        ' and ',
        mono(f.organization),
        ' agree a transfer price of their own for it, or ',
        mono(t.movesTo),
        ' carries the cost of the support in its own cost center; until that is decided the planned cost keeps the old price as an estimate',
        ` (${t.hoursPerMonth} hours a month, ${money(t.perYear)} a year; §12.4.7)`,
      ],
    ),
  );
  if (parts.length === 0) return '';
  return em([joined(parts, '; '), '.']);
}

/** The open positions the planned figures count besides the hiring list, by organization. */
function openPositionsNote(funding: Funding): Inline {
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
  return em([
    'Planned head count and cost count the open positions the hiring list does not fill, as the model states them: ',
    joined(parts, '; '),
    '.',
  ]);
}

/**
 * The SRE teams that move to where the plan puts SRE (§12.8.2), said where the planned head
 * count and cost count them: "SRE team `sre` moves with its 5 people from `it-operations` to
 * `it-development` …"; and the SRE teams in name only that stay where they are (§12.4.6,
 * §12.9.4), so a reader who counts the teams of type `sre` sees why one does not move.
 */
export function movesSentence(s: {
  readonly moves: readonly {
    readonly team: string;
    readonly from: string;
    readonly to: string;
    readonly people: readonly string[];
  }[];
  readonly staysInNameOnly: readonly { readonly team: string; readonly organization: string }[];
}): Inline {
  const { moves } = s;
  const stays = s.staysInNameOnly.map(
    (t, i): Inline => [
      i === 0 && moves.length === 0 ? 'Team ' : ' Team ',
      mono(t.team),
      ' is an SRE team in name only: it stays in ',
      mono(t.organization),
      '; its engineers can join SRE through the same bar as hires (§12.4.6, §12.9.4).',
    ],
  );
  if (moves.length === 0) return stays;
  const each = moves.map(
    (m, i): Inline => [
      i === 0 ? 'SRE team ' : '; SRE team ',
      mono(m.team),
      ` moves with its ${m.people.length} ${m.people.length === 1 ? 'person' : 'people'} from `,
      mono(m.from),
      ' to ',
      mono(m.to),
    ],
  );
  return [
    each,
    `, where the plan puts SRE (§12.8.2): the planned head count and cost count their people there, no longer where ${moves.length === 1 ? 'the team sits' : 'the teams sit'} today.`,
    stays,
  ];
}

/**
 * The raises in the planned cost, with their basis (§12.10.2): a promotion adds no head, so
 * without this list the planned cost would differ from today's with nothing to say why.
 */
function raisesNote(funding: Funding, promotions: PlanDocument['promotions']): Block[] {
  const names = new Map(promotions.flatMap((p) => p.candidates.map((c) => [c.person, c.name])));
  // A candidate of a promotion still to assess is priced, not promoted: the hiring decision asks
  // for the §12.10.2 evidence first (a decision only on evidence, as a handback, §12.5).
  const unconfirmed = new Set(
    promotions.flatMap((p) =>
      p.advice === 'assess' ? p.candidates.slice(0, p.promoted).map((c) => c.person) : [],
    ),
  );
  const rows = funding.flatMap((f) =>
    f.promotions.map(
      (r): Inline => [
        mono(f.organization),
        ': ',
        names.get(r.person) ?? r.person,
        `, ${r.from ?? 'unlevelled'} → ${r.to} SRE${
          unconfirmed.has(r.person)
            ? ' (priced as the candidate counted on, not decided: the evidence of the criteria is still to gather)'
            : ''
        }, ${
          r.perYear
            ? `${signedExactMoney(r.perYear)} a year`
            : 'not in the cost (paid in another currency)'
        }: `,
        r.basis,
      ],
    ),
  );
  if (rows.length === 0) return [];
  return [
    para('Planned cost includes the raise of each promotion (§12.10.2: no head added):'),
    { items: rows },
  ];
}

/**
 * Where the costs come from: the model's salary bands, or the defaults with their figures; and
 * the salaries banded in another currency, which no figure of the table counts.
 */
function basisNote(funding: Funding): Inline {
  const bands = funding.some((f) => f.salaries.fromBands > 0);
  const defaults = funding.some((f) => f.salaries.fromDefaults > 0);
  const fallback =
    "the default yearly salaries (the table below, in the budget's currency; SREs are never assumed cheaper than operations engineers, §12.4.6)";
  const source = !defaults
    ? "Yearly costs are the people's salaries from the model's salary bands."
    : !bands
      ? `Yearly costs are ${fallback}: the model states no salary bands that match.`
      : `Yearly costs are salaries from the model's salary bands, and for people no band matches ${fallback}.`;
  const other = funding
    .filter((f) => f.salaries.otherCurrencies.length > 0)
    .map(
      (f): Inline => [mono(f.organization), ` ${f.salaries.otherCurrencies.map(money).join(', ')}`],
    );
  return em([
    source,
    other.length === 0
      ? ''
      : [
          " Salaries banded in another currency than the budget's are not converted and not in these costs: ",
          joined(other, '; '),
          '.',
        ],
    ' With a budget, the cost is what the budget is committed to: the salaries it pays directly, the budgets of the organizations below it that have their own, and the SRE support it buys at transfer prices (§12.4.7). Two juniors may cost no more than one senior, but count twice against a head count limit.',
  ]);
}

/** Planned costs of phased hires are a run rate, not the first year's spend (§12.1, §12.10). */
function phasedNote(staffing: PlanDocument['staffing']): Block | null {
  const basis = phasedCostBasis(staffing.hiring, sreCount(staffing.headcount));
  if (!basis) return null;
  const first = staffing.firstYearOfHires;
  // Said only when the waves pay someone in another currency: "left out" of nothing misleads.
  const others = staffing.firstYearOfHiresOtherCurrencies;
  const besides =
    others.length === 0
      ? ''
      : ` (besides ${others.map(money).join(', ')} of salaries in another currency, not converted)`;
  return para(
    em(
      `Planned costs count ${basis}.${first ? ` In the plan's first year the waves cost ${money(first)}${besides}, each hire paid from the start of the quarter it joins.` : ''}`,
    ),
  );
}

/** A budget verdict with its money in any shape: the engine's, or the plan document's. */
type VerdictOf<M> =
  | { readonly kind: 'fits' }
  | { readonly kind: 'over'; readonly overBy: M }
  | {
      readonly kind: 'over-at-default-salaries';
      readonly overBy: M;
      readonly defaulted: M;
      readonly defaults: number;
    };

/**
 * The verdict of the funding table, for `staffing` and `plan` alike, from `budgetVerdict` (the
 * rule `check` applies): a budget broken only by the default salaries standing in for unstated
 * ones is said as such, with by how much and how many, never as "breaks the budget"
 * (`over-budget-at-default-salaries` is a warning, not an error). A verdict on the budget reads
 * only the salaries paid in its currency: when some are paid in another, it says so beside it,
 * or "fits" would vouch for salaries it never counted. Another company's budget is its contract
 * (`contract`): committed in full, it is never read as fitting with money to spare.
 */
export function fundingVerdict<M>(
  f: {
    readonly contract?: boolean | undefined;
    readonly breaksHeadcount: boolean;
    readonly budget: VerdictOf<M> | null | undefined;
    readonly otherCurrencies: readonly M[];
    readonly budgetCurrency: string | undefined;
  },
  show: (m: M) => string,
): Inline {
  const b = f.budget;
  const on =
    f.otherCurrencies.length === 0
      ? ''
      : `${f.budgetCurrency === undefined ? '' : ` on ${f.budgetCurrency} salaries only`}; ${f.otherCurrencies.map(show).join(', ')} not converted`;
  // Another company's contract is committed in full: what the salaries it holds leave of it is
  // no money to spare, so it never "fits" with room (§12.4.6).
  if (f.contract) {
    const contract = 'a contract with another company: committed in full, none of it to spare';
    return f.breaksHeadcount ? [strong('breaks the head count limit'), '; ', contract] : contract;
  }
  const the = f.breaksHeadcount ? ' the budget' : '';
  const budget: Inline =
    b?.kind === 'over'
      ? strong(`breaks${the || ' the budget'}`)
      : b?.kind === 'over-at-default-salaries'
        ? `fits${the} on stated salaries; over by ${show(b.overBy)} only with ${b.defaults} default ${b.defaults === 1 ? 'salary' : 'salaries'} (${show(b.defaulted)})${on}`
        : `fits${the}${on}`;
  if (!f.breaksHeadcount) return budget;
  if (b?.kind === 'over') return [strong('breaks the head count limit and the budget'), on];
  if (b?.kind === 'fits' && on === '') return strong('breaks the head count limit');
  return [strong('breaks the head count limit'), '; ', budget];
}
