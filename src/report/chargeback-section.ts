import type { Chargeback } from '../engine/chargeback/index.ts';
import { formatMonth } from '../engine/compensation/index.ts';
import { amount, decimalHours } from './figures.ts';
import { code, list, section, table, text } from './plan/markdown.ts';

export function monthLabel(month: Chargeback['month']): string {
  return month === 'average' ? 'an average month' : formatMonth(month);
}

/** §12.4.7: one statement per consumer and provider cost center, internal cost, reconciliation. */
export function chargebackSection(c: Chargeback): string | undefined {
  if (c.statements.length === 0 && c.internal.length === 0 && c.unpriced.length === 0)
    return undefined;
  const statements = c.statements.flatMap((s) => [
    `**${text(s.consumer)}** (${s.consumerOrganizations.map(code).join(', ')}) pays **${text(s.provider)}** (${s.providerOrganizations.map(code).join(', ')}): **${amount(s.total)}**`,
    table(
      [
        'SRE team',
        'Development team',
        'Support',
        'Hours from',
        'Transfer price',
        'SRE time',
        'SRE infrastructure',
        'Amount',
      ],
      [
        ...s.lines.map((l) => [
          code(l.sreTeam),
          code(l.team),
          decimalHours(l.hours),
          l.source === 'agreed' ? 'agreed' : 'share of capacity',
          code(l.transferPrice),
          amount(l.labor),
          amount(l.infrastructure),
          amount(l.amount),
        ]),
        ['**Total**', '', '', '', '', '', '', `**${amount(s.total)}**`],
      ],
    ),
  ]);
  const internal =
    c.internal.length === 0
      ? ''
      : list(
          c.internal.map(
            (i) =>
              `${code(i.sreTeam)} supports ${code(i.team)} for ${decimalHours(i.hours)} inside ${code(i.organization)} (${text(i.costCenter)}): no transfer, internal cost of that cost center only.`,
          ),
        );
  const unpriced =
    c.unpriced.length === 0
      ? ''
      : list(
          c.unpriced.map(
            (u) =>
              `**not priced**: ${code(u.sreTeam)} supports ${code(u.team)} for ${decimalHours(u.hours)} across ${code(u.provider)} → ${code(u.consumer)}, and no TransferPrice covers them.`,
          ),
        );
  return section(
    `Chargeback for ${monthLabel(c.month)} (§12.4.7)`,
    "SRE support hours per development team, charged to the consumer's cost center at the negotiated transfer price: a flat hourly rate plus a contribution to the SRE infrastructure.",
    ...statements,
    internal,
    unpriced,
    c.notes.length > 0 ? list(c.notes.map(text)) : '',
    c.reconciliation.length === 0
      ? ''
      : table(
          ['Currency', 'Charged to consumers', 'Received by providers', 'Reconciles'],
          c.reconciliation.map((r) => [
            r.currency,
            amount(r.charged),
            amount(r.received),
            r.balanced ? 'yes, to the cent' : '**no**',
          ]),
        ),
    '_Each transfer price is rounded once per month (half to even, at the cent) and split over its lines by hours without losing a cent._',
  );
}
