import type { CompiledModel, Organization } from '../../model/index.ts';
import { homeOrganizations, organizationPeople } from '../../model/index.ts';
import { chargeback } from '../chargeback/chargeback.ts';
import { type SalaryCost, salaryCost } from '../funding/salary-cost.ts';
import {
  addDecimal,
  DECIMAL_ZERO,
  type Decimal,
  decimalToNumber,
  type Money,
  moneyFromMajor,
  multiplyMoney,
  sumMoney,
} from '../money/index.ts';

/** How many budget periods make a year. Budgets are compared per year. */
const PERIODS_PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

/** SRE support an organization pays for at a transfer price (§12.4.7). */
export interface TransferCharge {
  readonly transferPrice: string;
  readonly provider: string;
  /** Support hours per month of the provider's SRE teams for the consumer's dev teams (`supportHoursPerMonth`, average month). */
  readonly hoursPerMonth: number;
  /** Charged monthly, as `chargeback` bills an average month. */
  readonly perMonth: Money;
  readonly perYear: Money;
}

/** What an organization's budget is committed to, per year, in the budget's currency. */
export interface BudgetCommitment {
  readonly organization: string;
  readonly budgetPerYear: Money;
  /**
   * The people the budget pays directly: those of the organization and of organizations below
   * it that have no budget of their own, with their yearly salaries (`salaryCost`).
   */
  readonly salaries: SalaryCost;
  /** The budgets of the organizations below it that have their own (the nearest ones). */
  readonly subOrganizations: readonly { readonly name: string; readonly perYear: Money }[];
  /** SRE support its directly paid teams buy from organizations outside them (§12.4.7). */
  readonly transferCharges: readonly TransferCharge[];
  readonly committedPerYear: Money;
  /** Budgets, prices and salaries left out because they are in another currency (no exchange rates). */
  readonly otherCurrencies: readonly string[];
}

/** A budget or price as money per year. */
export function perYear(
  amount: number,
  currency: string,
  period: keyof typeof PERIODS_PER_YEAR,
): Money {
  return multiplyMoney(moneyFromMajor(amount, currency), PERIODS_PER_YEAR[period]);
}

/**
 * The organization and those below it that its budget pays for directly: every organization
 * reached without passing one that has a budget of its own, which pays for itself.
 */
export function paidFrom(model: CompiledModel, org: Organization): ReadonlySet<string> {
  const region = new Set([org.name]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const child of model.organizations.values()) {
      const parent = child.spec.parent;
      if (parent === undefined || !region.has(parent) || region.has(child.name)) continue;
      if (child.spec.budget) continue;
      region.add(child.name);
      grew = true;
    }
  }
  return region;
}

/**
 * What an organization with a budget has committed a year (§12.4.6, §12.4.7): the salaries of
 * the people it pays directly, the budgets of the organizations below it that have their own,
 * and the SRE support its teams buy from organizations outside what it pays for, as `chargeback`
 * bills an average month ("the development organization's cost center contains the costs for
 * the development teams and the SRE support"). Undefined without a budget.
 */
export function budgetCommitment(
  model: CompiledModel,
  org: Organization,
): BudgetCommitment | undefined {
  const budget = org.spec.budget;
  if (!budget) return undefined;
  const currency = budget.currency;
  const region = paidFrom(model, org);
  const otherCurrencies: string[] = [];
  const subOrganizations: { name: string; perYear: Money }[] = [];
  for (const child of model.organizations.values()) {
    const parent = child.spec.parent;
    if (parent === undefined || !region.has(parent) || !child.spec.budget) continue;
    const b = child.spec.budget;
    if (b.currency !== currency) otherCurrencies.push(`organization ${child.name} (${b.currency})`);
    else
      subOrganizations.push({ name: child.name, perYear: perYear(b.amount, b.currency, b.period) });
  }
  const homes = homeOrganizations(model);
  const paid = organizationPeople(model, org).filter((p) => {
    const home = homes.get(p.name);
    return home !== undefined && region.has(home.organization);
  });
  const salaries = salaryCost(model, paid, { currency });
  for (const m of salaries.otherCurrencies) otherCurrencies.push(`salaries (${m.currency})`);
  const transferCharges = chargesBought(model, region, currency, otherCurrencies);
  const committedPerYear = sumMoney(
    [
      salaries.total,
      ...subOrganizations.map((s) => s.perYear),
      ...transferCharges.map((t) => t.perYear),
    ],
    currency,
  );
  return {
    organization: org.name,
    budgetPerYear: perYear(budget.amount, currency, budget.period),
    salaries,
    subOrganizations,
    transferCharges,
    committedPerYear,
    otherCurrencies,
  };
}

