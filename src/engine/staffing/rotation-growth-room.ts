import { type CompiledModel, rotationTurnTakers } from '../../model/index.ts';
import type { OrganizationFunding } from '../funding/funding-plan.ts';
import { salaryOf } from '../funding/salary-of.ts';
import { displayMoney, type Money, moneyFromMajor } from '../money/index.ts';
import { rotationTeam } from '../schedule/team-round-the-clock-rotation.ts';
import { mostCommon } from '../sites/person-zones.ts';

/** A rotation the plan asks to grow from its own organization's people, and by how many. */
export interface RotationToGrow {
  readonly rotation: string;
  /** People still to find once the plan's own moves (SREs who join it) are counted. */
  readonly more: number;
}

/**
 * What an organization's limits leave for growing its rotations (§12.4.6, §12.9.5): the people
 * its short rotations still need, against the room its head count limit leaves after the plan's
 * hires (`limit − planned`) and the room its budget leaves, in people of the rotations' own role
 * at their own site (budget − planned commitment, ÷ that salary, rounded down). Only where a limit
 * is stated and the need exceeds what it leaves: the gap the plan must say, not a hire it can
 * simply make.
 */
export interface RotationGrowthRoom {
  readonly organization: string;
  readonly rotations: readonly RotationToGrow[];
  readonly needed: number;
  readonly headcount: {
    readonly planned: number;
    readonly limit: number;
    readonly room: number;
  } | null;
  readonly budget: {
    readonly left: Money;
    readonly budget: Money;
    /** The yearly salary of one person of the rotations' role at their site, and whom. */
    readonly each: Money;
    readonly role: string;
    readonly location: string | null;
    readonly room: number;
  } | null;
}

/**
 * The organizations whose limits leave less room than their short rotations need. A rotation
 * belongs to the organization of its team (`rotationTeam`: the team most of its members are in);
 * the salary is that of the role most of those who take its turns hold, at the location most of
 * them work at (`salaryOf`), in the budget's currency or not at all (never converted).
 */
export function rotationGrowthRoom(
  model: CompiledModel,
  toGrow: readonly RotationToGrow[],
  funding: readonly OrganizationFunding[],
): RotationGrowthRoom[] {
  const byOrganization = new Map<string, { grow: RotationToGrow[]; takers: string[] }>();
  for (const g of toGrow) {
    const rotation = model.rotations.get(g.rotation);
    if (rotation === undefined || g.more <= 0) continue;
    const team = model.teams.get(rotationTeam(model, rotation) ?? '');
    if (team === undefined) continue;
    const entry = byOrganization.get(team.spec.organization) ?? { grow: [], takers: [] };
    entry.grow.push(g);
    entry.takers.push(...rotationTurnTakers(model, rotation));
    byOrganization.set(team.spec.organization, entry);
  }
  return [...byOrganization].flatMap(([organization, { grow, takers }]) => {
    const f = funding.find((x) => x.organization === organization);
    if (f === undefined || f.contract) return [];
    const needed = grow.reduce((n, g) => n + g.more, 0);
    const headcount =
      f.headcountLimit === undefined
        ? null
        : {
            planned: f.planned.headcount,
            limit: f.headcountLimit,
            room: Math.max(0, f.headcountLimit - f.planned.headcount),
          };
    const budget = budgetRoom(model, f, takers);
    const rooms = [headcount?.room, budget?.room].filter((n) => n !== undefined);
    if (rooms.length === 0 || needed <= Math.min(...rooms)) return [];
    return [{ organization, rotations: grow, needed, headcount, budget }];
  });
}

function budgetRoom(
  model: CompiledModel,
  f: OrganizationFunding,
  takers: readonly string[],
): RotationGrowthRoom['budget'] {
  const budget = f.annualBudget;
  if (budget === undefined || f.planned.annualCost.currency !== budget.currency) return null;
  const people = takers.flatMap((p) => model.people.get(p) ?? []);
  const roles = people.flatMap((p) => p.spec.role ?? []);
  const common = mostCommon(roles);
  const role = roles.find((r) => r === common) ?? 'developer';
  const location = mostCommon(people.flatMap((p) => p.spec.location ?? [])) ?? null;
  const salary = salaryOf(
    model,
    { name: 'a new member', role, ...(location ? { location } : {}) },
    { currency: budget.currency },
  );
  if (salary.currency !== budget.currency || salary.annual <= 0) return null;
  const each = moneyFromMajor(salary.annual, salary.currency);
  const leftMinor = Math.max(0, budget.minor - f.planned.annualCost.minor);
  return {
    left: { ...budget, minor: leftMinor },
    budget,
    each,
    role,
    location,
    room: Math.floor(leftMinor / each.minor),
  };
}

/**
 * The gap in words, for the risk of each rotation it counts: "Growing crew-oncall and
 * flight-ops-oncall takes 3 more people in flight-ops-it, which has room for 2 by head count (16
 * of 18 after hiring) and about 1 by budget (106,000.00 EUR a year left of 1,450,000.00 EUR, a
 * developer at Dublin 96,000.00 EUR a year): …".
 */
export function growthRoomWords(room: RotationGrowthRoom): string {
  const names = room.rotations.map((r) => r.rotation);
  const which =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const limits = [
    ...(room.headcount === null
      ? []
      : [
          room.headcount.planned > room.headcount.limit
            ? `none by head count (${room.headcount.planned} against a limit of ${room.headcount.limit} after hiring)`
            : `${room.headcount.room || 'none'} by head count (${room.headcount.planned} of ${room.headcount.limit} after hiring)`,
        ]),
    ...(room.budget === null
      ? []
      : [
          `about ${room.budget.room || 'none'} by budget (${displayMoney(room.budget.left)} a year left of ${displayMoney(room.budget.budget)}, ${oneOf(room.budget.role)}${room.budget.location ? ` at ${room.budget.location}` : ''} ${displayMoney(room.budget.each)} a year)`,
        ]),
  ];
  const more = `${room.needed} more ${room.needed === 1 ? 'person' : 'people'}`;
  return `Growing ${which} takes ${more} in ${room.organization}, which has room for ${limits.join(' and ')}: raise its limits, or find them among people already in it, before anyone is asked to hire (§12.4.6, §12.9.5).`;
}

/** One person of a role, as a sentence names them: "a developer", "an SRE". */
function oneOf(role: string): string {
  if (role === 'ops-engineer') return 'an operations engineer';
  if (role === 'sre-infrastructure-po') return 'an SRE infrastructure product owner';
  if (role.endsWith('sre')) return 'an SRE';
  return `a ${role}`;
}
