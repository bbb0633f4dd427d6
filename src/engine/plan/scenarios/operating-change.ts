import {
  type CompiledModel,
  payingPolicy,
  practicesSreOnServices,
  worksForOutsideCompany,
} from '../../../model/index.ts';
import { salaryCost } from '../../funding/index.ts';
import { moneyJson } from '../../money/index.ts';
import { buildPlanDocument } from '../document/build-plan-document.ts';
import { operatingGroup, operatingPeople } from '../document/operating-people.ts';
import type { PlanDocument, Risk } from '../document/plan-document-schema.ts';
import { CostLineSchema } from '../document/schema/decision.ts';
import type { OperatingChange } from './scenario-schema.ts';

const LEVELS = ['junior', 'senior', 'principal'] as const;

/**
 * Risks that list people with a figure each ("daniel-ibanez (60.67 h/week), …", the on-call load
 * risk): the same in both models when they name the same people, whatever their hours. The
 * register lists someone on call too much there alone, so an overload that ends or begins with
 * the change is this risk removed or added, not a change of hours kept.
 */
const BY_PEOPLE: ReadonlySet<string> = new Set(['over-committed-hours']);

/** A risk is the same in both models when it comes from the same fact about the same thing. */
const riskKey = (r: Risk) =>
  BY_PEOPLE.has(r.source)
    ? `${r.source}\u0000${[...r.about.matchAll(/([^\s,()]+) \(/g)]
        .map((m) => m[1])
        .sort()
        .join(',')}`
    : `${r.source}\u0000${r.about}`;
const riskRef = (r: Risk) => ({ title: r.title, about: r.about, section: r.section });

/** Decimal text minus decimal text, exactly (amounts have at most two decimals). */
function minus(a: string, b: string): string {
  return fromCents(Math.round(Number(a) * 100) - Math.round(Number(b) * 100));
}

/** Decimal text plus decimal text, exactly. */
function plus(a: string, b: string): string {
  return fromCents(Math.round(Number(a) * 100) + Math.round(Number(b) * 100));
}