/** The support the region's teams buy from outside it, per transfer price and provider. */
function chargesBought(
  model: CompiledModel,
  region: ReadonlySet<string>,
  currency: string,
  otherCurrencies: string[],
): TransferCharge[] {
  const orgOfTeam = teamOrganization(model);
  return transferCharges(
    model,
    (line) => region.has(orgOfTeam(line.team)) && !region.has(orgOfTeam(line.sreTeam)),
    currency,
    otherCurrencies,
  );
}

/**
 * The support the region's teams buy today that a move ends (§12.4.7, §12.8.2): the SRE team
 * that gives it moves into an organization the region's budget pays for, so the support no
 * longer crosses a cost center and no transfer price is charged for it. `movedTo` maps each
 * moving SRE team to the organization it moves to.
 */
export function transferChargesEndedByMoves(
  model: CompiledModel,
  region: ReadonlySet<string>,
  currency: string,
  movedTo: ReadonlyMap<string, string>,
): TransferCharge[] {
  const orgOfTeam = teamOrganization(model);
  return transferCharges(
    model,
    (line) => {
      const destination = movedTo.get(line.sreTeam);
      return (
        destination !== undefined &&
        region.has(destination) &&
        region.has(orgOfTeam(line.team)) &&
        !region.has(orgOfTeam(line.sreTeam))
      );
    },
    currency,
    [],
  );
}

/** Support bought at a transfer price from an SRE team that moves to another provider. */
export interface TransferChargeRepriced extends TransferCharge {
  /** The SRE team that gives the support and moves. */
  readonly sreTeam: string;
  /** The organization it moves to: neither the provider that priced its support nor the buyer. */
  readonly movesTo: string;
}

/**
 * The support the region's teams buy today at a transfer price from an SRE team that moves out
 * of the provider that negotiated the price to an organization the region does not pay for
 * (§12.4.7, §12.8.2): "the operations organization negotiates a transfer price for SRE support
 * with the development organization", so the price is the provider's, and it ends with the move.
 * The new home either carries the team's cost in its own cost center or negotiates a transfer
 * price of its own with the buyer; which one is a decision, so the planned cost keeps the old
 * price as the estimate and the plan asks for it. A move into the region is `transferChargesEndedByMoves`.
 */
export function transferChargesRepricedByMoves(
  model: CompiledModel,
  region: ReadonlySet<string>,
  currency: string,
  movedTo: ReadonlyMap<string, string>,
): TransferChargeRepriced[] {
  const orgOfTeam = teamOrganization(model);
  return [...movedTo].flatMap(([sreTeam, destination]) => {
    if (region.has(destination) || destination === orgOfTeam(sreTeam)) return [];
    return transferCharges(
      model,
      (line) =>
        line.sreTeam === sreTeam &&
        region.has(orgOfTeam(line.team)) &&
        !region.has(orgOfTeam(line.sreTeam)),
      currency,
      [],
    ).map((t) => ({ ...t, sreTeam, movesTo: destination }));
  });
}

function teamOrganization(model: CompiledModel): (team: string) => string {
  return (team) => model.teams.get(team)?.spec.organization ?? '';
}

/** The average month's chargeback lines that `counts`, per transfer price and provider, a year. */
function transferCharges(
  model: CompiledModel,
  counts: (line: { readonly team: string; readonly sreTeam: string }) => boolean,
  currency: string,
  otherCurrencies: string[],
): TransferCharge[] {
  const bill = chargeback(model, 'average');
  const orgOfTeam = teamOrganization(model);
  const groups = new Map<
    string,
    { price: string; provider: string; hours: Decimal; amounts: Money[] }
  >();
  for (const statement of bill.statements) {
    for (const line of statement.lines) {
      if (!counts(line)) continue;
      if (statement.currency !== currency) {
        const note = `transfer price ${line.transferPrice} (${statement.currency})`;
        if (!otherCurrencies.includes(note)) otherCurrencies.push(note);
        continue;
      }
      const provider = orgOfTeam(line.sreTeam);
      const key = JSON.stringify([line.transferPrice, provider]);
      const group = groups.get(key) ?? {
        price: line.transferPrice,
        provider,
        hours: DECIMAL_ZERO,
        amounts: [],
      };
      group.hours = addDecimal(group.hours, line.hours);
      group.amounts.push(line.amount);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => {
    const perMonth = sumMoney(g.amounts, currency);
    return {
      transferPrice: g.price,
      provider: g.provider,
      hoursPerMonth: decimalToNumber(g.hours),
      perMonth,
      perYear: multiplyMoney(perMonth, 12),
    };
  });
}
