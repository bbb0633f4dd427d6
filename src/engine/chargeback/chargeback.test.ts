import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { formatDecimal, formatMoney } from '../money/index.ts';
import { chargeback } from './chargeback.ts';

const march = { year: 2026, month: 3 };
const orgs = [
  doc('Organization', 'pd', 'type: product-delivery\ncostCenter: CC-1000'),
  doc('Organization', 'dev', 'type: development\nparent: pd\ncostCenter: CC-2000'),
  doc('Organization', 'sre', 'type: sre\nparent: pd\ncostCenter: CC-4000'),
  doc('Team', 'a', 'type: development\norganization: dev'),
  doc('Team', 'b', 'type: development\norganization: dev'),
  doc('Team', 'c', 'type: development\norganization: dev'),
];
const core = doc(
  'Team',
  'core',
  'type: sre\norganization: sre\nsupports:\n  - { team: a, hoursPerMonth: 160 }\n  - { team: b, hoursPerMonth: 200 }\n  - c',
);
const sres = ['s1', 's2', 's3'].map((p) => doc('Person', p, 'team: core\nrole: sre'));
const price = doc(
  'TransferPrice',
  'sre-support',
  'provider: sre\nconsumer: dev\nhourlyRate: 95\ncurrency: EUR\ninfrastructureContribution: 12',
);

describe('chargeback (§12.4.7)', () => {
  const result = chargeback(modelFrom(...orgs, core, ...sres, price), march);

  it('charges the consumer cost center for each supported team at rate plus infrastructure contribution', () => {
    expect(result.statements).toHaveLength(1);
    const [statement] = result.statements;
    expect(statement?.consumer).toBe('CC-2000');
    expect(statement?.provider).toBe('CC-4000');
    expect(
      statement?.lines.map((l) => [
        l.team,
        formatDecimal(l.hours),
        l.source,
        formatMoney(l.amount),
        formatMoney(l.labor),
        formatMoney(l.infrastructure),
      ]),
    ).toEqual([
      ['a', '160', 'agreed', '17120.00', '15200.00', '1920.00'],
      ['b', '200', 'agreed', '21400.00', '19000.00', '2400.00'],
      // 3 SREs × 22 business days × 8 h = 528 h in March 2026, 168 h left after the agreed 360
      ['c', '168', 'share-of-capacity', '17976.00', '15960.00', '2016.00'],
    ]);
    expect(formatMoney(statement?.total ?? { minor: 0, currency: 'EUR' })).toBe('56496.00');
  });

  it('reconciles what consumers are charged with what providers receive', () => {
    expect(result.providers.map((p) => [p.provider, formatMoney(p.received)])).toEqual([
      ['CC-4000', '56496.00'],
    ]);
    expect(result.reconciliation).toMatchObject([{ currency: 'EUR', balanced: true }]);
  });

  it("books support inside the consumer's own organization as internal cost, not a transfer", () => {
    const inside = chargeback(
      modelFrom(
        ...orgs,
        doc(
          'Team',
          'embedded',
          'type: sre\norganization: dev\nsupports:\n  - { team: a, hoursPerMonth: 40 }',
        ),
      ),
      march,
    );
    expect(inside.statements).toEqual([]);
    expect(
      inside.internal.map((i) => [
        i.organization,
        i.costCenter,
        i.sreTeam,
        i.team,
        formatDecimal(i.hours),
      ]),
    ).toEqual([['dev', 'CC-2000', 'embedded', 'a', '40']]);
  });

  it('lists cross-organization support without a transfer price as unpriced', () => {
    const unpriced = chargeback(modelFrom(...orgs, core, ...sres), march);
    expect(unpriced.statements).toEqual([]);
    expect(unpriced.unpriced.map((u) => [u.sreTeam, u.team, u.provider, u.consumer])).toEqual([
      ['core', 'a', 'sre', 'dev'],
      ['core', 'b', 'sre', 'dev'],
      ['core', 'c', 'sre', 'dev'],
    ]);
  });

  it('applies a price agreed with the organization above the consumer', () => {
    const parentPrice = doc(
      'TransferPrice',
      'pd-price',
      'provider: sre\nconsumer: pd\nhourlyRate: 100\ncurrency: EUR',
    );
    const r = chargeback(modelFrom(...orgs, core, ...sres, parentPrice), march);
    expect(r.statements[0]?.lines[0]?.transferPrice).toBe('pd-price');
    expect(formatMoney(r.statements[0]?.lines[0]?.amount ?? { minor: 0, currency: 'EUR' })).toBe(
      '16000.00',
    );
  });

  it('rounds the month once per price and splits it over the lines without losing a cent', () => {
    const thirds = doc(
      'Team',
      'core',
      'type: sre\norganization: sre\nsupports:\n  - { team: a, hoursPerMonth: 0.333 }\n  - { team: b, hoursPerMonth: 0.333 }\n  - { team: c, hoursPerMonth: 0.333 }',
    );
    const r = chargeback(modelFrom(...orgs, thirds, price), march);
    // 0.999 h × 107.00 = 106.893 → 106.89, split 35.63 each
    expect(r.statements[0]?.lines.map((l) => formatMoney(l.amount))).toEqual([
      '35.63',
      '35.63',
      '35.63',
    ]);
    expect(formatMoney(r.statements[0]?.total ?? { minor: 0, currency: 'EUR' })).toBe('106.89');
  });

  it('says when an SRE team has no time left for the teams without agreed hours', () => {
    const busy = doc(
      'Team',
      'core',
      'type: sre\norganization: sre\nsupports:\n  - { team: a, hoursPerMonth: 600 }\n  - b',
    );
    const r = chargeback(modelFrom(...orgs, busy, ...sres, price), march);
    // 3 SREs × 22 business days × 8 h = 528 h in March 2026: 600 h agreed is more than they work.
    expect(r.notes).toEqual([
      'core: the agreed support hours (600 h a month) exceed what its 3 engineer(s) in place work (528 h in business hours): hours it cannot have worked are billed (§12.4.7)',
      'core: no working time left beyond the agreed hours for b',
    ]);
    expect(r.statements[0]?.lines.map((l) => formatDecimal(l.hours))).toEqual(['600', '0']);
  });
});

