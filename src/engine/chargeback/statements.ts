import {
  addDecimal,
  allocateMoney,
  DECIMAL_ZERO,
  type Decimal,
  decimalToNumber,
  type Money,
  moneyFromMajor,
  multiplyMoneyByDecimal,
  sumMoney,
} from '../money/index.ts';
import type { SupportAllocation } from './support-allocations.ts';

/** The negotiated price between two organizations (§12.4.7), as the statements need it. */
export interface Price {
  readonly name: string;
  readonly currency: string;
  /** Major units per support hour. */
  readonly hourlyRate: number;
  /** Major units per support hour towards the SRE infrastructure. */
  readonly infrastructureContribution: number;
}

export interface StatementLine {
  readonly sreTeam: string;
  readonly team: string;
  readonly hours: Decimal;
  readonly source: SupportAllocation['source'];
  readonly buys: SupportAllocation['buys'];
  readonly transferPrice: string;
  readonly amount: Money;
  /** The part of `amount` for SRE time and the part for the SRE infrastructure. */
  readonly labor: Money;
  readonly infrastructure: Money;
}

/** What one consumer cost center pays one provider cost center for a month. */
export interface Statement {
  readonly consumer: string;
  readonly consumerOrganizations: readonly string[];
  readonly provider: string;
  readonly providerOrganizations: readonly string[];
  readonly currency: string;
  readonly lines: readonly StatementLine[];
  readonly total: Money;
}

/** Support within one organization: no transfer, only internal cost (§12.4.7). */
export interface InternalSupport {
  readonly organization: string;
  readonly costCenter: string;
  readonly sreTeam: string;
  readonly team: string;
  readonly hours: Decimal;
  readonly buys: SupportAllocation['buys'];
}

export interface Unpriced {
  readonly sreTeam: string;
  readonly team: string;
  readonly provider: string;
  readonly consumer: string;
  readonly hours: Decimal;
  readonly buys: SupportAllocation['buys'];
}

export interface Reconciliation {
  readonly currency: string;
  /** What consumers are charged in all. */
  readonly charged: Money;
  /** What providers receive in all. */
  readonly received: Money;
  readonly balanced: boolean;
}

export interface Statements {
  readonly statements: readonly Statement[];
  readonly providers: readonly { readonly provider: string; readonly received: Money }[];
  readonly internal: readonly InternalSupport[];
  readonly unpriced: readonly Unpriced[];
  readonly reconciliation: readonly Reconciliation[];
}

export interface StatementInput {
  readonly allocations: readonly SupportAllocation[];
  /** The cost center an organization books to (its own, else its name). */
  readonly costCenterOf: (organization: string) => string;
  /** The transfer price from provider to consumer organization, if one was negotiated. */
  readonly priceFor: (provider: string, consumer: string) => Price | undefined;
}

/**
 * Monthly chargeback statements (§12.4.7): "the operations organization charges the
 * development organization for the hours during which the SREs from the SRE team supported
 * the development teams each month", at the transfer price (hourly rate plus infrastructure
 * contribution). One statement per consumer and provider cost center. For each transfer price
 * the month's total is hours × price rounded once, then split over the line items by hours
 * with no cent lost (allocateMoney), and over labor and infrastructure the same way; so every
 * statement is the sum of its lines and all consumers pay exactly what all providers receive.
 * Support inside one cost center is internal cost and transfers nothing.
 */
