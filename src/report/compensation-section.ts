import type { Money } from '../engine/money/index.ts';
import type { MonthCompensation } from '../engine/oncall-cost/index.ts';
import { formatInstant } from '../engine/schedule/index.ts';
import type { CompiledModel } from '../model/index.ts';
import { amount, hours } from './figures.ts';
import { code, section, table } from './plan/markdown.ts';

/** §12.9.5: every building block per person for a month, from that month's schedule. */
export function compensationSection(options: {
  readonly model: CompiledModel;
  readonly month: string;
  readonly compensation: MonthCompensation;
  readonly incidentSource: 'incidents' | 'assumption';
  readonly policy: string;
  /** The estimated standby pay of today's rotations for an average month, to set beside. */
  readonly estimatedStandby: Money;
}): string | undefined {
  const { model, compensation } = options;
  const { people, total } = compensation;
  if (people.length === 0) return undefined;
  const uplift = Math.max(0, ...people.map((p) => p.upliftPercent));
  const from = formatInstant(compensation.range.start);
  const to = formatInstant(compensation.range.end);
  const incidents = (value: number) =>
    options.incidentSource === 'incidents' ? hours(value) : 'no data';
  const errors = compensation.scheduleErrors;
  return section(
    `On-call compensation, ${options.month} (§12.9.5)`,
    `From the month's schedule, not an estimate: who was on call when, from ${from} to ${to}. Business hours and weekends counted in each person's own time zone, the same hours as whorunsit hours for that range; incident work paid to whoever was on call for the service; base uplift on an assumed base salary; the within-budget bonus is paid only for a month within error budget.`,
    table(
      [
        'Person',
        'Time zone',
        'Standby in business hours',
        'Standby outside business hours',
        'of which weekend',
        'Incident work outside business hours',
        'Standby pay',
        'Incident pay',
        `Base uplift (${uplift} %)`,
        'Bonus if within budget',
        'Time off',
        'Pay',
      ],
      [
        ...people.map((p) => [
          code(p.person),
          code(model.people.get(p.person)?.spec.timezone ?? 'rotation zone'),
          hours(p.hours.businessHours),
          hours(p.hours.offHours),
          hours(p.hours.weekendHours),
          incidents(p.hours.incidentOffHours ?? 0),
          amount(p.pay.standby),
          amount(p.pay.incidents),
          amount(p.pay.baseUplift),
          amount(p.pay.withinBudget),
          hours(p.timeOff.total),
          `**${amount(p.pay.total)}**`,
        ]),
        [
          '**Total**',
          '',
          hours(total.hours.businessHours),
          hours(total.hours.offHours),
          hours(total.hours.weekendHours),
          incidents(total.hours.incidentOffHours),
          `**${amount(total.pay.standby)}**`,
          amount(total.pay.incidents),
          amount(total.pay.baseUplift),
          '',
          hours(total.timeOffHours),
          `**${amount(total.pay.total)}**`,
        ],
      ],
    ),
    `Policy ${code(options.policy)}. "Pay" adds standby, incident pay and the base uplift; the bonus depends on the month's error budgets. The month's standby pay as scheduled is ${amount(total.pay.standby)}; the estimate of today's rotations above, ${amount(options.estimatedStandby)}, is for an average month with a primary and a secondary on every rotation.`,
    ...(errors > 0
      ? [
          `**The month's schedule has ${errors} problem${errors === 1 ? '' : 's'}** (gaps, double bookings, …): whorunsit schedule names them; the hours above are those of the schedule as it is.`,
        ]
      : []),
  );
}
