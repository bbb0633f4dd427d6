import type { Chargeback } from '../engine/chargeback/index.ts';
import { formatMonth } from '../engine/compensation/index.ts';
import { toJson } from '../engine/plan/document/json-value.ts';
import type { PlanDocument } from '../engine/plan/document/plan-document-schema.ts';
import {
  type Block,
  blocksMarkdown,
  em,
  joined,
  mono,
  para,
  type SectionBlocks,
  strong,
} from './plan/blocks.ts';
import { money } from './plan/doc-figures.ts';

export function monthLabel(month: Chargeback['month']): string {
  return month === 'average' ? 'an average month' : formatMonth(month);
}

/** What the section reads of a chargeback: the plan document's, or `chargeback`'s as JSON. */
type ChargebackView = Pick<
  PlanDocument['chargeback'],
  'statements' | 'internal' | 'unpriced' | 'notes' | 'reconciliation'
>;

const hours = (n: number) => `${n} h`;

/** What support hours buy, in words (`sreEngagement`, §12.4.7). */
const BUYS: Record<ChargebackView['statements'][number]['lines'][number]['buys'], string> = {
  'shared-on-call': 'shared on-call',
  'runs-alone': 'runs its services',
  consulting: 'consulting',
};

/** §12.4.7 for `chargeback --month`: the month's statements as Markdown. */
export function chargebackSection(c: Chargeback): string | undefined {
  const blocks = chargebackBlocks(toJson(c), monthLabel(c.month));
  return blocks && blocksMarkdown(blocks);
}

/**
 * §12.4.7: one statement per consumer and provider cost center, internal cost, reconciliation;
 * the one section `chargeback` and `plan` (an average month: a plan has no calendar) write.
 */
export function chargebackBlocks(c: ChargebackView, month: string): SectionBlocks | undefined {
  if (c.statements.length === 0 && c.internal.length === 0 && c.unpriced.length === 0)
    return undefined;
  const statements = c.statements.flatMap((s): Block[] => [
    para([
      strong(s.consumer),
      ' (',
      joined(s.consumerOrganizations.map(mono), ', '),
      ') pays ',
      strong(s.provider),
      ' (',
      joined(s.providerOrganizations.map(mono), ', '),
      '): ',
      strong(money(s.total)),
    ]),
    {
      headers: [
        'SRE team',
        'Development team',
        'Support',
        'Buys',
        'Hours from',
        'Transfer price',
        'SRE time',
        'SRE infrastructure',
        'Amount',
      ],
      rows: [
        ...s.lines.map((l) => [
          mono(l.sreTeam),
          mono(l.team),
          hours(l.hours),
          BUYS[l.buys],
          l.source === 'agreed' ? 'agreed' : 'share of capacity',
          mono(l.transferPrice),
          money(l.labor),
          money(l.infrastructure),
          money(l.amount),
        ]),
        [strong('Total'), '', '', '', '', '', '', '', strong(money(s.total))],
      ],
    },
  ]);
  return {
    title: `Chargeback for ${month} (§12.4.7)`,
    why: "SRE support hours per development team, charged to the consumer's cost center at the negotiated transfer price: a flat hourly rate plus a contribution to the SRE infrastructure. What the hours buy: a share of the team's on-call (§12.4), the running of its services (§12.5), or consulting for a team whose developers run their services alone.",
    blocks: [
      ...statements,
      {
        items: c.internal.map((i) => [
          mono(i.sreTeam),
          ' supports ',
          mono(i.team),
          ` for ${hours(i.hours)} (${BUYS[i.buys]}) inside `,
          mono(i.organization),
          ` (${i.costCenter}): no transfer, internal cost of that cost center only.`,
        ]),
      },
      {
        items: c.unpriced.map((u) => [
          strong('not priced'),
          ': ',
          mono(u.sreTeam),
          ' supports ',
          mono(u.team),
          ` for ${hours(u.hours)} (${BUYS[u.buys]}) across `,
          mono(u.provider),
          ' → ',
          mono(u.consumer),
          ', and no TransferPrice covers them.',
        ]),
      },
      { items: c.notes },
      c.reconciliation.length === 0
        ? null
        : {
            headers: ['Currency', 'Charged to consumers', 'Received by providers', 'Reconciles'],
            rows: c.reconciliation.map((r) => [
              r.currency,
              money(r.charged),
              money(r.received),
              r.balanced ? 'yes, to the cent' : strong('no'),
            ]),
          },
      para(
        em(
          'Each transfer price is rounded once per month (half to even, at the cent) and split over its lines by hours without losing a cent.',
        ),
      ),
    ],
  };
}
