import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { RUN_MODELS } from '../vocabulary.ts';
import { coverageClause, rotationCovers } from './rotation-covers.ts';

const rotation = (name: string, covers: Record<string, unknown>) => ({
  kind: 'Rotation',
  name,
  spec: { type: 'domain', coverage: '8x7', members: ['dan'], covers },
});

const names = (rotations: readonly { readonly name: string }[]) => rotations.map((r) => r.name);

describe('which rotations cover a service', () => {
  it('finds rotations covering a service by name, by owner team and by domain, in model order', () => {
    const model = modelOf([
      ...tinyOrg(),
      rotation('by-name', { services: ['cart'] }),
      rotation('by-domain', { domain: 'payments' }),
      rotation('other-domain', { domain: 'catalog' }),
      rotation('nothing', {}),
    ]);
    expect(names(model.index.rotationsCovering('cart'))).toEqual([
      'shop-oncall',
      'by-name',
      'by-domain',
    ]);
  });

  it('says by which clause a rotation covers a service, its name before its owner team', () => {
    const model = modelOf([
      ...tinyOrg(),
      rotation('by-name', { services: ['cart'], teams: ['shop'] }),
      rotation('by-domain', { domain: 'payments' }),
      rotation('other-domain', { domain: 'catalog' }),
      {
        kind: 'Rotation',
        name: 'noc',
        spec: { type: 'thin-layer', coverage: '24x7', members: ['dan'] },
      },
    ]);
    const cart = model.services.get('cart');
    const clause = (name: string) => {
      const r = model.rotations.get(name);
      return r && cart ? coverageClause(model, r, cart) : 'missing';
    };
    expect(['shop-oncall', 'by-name', 'by-domain', 'other-domain', 'noc'].map(clause)).toEqual([
      'owner-team',
      'service',
      'domain',
      undefined,
      'thin-layer',
    ]);
  });

  it('takes the owner team’s domain when the service states none', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { domain: undefined });
    const model = modelOf([...docs, rotation('by-domain', { domain: 'payments' })]);
    expect(names(model.index.rotationsCovering('cart'))).toContain('by-domain');
  });

  it('covers nothing with a team or domain rotation that names nothing', () => {
    const model = modelOf([
      ...tinyOrg(),
      { kind: 'Rotation', name: 'bare', spec: { type: 'team', coverage: '8x5', members: ['dan'] } },
      rotation('empty', {}),
    ]);
    expect(model.index.servicesCoveredBy('bare')).toEqual([]);
    expect(model.index.servicesCoveredBy('empty')).toEqual([]);
  });

  it('covers every service with a thin layer that names nothing (§12.6)', () => {
    const model = rotationModel(
      people('a'),
      [{ name: 'noc', type: 'thin-layer', members: ['a'] }],
      doc('Organization', 'pd', 'type: product-delivery'),
      doc('Team', 'shop', 'type: development\norganization: pd'),
      doc('Service', 'cart', 'owner: shop\nrunModel: you-run-it'),
      doc('Service', 'search', 'owner: shop\nrunModel: ops-runs-it'),
    );
    expect(names(model.index.servicesCoveredBy('noc'))).toEqual(['cart', 'search']);
  });

  it('does not count a thin layer that names what it covers but not this service', () => {
    const model = rotationModel(
      people('a'),
      [{ name: 'noc', type: 'thin-layer', members: ['a'], covers: '{ services: [search] }' }],
      doc('Organization', 'pd', 'type: product-delivery'),
      doc('Team', 'shop', 'type: development\norganization: pd'),
      doc('Service', 'cart', 'owner: shop\nrunModel: you-run-it'),
      doc('Service', 'search', 'owner: shop\nrunModel: you-run-it'),
    );
    expect(model.index.rotationsCovering('cart')).toEqual([]);
    expect(names(model.index.rotationsCovering('search'))).toEqual(['noc']);
  });

  const sreBase = [
    doc('Organization', 'pd', 'type: product-delivery'),
    doc('Team', 'shop', 'type: development\norganization: pd'),
  ];

  it('covers through the SRE team only when the run model puts SRE on call (§12.4, §12.5)', () => {
    const expected = {
      'you-run-it': false,
      'you-and-sre-run-it': true,
      'sre-runs-it': true,
      'ops-runs-it': false,
      unorganized: false,
    } as const;
    for (const runModel of RUN_MODELS) {
      const model = rotationModel(
        people('a'),
        [{ name: 'sre', members: ['a'], covers: '{ teams: [sre-core] }' }],
        ...sreBase,
        doc('Team', 'sre-core', 'type: sre\norganization: pd'),
        doc('Service', 'cart', `owner: shop\nrunModel: ${runModel}\nsreTeam: sre-core`),
      );
      expect(model.index.rotationsCovering('cart').length > 0, runModel).toBe(expected[runModel]);
    }
  });

  it('counts an SRE team that supports the owner as the SRE team of a service that names none', () => {
    const model = rotationModel(
      people('a'),
      [{ name: 'sre', members: ['a'], covers: '{ teams: [sre-core] }' }],
      ...sreBase,
      doc('Team', 'sre-core', 'type: sre\norganization: pd\nsupports: [shop]'),
      doc('Team', 'sre-other', 'type: sre\norganization: pd'),
      doc('Service', 'cart', 'owner: shop\nrunModel: sre-runs-it'),
      doc('Service', 'named', 'owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-other'),
    );
    expect(model.index.sreTeamsOf('cart')).toEqual(['sre-core']);
    expect(names(model.index.rotationsCovering('cart'))).toEqual(['sre']);
    // A service that names its SRE team is that team's, whoever else supports its owner.
    expect(model.index.rotationsCovering('named')).toEqual([]);
  });
});

