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
  /** The estimated standby pay of today's rotations for an average month, per currency. */
  readonly estimatedStandby: Money | readonly Money[];
}): string | undefined {
  const { model, compensation } = options;
  const { people, total, byCurrency } = compensation;
  // One policy for everyone reads as before; several say each person's and each currency's.
  const policyOf = (p: (typeof people)[number]) =>
    p.paidByContract ? 'its contract' : code(p.policy);
  const policies = new Set(people.map(policyOf));
  const several = policies.size > 1 || byCurrency.length > 1;
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
        ...(several ? ['Policy'] : []),
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
          ...(several ? [policyOf(p)] : []),
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
        ...(byCurrency.length === 1
          ? [
              [
                '**Total**',
                ...(several ? [''] : []),
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
            ]
          : [
              [
                '**Total**',
                '',
                '',
                hours(total.hours.businessHours),
                hours(total.hours.offHours),
                hours(total.hours.weekendHours),
                incidents(total.hours.incidentOffHours),
                '',
                '',
                '',
                '',
                hours(total.timeOffHours),
                '',
              ],
              // §12.9.5: each currency's pay on its own row; no exchange rate adds them up.
              ...byCurrency.map((c) => [
                `**Total ${c.currency}**`,
                c.policies.map(code).join(', '),
                `${c.people} ${c.people === 1 ? 'person' : 'people'}`,
                '',
                '',
                '',
                '',
                `**${amount(c.standby)}**`,
                amount(c.incidents),
                amount(c.baseUplift),
                '',
                '',
                `**${amount(c.total)}**`,
              ]),
            ]),
      ],
    ),
    payingSentence(options.policy, compensation, options.estimatedStandby),
    ...(errors > 0
      ? [
          `**The month's schedule has ${errors} problem${errors === 1 ? '' : 's'}** (gaps, double bookings, …): whorunsit schedule names them; the hours above are those of the schedule as it is.`,
        ]
      : []),
  );
}

/**
 * Why the month's standby and the design estimate differ: the estimate is staffed as the
 * schedule staffs it (one person on call at a time, as its assumptions say) but for an average
 * month in each rotation's zone; the schedule's figure is this calendar month in each person's.
 */
const ESTIMATE_BASIS =
  "is for an average month (365.25 ÷ 12 days, business hours in each rotation's own time zone), the schedule's for this calendar month (business hours in each person's own time zone).";

/** Who pays whom, what "Pay" adds, and the month's standby beside the estimate, per currency. */
function payingSentence(
  policy: string,
  compensation: MonthCompensation,
  estimated: Money | readonly Money[],
): string {
  const { people, byCurrency } = compensation;
  const adds =
    '"Pay" adds standby, incident pay and the base uplift; the bonus depends on the month\'s error budgets.';
  const all = Array.isArray(estimated) ? estimated : [estimated as Money];
  // Currencies in which the estimate pays nothing say nothing, as the design tables.
  const paid = all.filter((m) => m.minor !== 0);
  const estimates = paid.length > 0 ? paid : all.slice(0, 1);
  const list = (ms: readonly Money[]) => ms.map(amount).join(' and ');
  const contract = people.filter((p) => p.paidByContract).length;
  if (byCurrency.length === 1 && new Set(people.map((p) => p.policy)).size <= 1 && contract === 0) {
    return `Policy ${code(policy)}. ${adds} The month's standby pay as scheduled is ${amount(compensation.total.pay.standby)}; the estimate of today's rotations above, ${list(estimates)}, ${ESTIMATE_BASIS}`;
  }
  const own = people.filter((p) => p.policy !== policy && !p.paidByContract).length;
  // §12.4.6: another company's people are paid by its contract, not by the company's policy.
  const counts = [
    own === 0 && contract > 0 ? '' : `${own} of ${people.length} by another than ${code(policy)}`,
    contract === 0
      ? ''
      : `${contract} of ${people.length} by their company's contract (another company's people: the company pays the contract, no on-call pay of its own)`,
  ].filter((c) => c !== '');
  return `Each person is paid by their own policy (column Policy: the one they or their team name, else ${code(policy)}); ${counts.join('; ')}. ${adds} Amounts in different currencies are never added (no exchange rates): the month's standby pay as scheduled is ${list(byCurrency.map((c) => c.standby))}; the estimate of today's rotations above, ${list(estimates)}, ${ESTIMATE_BASIS}`;
}
