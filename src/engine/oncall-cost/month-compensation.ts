import { type CompensationPolicy, type CompiledModel, epochMillis } from '../../model/index.ts';
import {
  compensatePerson,
  type IncidentWork,
  type Month,
  monthInterval,
  type PersonCompensation,
} from '../compensation/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { salaryOf, salaryProfileOf } from '../funding/index.ts';
import { type Money, moneyFromMajor, multiplyMoneyRatio, sumMoney } from '../money/index.ts';
import {
  type Absence,
  type ConcurrencyRule,
  generateSchedule,
  hoursPerPerson,
  type Interval,
  type Override,
} from '../schedule/index.ts';
import { scheduledIncidentHours } from './scheduled-incident-hours.ts';

/** The month's compensation as paid: what the schedule put each person through. */
export interface MonthCompensation {
  readonly month: Month;
  /** The month in UTC, the range `whorunsit hours` counts the same hours for. */
  readonly range: Interval;
  /** Everyone on a rotation, by name, as `hoursPerPerson` lists them. */
  readonly people: readonly PersonCompensation[];
  readonly total: {
    readonly hours: {
      readonly businessHours: number;
      readonly offHours: number;
      readonly weekendHours: number;
      readonly incidentOffHours: number;
    };
    readonly pay: {
      readonly standby: Money;
      readonly incidents: Money;
      /** The uplift amounts that are known (on the assumed base salaries). */
      readonly baseUplift: Money;
      readonly total: Money;
    };
    readonly timeOffHours: number;
  };
  /** Errors of the month's schedule (gaps, double bookings…): `whorunsit schedule` names them. */
  readonly scheduleErrors: number;
}

/**
 * Compensation per person for a calendar month from the month's actual schedule (§12.9.5):
 * the schedule engine plans the month (in UTC) as `whorunsit hours` does, its hours per person
 * — business, off and weekend hours in each person's zone under the policy's business hours —
 * go unchanged into every building block, and incident work goes to whoever was on call. So
 * the standby pay of a person is exactly their off-hours in `hours` × `standbyPerHour`, and the
 * month's standby pay is the sum of those. The base uplift is applied to the person's salary
 * (`salaryOf`: their SalaryBand, else the default of their level or role); a salary in another
 * currency than the policy's is never converted, and its uplift stays unknown.
 */
export function monthCompensation(options: {
  readonly model: CompiledModel;
  readonly month: Month;
  readonly policy: CompensationPolicy;
  readonly incidents?: readonly IncidentWork[] | undefined;
  readonly absences?: readonly Absence[] | undefined;
  readonly overrides?: readonly Override[] | undefined;
  readonly allowConcurrent?: ConcurrencyRule | undefined;
}): MonthCompensation {
  const { model, month, policy } = options;
  const spec = policy.spec;
  const utc = monthInterval(month, 'UTC');
  const range = { start: epochMillis(utc.startMs), end: epochMillis(utc.endMs) };
  const schedule = generateSchedule({
    model,
    range,
    policy,
    absences: options.absences,
    overrides: options.overrides,
    allowConcurrent: options.allowConcurrent,
  });
  const incidentHours = scheduledIncidentHours({
    model,
    shifts: schedule.shifts,
    incidents: options.incidents ?? [],
    businessHours: businessHoursOf(spec),
  });
  const people = hoursPerPerson({ model, shifts: schedule.shifts, policy }).map((h) => {
    const person = model.people.get(h.person);
    const salary = person
      ? salaryOf(model, salaryProfileOf(person), { currency: spec.currency })
      : undefined;
    const monthlyBase =
      salary && salary.currency === spec.currency
        ? multiplyMoneyRatio(moneyFromMajor(salary.annual, spec.currency), 1, 12)
        : undefined;
    const hours = { ...h, incidentOffHours: incidentHours.get(h.person) ?? 0 };
    return compensatePerson({ hours, policy: spec, monthlyBase });
  });
  const sum = (pick: (p: PersonCompensation) => number) => people.reduce((n, p) => n + pick(p), 0);
  const money = (pick: (p: PersonCompensation) => Money | undefined) =>
    sumMoney(
      people.flatMap((p) => pick(p) ?? []),
      spec.currency,
    );
  return {
    month,
    range,
    people,
    total: {
      hours: {
        businessHours: sum((p) => p.hours.businessHours),
        offHours: sum((p) => p.hours.offHours),
        weekendHours: sum((p) => p.hours.weekendHours),
        incidentOffHours: sum((p) => p.hours.incidentOffHours ?? 0),
      },
      pay: {
        standby: money((p) => p.pay.standby),
        incidents: money((p) => p.pay.incidents),
        baseUplift: money((p) => p.pay.baseUplift),
        total: money((p) => p.pay.total),
      },
      timeOffHours: sum((p) => p.timeOff.total),
    },
    scheduleErrors: schedule.violations.filter((v) => v.severity === 'error').length,
  };
}