function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * What the change from today to the target does to the operating model (issue #13): its cost
 * per year as each model states it, people, on-call cost, SRE teams and SREs by level (the
 * target's open positions counted as filled, as in its cost), the
 * risks the target adds and removes, and who goes on call for the first time — with the
 * compensation policy that pays them, or none (§12.9.5). Every figure is read from the two
 * plan documents.
 */
export function operatingChange(options: {
  readonly today: PlanDocument;
  readonly target: PlanDocument;
  readonly todayModel: CompiledModel;
  readonly targetModel: CompiledModel;
}): OperatingChange {
  const { today, target, todayModel, targetModel } = options;
  const comparable = today.cost.currency === target.cost.currency;
  // The target model is what the organization moves to: its open positions are to be hired, so
  // they are in its cost (each plan's own "today" pays only the people in place).
  const opened = target.cost.openPositions;
  const targetLines = opened ? [...target.cost.today.lines, opened] : target.cost.today.lines;
  const targetTotal = opened
    ? {
        amount: plus(target.cost.today.total.amount, opened.perYear.amount),
        currency: target.cost.currency,
      }
    : target.cost.today.total;
  const present = new Set([...today.cost.today.lines, ...targetLines].map((l) => l.id));
  const ids = CostLineSchema.shape.id.options.filter((id) => present.has(id));
  const todayRisks = new Set(today.risks.map(riskKey));
  const targetRisks = new Set(target.risks.map(riskKey));
  const onCallToday = new Set(today.onCallLoad.map((l) => l.person));
  const policy = target.onCallCost.ok ? target.onCallCost.cost.policy : null;
  const roles = (doc: PlanDocument) => doc.staffing.headcount.roles;
  // The target's open SRE positions by level, as the cost and people rows count them: filled.
  const open = target.staffing.headcount.openPositions
    .map((name) => targetModel.people.get(name)?.spec)
    .filter((p) => p !== undefined && practicesSreOnServices(p.role));
  const openAt = (level: (typeof LEVELS)[number]) => open.filter((p) => p?.level === level).length;
  return {
    currency: target.cost.currency,
    cost: {
      today: today.cost.today.total,
      target: targetTotal,
      change: {
        amount: comparable ? minus(targetTotal.amount, today.cost.today.total.amount) : '0.00',
        currency: target.cost.currency,
      },
      lines: ids.map((id) => {
        const t = today.cost.today.lines.find((l) => l.id === id);
        const g = targetLines.find((l) => l.id === id);
        return {
          id,
          label: (g ?? t)?.label ?? id,
          today: t?.perYear ?? null,
          target: g?.perYear ?? null,
        };
      }),
      salaryBasis: target.cost.salaryBasis,
      comparable,
      alreadyEmployed: comparable
        ? alreadyEmployed(
            todayModel,
            targetModel,
            target.cost.currency,
            minus(targetTotal.amount, today.cost.today.total.amount),
          )
        : null,
    },
    people: {
      today: today.cost.today.people,
      target: target.cost.today.people + (opened?.people ?? 0),
    },
    onCallPerMonth: {
      today: today.onCallCost.ok ? today.onCallCost.cost.current.monthlyCost : null,
      target: target.onCallCost.ok ? target.onCallCost.cost.current.monthlyCost : null,
    },
    sreTeams: { today: today.staffing.sreTeams.current, target: target.staffing.sreTeams.current },
    sreByLevel: Object.fromEntries(
      LEVELS.map((l) => [
        l,
        {
          today: roles(today)[l].current,
          target: roles(target)[l].current + openAt(l),
          openPositions: openAt(l),
        },
      ]),
    ) as OperatingChange['sreByLevel'],
    risks: {
      added: target.risks.filter((r) => !todayRisks.has(riskKey(r))).map(riskRef),
      removed: today.risks.filter((r) => !targetRisks.has(riskKey(r))).map(riskRef),
      kept: target.risks.filter((r) => todayRisks.has(riskKey(r))).length,
    },
    newlyOnCall: target.onCallLoad
      .filter((l) => !onCallToday.has(l.person))
      .map((l) => {
        const person = targetModel.people.get(l.person);
        return {
          person: l.person,
          name: person?.spec.displayName ?? person?.metadata.displayName ?? l.person,
          role: person?.spec.role ?? null,
          rotations: [...l.rotations],
          hoursPerWeek: l.hoursPerWeek,
          compensation: payingPolicyName(targetModel, l.person, policy),
        };
      }),
  };
}

/**
 * The policy that pays a person's on-call in the target (`payingPolicy`, §12.9.5): the one they
 * or their team name, else the default (`fallback`, null without one): the rule `hours` and
 * `oncall-cost` pay them by. Developers whose team names a policy in its own currency were listed
 * as paid by the default.
 */
function payingPolicyName(
  model: CompiledModel,
  person: string,
  fallback: string | null,
): string | null {
  const named = payingPolicy(model, person, undefined);
  return named.by === 'person' || named.by === 'team' ? (named.policy?.name ?? fallback) : fallback;
}

/**
 * A move into SRE is not a hire: developers and managers the target counts in the operating
 * model (an SRE team formed from developers, §12.9.4, §12.12.3) are paid today already, outside
 * it. Their salaries today, priced by the today model as the operating cost prices people, are
 * set apart from the change, so "the target costs X more" is not read as X of new money.
 */
function alreadyEmployed(
  todayModel: CompiledModel,
  targetModel: CompiledModel,
  currency: string,
  change: string,
): OperatingChange['cost']['alreadyEmployed'] {
  const target = Object.values(operatingPeople(targetModel)).flat();
  const movers = target.flatMap((p) => {
    if (p.spec.openPosition === true) return [];
    const before = todayModel.people.get(p.name);
    if (!before || before.spec.openPosition === true) return [];
    // Another company's people were paid by its contract, which the change already counts.
    return operatingGroup(todayModel, before) === undefined &&
      !worksForOutsideCompany(todayModel, before.name)
      ? [before]
      : [];
  });
  if (movers.length === 0) return null;
  const paid = salaryCost(todayModel, movers, { currency }).total;
  return {
    people: movers.map((p) => ({
      person: p.name,
      name: p.spec.displayName ?? p.metadata.displayName ?? p.name,
    })),
    todayPerYear: moneyJson(paid),
    newSpending: { amount: minus(change, moneyJson(paid).amount), currency },
  };
}

/** The operating change between two models, each planned on its own (`diff` and its endpoint). */
export function operatingChangeOf(today: CompiledModel, target: CompiledModel): OperatingChange {
  return operatingChange({
    today: buildPlanDocument(today),
    target: buildPlanDocument(target),
    todayModel: today,
    targetModel: target,
  });
}
