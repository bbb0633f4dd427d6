import type { CompiledModel as Model } from '../../../model/index.ts';
import { personDisplayName, teamEngineers } from '../../../model/index.ts';
import { type AnnualCostTable, modelCurrency, salaryOf } from '../../funding/index.ts';
import {
  addMoney,
  compareMoney,
  displayMoney,
  type Money,
  moneyFromMajor,
  multiplyMoney,
  zero,
} from '../../money/index.ts';
import { mostCommon } from '../../sites/index.ts';
import { seatsWords, teamSeats } from '../../spectrum/operations-first-line.ts';
import type { PlanDocument } from './plan-document-schema.ts';

type Body = Omit<PlanDocument, 'summary'>;

/** One decision of the first page: question, proposal, where it is explained. */
export interface TeamStaffingDecision {
  readonly id: string;
  readonly question: string;
  readonly proposal: string;
}

/**
 * The hires a team must make before operations can hand it the high tiers the plan moves to it
 * (`InterimWait` `team-staffed`, §12.9.5): the risk register said "hire 3 first" and nothing asked
 * anyone to decide it. One decision per organization whose head count takes the hires, in the
 * risks' figures per team: who decides (the head of the
 * organization whose head count takes them, §12.4.6), how many and why, the seats, and what they
 * cost a year and on what basis — outside the plan's operating cost and funding, which count no
 * developers hired into a team.
 */
