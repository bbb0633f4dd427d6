import { type Block, joined, mono, strong } from '../blocks.ts';
import { money } from '../doc-figures.ts';
import { code, names, section, table, text } from '../markdown.ts';
import { blockSection, type PlanSection } from '../plan-section.ts';

const hrs = (n: number) => `${n} h`;

/** §12.4.7: chargeback statements for an average month (a plan has no calendar). */
export const chargebackPlanSection = blockSection('chargeback', ({ chargeback: c }) => {
  if (c.statements.length === 0 && c.internal.length === 0 && c.unpriced.length === 0)
    return undefined;
  const statements = c.statements.flatMap((s): Block[] => [
    {
      paragraph: [
        strong(s.consumer),
        ' (',
        joined(s.consumerOrganizations.map(mono), ', '),
        ') pays ',
        strong(s.provider),
        ' (',
        joined(s.providerOrganizations.map(mono), ', '),
        '): ',
        strong(money(s.total)),
      ],
    },
    {
      headers: [
        'SRE team',
        'Development team',
        'Support',
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
          hrs(l.hours),
          l.source === 'agreed' ? 'agreed' : 'share of capacity',
          mono(l.transferPrice),
          money(l.labor),
          money(l.infrastructure),
          money(l.amount),
        ]),
        [strong('Total'), '', '', '', '', '', '', strong(money(s.total))],
      ],
    },
  ]);
  return {
    title: 'Chargeback for an average month (§12.4.7)',
    why: "SRE support hours per development team, charged to the consumer's cost center at the negotiated transfer price: a flat hourly rate plus a contribution to the SRE infrastructure.",
    blocks: [
      ...statements,
      {
        items: c.internal.map((i) => [
          mono(i.sreTeam),
          ' supports ',
          mono(i.team),
          ` for ${hrs(i.hours)} inside `,
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
          ` for ${hrs(u.hours)} across `,
          mono(u.provider),
          ' → ',
          mono(u.consumer),
          ', and no TransferPrice covers them.',
        ]),
      },
      { items: c.notes },
      c.reconciliation.length === 0
        ? ''
        : {
            headers: ['Currency', 'Charged to consumers', 'Received by providers', 'Reconciles'],
            rows: c.reconciliation.map((r) => [
              r.currency,
              money(r.charged),
              money(r.received),
              r.balanced ? 'yes, to the cent' : strong('no'),
            ]),
          },
      '_Each transfer price is rounded once per month (half to even, at the cent) and split over its lines by hours without losing a cent._',
    ],
  };
});

/** §12.4.3, §12.4.7: the offerings catalog. */
export const offeringsPlanSection: PlanSection = {
  id: 'offerings',
  render: ({ offerings }) => {
    if (offerings.entries.length === 0) return undefined;
    return section(
      'SRE offerings and price models (§12.4.3, §12.4.7)',
      'The services the SRE organization offers inside the company, each with its price model; the chapter names project prices, negotiated transfer prices, prices per service supported and subscriptions.',
      table(
        ['Offering', 'Service', 'Price model', "Chapter's price model", 'Price', 'Provider'],
        offerings.entries.map((e) => [
          code(e.name),
          text(e.service),
          e.chapterPriceModel
            ? code(e.priceModel)
            : `**${code(e.priceModel)}** (not the chapter's)`,
          e.chapterPriceModels.map(code).join(' or '),
          money(e.price),
          e.provider ? code(e.provider) : '–',
        ]),
      ),
      offerings.notOffered.length > 0 ? `Not offered yet: ${names(offerings.notOffered)}.` : '',
    );
  },
};
