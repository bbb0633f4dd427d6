import {
  type CompiledModel,
  isPractisingSre,
  type Person,
  sreTeamOnCallFor,
} from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { workingHundredths } from '../chargeback/working-hours.ts';
import {
  type BusinessHours,
  personBusinessHours,
  WEEKS_PER_MONTH,
} from '../coverage-hours/index.ts';
import { onCallDuties, type RotationDuty } from './on-call-load.ts';

/** One rotation in an SRE's month. */
export interface SreMonthRotation extends RotationDuty {
  /** The dev team whose on-call it shares (§12.4.1), which is support work; null otherwise. */
  readonly sharedWith: string | null;
}

/**
 * One SRE's average month (§12.1 "time to make tomorrow better", §12.4.7), in hours: support for
 * the dev teams their SRE team supports, on-call duty in working hours on every other rotation
 * (one their team runs alone, a thin layer, …), and what is left for project work.
 */
export interface SreMonth {
  readonly person: string;
  readonly team: string | null;
  readonly workingHours: number;
  readonly rotations: readonly SreMonthRotation[];
  /** Their share of the hours agreed in `supports`, or their shared on-call duty in working hours. */
  readonly supportHours: number;
  /** On-call duty in working hours on rotations that are not shared support. */
  readonly dutyHours: number;
  /** working − support − duty: negative when the month does not add up. */
  readonly projectHours: number;
  /** Support and duty take all of their working time (or more): no time for tomorrow. */
  readonly noTimeLeft: boolean;
}

const perMonth = (perWeek: number) =>
  (perWeek * WEEKS_PER_MONTH.numerator) / WEEKS_PER_MONTH.denominator;

/**
 * The month of every SRE in place who practises SRE (`isPractisingSre`), in model order. A
 * rotation covering a `you-and-sre-run-it` service of a dev team their SRE team supports is
 * shared support (§12.4.1: "the support consists of running a shared on-call rotation"): when the
 * team agreed `hoursPerMonth` for that dev team, those hours are split over its SREs on that dev
 * team's rotations (over all its practising SREs when none is on one), and stand for the
 * support; otherwise the shared duty in working hours is the support. Duty on every other
 * rotation comes on top. Working time is chargeback's: business days × business hours, an
 * average month (`workingHundredths`), by the hours of the policy that pays them
 * (`personBusinessHours`), else `businessHours`, the default policy's.
 */
export function sreMonths(model: CompiledModel, businessHours: BusinessHours): readonly SreMonth[] {
  const duties = onCallDuties(model, businessHours);
  const working = (person: Person) =>
    workingHundredths('average', personBusinessHours(model, person.name, businessHours)) / 100;
  return [...model.people.values()]
    .filter(isPractisingSre)
    .map((person) => monthOf(model, person, duties.get(person.name) ?? [], working(person)));
}

function monthOf(
  model: CompiledModel,
  person: Person,
  duties: readonly RotationDuty[],
  working: number,
): SreMonth {
  const team = person.spec.team === undefined ? undefined : model.teams.get(person.spec.team);
  const supported = (team?.spec.supports ?? []).map(normalizeSupport);
  const rotations = duties.map((d) => ({
    ...d,
    sharedWith:
      team === undefined
        ? null
        : sharedDevTeam(
            model,
            team.name,
            d.rotation,
            supported.map((s) => s.team),
          ),
  }));
  let support = 0;
  for (const s of supported) {
    const mine = rotations.filter((r) => r.sharedWith === s.team);
    if (s.hoursPerMonth === undefined) {
      support += perMonth(mine.reduce((h, r) => h + r.businessHoursPerWeek, 0));
      continue;
    }
    const sharers = sharersOf(model, team?.name ?? '', s.team);
    const over =
      sharers.length > 0 ? sharers : model.index.sresOf(team?.name ?? '').map((p) => p.name);
    if (over.includes(person.name)) support += s.hoursPerMonth / over.length;
  }
  const duty = perMonth(
    rotations.filter((r) => r.sharedWith === null).reduce((h, r) => h + r.businessHoursPerWeek, 0),
  );
  const projectHours = working - support - duty;
  return {
    person: person.name,
    team: team?.name ?? null,
    workingHours: working,
    rotations,
    supportHours: support,
    dutyHours: duty,
    projectHours,
    // Agreed support is engineering for the dev team too (§12.4.7), so only a month it overruns
    // leaves no time; duty on other rotations that takes every working hour leaves none either.
    noTimeLeft: projectHours < -1e-9 || (duty > 0 && projectHours <= 1e-9),
  };
}

/**
 * The dev team a rotation shares on-call with, among those supported: the owner of a service it
 * covers whose on-call the SRE team shares (`sreTeamOnCallFor`, §12.4); null for none.
 */
function sharedDevTeam(
  model: CompiledModel,
  sreTeam: string,
  rotation: string,
  supported: readonly string[],
): string | null {
  for (const service of model.index.servicesCoveredBy(rotation)) {
    if (
      sreTeamOnCallFor(model, sreTeam, service) === 'shared' &&
      supported.includes(service.spec.owner)
    )
      return service.spec.owner;
  }
  return null;
}

/** The practising SREs of an SRE team on the rotations of a dev team's shared services. */
function sharersOf(model: CompiledModel, sreTeam: string, devTeam: string): readonly string[] {
  const sres = new Set(model.index.sresOf(sreTeam).map((p) => p.name));
  const members = model.index
    .servicesOwnedBy(devTeam)
    .filter((s) => sreTeamOnCallFor(model, sreTeam, s) === 'shared')
    .flatMap((s) => model.index.rotationsCovering(s.name))
    .flatMap((r) => r.spec.members);
  return [...new Set(members)].filter((m) => sres.has(m));
}
