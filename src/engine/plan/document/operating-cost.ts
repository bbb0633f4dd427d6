import type { CompiledModel as Model, OrganizationType, Person } from '../../../model/index.ts';
import { personDisplayName } from '../../../model/index.ts';
import {
  type AnnualCostTable,
  fundedAsItself,
  type OutsideContract,
  outsideContracts,
  promotionRaise,
  type SalaryCost,
  type SalaryProfile,
  salaryCost,
} from '../../funding/index.ts';
import {
  displayMoney,
  type Money,
  moneyFromMajor,
  moneyJson,
  multiplyMoney,
  subtractMoney,
  sumMoney,
} from '../../money/index.ts';
import { byCurrencyOf, type OnCallCostResult } from '../../oncall-cost/index.ts';
import { roleLabel } from '../../people/role-names.ts';
import type { NewDirector } from '../../spectrum/new-director.ts';
import { rotationsStaffedWords } from '../../staffing/contract-staffing.ts';
import { phasedCostBasis, type Staffing, sreCount } from '../../staffing/index.ts';
import { type OperatingGroup, operatingPeople } from './operating-people.ts';
import type { OperatingCost } from './plan-document-schema.ts';
import { paidAsSre, rotationsWithContractTurns, sreOnCallPay } from './sre-on-call-pay.ts';

type CostLine = Omit<OperatingCost['today']['lines'][number], 'perYear' | 'otherCurrencies'> & {
  readonly perYear: Money;
  readonly otherCurrencies: readonly Money[];
};

const GROUP_LINES: Readonly<Record<OperatingGroup, { id: CostLine['id']; label: string }>> = {
  sre: { id: 'sre-salaries', label: 'SREs, their managers and the head of SRE' },
  'sre-infrastructure': { id: 'sre-infrastructure-salaries', label: 'SRE infrastructure team' },
  operations: {
    id: 'operations-salaries',
    label: 'Operations engineers, their managers and the head of operations',
  },
};

/**
 * Which heads the salary lines count (`operatingGroup`), one rule said in the basis of the SRE
 * and the operations line alike.
 */
const HEADS_BASIS =
  "heads of organizations: an SRE organization's in the SRE line, an operations organization's in the operations line, a development organization's in neither; a head of several in the line of the topmost they head, where head count counts them";
const SAYS_HEADS: Readonly<Record<OperatingGroup, boolean>> = {
  sre: true,
  'sre-infrastructure': false,
  operations: true,
};

/**
 * The line another company's contract counts in: SRE bought from an outside SRE organization is
 * part of the cost of SRE; a vendor or managed-service provider that runs services is not.
 */
const CONTRACT_LINES: Readonly<Record<OrganizationType, 'sre-contracts' | 'contracts'>> = {
  sre: 'sre-contracts',
  operations: 'contracts',
  development: 'contracts',
  'product-delivery': 'contracts',
};

/** "senior SRE", "SRE Infrastructure PO": what an open position is for. */
const positionName = (p: Person) => {
  const role = p.spec.role ? roleLabel(p.spec.role) : 'role not stated';
  return p.spec.level ? `${p.spec.level} ${role}` : role;
};

export interface OperatingCostInput {
  readonly model: Model;
  readonly currency: string;
  readonly staffing: Staffing;
  readonly onCall: OnCallCostResult;
  readonly newDirector: NewDirector;
  readonly annualCost: AnnualCostTable;
}

/**
 * The total cost of the operating model per year, today and in the target (issue #13, §12.4.6):
 * salaries of the people who run services (SREs, SRE infrastructure, operations), the hires of
 * the hiring list and a new head of SRE where §12.8.2 calls for one, and on-call compensation
 * (today's rotations, and the optimized design of §12.6 as the target), in the model's currency.
 */
