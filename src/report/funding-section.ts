import type { AnnualCostTable } from '../engine/funding/index.ts';
import type { Staffing } from '../engine/staffing/index.ts';
import { amount } from './figures.ts';
import { type Inline, inlineMarkdown, mono } from './plan/blocks.ts';
import { code, list, section, table, text } from './plan/markdown.ts';

/** §12.4.6: whether the hiring list fits each organization's budget and head count limit. */
export function fundingSection(s: Staffing, costs: AnnualCostTable): string | undefined {
  if (s.funding.length === 0) return undefined;
  return section(
    'Funding and limits (§12.4.6)',
    'Head count and yearly cost of each organization today and after the hiring list and promotions, against its budget and head count limit; a plan can fit the budget and still break the head count limit.',
    table(
      [
        'Organization',
        'Cost center',
        'Head count today → planned',
        'Limit',
        'Committed per year today → planned',
        'Budget per year',
        'Verdict',
      ],
      s.funding.map((f) => [
        code(f.organization),
        f.costCenter ? text(f.costCenter) : '–',
        `${f.current.headcount} → ${f.planned.headcount}`,
        f.headcountLimit === undefined ? '–' : String(f.headcountLimit),
        `${amount(f.current.annualCost)} → ${amount(f.planned.annualCost)}`,
        amount(f.annualBudget),
        `${verdict(f.breaksHeadcount, f.breaksBudget)}${notConverted(f.salaries.otherCurrencies, f.annualBudget)}`,
      ]),
    ),
    inlineMarkdown(movesSentence(s.moves)),
    openPositionsNote(s),
    raisesNote(s),
    basisNote(s, costs),
  );
}

/** The open positions the planned figures count besides the hiring list, by organization. */
function openPositionsNote(s: Staffing): string {
  const parts = s.funding
    .filter((f) => f.openPositions.length > 0)
    .map(
      (f) =>
        `${code(f.organization)} ${f.openPositions
          .map(
            (o) =>
              `${o.name} (${o.role ?? 'no role'}${o.annualCost ? `, ${amount(o.annualCost)} a year` : ', paid by a budget below'})`,
          )
          .join(', ')}`,
    );
  if (parts.length === 0) return '';
  return `_Planned head count and cost count the open positions the hiring list does not fill, as the model states them: ${parts.join('; ')}._`;
}

/**
 * The SRE teams that move to where the plan puts SRE (§12.8.2), said where the planned head
 * count and cost count them: "SRE team `sre` moves with its 5 people from `it-operations` to
 * `it-development` …".
 */
export function movesSentence(
  moves: readonly {
    readonly team: string;
    readonly from: string;
    readonly to: string;
    readonly people: readonly string[];
  }[],
): Inline {
  if (moves.length === 0) return '';
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
  ];
}

/** The raises in the planned cost with their basis (§12.10.2): a promotion adds no head. */
function raisesNote(s: Staffing): string {
  const names = new Map(s.promotions.flatMap((p) => p.candidates.map((c) => [c.person, c.name])));
  const rows = s.funding.flatMap((f) =>
    f.promotions.map(
      (r) =>
        `${code(f.organization)}: ${text(names.get(r.person) ?? r.person)}, ${r.from ?? 'unlevelled'} → ${r.to} SRE, ${
          r.perYear
            ? `${r.perYear.minor < 0 ? '' : '+'}${amount(r.perYear)} a year`
            : 'not in the cost (paid in another currency)'
        }: ${text(r.basis)}`,
    ),
  );
  if (rows.length === 0) return '';
  return `Planned cost includes the raise of each promotion (§12.10.2: no head added):\n\n${list(rows)}`;
}

/** Where the costs come from: the model's salary bands, or the documented defaults. */
function basisNote(s: Staffing, costs: AnnualCostTable): string {
  const bands = s.funding.reduce((n, f) => Math.max(n, f.salaries.fromBands), 0);
  const defaults = s.funding.reduce((n, f) => Math.max(n, f.salaries.fromDefaults), 0);
  const l = costs.levels;
  const r = costs.roles;
  const fallback = `the defaults (junior SRE ${l.junior}, senior ${l.senior}, principal ${l.principal}; SRE without a level ${r.sre}, ops engineer ${r['ops-engineer']}, developer ${r.developer}, manager ${r.manager}, others ${r.default} a year in the budget's currency; SREs are never assumed cheaper than operations engineers, §12.4.6)`;
  const source =
    defaults === 0
      ? "Yearly costs are the people's salaries from the model's salary bands."
      : bands === 0
        ? `Yearly costs are salaries from ${fallback}: the model states no salary bands that match.`
        : `Yearly costs are salaries from the model's salary bands, and for people no band matches from ${fallback}.`;
  const other = s.funding
    .filter((f) => f.salaries.otherCurrencies.length > 0)
    .map((f) => `${code(f.organization)} ${f.salaries.otherCurrencies.map(amount).join(', ')}`);
  const apart =
    other.length === 0
      ? ''
      : ` Salaries banded in another currency than the budget's are not converted and not in these costs: ${other.join('; ')}.`;
  return `_${source}${apart} With a budget, the cost is what the budget is committed to: the salaries it pays directly, the budgets of the organizations below it that have their own, and the SRE support it buys at transfer prices (§12.4.7). Two juniors may cost no more than one senior, but count twice against a head count limit._`;
}

/**
 * A verdict on the budget reads only the salaries paid in its currency: when some are paid in
 * another, the verdict says so beside it, or "fits" would vouch for salaries it never counted.
 */
function notConverted(
  others: readonly Parameters<typeof amount>[0][],
  budget: { readonly currency: string } | undefined,
): string {
  if (others.length === 0) return '';
  const on = budget === undefined ? '' : ` on ${budget.currency} salaries only`;
  return `${on}; ${others.map(amount).join(', ')} not converted`;
}

function verdict(headcount: boolean, budget: boolean): string {
  if (headcount && budget) return '**breaks the head count limit and the budget**';
  if (headcount) return '**breaks the head count limit**';
  if (budget) return '**breaks the budget**';
  return 'fits';
}
