import { type CompiledModel, isPractisingSre } from '../../model/index.ts';
import { selectPolicy } from '../compensation/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { overloadedPeople } from '../staffing/on-call-load.ts';
import { type SreMonth, sreMonths } from '../staffing/sre-month.ts';
import { type Check, finding } from './check.ts';
import { onCallLoadWords } from './on-call-load-words.ts';

const hours = (h: number) => `${Math.round(h)} h`;

/**
 * §12.1: "SREs must have time to make tomorrow better than today". An SRE in place has none when
 * on call more than a quarter of their time, adding up every rotation they are on — shared with
 * developers, run by the SRE team alone (`sre-runs-it`) or anything else — or when their month
 * (`sreMonths`: support for the dev teams their team supports and on-call duty in working hours)
 * leaves no working time for project work. The finding names the person and each reason; the
 * on-call load is staffing's (`overloadedPeople`), shared as the schedule shares it, so
 * staffing's overload list and this check never disagree. Open positions and titles without
 * practice are no SRE capacity (`isPractisingSre`): `on-call-overload` names them, and everyone
 * else staffing finds over the line.
 */
export const sreOverload: Check = {
  code: 'sre-overload',
  severity: 'warning',
  section: '§12.1',
  summary:
    'an SRE on call more than a quarter of their time over all their rotations (those of services their team runs alone included), or whose support hours and on-call duty in working hours leave no working time: no time left to make tomorrow better',
  run: ({ model }) => overloadFindings(model),
};

/**
 * The SREs whose month leaves no working time (`sreMonths`: support and on-call duty in working
 * hours take all of it), by the business hours of the policy in force: the second cause this
 * check names, and the one the plan's risk register lists apart from the on-call load.
 */
export function sresWithNoWorkingTime(model: CompiledModel): ReadonlyMap<string, SreMonth> {
  return new Map(
    sreMonths(model, businessHoursInForce(model))
      .filter((m) => m.noTimeLeft)
      .map((m) => [m.person, m]),
  );
}

function businessHoursInForce(model: CompiledModel) {
  const selected = selectPolicy(model);
  return businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
}

function overloadFindings(model: CompiledModel): ReturnType<Check['run']> {
  const loads = new Map(
    overloadedPeople(model, businessHoursInForce(model)).map((l) => [l.person, l]),
  );
  const months = sresWithNoWorkingTime(model);
  return [...model.people.values()].flatMap((person) => {
    const load = loads.get(person.name);
    const month = months.get(person.name);
    if ((load === undefined && month === undefined) || !isPractisingSre(person)) return [];
    const why = [
      ...(load ? [onCallLoadWords(load)] : []),
      ...(month
        ? [
            `${load ? 'and' : person.name} has no working time left: support (${hours(month.supportHours)}) and on-call duty in working hours (${hours(month.dutyHours)}) take ${month.projectHours < -1e-9 ? 'more than ' : ''}all of their ${hours(month.workingHours)} a month`,
          ]
        : []),
    ];
    return [
      finding(
        sreOverload,
        { kind: 'Person', name: person.name },
        `${why.join('; ')}. An SRE needs time to make tomorrow better than today: share the load with more people or grow the team.`,
      ),
    ];
  });
}