export function operatingCost(input: OperatingCostInput): OperatingCost {
  const { model, currency, staffing, onCall, annualCost } = input;
  // Today counts the people in place; an open position is paid once filled, so it is in the
  // target only: SRE positions through the hiring list (its gaps count SREs in place, so an open
  // one is a hire there), every other open position (an SRE infrastructure product owner, an
  // operations engineer) as itself.
  const all = operatingPeople(model);
  const inPlace = (list: readonly Person[]) => list.filter((p) => p.spec.openPosition !== true);
  const people: Readonly<Record<OperatingGroup, readonly Person[]>> = {
    sre: inPlace(all.sre),
    'sre-infrastructure': inPlace(all['sre-infrastructure']),
    operations: inPlace(all.operations),
  };
  const openOutsideHiring = Object.values(all).flat().filter(fundedAsItself);
  // Salaries by SalaryBand, else the documented defaults (`salaryCost`); other currencies are
  // left out, never converted.
  let fromBands = 0;
  let fromDefaults = 0;
  // Whose salaries are the defaults, and which SREs with no level a band of a level prices:
  // the note names them, so the figures they stand in for can be replaced (§12.4.6).
  const defaulted: string[] = [];
  const newPeopleNamed = new Map<string, string>();
  const assumedLevels: string[] = [];
  // Each group's salaries are priced once: its figure, its basis and what it leaves out in other
  // currencies all read the same cost (at 100,000 people, pricing a group is not free).
  const pricedGroups = new Map<readonly (Person | SalaryProfile)[], SalaryCost>();
  const costOf = (group: readonly (Person | SalaryProfile)[]): SalaryCost => {
    let cost = pricedGroups.get(group);
    if (cost === undefined) {
      cost = salaryCost(model, group, { currency, defaults: annualCost });
      pricedGroups.set(group, cost);
    }
    return cost;
  };
  const salary = (group: readonly (Person | SalaryProfile)[]) => {
    const cost = costOf(group);
    fromBands += cost.fromBands;
    fromDefaults += cost.fromDefaults;
    for (const line of cost.lines) {
      const person = model.people.has(line.name);
      if (line.basis === 'default') {
        defaulted.push(
          person
            ? personDisplayName(model, line.name)
            : (newPeopleNamed.get(line.name) ?? line.name),
        );
      } else if (line.assumedLevel !== null && person)
        assumedLevels.push(
          `${personDisplayName(model, line.name)} (band ${line.band}, ${line.assumedLevel})`,
        );
    }
    return cost.total;
  };
  const elsewhere = (group: readonly (Person | SalaryProfile)[]) => costOf(group).otherCurrencies;
  const basisOf = (group: readonly (Person | SalaryProfile)[]) => {
    const cost = costOf(group);
    const bands =
      cost.fromDefaults === 0
        ? 'salary bands of the model'
        : cost.fromBands === 0
          ? 'default yearly salaries by level or role (no salary band matches)'
          : `salary bands of the model, ${cost.fromDefaults} at the default yearly salaries`;
    return `${bands}${leftOut(cost)}`;
  };
  const salaryLines: CostLine[] = (Object.keys(GROUP_LINES) as OperatingGroup[])
    .filter((g) => people[g].length > 0)
    .map((g) => ({
      ...GROUP_LINES[g],
      people: people[g].length,
      perYear: salary(people[g]),
      otherCurrencies: elsewhere(people[g]),
      basis: `${basisOf(people[g])}, people in place${SAYS_HEADS[g] ? `; ${HEADS_BASIS}` : ''}`,
    }));
  const notes: string[] = [];
  // §12.9.5: people paid by a policy in another currency are a sum of their own, said beside the
  // line and never added to it (no exchange rates).
  const onCallYear = (
    design: 'current' | 'optimized',
  ): { perYear: Money; others: Money[] } | undefined => {
    if (!onCall.ok) return undefined;
    const monthly = onCall.cost[design].monthlyCost;
    if (monthly.currency !== currency) return undefined;
    const others = onCall.cost[design].byCurrency
      .filter((c) => c.currency !== currency && c.monthlyCost.minor !== 0)
      .map((c) => multiplyMoney(c.monthlyCost, 12));
    return { perYear: multiplyMoney(monthly, 12), others };
  };
  if (!onCall.ok) notes.push(`On-call compensation is not in the cost: ${onCall.message}.`);
  else if (onCall.cost.currency !== currency)
    notes.push(
      `On-call compensation is priced in ${onCall.cost.currency}, not ${currency}: left out (no exchange rates).`,
    );
  // The pay of the rotations SREs take turns on is SRE's; the rest is the developers' and
  // operations' (§12.4.6): two lines, so the cost of SRE counts only the first and a VP does not
  // read the store developers' pager as the price of SRE. The turns another company's people
  // take are paid by its contract (`onCallPaidByContract`), in neither line: `oncall-cost`
  // prices them at nothing, so the lines add up to its figures.
  const inContract: Partial<Record<'current' | 'optimized', readonly string[]>> = {};
  const onCallLine = (design: 'current' | 'optimized'): CostLine[] => {
    const year = onCallYear(design);
    if (!year || !onCall.ok) return [];
    const { perYear, others } = year;
    const when = design === 'current' ? 'today’s rotations' : 'optimized design (§12.6)';
    const basis = `standby and incident pay of an average month × 12, policy ${onCall.cost.policy}`;
    const paid = onCall.cost.payByRotation[design];
    const yearly = (list: readonly Money[]) => list.map((m) => multiplyMoney(m, 12));
    const [sre = moneyFromMajor(0, currency), ...sreOthers] = yearly(
      sreOnCallPay(model, paid, currency),
    );
    const contract = rotationsWithContractTurns(model, paid);
    if (contract.length > 0) inContract[design] = contract;
    const elsewhere = (list: readonly Money[]) =>
      list.length === 0
        ? ''
        : `; not in this figure, no exchange rates: on-call pay in ${list.map((m) => `${m.currency} (${displayMoney(m)} a year)`).join(', ')}, by the policies that pay those people`;
    const sreElsewhere = sreOthers.filter((m) => m.minor !== 0);
    const hasSreLine = paid.some((r) => r.takers.some((t) => paidAsSre(model, t)));
    const less = (from: Money, list: readonly Money[]) =>
      list
        .filter((x) => x.currency === from.currency)
        .reduce((left, x) => subtractMoney(left, x), from);
    const notRest = hasSreLine ? sreOthers : [];
    const restElsewhere = others.map((m) => less(m, notRest)).filter((m) => m.minor !== 0);
    const sreLine: CostLine[] = hasSreLine
      ? [
          {
            id: 'oncall-compensation-sre',
            label: `On-call compensation of SREs, ${when}`,
            people: 0,
            perYear: sre,
            otherCurrencies: sreElsewhere,
            basis: `${basis}: of each rotation, the SREs' share of its turns${elsewhere(sreElsewhere)}`,
          },
        ]
      : [];
    const contractWords =
      contract.length === 0
        ? ''
        : '; not the turns of another company’s people, which its contract pays';
    return [
      ...sreLine,
      {
        id: 'oncall-compensation',
        label: `On-call compensation of developers and operations, ${when}`,
        people: 0,
        perYear: less(perYear, hasSreLine ? [sre] : []),
        otherCurrencies: restElsewhere,
        basis: `${basis}${hasSreLine ? ': the rest of the turns, not the cost of SRE' : ''}${contractWords}${elsewhere(restElsewhere)}`,
      },
    ];
  };
  // Another company is paid its contract, counted once as its own line, today and in the target
  // alike (the plan moves no contract); its people are in no salary line (`operatingGroup`).
  const contracts = outsideContracts(model);
  const contractLines = contractCostLines(contracts, currency);
  const hires = staffing.hiring.reduce((n, h) => n + h.count, 0);
  const hireProfiles: SalaryProfile[] = staffing.hiring.flatMap((h, i) =>
    Array.from({ length: h.count }, (_, k) => ({
      name: `hire-${i}-${k}`,
      role: 'sre' as const,
      level: h.level,
      location: h.location,
    })),
  );
  const headless = input.newDirector.needed
    ? input.newDirector.organizations.filter((o) => o.runsSreTeamModels && o.head === undefined)
    : [];
  const directorProfiles: SalaryProfile[] = headless.map((o) => ({
    name: `head-of-${o.organization}`,
    role: 'manager' as const,
  }));
  for (const h of hireProfiles)
    newPeopleNamed.set(
      h.name,
      `a ${h.level} SRE hire${h.location === undefined ? '' : ` (${h.location})`}`,
    );
  for (const d of directorProfiles) newPeopleNamed.set(d.name, 'a new head of SRE');
  const newProfiles = [...hireProfiles, ...directorProfiles, ...openOutsideHiring];
  const opened = openOutsideHiring.length;
  // Phased hires are priced as the funding section prices them: a full year each (§12.1, §12.10).
  const phased = phasedCostBasis(staffing.hiring, sreCount(staffing.headcount));
  const newPeople: CostLine[] =
    hires + headless.length + opened === 0
      ? []
      : [
          {
            id: 'new-hires',
            label: [
              hires > 0 ? `${hires} SRE hire${hires === 1 ? '' : 's'} of the hiring list` : '',
              headless.length > 0 ? 'a new head of SRE (§12.8.2)' : '',
              opened > 0
                ? `${opened} open position${opened === 1 ? '' : 's'} of the model (${openOutsideHiring.map((p) => p.spec.role).join(', ')})`
                : '',
            ]
              .filter((s) => s !== '')
              .join(' and '),
            people: hires + headless.length + opened,
            perYear: salary(newProfiles),
            otherCurrencies: elsewhere(newProfiles),
            basis: `${basisOf(newProfiles)}, at the level and location hired; open SRE positions are hires of the hiring list, counted once${phased ? `; ${phased}` : ''}`,
          },
        ];
  // A promotion adds no head but raises a salary: the salary of the new level at the person's
  // location less today's (§12.10.2), for the candidates the hiring list counts on; priced as
  // funding prices it (`promotionRaise`), so the two show the same raise.
  const raises = staffing.promotions.flatMap((p) =>
    p.candidates.slice(0, p.promoted).flatMap((c) => {
      const raise = promotionRaise(
        model,
        { person: c.person, level: p.level },
        { currency, defaults: annualCost },
      );
      return raise ? [{ ...raise, from: p.from }] : [];
    }),
  );
  const priced = raises.filter((r) => r.perYear !== null);
  const promotions: CostLine[] =
    raises.length === 0
      ? []
      : [
          {
            id: 'promotions',
            label: `${raises.length} promotion${raises.length === 1 ? '' : 's'} instead of a hire (${[...new Set(raises.map((r) => `${r.from} → ${r.to} SRE`))].join(', ')})`,
            people: 0,
            // a raise in another currency is said in the basis
            otherCurrencies: [],
            perYear: sumMoney(
              priced.flatMap((r) => (r.perYear ? [r.perYear] : [])),
              currency,
            ),
            basis: `the salary at the new level less today’s${[
              ...[...new Set(priced.map((r) => r.basis))].map(
                (b, i) => `${i === 0 ? ': ' : '; '}${b}`,
              ),
              ...(priced.length < raises.length
                ? [
                    `${priced.length === 0 ? ', not counted: ' : '; '}${raises.length - priced.length} paid in another currency than ${currency}${priced.length === 0 ? '' : ', not counted'}`,
                  ]
                : []),
            ].join('')}`,
          },
        ];
  const breakdown = (lines: readonly CostLine[]) => {
    const total = sumMoney(
      lines.map((l) => l.perYear),
      currency,
    );
    return {
      people: lines.reduce((n, l) => n + l.people, 0),
      lines: lines.map(lineJson),
      total,
    };
  };
  // The model's open positions as it states them (level, role, location), for a reader who
  // takes the model itself as the target (`diff`): not in this plan's totals, which count
  // SRE positions through the hiring list. Priced apart so they do not change the salary basis.
  const open = Object.values(all)
    .flat()
    .filter((p) => p.spec.openPosition === true);
  const openPositions: CostLine | null =
    open.length === 0
      ? null
      : {
          id: 'open-positions',
          label: `${open.length} open position${open.length === 1 ? '' : 's'} of the model (${open.map(positionName).join(', ')}), paid once filled`,
          people: open.length,
          perYear: costOf(open).total,
          otherCurrencies: elsewhere(open),
          basis: `${basisOf(open)}, at the level, role and location the model states`,
        };
  // The target runs the optimized design (its on-call line): the people it must hire to staff
  // its thin layer are paid too (§12.6), at the salary `oncall-cost` counts in its saving.
  const layer = onCall.ok ? onCall.cost.thinLayerHires : null;
  const layerYear = layer && multiplyMoney(layer.annualEach, layer.people);
  const thinLayerHires: CostLine[] =
    layer === null || layerYear === null
      ? []
      : [
          {
            id: 'thin-layer-hires',
            label: `${layer.people} ${layer.people === 1 ? 'hire' : 'hires'} to staff the thin layer of the optimized design (${layer.role === 'ops-engineer' ? 'operations engineers' : 'developers'}, §12.6)`,
            people: layer.people,
            perYear: layerYear.currency === currency ? layerYear : moneyFromMajor(0, currency),
            otherCurrencies: layerYear.currency === currency ? [] : [layerYear],
            basis: `${layer.basis === 'band' ? `salary band ${layer.band}` : 'default yearly salary by role (no salary band matches)'}${layer.location === null ? '' : `, at ${layer.location}`}`,
          },
        ];
  const today = breakdown([...salaryLines, ...contractLines, ...onCallLine('current')]);
  const target = breakdown([
    ...salaryLines,
    ...contractLines,
    ...newPeople,
    ...promotions,
    ...thinLayerHires,
    ...onCallLine('optimized'),
  ]);
  return {
    currency,
    salaryBasis: fromDefaults === 0 ? 'salary-bands' : 'assumed-annual-cost',
    today: { ...today, total: moneyJson(today.total) },
    target: { ...target, total: moneyJson(target.total) },
    change: moneyJson(subtractMoney(target.total, today.total)),
    openPositions: openPositions && lineJson(openPositions),
    notes: [
      ...notes,
      ...(fromDefaults === 0
        ? []
        : [
            `${fromDefaults} of ${fromBands + fromDefaults} salaries are the default yearly salaries in ${currency} (junior SRE ${annualCost.levels.junior}, senior ${annualCost.levels.senior}, principal ${annualCost.levels.principal}, the other roles as the funding section's table of default yearly salaries lists them), for those no salary band of the model matches: ${whose(defaulted)}.`,
          ]),
      ...(assumedLevels.length === 0
        ? []
        : [
            `SREs with no level are priced by the band of the lowest level that matches them: ${assumedLevels.join(', ')}.`,
          ]),
      ...contractNotes(model, contracts, inContract),
      'SRE tooling and infrastructure running costs are not in the model: only the SRE infrastructure team’s salaries are counted.',
    ],
  };
}