describe('the coverage index', () => {
  const teams = ['t0', 't1', 't2'];
  const domains = ['d0', 'd1'];
  const arbitraryOrg = fc.record({
    services: fc.array(
      fc.record({
        owner: fc.constantFrom(...teams),
        runModel: fc.constantFrom(...RUN_MODELS),
        domain: fc.option(fc.constantFrom(...domains), { nil: undefined }),
        sreTeam: fc.option(fc.constantFrom('s0', 's1'), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    rotations: fc.array(
      fc.record({
        type: fc.constantFrom('team', 'domain', 'thin-layer'),
        services: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
        teams: fc.subarray([...teams, 's0', 's1']),
        domain: fc.option(fc.constantFrom(...domains), { nil: undefined }),
      }),
      { maxLength: 5 },
    ),
    supports: fc.subarray(teams),
  });

  it('agrees with rotationCovers for every rotation and service', () => {
    fc.assert(
      fc.property(arbitraryOrg, (org) => {
        const services = org.services.map((_, i) => `svc${i}`);
        const model = rotationModel(
          people('a'),
          org.rotations.map((r, i) => {
            const named = r.services.filter((n) => n < services.length).map((n) => `svc${n}`);
            const parts = [
              named.length > 0 ? `services: [${named.join(', ')}]` : '',
              r.teams.length > 0 ? `teams: [${r.teams.join(', ')}]` : '',
              r.domain ? `domain: ${r.domain}` : '',
            ].filter(Boolean);
            return {
              name: `r${i}`,
              type: r.type,
              members: ['a'],
              ...(parts.length > 0 ? { covers: `{ ${parts.join(', ')} }` } : {}),
            };
          }),
          doc('Organization', 'pd', 'type: product-delivery'),
          ...teams.map((t, i) =>
            doc('Team', t, `type: development\norganization: pd\ndomain: ${domains[i % 2]}`),
          ),
          doc('Team', 's0', `type: sre\norganization: pd\nsupports: [${org.supports.join(', ')}]`),
          doc('Team', 's1', 'type: sre\norganization: pd'),
          ...org.services.map((s, i) =>
            doc(
              'Service',
              `svc${i}`,
              [
                `owner: ${s.owner}`,
                `runModel: ${s.runModel}`,
                s.domain ? `domain: ${s.domain}` : '',
                s.sreTeam ? `sreTeam: ${s.sreTeam}` : '',
              ]
                .filter(Boolean)
                .join('\n'),
            ),
          ),
        );
        for (const service of model.services.values()) {
          const expected = [...model.rotations.values()].filter((r) =>
            rotationCovers(model, r, service),
          );
          expect(model.index.rotationsCovering(service.name)).toEqual(expected);
        }
        for (const r of model.rotations.values()) {
          const expected = [...model.services.values()].filter((s) => rotationCovers(model, r, s));
          expect(model.index.servicesCoveredBy(r.name)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