describe('chargeback for an average month', () => {
  it('shares 5 days × 8 h × 365.25/84 = 173.93 h per SRE for teams without agreed hours', () => {
    const r = chargeback(modelFrom(...orgs, core, ...sres, price), 'average');
    // 3 × 173.93 = 521.79 h, less the agreed 360 h
    expect(r.statements[0]?.lines.map((l) => formatDecimal(l.hours))).toEqual([
      '160',
      '200',
      '161.79',
    ]);
  });
});

describe('chargeback capacity', () => {
  it("leaves the SRE team's manager out of the working time shared by teams without agreed hours", () => {
    const withManager = [...sres, doc('Person', 'boss', 'team: core\nrole: manager')];
    const r = chargeback(modelFrom(...orgs, core, ...withManager, price), march);
    expect(r.statements[0]?.lines.map((l) => formatDecimal(l.hours))).toEqual([
      '160',
      '200',
      '168',
    ]);
  });
});

describe('what the support hours buy (§12.4.7)', () => {
  const services = [
    doc('Service', 'a-api', 'owner: a\nrunModel: you-and-sre-run-it\nsreTeam: core'),
    doc('Service', 'b-app', 'owner: b\nrunModel: you-run-it'),
    doc('Service', 'c-api', 'owner: c\nrunModel: sre-runs-it\nsreTeam: core'),
  ];
  const one = [doc('Person', 's1', 'team: core\nrole: sre')];

  it('tells shared on-call from running services and from consulting for developers who run theirs', () => {
    const r = chargeback(modelFrom(...orgs, core, ...one, price, ...services), march);
    expect(r.statements[0]?.lines.map((l) => [l.team, l.buys])).toEqual([
      ['a', 'shared-on-call'],
      ['b', 'consulting'],
      ['c', 'runs-alone'],
    ]);
    // One SRE, dedicated to a: b's hours are consulting, which needs no SRE of its own (§12.4.1).
    expect(r.notes.filter((n) => n.includes('nobody is dedicated'))).toEqual([]);
  });

  it('says when shared on-call is billed to a team no SRE is dedicated to (§12.4.1)', () => {
    const bShared = doc(
      'Service',
      'b-app',
      'owner: b\nrunModel: you-and-sre-run-it\nsreTeam: core',
    );
    const r = chargeback(
      modelFrom(...orgs, core, ...one, price, bShared, ...services.slice(0, 1)),
      march,
    );
    expect(r.notes.filter((n) => n.includes('nobody is dedicated'))).toEqual([
      'core: has no SRE for b (fewer SREs in place than the teams it shares on-call with, §12.4.1): the shared on-call billed to it is support nobody is dedicated to give',
    ]);
  });
});