/**
 * The contracts with other companies as cost lines (§12.4.6): each contract counted once, at its
 * yearly value, SRE bought apart from the rest (`CONTRACT_LINES`); a contract in another currency
 * is said beside the line, never converted. The people the contract pays are not counted.
 */
function contractCostLines(contracts: readonly OutsideContract[], currency: string): CostLine[] {
  return (['sre-contracts', 'contracts'] as const).flatMap((id): CostLine[] => {
    const ofLine = contracts.flatMap((c) =>
      c.perYear !== null && CONTRACT_LINES[c.type] === id ? [{ ...c, perYear: c.perYear }] : [],
    );
    if (ofLine.length === 0) return [];
    const [first] = ofLine;
    const forSre = id === 'sre-contracts' ? ', for SRE' : '';
    const label =
      ofLine.length === 1 && first !== undefined
        ? `Contract with ${first.name}${forSre}`
        : `Contracts with ${ofLine.length} other companies${forSre} (${ofLine.map((c) => c.name).join(', ')})`;
    const [inCurrency, ...others] = byCurrencyOf(
      ofLine.map((c) => c.perYear),
      currency,
    );
    const each = ofLine.map(
      (c) =>
        `${ofLine.length === 1 ? '' : `${c.name}: `}contract, ${displayMoney(c.perYear)} a year`,
    );
    const people = ofLine.reduce((n, c) => n + c.people, 0);
    const one = ofLine.length === 1;
    const paidBy =
      people === 0
        ? ''
        : `; the salaries of ${one ? 'its' : 'their'} ${people === 1 ? 'one person' : `${people} people`} named in the model are in ${one ? 'it' : 'them'}, not counted apart`;
    const elsewhere = others.filter((m) => m.minor !== 0);
    return [
      {
        id,
        label,
        people: 0,
        perYear: inCurrency ?? moneyFromMajor(0, currency),
        otherCurrencies: elsewhere,
        basis: `${each.join('; ')}, ${one ? 'the budget' : 'each the budget'} of another company’s organization, committed to it in full${paidBy}${elsewhere.length === 0 ? '' : `; not in this figure, no exchange rates: contracts in ${elsewhere.map((m) => `${m.currency} (${displayMoney(m)} a year)`).join(', ')}`}`,
      },
    ];
  });
}