export function teamStaffingDecisions(
  model: Model,
  doc: Body,
  annualCost: AnnualCostTable | undefined,
): TeamStaffingDecision[] {
  const byTeam = new Map<
    string,
    { services: string[]; people: number; needed: number; sreJoins: boolean }
  >();
  for (const s of doc.services) {
    const until = s.recommendation.until;
    if (until?.kind !== 'team-staffed') continue;
    const entry = byTeam.get(until.team) ?? {
      services: [],
      people: until.people,
      needed: 0,
      sreJoins: false,
    };
    entry.services.push(s.name);
    entry.people = Math.min(entry.people, until.people);
    entry.needed = Math.max(entry.needed, until.needed);
    entry.sreJoins ||= until.sreJoins;
    byTeam.set(until.team, entry);
  }
  const currency = modelCurrency(model);
  const teams = [...byTeam].map(([team, { services, people, needed, sreJoins }]) => {
    const more = needed - people;
    const sre = model.teams.get(team)?.spec.type === 'sre';
    const location = mostCommon(teamEngineers(model, team).flatMap((p) => p.spec.location ?? []));
    const salary = salaryOf(
      model,
      {
        name: `${team}-hire`,
        role: sre ? 'sre' : 'developer',
        ...(location === undefined ? {} : { location }),
      },
      { currency, defaults: annualCost },
    );
    const each = moneyFromMajor(salary.annual, salary.currency);
    const basis =
      salary.basis === 'band'
        ? `salary band ${salary.band}`
        : `the default yearly cost of a ${sre ? 'SRE' : 'developer'}: no salary band of the model matches`;
    return { team, services, people, needed, more, sre, sreJoins, location, each, basis };
  });
  // One decision per organization whose head count takes the hires: its head decides them all.
  const byOrganization = new Map<string, typeof teams>();
  for (const t of teams) {
    const org = teamSeats(model, t.team).organization;
    byOrganization.set(org, [...(byOrganization.get(org) ?? []), t]);
  }
  return [...byOrganization].map(([organization, of]) => {
    const first = of[0] as (typeof teams)[number];
    const more = of.reduce((n, t) => n + t.more, 0);
    const noun = (n: number) =>
      of.every((t) => t.sre)
        ? `SRE${n === 1 ? '' : 's'}`
        : of.some((t) => t.sre)
          ? `engineer${n === 1 ? '' : 's'}`
          : `developer${n === 1 ? '' : 's'}`;
    const services = of.flatMap((t) => t.services);
    const list = services.join(', ');
    const seats = teamSeats(model, first.team);
    const head = model.organizations.get(organization)?.spec.head;
    const who = head
      ? `${personDisplayName(model, head)}, head of ${organization}`
      : `the head of ${organization}`;
    // The people counted with the SRE the hiring list hires for the team (`sreJoins`): the move
    // waits for that SRE too, which the hiring decision decides, not this one.
    const waitingForSre = of.filter((t) => t.sreJoins);
    const allWait = waitingForSre.length === of.length;
    const counted = (t: (typeof teams)[number]) =>
      t.sreJoins && !allWait ? ', its SRE counted' : '';
    const why =
      of.length === 1
        ? `into team ${first.team}: it has ${first.people} of the ${first.needed} people a rotation round the clock needs by the sizing rule${first.sreJoins ? ', counting the SRE the hiring list hires for it' : ''}, for ${list}`
        : `so each team can staff a rotation round the clock (who can be on call${allWait ? ', the SRE the hiring list hires for it counted' : ''}, of what the sizing rule needs): ${of
            .map(
              (t) =>
                `${t.team} ${t.more} (${t.people} of ${t.needed}${counted(t)}, for ${t.services.join(', ')})`,
            )
            .join('; ')}`;
    const andSre =
      waitingForSre.length === 0
        ? ''
        : allWait
          ? ` and ${of.length === 1 ? 'its SRE joins' : 'each team’s SRE joins'} (the hiring decision, §12.4.1)`
          : ` and the SREs of ${waitingForSre.map((t) => t.team).join(', ')} join (the hiring decision, §12.4.1)`;
    // Hires at the same salary on the same basis priced once: "10 × 80,000.00 EUR … (at Hamburg
    // and Porto, the default yearly cost of a developer …)".
    const prices = new Map<string, { each: Money; basis: string; count: number; at: string[] }>();
    for (const t of of) {
      const key = `${displayMoney(t.each)}|${t.basis}`;
      const price = prices.get(key) ?? { each: t.each, basis: t.basis, count: 0, at: [] };
      price.count += t.more;
      if (t.location !== undefined && !price.at.includes(t.location)) price.at.push(t.location);
      prices.set(key, price);
    }
    const costs = [...prices.values()].map(
      (p) =>
        `${p.count} × ${displayMoney(p.each)} = ${displayMoney(multiplyMoney(p.each, p.count))} a year (${p.at.length === 0 ? '' : `at ${p.at.join(' and ')}, `}${p.basis})`,
    );
    const amounts = [...prices.values()].map((p) => multiplyMoney(p.each, p.count));
    const oneCurrency = amounts.every((m) => m.currency === currency);
    const total = amounts.reduce(
      (sum, m) => (oneCurrency ? addMoney(sum, m) : sum),
      zero(currency),
    );
    const they = services.length === 1 ? 'it' : 'they';
    return {
      id: `staff-${organization}`,
      question:
        of.length === 1
          ? `Do we staff team ${first.team} with ${more} more ${noun(more)}, so ${list} can leave operations?`
          : `Do we staff ${of.length} teams of ${organization} with ${more} more ${noun(more)}, so ${list} can leave operations?`,
      proposal: `Hire ${more} ${noun(more)} ${why} (§12.9.5); until ${more === 1 ? 'the hire joins' : 'they join'}${andSre}, operations stay first line for ${list} on their runbooks and ${they} cannot move (the run-model decision, §12.6). Decided by ${who}, whose head count takes them${seatsWords(seats, more)}. Cost: ${costs.join('; ')}${costs.length > 1 && oneCurrency ? `, ${displayMoney(total)} a year in all` : ''}, not in the plan's operating cost or its funding figures${oneCurrency ? budgetWords(doc, organization, total) : ''} (§12.4.6).`,
    };
  });
}

/**
 * "; with them it-development plans 2,262,400.00 EUR a year against its budget of 3,600,000.00
 * EUR": the organization's planned cost (the funding section's) with the hires, against its
 * budget; nothing when it has none or pays in another currency (no exchange rates).
 */
function budgetWords(doc: Body, organization: string, hires: Money): string {
  const f = doc.staffing.funding.find((x) => x.organization === organization);
  const budget = f?.annualBudget;
  const planned = f?.planned.annualCost;
  if (
    !budget ||
    !planned ||
    budget.currency !== hires.currency ||
    planned.currency !== hires.currency
  )
    return `: add them to ${organization}'s budget`;
  const withThem = addMoney(moneyFromMajor(Number(planned.amount), planned.currency), hires);
  const limit = moneyFromMajor(Number(budget.amount), budget.currency);
  return `; with them ${organization} plans ${displayMoney(withThem)} a year against its budget of ${displayMoney(limit)}${compareMoney(withThem, limit) > 0 ? ', over it: raise the budget or give up other spending first' : ''}`;
}
