import type { CompensationPolicySpec } from '../../model/index.ts';
import { type Money, sumMoney } from '../money/index.ts';
import { baseUplift } from './base-uplift.ts';
import { incidentPay } from './incident-pay.ts';
import { incidentTimeOff } from './incident-time-off.ts';
import type { PersonHours } from './person-hours.ts';
import { standbyPay } from './standby-pay.ts';
import { standbyTimeOff } from './standby-time-off.ts';
import { withinBudgetBonus } from './within-budget-bonus.ts';

export interface PersonCompensation {
  readonly person: string;
  readonly hours: PersonHours;
  readonly upliftPercent: number;
  readonly pay: {
    /** Undefined without a base salary to apply the percentage to. */
    readonly baseUplift: Money | undefined;
    readonly standby: Money;
    readonly incidents: Money;
    /** Undefined when it is not known whether the services stayed within budget. */
    readonly withinBudget: Money | undefined;
    /** The sum of the amounts that are known. */
    readonly total: Money;
  };
  /** Hours of time off earned. */
  readonly timeOff: {
    readonly standby: number;
    readonly incidents: number;
    readonly total: number;
  };
}

/** Every §12.9.5 building block for one person's hours, each computed on its own. */
export function compensatePerson(options: {
  readonly hours: PersonHours;
  readonly policy: CompensationPolicySpec;
  readonly monthlyBase?: Money | undefined;
  readonly withinBudget?: boolean | undefined;
}): PersonCompensation {
  const { hours, policy } = options;
  const incidentHours = hours.incidentOffHours ?? 0;
  const uplift = baseUplift({ policy, offHours: hours.offHours, monthlyBase: options.monthlyBase });
  const standby = standbyPay(policy, hours.offHours);
  const incidents = incidentPay(policy, incidentHours);
  const bonus =
    options.withinBudget === undefined
      ? undefined
      : withinBudgetBonus(policy, options.withinBudget);
  const known = [
    standby,
    incidents,
    ...(uplift.amount ? [uplift.amount] : []),
    ...(bonus ? [bonus] : []),
  ];
  const standbyOff = standbyTimeOff(policy, hours.offHours);
  const incidentOff = incidentTimeOff(policy, incidentHours);
  return {
    person: hours.person,
    hours,
    upliftPercent: uplift.percent,
    pay: {
      baseUplift: uplift.amount,
      standby,
      incidents,
      withinBudget: bonus,
      total: sumMoney(known, policy.currency),
    },
    timeOff: { standby: standbyOff, incidents: incidentOff, total: standbyOff + incidentOff },
  };
}
