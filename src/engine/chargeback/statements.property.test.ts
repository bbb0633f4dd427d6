import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Money } from '../money/index.ts';
import { divideHalfEven } from '../money/index.ts';
import { buildStatements, type Price } from './statements.ts';
import type { SupportAllocation } from './support-allocations.ts';

const orgs = ['dev', 'web', 'data', 'ops', 'sre'] as const;
const price = fc.record({
  currency: fc.constantFrom('EUR', 'USD', 'JPY'),
  rateCents: fc.integer({ min: 0, max: 50_000 }),
  contributionCents: fc.integer({ min: 0, max: 5_000 }),
});
const allocation = fc.record({
  sreTeam: fc.constantFrom('core', 'edge', 'infra'),
  team: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  provider: fc.constantFrom(...orgs),
  consumer: fc.constantFrom(...orgs),
  hundredths: fc.integer({ min: 0, max: 40_000 }),
});

describe('buildStatements', () => {
  it('reconciles random allocations to the cent: consumers pay exactly what providers receive', () => {
    fc.assert(
      fc.property(
        fc.array(allocation, { maxLength: 40 }),
        fc.dictionary(fc.constantFrom(...orgs), fc.constantFrom('CC-1', 'CC-2', 'CC-3', 'CC-4')),
        fc.dictionary(fc.constantFrom(...orgs.flatMap((p) => orgs.map((c) => `${p}>${c}`))), price),
        (raw, centers, prices) => {
          const allocations: SupportAllocation[] = raw.map((a) => ({
            ...a,
            hours: { units: BigInt(a.hundredths), scale: 2 },
            source: 'agreed',
            buys: 'shared-on-call',
          }));
          const priceFor = (p: string, c: string): Price | undefined => {
            const found = prices[`${p}>${c}`];
            if (!found) return undefined;
            // Rates are whole minor units: cents for EUR and USD, whole yen for JPY.
            const perMajor = found.currency === 'JPY' ? 1 : 100;
            return {
              name: `${p}>${c}`,
              currency: found.currency,
              hourlyRate: found.rateCents / perMajor,
              infrastructureContribution: found.contributionCents / perMajor,
            };
          };
          const costCenterOf = (org: string) => centers[org] ?? org;
          const result = buildStatements({ allocations, costCenterOf, priceFor });

          // Every allocation lands in exactly one place.
          const lines = result.statements.flatMap((s) => s.lines);
          expect(lines.length + result.internal.length + result.unpriced.length).toBe(
            allocations.length,
          );

          // Every statement is the sum of its lines; every line of labor and infrastructure.
          for (const s of result.statements) {
            expect(s.total.minor).toBe(s.lines.reduce((n, l) => n + l.amount.minor, 0));
            for (const l of s.lines)
              expect(l.labor.minor + l.infrastructure.minor).toBe(l.amount.minor);
          }

          // Both sides add up to the same amount in every currency.
          for (const r of result.reconciliation) {
            expect(r.balanced).toBe(true);
            expect(r.charged.minor).toBe(r.received.minor);
            const providers = result.providers
              .filter((p) => p.received.currency === r.currency)
              .reduce((n, p) => n + p.received.minor, 0);
            const consumers = result.statements
              .filter((s) => s.currency === r.currency)
              .reduce((n, s) => n + s.total.minor, 0);
            expect(providers).toBe(consumers);
          }

          // Each price's month is hours × price rounded once, and no line is off by a cent or more.
          const groups = new Map<string, { hundredths: bigint; perHour: bigint; amount: number }>();
          for (const s of result.statements) {
            for (const l of s.lines) {
              const p = priceFor(...(l.transferPrice.split('>') as [string, string])) as Price;
              const digits = p.currency === 'JPY' ? 0 : 2;
              const perHour = BigInt(
                Math.round((p.hourlyRate + p.infrastructureContribution) * 10 ** digits),
              );
              const key = `${s.provider}|${s.consumer}|${l.transferPrice}`;
              const g = groups.get(key) ?? { hundredths: 0n, perHour, amount: 0 };
              groups.set(key, {
                ...g,
                hundredths: g.hundredths + l.hours.units,
                amount: g.amount + l.amount.minor,
              });
              const exact = (Number(l.hours.units) * Number(perHour)) / 100;
              expect(Math.abs(l.amount.minor - exact)).toBeLessThan(1.5);
            }
          }
          for (const g of groups.values()) {
            expect(BigInt(g.amount)).toBe(divideHalfEven(g.hundredths * g.perHour, 100n));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never charges support within one cost center', () => {
    const hours = { units: 1000n, scale: 2 };
    const result = buildStatements({
      allocations: [
        {
          sreTeam: 's',
          team: 't',
          provider: 'x',
          consumer: 'y',
          hours,
          source: 'agreed',
          buys: 'shared-on-call',
        },
      ],
      costCenterOf: () => 'CC-1',
      priceFor: () => ({
        name: 'p',
        currency: 'EUR',
        hourlyRate: 100,
        infrastructureContribution: 0,
      }),
    });
    expect(result.statements).toEqual([]);
    expect(result.internal).toHaveLength(1);
    const none: Money[] = result.reconciliation.map((r) => r.charged);
    expect(none).toEqual([]);
  });
});
