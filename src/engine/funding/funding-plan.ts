import type { CompiledModel, Person, PersonRole, SreLevel } from '../../model/index.ts';
import {
  homeOrganization,
  isOutsideCompany,
  organizationOpenPositions,
  organizationPeople,
  organizationTree,
  personDisplayName,
} from '../../model/index.ts';
import { addMoney, type Money, moneyFromMajor, multiplyMoney, sumMoney } from '../money/index.ts';
import {
  budgetCommitment,
  paidFrom,
  type TransferCharge,
  type TransferChargeRepriced,
  transferChargesEndedByMoves,
  transferChargesRepricedByMoves,
} from '../spectrum/budget-commitments.ts';
import type { AnnualCostTable } from './annual-cost.ts';
import { type BudgetVerdict, defaultedLines, organizationBudgetVerdict } from './budget-verdict.ts';
import { checkLimits } from './check-limits.ts';
import { modelCurrency } from './model-currency.ts';
import { fundedAsItself } from './open-positions.ts';
import { type PlannedPromotion, type PromotionRaise, promotionRaise } from './promotion-raise.ts';
import { type SalaryCost, salaryCost } from './salary-cost.ts';

const PERIODS_PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

/** New people a plan adds to an organization. */
export interface PlannedHire {
  readonly level: SreLevel;
  readonly count: number;
  readonly organization: string | undefined;
  /** Where they are hired: picks the salary band of that location. */
  readonly location?: string | undefined;
}

/**
 * People already in place who change organization under the plan: an SRE team moving to where
 * the plan puts SRE (§12.8.2). They leave the head count and the budget of `from` and join those
 * of `to`.
 */
export interface PlannedMove {
  readonly team: string;
  readonly from: string;
  readonly to: string;
  readonly people: readonly Person[];
}

export interface HeadcountAndCost {
  readonly headcount: number;
  /**
   * With a budget, what the budget is committed to a year (`budgetCommitment`: salaries it pays
   * directly, budgets below it, SRE support bought); without one, the salaries of everyone in it.
   */
  readonly annualCost: Money;
}

/** An open position as funding counts it. */
export interface OpenPositionCost {
  readonly name: string;
  readonly role: PersonRole | null;
  /** Its yearly salary, when this budget pays for it (else null: another budget below does). */
  readonly annualCost: Money | null;
}

export interface OrganizationFunding {
  readonly organization: string;
  /**
   * Another company's organization, outside the product delivery organization's tree
   * (`isOutsideCompany`): its budget is a contract's value, committed to that company in full, so
   * what its modelled salaries leave of it is no money to spare (§12.4.6).
   */
  readonly contract: boolean;
  readonly costCenter: string | undefined;
  readonly headcountLimit: number | undefined;
  readonly annualBudget: Money | undefined;
  readonly current: HeadcountAndCost;
  readonly planned: HeadcountAndCost;
  readonly hires: number;
  /** People of SRE teams that move into it, and out of it, under the plan (`PlannedMove`). */
  readonly movedIn: number;
  readonly movedOut: number;
  /**
   * SRE support its budget buys today at a transfer price from an SRE team that moves into an
   * organization it pays for (§12.4.7): support within one cost center is not charged, so the
   * planned cost no longer holds it.
   */
  readonly supportEnded: readonly TransferCharge[];
  /**
   * SRE support its budget buys today at a transfer price from an SRE team that moves to another
   * organization than the provider that priced it (§12.4.7): the price ends with the move, and the
   * new home and this organization agree a new one, or the new home carries the cost. The planned
   * cost keeps the old price meanwhile, as an estimate the plan says is one.
   */
  readonly supportRepriced: readonly TransferChargeRepriced[];
  /**
   * The open positions of the organization that are not hires of the hiring list
   * (`fundedAsItself`), in the planned head count and, where this budget pays for their
   * organization directly, in the planned cost at their role, level and location.
   */
  readonly openPositions: readonly OpenPositionCost[];
  /**
   * The promotions of people this organization pays (§12.10.2): no head added, the raise in
   * `planned.annualCost`. Raises paid in another currency are listed but not in the cost.
   */
  readonly promotions: readonly PromotionRaise[];
  readonly breaksHeadcount: boolean;
  readonly breaksBudget: boolean;
  /**
   * The planned cost against the budget, read apart from the default salaries in it
   * (`budgetVerdict`, the rule `check` applies to today's); today's cost the same way. Undefined
   * without a budget.
   */
  readonly budget: BudgetVerdict | undefined;
  readonly budgetToday: BudgetVerdict | undefined;
  /** Where the salaries come from: how many from SalaryBands, how many from the defaults. */
  readonly salaries: {
    readonly fromBands: number;
    readonly fromDefaults: number;
    /** The planned salaries priced at the defaults, in the budget's currency. */
    readonly defaulted: Money;
    /**
     * Whose planned salaries are the defaults: people by display name, hires as "2 junior SRE
     * hires (Leeds)", in the order of the model.
     */
    readonly defaultedFor: readonly string[];
    /** Salaries paid in other currencies than the budget's: not in the cost, never converted. */
    readonly otherCurrencies: readonly Money[];
  };
}

