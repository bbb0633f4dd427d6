import { formatInstant, type Interval, type PersonHours } from '../../engine/schedule/index.ts';
import { hours } from '../figures.ts';

/** Hours per person for people: the table compensation starts from (§12.9.5). */
export function hoursMarkdown(options: {
  readonly range: Interval;
  readonly hours: readonly PersonHours[];
  /** The policy whose business hours split a person's hours (`payingPolicy`). */
  readonly policyOf?: ((person: string) => string | null) | undefined;
  /** Whether another company's contract pays the person's on-call (§12.4.6), not the policy. */
  readonly paidByContract?: ((person: string) => boolean) | undefined;
}): string {
  const { policyOf } = options;
  // The same words as oncall-cost's compensation per person: "its contract" pays a vendor's people.
  const payer = (person: string) => {
    const name = policyOf?.(person) ?? '';
    return options.paidByContract?.(person) ? `its contract (${name}'s business hours)` : name;
  };
  // A column only when people are paid by different policies: with one, it says nothing.
  const policies = new Set(options.hours.map((h) => policyOf?.(h.person) ?? null));
  const column = policyOf !== undefined && policies.size > 1;
  const lines = [
    '# On-call hours per person',
    '',
    `${formatInstant(options.range.start)} to ${formatInstant(options.range.end)}, in each person's own time zone${column ? ', against the business hours of the policy that pays them' : ''}. Weekend hours are part of off-hours.`,
    '',
    `| person |${column ? ' policy |' : ''} business hours | off-hours | of which weekend |`,
    `|---|${column ? '---|' : ''}---:|---:|---:|`,
    ...options.hours.map(
      (h) =>
        `| ${h.person} |${column ? ` ${payer(h.person)} |` : ''} ${hours(h.businessHours)} | ${hours(h.offHours)} | ${hours(h.weekendHours)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
