import type { Chargeback } from '../engine/chargeback/index.ts';
import { decimalToNumber, moneyJson } from '../engine/money/index.ts';
import type { OfferingsCatalog } from '../engine/offerings/index.ts';
import { monthLabel } from './chargeback-section.ts';
import { withNulls } from './figures.ts';

/**
 * `chargeback --json`. A contract: fields are added, never renamed. At least
 * `{statements: [{consumer, provider, total: {amount, currency}, lines: [...]}]}`, amounts in
 * major units as decimal strings (`"1234.50"`), hours as numbers.
 */
export function chargebackJson(c: Chargeback, catalog: OfferingsCatalog): unknown {
  return withNulls({
    month: c.month === 'average' ? 'average' : monthLabel(c.month),
    statements: c.statements.map((s) => ({
      consumer: s.consumer,
      provider: s.provider,
      consumerOrganizations: s.consumerOrganizations,
      providerOrganizations: s.providerOrganizations,
      total: moneyJson(s.total),
      lines: s.lines.map((l) => ({
        sreTeam: l.sreTeam,
        team: l.team,
        hours: decimalToNumber(l.hours),
        hoursFrom: l.source,
        transferPrice: l.transferPrice,
        labor: moneyJson(l.labor),
        infrastructure: moneyJson(l.infrastructure),
        amount: moneyJson(l.amount),
      })),
    })),
    providers: c.providers.map((p) => ({ provider: p.provider, received: moneyJson(p.received) })),
    internal: c.internal.map((i) => ({
      organization: i.organization,
      costCenter: i.costCenter,
      sreTeam: i.sreTeam,
      team: i.team,
      hours: decimalToNumber(i.hours),
      note: "the SRE team sits in the consumer's own organization: no transfer, internal cost only",
    })),
    unpriced: c.unpriced.map((u) => ({ ...u, hours: decimalToNumber(u.hours) })),
    reconciliation: c.reconciliation.map((r) => ({
      currency: r.currency,
      charged: moneyJson(r.charged),
      received: moneyJson(r.received),
      balanced: r.balanced,
    })),
    notes: c.notes,
    offerings: {
      entries: catalog.entries.map((e) => ({ ...e, price: e.price ? moneyJson(e.price) : null })),
      notOffered: catalog.notOffered,
    },
  });
}
