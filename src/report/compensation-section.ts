import type { PersonCompensation } from '../engine/compensation/index.ts';
import type { Model } from '../model/index.ts';
import { amount, hours } from './figures.ts';
import { code, section, table } from './plan/markdown.ts';

/** §12.9.5: every building block per person for a month. */
export function compensationSection(options: {
  readonly model: Model;
  readonly month: string;
  readonly people: readonly PersonCompensation[];
  readonly incidentSource: 'incidents' | 'assumption';
  readonly policy: string;
}): string | undefined {
  const { model, people } = options;
  if (people.length === 0) return undefined;
  const uplift = people[0]?.upliftPercent ?? 0;
  return section(
    `On-call compensation, ${options.month} (§12.9.5)`,
    `Each building block per person, business hours and weekends counted in the person's own time zone. Each member carries an equal share of a primary and a secondary slot of their rotations; base uplift on an assumed base salary; the within-budget bonus is paid only for a month within error budget.`,
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
      people.map((p) => [
        code(p.person),
        code(model.people.get(p.person)?.spec.timezone ?? 'rotation zone'),
        hours(p.hours.businessHours),
        hours(p.hours.offHours),
        hours(p.hours.weekendHours),
        options.incidentSource === 'incidents' ? hours(p.hours.incidentOffHours ?? 0) : 'no data',
        amount(p.pay.standby),
        amount(p.pay.incidents),
        amount(p.pay.baseUplift),
        amount(p.pay.withinBudget),
        hours(p.timeOff.total),
        `**${amount(p.pay.total)}**`,
      ]),
    ),
    `Policy ${code(options.policy)}. "Pay" adds standby, incident pay and the base uplift; the bonus depends on the month's error budgets.`,
  );
}
