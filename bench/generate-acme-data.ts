/**
 * Writes the example SLI samples and incidents of examples/acme (data/sli.csv,
 * data/incidents.csv): hourly samples for January to June 2025 with the outages listed below,
 * deterministic, so the example output in docs/budgets.md can be reproduced.
 * Run: npx node bench/generate-acme-data.ts
 */
import { writeFileSync } from 'node:fs';

const HOUR = 3600;
const FROM = Date.UTC(2025, 0, 1) / 1000;
const TO = Date.UTC(2025, 6, 1) / 1000;

/** Services with samples: events per hour at the daily peak, and their target. */
const SERVICES = [
  { name: 'checkout-api', peak: 20_000, target: 99.95 },
  { name: 'checkout-web', peak: 30_000, target: 99.9 },
  { name: 'payment-gateway-api', peak: 12_000, target: 99.99 },
  { name: 'fraud-scoring', peak: 12_000, target: 99.95 },
  { name: 'orders-api', peak: 8_000, target: 99.95 },
  { name: 'search-api', peak: 40_000, target: 99.9 },
  { name: 'product-catalog-api', peak: 25_000, target: 99.9 },
] as const;

interface Outage {
  readonly id: string;
  readonly service: string;
  readonly start: string;
  readonly minutes: number;
  /** Share of requests failing during the outage. */
  readonly errorRatio: number;
  readonly detectedAfter: number;
  readonly customerVisible: boolean;
}

const OUTAGES: readonly Outage[] = [
  // §12.4.8's example: six 30-minute incidents in January, one of 120 minutes in February.
  ...[7, 9, 14, 16, 21, 23].map((day, i) => ({
    id: `INC-10${i + 1}`,
    service: 'search-api',
    start: `2025-01-${String(day).padStart(2, '0')}T14:00:00Z`,
    minutes: 30,
    errorRatio: 0.02,
    detectedAfter: 4,
    customerVisible: true,
  })),
  {
    id: 'INC-110',
    service: 'product-catalog-api',
    start: '2025-02-12T09:00:00Z',
    minutes: 120,
    errorRatio: 0.01,
    detectedAfter: 15,
    customerVisible: true,
  },
  // checkout-api: two depleted 28-day periods in a row, then two within: handback and return.
  {
    id: 'INC-201',
    service: 'checkout-api',
    start: '2025-01-28T19:00:00Z',
    minutes: 120,
    errorRatio: 0.4,
    detectedAfter: 3,
    customerVisible: true,
  },
  {
    id: 'INC-202',
    service: 'checkout-api',
    start: '2025-02-25T12:00:00Z',
    minutes: 90,
    errorRatio: 0.5,
    detectedAfter: 2,
    customerVisible: true,
  },
  // payment-gateway-api: one bad hour in March breaks its strict policy.
  {
    id: 'INC-301',
    service: 'payment-gateway-api',
    start: '2025-03-12T08:00:00Z',
    minutes: 60,
    errorRatio: 0.3,
    detectedAfter: 1,
    customerVisible: true,
  },
  // checkout-web: one depleted period (a freeze, no handback).
  {
    id: 'INC-401',
    service: 'checkout-web',
    start: '2025-04-20T10:00:00Z',
    minutes: 180,
    errorRatio: 0.4,
    detectedAfter: 6,
    customerVisible: true,
  },
  // Small ones, two of them caught before customers noticed.
  {
    id: 'INC-501',
    service: 'fraud-scoring',
    start: '2025-05-05T03:00:00Z',
    minutes: 30,
    errorRatio: 0.05,
    detectedAfter: 2,
    customerVisible: false,
  },
  {
    id: 'INC-502',
    service: 'orders-api',
    start: '2025-06-10T11:00:00Z',
    minutes: 60,
    errorRatio: 0.2,
    detectedAfter: 5,
    customerVisible: true,
  },
  {
    id: 'INC-503',
    service: 'search-api',
    start: '2025-06-18T16:00:00Z',
    minutes: 20,
    errorRatio: 0.01,
    detectedAfter: 3,
    customerVisible: false,
  },
];

/** A deterministic pseudo-random number in [0, 1) from two integers. */
function noise(a: number, b: number): number {
  let x = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return (x >>> 0) / 2 ** 32;
}

const rows = ['service,timestamp,good,total'];
SERVICES.forEach((service, s) => {
  const allowed = 1 - service.target / 100;
  const outages = OUTAGES.filter((o) => o.service === service.name).map((o) => ({
    start: Date.parse(o.start) / 1000,
    end: Date.parse(o.start) / 1000 + o.minutes * 60,
    ratio: o.errorRatio,
  }));
  for (let t = FROM; t < TO; t += HOUR) {
    const hour = (t / HOUR) % 24;
    const shape = 0.6 + 0.4 * Math.sin(((hour - 8) / 24) * 2 * Math.PI);
    const total = Math.round(service.peak * shape * (0.95 + 0.1 * noise(s, t)));
    // Background errors at about a tenth of the budget.
    let bad = Math.floor(total * allowed * 0.2 * noise(t, s));
    for (const o of outages) {
      const overlap = Math.min(t + HOUR, o.end) - Math.max(t, o.start);
      if (overlap > 0) bad += Math.round(((total * overlap) / HOUR) * o.ratio);
    }
    rows.push(
      `${service.name},${new Date(t * 1000).toISOString().slice(0, 19)}Z,${total - bad},${total}`,
    );
  }
});
writeFileSync(new URL('../examples/acme/data/sli.csv', import.meta.url), `${rows.join('\n')}\n`);

const iso = (seconds: number) => `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
const incidents = ['id,service,startedAt,detectedAt,resolvedAt,customerVisible'];
for (const o of OUTAGES) {
  const start = Date.parse(o.start) / 1000;
  incidents.push(
    [
      o.id,
      o.service,
      iso(start),
      iso(start + o.detectedAfter * 60),
      iso(start + o.minutes * 60),
      o.customerVisible,
    ].join(','),
  );
}
writeFileSync(
  new URL('../examples/acme/data/incidents.csv', import.meta.url),
  `${incidents.join('\n')}\n`,
);
console.log(`wrote ${rows.length - 1} samples and ${incidents.length - 1} incidents`);
