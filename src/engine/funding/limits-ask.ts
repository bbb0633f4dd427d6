/** A budget verdict in any money shape: the engine's, or the plan document's. */
type Verdict<M> =
  | { readonly kind: 'fits' }
  | { readonly kind: 'over'; readonly overBy: M }
  | { readonly kind: 'over-at-default-salaries'; readonly overBy: M; readonly defaults: number };

/** What the ask needs of a funding row, as the engine and the plan document both hold it. */
export interface FundingRowOf<M> {
  readonly organization: string;
  readonly headcountLimit: number | null | undefined;
  readonly annualBudget: M | null | undefined;
  readonly current: { readonly annualCost: M };
  readonly planned: { readonly headcount: number; readonly annualCost: M };
  readonly hires: number;
  readonly movedIn: number;
  readonly openPositions: readonly { readonly name: string }[];
  readonly promotions: readonly unknown[];
  readonly breaksHeadcount: boolean;
  readonly breaksBudget: boolean;
  readonly budget: Verdict<M> | null | undefined;
  readonly salaries: { readonly otherCurrencies: readonly M[] };
}

/** How money is read and shown in the row's shape. */
export interface MoneyOf<M> {
  readonly show: (m: M) => string;
  /** A number that orders two amounts of one currency. */
  readonly size: (m: M) => number;
}

/** What the plan asks about an organization the plan takes over its limits (§12.4.6). */
export interface LimitsAsk {
  /** "head count limit and budget", "budget at default salaries": what the plan breaks. */
  readonly broken: string;
  /** Whether the plan adds people (hires, open positions, SREs moving in), not only raises. */
  readonly addsPeople: boolean;
  /** The decision's question: "May sre exceed its head count limit and its budget?" */
  readonly question: string;
  /** The decision's proposal, with its figures. */
  readonly proposal: string;
  /** The risk register's mitigation. */
  readonly mitigation: string;
  /** Who takes the organization over: "The hiring list takes", "Promotion raises take". */
  readonly who: string;
}

/**
 * §12.4.6: "financial controls impose a head count limit in addition to the budget limit". What
 * the plan asks of an organization its hires, open positions, SREs moving in or promotion raises
 * take over its head count limit, its budget or both: one source for the summary's decision,
 * the risk register and the hiring trade-off, so none asks about one limit while the funding
 * table says both break. Null when nothing the plan adds breaks a limit (a budget broken
 * already today by raises alone is the `over-budget` finding's, not the plan's).
 */