export function buildStatements(input: StatementInput): Statements {
  const internal: InternalSupport[] = [];
  const unpriced: Unpriced[] = [];
  const groups = new Map<
    string,
    {
      price: Price;
      provider: string;
      consumer: string;
      providerOrg: string;
      consumerOrg: string;
      items: SupportAllocation[];
    }
  >();
  for (const a of input.allocations) {
    const providerCenter = input.costCenterOf(a.provider);
    const consumerCenter = input.costCenterOf(a.consumer);
    if (a.provider === a.consumer || providerCenter === consumerCenter) {
      internal.push({
        organization: a.consumer,
        costCenter: consumerCenter,
        sreTeam: a.sreTeam,
        team: a.team,
        hours: a.hours,
        buys: a.buys,
      });
      continue;
    }
    const price = input.priceFor(a.provider, a.consumer);
    if (!price) {
      unpriced.push({
        sreTeam: a.sreTeam,
        team: a.team,
        provider: a.provider,
        consumer: a.consumer,
        hours: a.hours,
        buys: a.buys,
      });
      continue;
    }
    const key = JSON.stringify([
      providerCenter,
      consumerCenter,
      price.name,
      a.provider,
      a.consumer,
    ]);
    const group = groups.get(key) ?? {
      price,
      provider: providerCenter,
      consumer: consumerCenter,
      providerOrg: a.provider,
      consumerOrg: a.consumer,
      items: [],
    };
    group.items.push(a);
    groups.set(key, group);
  }
  const byStatement = new Map<
    string,
    {
      provider: string;
      consumer: string;
      currency: string;
      providerOrgs: Set<string>;
      consumerOrgs: Set<string>;
      lines: StatementLine[];
    }
  >();
  for (const group of groups.values()) {
    const { price } = group;
    const rate = moneyFromMajor(price.hourlyRate, price.currency);
    const contribution = moneyFromMajor(price.infrastructureContribution, price.currency);
    const perHour = sumMoney([rate, contribution], price.currency);
    const hours = group.items.reduce((h, a) => addDecimal(h, a.hours), DECIMAL_ZERO);
    const total = multiplyMoneyByDecimal(perHour, hours);
    const amounts = allocateMoney(
      total,
      group.items.map((a) => decimalToNumber(a.hours)),
    );
    const key = JSON.stringify([group.provider, group.consumer, price.currency]);
    const statement = byStatement.get(key) ?? {
      provider: group.provider,
      consumer: group.consumer,
      currency: price.currency,
      providerOrgs: new Set<string>(),
      consumerOrgs: new Set<string>(),
      lines: [],
    };
    statement.providerOrgs.add(group.providerOrg);
    statement.consumerOrgs.add(group.consumerOrg);
    group.items.forEach((a, i) => {
      const amount = amounts[i] as Money;
      const [labor, infrastructure] = allocateMoney(amount, [
        price.hourlyRate,
        price.infrastructureContribution,
      ]);
      statement.lines.push({
        sreTeam: a.sreTeam,
        team: a.team,
        hours: a.hours,
        source: a.source,
        buys: a.buys,
        transferPrice: price.name,
        amount,
        labor: labor as Money,
        infrastructure: infrastructure as Money,
      });
    });
    byStatement.set(key, statement);
  }
  const statements: Statement[] = [...byStatement.values()].map((s) => ({
    consumer: s.consumer,
    consumerOrganizations: [...s.consumerOrgs],
    provider: s.provider,
    providerOrganizations: [...s.providerOrgs],
    currency: s.currency,
    lines: s.lines,
    total: sumMoney(
      s.lines.map((l) => l.amount),
      s.currency,
    ),
  }));
  return { statements, internal, unpriced, ...reconcile(statements) };
}

/** Both sides of every statement, added up separately per currency. */
function reconcile(
  statements: readonly Statement[],
): Pick<Statements, 'providers' | 'reconciliation'> {
  const received = new Map<string, Money>();
  for (const s of statements) {
    for (const line of s.lines) {
      const key = JSON.stringify([s.provider, s.currency]);
      received.set(
        key,
        sumMoney([received.get(key) ?? moneyFromMajor(0, s.currency), line.amount], s.currency),
      );
    }
  }
  const providers = [...received].map(([key, money]) => ({
    provider: (JSON.parse(key) as string[])[0] as string,
    received: money,
  }));
  const currencies = [...new Set(statements.map((s) => s.currency))];
  const reconciliation = currencies.map((currency) => {
    const charged = sumMoney(
      statements.filter((s) => s.currency === currency).map((s) => s.total),
      currency,
    );
    const got = sumMoney(
      providers.filter((p) => p.received.currency === currency).map((p) => p.received),
      currency,
    );
    return { currency, charged, received: got, balanced: charged.minor === got.minor };
  });
  return { providers, reconciliation };
}