/**
 * Every organization with a budget or a head count limit, today and after the planned hires
 * (§12.4.6). Head count is `organizationPeople` (everyone, heads and team managers included).
 * With a budget, the cost is what the budget is committed to (`budgetCommitment`: the salaries
 * it pays directly, the budgets below it and the SRE support it buys, the figure `over-budget`
 * checks); without one, the yearly salaries of everyone in it. Salaries come from SalaryBands,
 * else the documented defaults, in the budget's currency, else the model's. Hires count against
 * the head count limit of their organization and every one above it, and cost the budget that
 * pays for their organization directly, as SREs of their level at their location. People who
 * move (`moves`) count in the head count of their new organization and those above it, and are
 * paid by the budget that pays for it directly, no longer by the one that paid for their old one.
 * Open positions the hiring list does not fill (`fundedAsItself`: an SRE infrastructure product
 * owner, an operations engineer) count like hires, at their own role, level and location.
 * A promotion adds no head; its raise (`promotionRaise`) costs every organization that pays the
 * person's salary in the plan.
 */
export function fundingPlan(
  model: CompiledModel,
  hires: readonly PlannedHire[],
  table?: AnnualCostTable,
  moves: readonly PlannedMove[] = [],
  promotions: readonly PlannedPromotion[] = [],
): OrganizationFunding[] {
  const result: OrganizationFunding[] = [];
  for (const org of model.organizations.values()) {
    const { budget, headcountLimit, costCenter } = org.spec;
    if (!budget && headcountLimit === undefined) continue;
    const currency = budget?.currency ?? modelCurrency(model);
    const tree = organizationTree(model, org);
    const members = organizationPeople(model, org);
    const options = { currency, ...(table ? { defaults: table } : {}) };
    const commitment = budgetCommitment(model, org);
    const current = commitment?.salaries ?? salaryCost(model, members, options);
    const todayCost = commitment?.committedPerYear ?? current.total;
    // A hire costs this budget when it pays for the organization they join directly.
    const pays = commitment ? paidFrom(model, org) : tree;
    const ours = hires.filter((h) => h.organization !== undefined && tree.has(h.organization));
    const hireCount = ours.reduce((n, h) => n + h.count, 0);
    const hired = ours
      .filter((h) => pays.has(h.organization as string))
      .map((h, i) => ({
        hire: h,
        count: h.count,
        cost: salaryCost(
          model,
          [{ name: `hire-${i}`, role: 'sre', level: h.level, location: h.location }],
          options,
        ),
      }));
    const hireCost = hired.reduce(
      (sum, h) => addMoney(sum, multiplyMoney(h.cost.total, h.count)),
      moneyFromMajor(0, currency),
    );
    // A move within the organization changes neither its head count nor, when one budget pays
    // for both ends, its cost.
    const movesIn = moves.filter((m) => tree.has(m.to) && !tree.has(m.from));
    const movesOut = moves.filter((m) => tree.has(m.from) && !tree.has(m.to));
    const movedIn = movesIn.reduce((n, m) => n + m.people.length, 0);
    const movedOut = movesOut.reduce((n, m) => n + m.people.length, 0);
    const salaries = (list: readonly PlannedMove[]) =>
      list.map((m) => salaryCost(model, m.people, options));
    const joining = salaries(moves.filter((m) => pays.has(m.to) && !pays.has(m.from)));
    const leaving = salaries(moves.filter((m) => pays.has(m.from) && !pays.has(m.to)));
    // The support bought from an SRE team that moves in is no longer bought (§12.4.7).
    const supportEnded =
      commitment && moves.length > 0
        ? transferChargesEndedByMoves(
            model,
            pays,
            currency,
            new Map(moves.map((m) => [m.team, m.to])),
          )
        : [];
    // The support bought from an SRE team that moves to a third organization: its price ends.
    const supportRepriced =
      commitment && moves.length > 0
        ? transferChargesRepricedByMoves(
            model,
            pays,
            currency,
            new Map(moves.map((m) => [m.team, m.to])),
          )
        : [];
    const movedCost = [
      ...joining.map((c) => c.total),
      ...leaving.map((c) => multiplyMoney(c.total, -1)),
      ...supportEnded.map((t) => multiplyMoney(t.perYear, -1)),
    ].reduce((sum, c) => addMoney(sum, c), moneyFromMajor(0, currency));
    const open = organizationOpenPositions(model, org)
      .filter(fundedAsItself)
      .map((person) => {
        const home = homeOrganization(model, person.name)?.organization;
        const paid = home !== undefined && pays.has(home);
        return { person, cost: paid ? salaryCost(model, [person], options) : undefined };
      });
    const openCost = open.reduce(
      (sum, o) => (o.cost ? addMoney(sum, o.cost.total) : sum),
      moneyFromMajor(0, currency),
    );
    const annualBudget = budget
      ? multiplyMoney(moneyFromMajor(budget.amount, currency), PERIODS_PER_YEAR[budget.period])
      : undefined;
    // The organization pays the raise where it pays the person in the plan: its cost holds their
    // salary today and they do not move away, or they move in.
    const paid = new Set(current.lines.map((l) => l.name));
    for (const m of moves) {
      const leaves = pays.has(m.from) && !pays.has(m.to);
      const joins = pays.has(m.to) && !pays.has(m.from);
      for (const p of m.people)
        if (leaves) paid.delete(p.name);
        else if (joins) paid.add(p.name);
    }
    const raises = promotions.flatMap((p) => {
      if (!paid.has(p.person)) return [];
      const raise = promotionRaise(model, p, { currency, defaults: table });
      return raise ? [raise] : [];
    });
    const planned = {
      headcount: members.length + hireCount + open.length + movedIn - movedOut,
      annualCost: sumMoney(
        [
          todayCost,
          hireCost,
          movedCost,
          openCost,
          ...raises.flatMap((r) => (r.perYear ? [r.perYear] : [])),
        ],
        currency,
      ),
    };
    const check = checkLimits({ ...planned, headcountLimit, annualBudget });
    // The same salaries, priced at the defaults: today's the budget pays, those of people who
    // join or leave it, the hires, the open positions and raises that rest on a default salary.
    const left = new Set(
      leaving.flatMap((c) => defaultedLines(c.lines, currency).map((l) => l.name)),
    );
    const defaultedToday = defaultedLines(current.lines, currency);
    const joined = joining.flatMap((c) => defaultedLines(c.lines, currency));
    const defaultedHires = hired.flatMap((h) =>
      defaultedLines(h.cost.lines, currency).map((line) => ({ ...h, line })),
    );
    const defaultedOpen = open.flatMap((o) =>
      o.cost ? defaultedLines(o.cost.lines, currency) : [],
    );
    const defaultedRaises = raises.filter(
      (r) =>
        r.perYear !== null &&
        r.perYear.minor > 0 &&
        (r.today.basis === 'default' || r.promoted.basis === 'default'),
    );
    const sumOf = (amounts: readonly Money[]) => sumMoney(amounts, currency);
    const todayDefaulted = sumOf(defaultedToday.map((l) => l.annual));
    const plannedDefaulted = sumOf([
      ...defaultedToday.filter((l) => !left.has(l.name)).map((l) => l.annual),
      ...joined.map((l) => l.annual),
      ...defaultedHires.map((h) => multiplyMoney(h.line.annual, h.count)),
      ...defaultedOpen.map((l) => l.annual),
      ...defaultedRaises.flatMap((r) => (r.perYear ? [r.perYear] : [])),
    ]);
    const defaultedCount =
      defaultedToday.filter((l) => !left.has(l.name)).length +
      joined.length +
      defaultedHires.reduce((n, h) => n + h.count, 0) +
      defaultedOpen.length;
    const defaultedFor = [
      ...[...defaultedToday.filter((l) => !left.has(l.name)), ...joined, ...defaultedOpen].map(
        (l) => personDisplayName(model, l.name),
      ),
      ...defaultedHires.map(
        (h) =>
          `${h.count} ${h.hire.level} SRE ${h.count === 1 ? 'hire' : 'hires'}${h.hire.location ? ` (${h.hire.location})` : ''}`,
      ),
    ];
    result.push({
      organization: org.name,
      contract: isOutsideCompany(model, org.name),
      costCenter,
      headcountLimit,
      annualBudget,
      current: { headcount: members.length, annualCost: todayCost },
      planned,
      hires: hireCount,
      movedIn,
      movedOut,
      supportEnded,
      supportRepriced,
      openPositions: open.map((o) => ({
        name: o.person.name,
        role: o.person.spec.role ?? null,
        annualCost: o.cost?.total ?? null,
      })),
      promotions: raises,
      breaksHeadcount: check.breaksHeadcount,
      // A contract is committed in full, never broken by its people's salaries (the verdict's rule).
      breaksBudget: check.breaksBudget && !isOutsideCompany(model, org.name),
      budget:
        annualBudget &&
        organizationBudgetVerdict(model, org.name, planned.annualCost, annualBudget, {
          amount: plannedDefaulted,
          count: defaultedCount,
        }),
      budgetToday:
        annualBudget &&
        organizationBudgetVerdict(model, org.name, todayCost, annualBudget, {
          amount: todayDefaulted,
          count: defaultedToday.length,
        }),
      salaries: {
        ...basisOf(current, [
          ...hired,
          ...open.flatMap((o) => (o.cost ? [{ count: 1, cost: o.cost }] : [])),
        ]),
        defaulted: plannedDefaulted,
        defaultedFor,
      },
    });
  }
  return result;
}

function basisOf(
  current: SalaryCost,
  hired: readonly { readonly count: number; readonly cost: SalaryCost }[],
): Pick<OrganizationFunding['salaries'], 'fromBands' | 'fromDefaults' | 'otherCurrencies'> {
  return {
    fromBands: current.fromBands + hired.reduce((n, h) => n + h.count * h.cost.fromBands, 0),
    fromDefaults:
      current.fromDefaults + hired.reduce((n, h) => n + h.count * h.cost.fromDefaults, 0),
    otherCurrencies: current.otherCurrencies,
  };
}