export function limitsAsk<M>(f: FundingRowOf<M>, money: MoneyOf<M>): LimitsAsk | null {
  const filled = f.openPositions.length;
  const addsPeople = f.hires + f.movedIn + filled > 0 && (f.breaksHeadcount || f.breaksBudget);
  // A promotion adds no head, but its raise may take a budget over (§12.10.2).
  const raised =
    f.promotions.length > 0 &&
    f.breaksBudget &&
    f.annualBudget !== null &&
    f.annualBudget !== undefined &&
    money.size(f.current.annualCost) <= money.size(f.annualBudget);
  if (!addsPeople && !raised) return null;
  // Over the budget only with default salaries standing in for unstated ones (budgetVerdict):
  // the funding table says so, and the ask wants the salaries before any lever.
  const atDefaults = f.budget?.kind === 'over-at-default-salaries' ? f.budget : undefined;
  const budgetBreaks = f.breaksBudget && atDefaults === undefined;
  const broken = [
    f.breaksHeadcount ? 'head count limit' : '',
    f.breaksBudget ? (atDefaults ? 'budget at default salaries' : 'budget') : '',
  ]
    .filter((s) => s !== '')
    .join(' and ');
  const question = `May ${f.organization} exceed its ${
    f.breaksHeadcount && f.breaksBudget
      ? 'head count limit and its budget'
      : f.breaksHeadcount
        ? 'head count limit'
        : 'budget'
  }?`;
  const fewer = addsPeople ? 'hire fewer' : 'fund the raises of its promotions elsewhere';
  const statedFirst = atDefaults
    ? `state salary bands for the ${atDefaults.defaults} default ${atDefaults.defaults === 1 ? 'salary' : 'salaries'} first: the budget breaks only with them; if it still does: `
    : '';
  // The budget figure reads only the salaries paid in its currency: the others are said beside.
  const other =
    f.salaries.otherCurrencies.length === 0
      ? ''
      : ` (besides ${f.salaries.otherCurrencies.map(money.show).join(', ')} of salaries in other currencies, not converted)`;
  const budgetTo =
    f.annualBudget === null || f.annualBudget === undefined
      ? 'its budget to the planned cost'
      : `its budget from ${money.show(f.annualBudget)} to ${money.show(f.planned.annualCost)} a year${other}`;
  const limitTo = `its head count limit from ${f.headcountLimit} to ${f.planned.headcount}`;
  const proposal =
    f.breaksHeadcount && budgetBreaks
      ? `Approve the ${f.hires > 0 ? 'hires' : 'people'} and the money: raise ${limitTo} and ${budgetTo}; or decide which hires to give up to stay within both.`
      : f.breaksHeadcount && atDefaults
        ? `Raise ${limitTo}, or hire within it. Its planned cost is over the budget only with ${atDefaults.defaults} default ${atDefaults.defaults === 1 ? 'salary' : 'salaries'} standing in for ones the model does not state: state salary bands for them first; if it still breaks, raise ${budgetTo} too, or hire fewer.`
        : f.breaksHeadcount
          ? `Raise ${limitTo}, or hire within it.`
          : atDefaults
            ? `Its planned cost is over the budget only with ${atDefaults.defaults} default ${atDefaults.defaults === 1 ? 'salary' : 'salaries'} standing in for ones the model does not state: state salary bands for them first; if it still breaks, raise its budget to the planned cost, or ${fewer}.`
            : `Raise its budget to the planned cost, or ${fewer}.`;
  const mitigation = !addsPeople
    ? `${statedFirst.replace(/^s/, 'S')}${statedFirst ? 'raise' : 'Raise'} the budget by the raises, or fund them from another budget (§12.4.6).`
    : f.breaksHeadcount && budgetBreaks
      ? 'Raise the limit and the budget, or give up hires to stay within both (a senior instead of two juniors counts once against the limit), or reallocate (§12.4.6).'
      : f.breaksHeadcount
        ? `Raise the limit, hire within it (a senior instead of two juniors counts once), or reallocate (§12.4.6).${atDefaults ? ` For the budget, ${statedFirst}raise it or hire fewer.` : ''}`
        : `${statedFirst.replace(/^s/, 'S')}${statedFirst ? 'raise' : 'Raise'} the budget, hire fewer, or reallocate (§12.4.6).`;
  // Funding counts the open positions the hiring list does not fill as well (funding-plan.ts).
  const names = f.openPositions.map((o) => o.name).join(', ');
  const who = !addsPeople
    ? 'Promotion raises take'
    : f.hires > 0 && filled > 0
      ? `The hiring list and its open position${filled === 1 ? '' : 's'} (${names}) take`
      : f.hires > 0
        ? 'The hiring list takes'
        : filled > 0
          ? `Filling its open position${filled === 1 ? '' : 's'} (${names}) takes`
          : 'The SRE team moving in takes';
  return { broken, addsPeople, question, proposal, mitigation, who };
}

/**
 * "sre to 13 people against its limit of 8 and to 978,000.00 EUR a year against its budget of
 * 820,000.00 EUR": what the hiring takes an organization to, each limit it breaks with its
 * figure, for the hiring trade-off.
 */
export function limitsTakenTo<M>(f: FundingRowOf<M>, money: MoneyOf<M>): string {
  const budget =
    f.breaksBudget &&
    f.budget?.kind === 'over' &&
    f.annualBudget !== null &&
    f.annualBudget !== undefined
      ? ` and to ${money.show(f.planned.annualCost)} a year against its budget of ${money.show(f.annualBudget)}`
      : '';
  return `${f.organization} to ${f.planned.headcount} people${f.movedIn > 0 ? ` (with the ${f.movedIn} of the SRE team moving in)` : ''} against its limit of ${f.headcountLimit}${budget}`;
}
