import { money } from '../doc-figures.ts';
import { code, list, names, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

const hrs = (n: number) => `${n} h`;

/** §12.4.7: chargeback statements for an average month (a plan has no calendar). */
export const chargebackPlanSection: PlanSection = {
  id: 'chargeback',
  render: ({ chargeback: c }) => {
    if (c.statements.length === 0 && c.internal.length === 0 && c.unpriced.length === 0)
      return undefined;
    const statements = c.statements.flatMap((s) => [
      `**${text(s.consumer)}** (${s.consumerOrganizations.map(code).join(', ')}) pays **${text(s.provider)}** (${s.providerOrganizations.map(code).join(', ')}): **${money(s.total)}**`,
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
            hrs(l.hours),
            l.source === 'agreed' ? 'agreed' : 'share of capacity',
            code(l.transferPrice),
            money(l.labor),
            money(l.infrastructure),
            money(l.amount),
          ]),
          ['**Total**', '', '', '', '', '', '', `**${money(s.total)}**`],
        ],
      ),
    ]);
    return section(
      'Chargeback for an average month (§12.4.7)',
      "SRE support hours per development team, charged to the consumer's cost center at the negotiated transfer price: a flat hourly rate plus a contribution to the SRE infrastructure.",
      ...statements,
      c.internal.length === 0
        ? ''
        : list(
            c.internal.map(
              (i) =>
                `${code(i.sreTeam)} supports ${code(i.team)} for ${hrs(i.hours)} inside ${code(i.organization)} (${text(i.costCenter)}): no transfer, internal cost of that cost center only.`,
            ),
          ),
      c.unpriced.length === 0
        ? ''
        : list(
            c.unpriced.map(
              (u) =>
                `**not priced**: ${code(u.sreTeam)} supports ${code(u.team)} for ${hrs(u.hours)} across ${code(u.provider)} → ${code(u.consumer)}, and no TransferPrice covers them.`,
            ),
          ),
      c.notes.length > 0 ? list(c.notes.map(text)) : '',
      c.reconciliation.length === 0
        ? ''
        : table(
            ['Currency', 'Charged to consumers', 'Received by providers', 'Reconciles'],
            c.reconciliation.map((r) => [
              r.currency,
              money(r.charged),
              money(r.received),
              r.balanced ? 'yes, to the cent' : '**no**',
            ]),
          ),
      '_Each transfer price is rounded once per month (half to even, at the cent) and split over its lines by hours without losing a cent._',
    );
  },
};

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
