import {
  type CompensationPolicy,
  type CompiledModel,
  epochMillis,
  payingPolicy,
} from '../../model/index.ts';
import {
  compensatePerson,
  type IncidentWork,
  type Month,
  monthInterval,
  type PersonCompensation,
} from '../compensation/index.ts';
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

/** A person's compensation and the policy that pays it (`payingPolicy`). */
export interface PaidPerson extends PersonCompensation {
  readonly policy: string;
  readonly currency: string;
  /**
   * Another company's person whose on-call its contract pays (`payingPolicy` says `contract`,
   * §12.4.6): their hours are counted under `policy`'s business hours, their pay is nothing.
   */
  readonly paidByContract: boolean;
}

/** The pay of the people paid in one currency. Amounts in two currencies are never added. */
export interface CurrencyPay {
  readonly currency: string;
  /** The policies that pay in it, by name. */
  readonly policies: readonly string[];
  /** How many people it pays. */
  readonly people: number;
  readonly standby: Money;
  readonly incidents: Money;
  /** The uplift amounts that are known (on the assumed base salaries). */
  readonly baseUplift: Money;
  readonly total: Money;
}

/** The month's compensation as paid: what the schedule put each person through. */
export interface MonthCompensation {
  readonly month: Month;
  /** The month in UTC, the range `whorunsit hours` counts the same hours for. */
  readonly range: Interval;
  /** The default policy: it pays whoever names none, and its currency is `total.pay`'s. */
  readonly policy: string;
  /** Everyone on a rotation, by name, as `hoursPerPerson` lists them, each under their policy. */
  readonly people: readonly PaidPerson[];
  readonly total: {
    /** Everyone's hours. */
    readonly hours: {
      readonly businessHours: number;
      readonly offHours: number;
      readonly weekendHours: number;
      readonly incidentOffHours: number;
    };
    /** The pay of the people paid in the default policy's currency: `byCurrency`'s first. */
    readonly pay: Omit<CurrencyPay, 'currency' | 'policies' | 'people'>;
    /** Everyone's time off, in hours. */
    readonly timeOffHours: number;
  };
  /** The pay per currency, the default policy's first, then by currency code. */
  readonly byCurrency: readonly CurrencyPay[];
  /** Errors of the month's schedule (gaps, double bookings…): `whorunsit schedule` names them. */
  readonly scheduleErrors: number;
}

/**
 * Compensation per person for a calendar month from the month's actual schedule (§12.9.5):
 * the schedule engine plans the month (in UTC) under `policy` as `whorunsit hours` does, its
 * hours per person — business, off and weekend hours in each person's zone under the business
 * hours of the policy that pays them (`payingPolicy`: their own, their team's, else `policy`) —
 * go unchanged into every building block of that policy, and incident work goes to whoever was
 * on call. So the standby pay of a person is exactly their off-hours in `hours` × their
 * policy's `standbyPerHour` (nothing for another company's people, whose contract pays them),
 * and each currency's standby pay is the sum of those paid in it;
 * two currencies are never added (§12.9.5: no exchange rates). The base uplift is applied to
 * the person's salary (`salaryOf`: their SalaryBand, else the default of their level or role);
 * a salary in another currency than their policy's is never converted, and its uplift stays
 * unknown.
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
    policy,
  });
  const people = hoursPerPerson({ model, shifts: schedule.shifts, policy }).map((h): PaidPerson => {
    const { policy: own, by } = payingPolicy(model, h.person, policy);
    const paying = own ?? policy;
    const paidByContract = by === 'contract';
    // The contract pays their on-call: no rate of the company's policy applies to them.
    const spec = paidByContract
      ? { currency: paying.spec.currency, businessHours: paying.spec.businessHours }
      : paying.spec;
    const person = model.people.get(h.person);
    const salary = person
      ? salaryOf(model, salaryProfileOf(person), { currency: spec.currency })
      : undefined;
    const monthlyBase =
      salary && salary.currency === spec.currency
        ? multiplyMoneyRatio(moneyFromMajor(salary.annual, spec.currency), 1, 12)
        : undefined;
    const hours = { ...h, incidentOffHours: incidentHours.get(h.person) ?? 0 };
    return {
      ...compensatePerson({ hours, policy: spec, monthlyBase }),
      policy: paying.name,
      currency: spec.currency,
      paidByContract,
    };
  });
  const sum = (pick: (p: PersonCompensation) => number) => people.reduce((n, p) => n + pick(p), 0);
  const byCurrency = currencyPay(people, policy.spec.currency);
  const [own] = byCurrency;
  return {
    month,
    range,
    policy: policy.name,
    people,
    total: {
      hours: {
        businessHours: sum((p) => p.hours.businessHours),
        offHours: sum((p) => p.hours.offHours),
        weekendHours: sum((p) => p.hours.weekendHours),
        incidentOffHours: sum((p) => p.hours.incidentOffHours ?? 0),
      },
      pay: {
        standby: own?.standby ?? sumMoney([], policy.spec.currency),
        incidents: own?.incidents ?? sumMoney([], policy.spec.currency),
        baseUplift: own?.baseUplift ?? sumMoney([], policy.spec.currency),
        total: own?.total ?? sumMoney([], policy.spec.currency),
      },
      timeOffHours: sum((p) => p.timeOff.total),
    },
    byCurrency,
    scheduleErrors: schedule.violations.filter((v) => v.severity === 'error').length,
  };
}

/**
 * The pay per currency: `first` (the default policy's) always, even at zero, then every other
 * currency someone is paid in, by code.
 */
function currencyPay(people: readonly PaidPerson[], first: string): CurrencyPay[] {
  const currencies = [
    first,
    ...[...new Set(people.map((p) => p.currency))].filter((c) => c !== first).sort(),
  ];
  return currencies.map((currency) => {
    const paid = people.filter((p) => p.currency === currency);
    const money = (pick: (p: PersonCompensation) => Money | undefined) =>
      sumMoney(
        paid.flatMap((p) => pick(p) ?? []),
        currency,
      );
    return {
      currency,
      policies: [...new Set(paid.map((p) => p.policy))],
      people: paid.length,
      standby: money((p) => p.pay.standby),
      incidents: money((p) => p.pay.incidents),
      baseUplift: money((p) => p.pay.baseUplift),
      total: money((p) => p.pay.total),
    };
  });
}