/**
 * What the cost says about contracts beside its lines: a contract whose value the model does not
 * state (no budget), so neither it nor its people are in the totals, and the turns another
 * company's people take on the company's rotations, whose on-call pay is in its contract.
 */
function contractNotes(
  model: Model,
  contracts: readonly OutsideContract[],
  inContract: Partial<Record<'current' | 'optimized', readonly string[]>>,
): string[] {
  const unstated = contracts
    .filter((c) => c.perYear === null)
    .map(
      (c) =>
        `${c.name} is another company’s organization whose contract the model does not state (no budget): its cost is not in these totals${c.people === 0 ? '' : `, nor are the salaries of its ${c.people === 1 ? 'one person' : `${c.people} people`}, whom it pays`}; state the contract’s yearly value as its budget.`,
    );
  const where = [...new Set([...(inContract.current ?? []), ...(inContract.optimized ?? [])])];
  return [
    ...unstated,
    ...(where.length === 0
      ? []
      : [
          `The on-call pay of the turns another company’s people take (on ${rotationsStaffedWords(model, where)}) is in its contract: neither the on-call lines nor oncall-cost count it; a compensation policy named for them (their own or their team's) would have the company pay it.`,
        ]),
  ];
}

/** How many names a note lists before it says how many more. */
const NAMES_SHOWN = 6;

/** Whose salaries are the defaults, by name ("a junior SRE hire (Dublin)" for new people). */
function whose(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const unique = [...counts].map(([n, c]) => (c === 1 ? n : `${c} × ${n.replace(/^a /, '')}`));
  const more = unique.length - NAMES_SHOWN;
  return `${unique.slice(0, NAMES_SHOWN).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * The salaries of a cost paid in other currencies than its own, which it leaves out (no exchange
 * rates): said beside the figure, so that a line of 13 people is not read as their cost when
 * six of them are paid in rupees.
 */
function leftOut(cost: SalaryCost): string {
  if (cost.otherCurrencies.length === 0) return '';
  const parts = cost.otherCurrencies.map((m) => {
    const n = cost.lines.filter((l) => l.annual.currency === m.currency).length;
    return `${n} paid in ${m.currency} (${displayMoney(m)} a year)`;
  });
  return `; not in this figure, no exchange rates: ${parts.join(', ')}`;
}

function lineJson(line: CostLine): OperatingCost['today']['lines'][number] {
  return {
    ...line,
    perYear: moneyJson(line.perYear),
    otherCurrencies: line.otherCurrencies.map(moneyJson),
  };
}
