import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annotate,
  modelOf,
  patch,
  type TestDoc,
  tinyOrg,
} from '../../../test/support/docs-model.ts';
import { tierOf, tierThresholds } from './availability-tier.ts';
import { recommendServices } from './recommend-services.ts';

/**
 * The recommendation for a service of the model, where shop has a second team of its domain
 * (checkout, no people placed) to share a domain rotation with, unless `alone`.
 */
function recommend(docs: readonly TestDoc[], service = 'cart', alone = false) {
  const model = modelOf(alone ? docs : [...docs, devTeam('checkout')]);
  const r = recommendServices(model, tierThresholds(model)).get(service);
  if (!r) throw new Error(`no recommendation for ${service}`);
  return r;
}

const devTeam = (name: string, spec: Record<string, unknown> = {}): TestDoc => ({
  kind: 'Team',
  name,
  spec: { type: 'development', organization: 'dev', domain: 'payments', ...spec },
});
/** Junior SREs of sre-core on no rotation: beyond one team's junior place, free (`freeSres`). */
const juniors = (...names: string[]): TestDoc[] =>
  names.map((name) => ({
    kind: 'Person',
    name,
    spec: {
      team: 'sre-core',
      role: 'sre',
      level: 'junior',
      experienceYears: 1,
      srePracticeMonths: 6,
    },
  }));
const service = (name: string, spec: Record<string, unknown>): TestDoc => ({
  kind: 'Service',
  name,
  spec: { owner: 'shop', runModel: 'you-run-it', ...spec },
});

/**
 * tinyOrg with shop-oncall covering cart alone: a medium-tier service of shop is then not on the
 * round-the-clock team rotation shop keeps for cart (high tier), the case `highTierBeside` keeps
 * it on (tested below).
 */
const cartOnly = (docs: readonly TestDoc[]) =>
  patch(docs, 'Rotation', 'shop-oncall', { covers: { services: ['cart'] } });

describe('recommendServices for high targets (§12.6, §12.4, §12.5)', () => {
  it('keeps shared on-call on a team rotation when the SRE team has an SRE for the owner', () => {
    const r = recommend(tinyOrg());
    expect(r.runModel).toBe('you-and-sre-run-it');
    expect(r.rotation).toBe('team');
    expect(r.reasons.join(' ')).toContain('99.95% is high tier');
    expect(r.reasons.join(' ')).toContain('SRE team sre-core has an SRE for shop');
  });

  it('keeps SRE running a service alone under an error budget policy', () => {
    const r = recommend(patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it' }));
    expect(r).toMatchObject({ runModel: 'sre-runs-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain('under error budget policy standard');
  });

  it('moves an SRE-run service without a policy to shared on-call (§12.5)', () => {
    const r = recommend(
      patch(tinyOrg(), 'Service', 'cart', {
        runModel: 'sre-runs-it',
        errorBudgetPolicy: undefined,
      }),
    );
    expect(r.runModel).toBe('you-and-sre-run-it');
    expect(r.reasons.join(' ')).toContain('only under an error budget policy');
  });

  it('does not promise shared on-call from an SRE team whose SREs run the owner’s other service alone', () => {
    const docs = [
      ...patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it' }),
      service('basket', { availabilityTarget: 99.95 }),
    ];
    const r = recommend(docs, 'basket');
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain('SRE team sre-core runs other services of shop alone');
    expect(recommend(docs)).toMatchObject({ runModel: 'sre-runs-it' });
  });

  it('leaves the developers on call when the owner falls back for lack of SREs (§12.4.1)', () => {
    // sam is on shop's rotation, so sam is shop's SRE and `other`, listed first, falls back: SRE
    // shares the on-call of other's feed (§12.4) and has nobody for its new search service.
    const docs = [
      ...patch([...tinyOrg(), devTeam('other')], 'Team', 'sre-core', {
        supports: ['other', 'shop'],
      }),
      service('feed', {
        owner: 'other',
        runModel: 'you-and-sre-run-it',
        sreTeam: 'sre-core',
        errorBudgetPolicy: 'standard',
      }),
      service('search', { owner: 'other', availabilityTarget: 99.95 }),
    ];
    const r = recommend(docs, 'search');
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain('1 SRE(s) for 2 dev teams: other falls back');
    expect(recommend(docs)).toMatchObject({ runModel: 'you-and-sre-run-it' });
  });

  it('does not say a team the SRE team only consults for falls back: it never had SRE on its pager (§12.3, §12.4.7)', () => {
    // hospital-group's clinical-apps and retail-peak's accounts: `supports` names them for
    // consulting hours; their developers (or operations) run their services.
    const docs = [
      ...patch([...tinyOrg(), devTeam('other')], 'Team', 'sre-core', {
        supports: ['shop', { team: 'other', hoursPerMonth: 30 }],
      }),
      service('search', { owner: 'other', availabilityTarget: 99.95 }),
    ];
    const r = recommend(docs, 'search');
    // Consulting gives other no seat of the SRE head count (§12.4.7: consulting is not a pager):
    // nobody is hired for it, and with no SRE free its developers keep search (§12.3, §12.4.1).
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'team' });
    const why = r.reasons.join(' ');
    expect(why).not.toContain('falls back');
    expect(why).not.toContain('the hiring list hires');
    expect(why).toContain(
      'SRE team sre-core consults for other but shares none of its on-call, and has no SRE to spare for it (none of its 1 SRE is free: 1 shares a team’s on-call',
    );
    expect(r.interim).toBeUndefined();
    expect(recommend(docs)).toMatchObject({ runModel: 'you-and-sre-run-it' });
  });

  it('gives a spare SRE to a team the SRE team consults for without asking to add it to supports', () => {
    const docs = [
      ...patch([...tinyOrg(), devTeam('other')], 'Team', 'sre-core', {
        supports: ['shop', { team: 'other', hoursPerMonth: 30 }],
      }),
      ...juniors('sue', 'sid', 'sol', 'sky'),
      service('search', { owner: 'other', availabilityTarget: 99.95 }),
    ];
    const r = recommend(docs, 'search');
    expect(r.runModel).toBe('you-and-sre-run-it');
    const why = r.reasons.join(' ');
    expect(why).toContain('SRE team sre-core consults for other and has a spare SRE');
    expect(why).not.toContain('add other to its supports');
  });

  it('assigns a spare SRE to the owner of the most demanding unsupported service first', () => {
    const docs = [
      ...patch(patch(tinyOrg(), 'Team', 'sre-core', { supports: [] }), 'Service', 'cart', {
        runModel: 'you-run-it',
        sreTeam: undefined,
      }),
      devTeam('search'),
      service('search-api', { owner: 'search', availabilityTarget: 99.99 }),
      ...juniors('sue'),
    ];
    // One free SRE (sue: sam is on shop-oncall), two demanding owners: search (99.99) wins over
    // shop (99.95).
    expect(recommend(docs, 'search-api').runModel).toBe('you-and-sre-run-it');
    expect(recommend(docs, 'search-api').reasons.join(' ')).toContain('has a spare SRE');
    expect(recommend(docs, 'cart').runModel).toBe('you-run-it');
  });

  it('gives no spare SRE to a service the model keeps with operations: the next demanding one gets it', () => {
    // hospital-group: the vendor's record system (99.95 %, ops-run by decision) came first by
    // target and took the spare SRE a developer-run high-tier service needed.
    const docs = [
      ...patch(patch(tinyOrg(), 'Team', 'sre-core', { supports: [] }), 'Service', 'cart', {
        runModel: 'you-run-it',
        sreTeam: undefined,
      }),
      devTeam('records'),
      ...annotate(
        [
          service('ehr', {
            owner: 'records',
            runModel: 'ops-runs-it',
            availabilityTarget: 99.99,
          }),
        ],
        'Service',
        'ehr',
        { 'whorunsit/ignore': 'ops-run-high-target' },
      ),
      ...juniors('sue'),
    ];
    expect(recommend(docs, 'ehr').runModel).toBe('ops-runs-it');
    const r = recommend(docs, 'cart');
    expect(r.runModel).toBe('you-and-sre-run-it');
    expect(r.reasons.join(' ')).toContain('SRE team sre-core has a spare SRE');
  });

  it('keeps you-run-it for a team with its own dedicated SRE (§12.3 options 2 and 3)', () => {
    const docs = [
      ...patch(tinyOrg(), 'Team', 'shop', { setup: 'dedicated-sre' }),
      { kind: 'Person', name: 'ida', spec: { team: 'shop', role: 'application-sre' } },
      service('search', { availabilityTarget: 99.95 }),
    ];
    const r = recommend(docs, 'search');
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain('its own dedicated SRE');
  });

  it('never takes SRE away from a service for lack of SREs: the SRE team is told to hire (§12.5)', () => {
    // sam is on shop's rotation, so shop has sam; `other` runs its service with SRE by agreement.
    const docs = [
      ...patch([...tinyOrg(), devTeam('other')], 'Team', 'sre-core', {
        supports: ['other', 'shop'],
      }),
      service('search', {
        owner: 'other',
        availabilityTarget: 99.95,
        runModel: 'you-and-sre-run-it',
        sreTeam: 'sre-core',
        errorBudgetPolicy: 'standard',
      }),
      service('basket', {
        owner: 'other',
        availabilityTarget: 99.5,
        runModel: 'sre-runs-it',
        sreTeam: 'sre-core',
      }),
    ];
    const r = recommend(docs, 'search');
    expect(r.runModel).toBe('you-and-sre-run-it');
    expect(r.reasons.join(' ')).toContain('it is 1 SRE short to keep sharing other');
    expect(r.reasons.join(' ')).toContain('only error budget evidence');
    // Medium tier too; SRE alone without a policy shares on-call, it does not leave.
    expect(recommend(docs, 'basket').runModel).toBe('you-and-sre-run-it');
    // An open position is no SRE, and is said.
    const open = [
      ...docs,
      { kind: 'Person', name: 'tbd', spec: { team: 'sre-core', role: 'sre', openPosition: true } },
    ];
    expect(recommend(open, 'search').reasons.join(' ')).toContain('not counting tbd');
  });

  it('says so when there is no SRE team at all', () => {
    const docs = tinyOrg()
      .filter((d) => !(d.kind === 'Team' && d.name === 'sre-core'))
      .filter((d) => !(d.kind === 'Person' && d.name === 'sam'));
    const r = recommend(
      patch(
        patch(docs, 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined }),
        'Rotation',
        'shop-oncall',
        { members: ['dan'] },
      ),
    );
    expect(r.runModel).toBe('you-run-it');
    expect(r.reasons.join(' ')).toContain('There is no SRE team');
  });

  it('moves a high-target service away from ops', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'ops-runs-it',
      sreTeam: undefined,
    });
    // sre-core only consults for shop and has nobody free: shop's developers take cart (§12.2.3).
    expect(recommend(docs).runModel).toBe('you-run-it');
    // Under a target model of SRE, to shared on-call with the SRE the hiring list hires (§12.8.1).
    const target = patch(docs, 'Organization', 'pd', { targetModel: 'you-and-sre-run-it' });
    expect(recommend(target)).toMatchObject({
      runModel: 'you-and-sre-run-it',
      interim: 'you-run-it',
    });
  });

  it('keeps a high-target service with operations when the model silences ops-run-high-target for it', () => {
    // hospital-group's ehr-core: a vendor's record system that clinical IT runs in front of the
    // vendor. The reader has accepted operations running it (the check keeps quiet); advising to
    // hand it to developers would contradict that decision.
    const docs = annotate(
      patch(tinyOrg(), 'Service', 'cart', { runModel: 'ops-runs-it', sreTeam: undefined }),
      'Service',
      'cart',
      { 'whorunsit/ignore': 'rotation-too-small, ops-run-high-target' },
    );
    const r = recommend(docs);
    expect(r).toMatchObject({ runModel: 'ops-runs-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain('whorunsit/ignore: ops-run-high-target');
  });
});

describe('recommendServices for medium targets (§12.6)', () => {
  it('recommends a domain rotation and keeps the developers on call', () => {
    const r = recommend(
      cartOnly([...tinyOrg(), service('search', { availabilityTarget: 99.5 })]),
      'search',
    );
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'domain' });
    expect(r.reasons.join(' ')).toContain('across the payments teams');
  });

  it('keeps a medium-tier service on the team rotation its team keeps round the clock for a high tier', () => {
    // retail-peak's checkout-web (99.9 %, medium) shares checkout-oncall with checkout-api
    // (99.95 %): the §12.6 design keeps that rotation for checkout-api and checkout-web on it; a
    // domain rotation for checkout-web would be one more rotation, not a shared one.
    const r = recommend([...tinyOrg(), service('search', { availabilityTarget: 99.5 })], 'search');
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain(
      'It shares shop-oncall with cart, a high-tier service that keeps that team rotation round the clock (§12.6)',
    );
    expect(r.reasons.join(' ')).not.toContain('across the payments teams');
  });

  it('puts an ops-run medium-target service on its developers’ round-the-clock team rotation kept for a high tier, as the §12.6 design does', () => {
    // hospital-group's lab-results-feed joins fhir-oncall, integration's pager kept for
    // fhir-gateway: a domain rotation would add a rotation, and one in office hours would drop
    // the nights operations cover today.
    const r = recommend(
      cartOnly([
        ...tinyOrg(),
        service('search', { availabilityTarget: 99.5, runModel: 'ops-runs-it' }),
      ]),
      'search',
    );
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain(
      "Its developers' team rotation shop-oncall stays round the clock for cart",
    );
  });

  it('moves an ops-run medium-target service to the developers', () => {
    const r = recommend(
      [...tinyOrg(), service('search', { availabilityTarget: 99.5, runModel: 'ops-runs-it' })],
      'search',
    );
    expect(r.runModel).toBe('you-run-it');
    expect(r.reasons.join(' ')).toContain('operations would resolve its incidents too slowly');
  });

  it('keeps a bought ops-run medium-target service with operations: no team builds it to hand it to', () => {
    // energy-utility's billing system: a packaged product IT operations run; payments-ux owns its
    // integration only (§12.2: "you build it, you run it" needs a team that builds it).
    const r = recommend(
      [
        ...tinyOrg(),
        service('search', { availabilityTarget: 99.5, runModel: 'ops-runs-it', bought: true }),
      ],
      'search',
    );
    expect(r).toMatchObject({ runModel: 'ops-runs-it', rotation: 'team' });
    expect(r.reasons.join(' ')).toContain('bought from another company');
    expect(r.reasons.join(' ')).not.toContain('the developers run it');
  });

  it('keeps an ops-run service with operations when its owner team lists only its manager', () => {
    const r = recommend(
      [
        ...tinyOrg(),
        { kind: 'Person', name: 'lead', spec: { team: 'checkout', role: 'manager' } },
        service('search', {
          owner: 'checkout',
          availabilityTarget: 99.5,
          runModel: 'ops-runs-it',
        }),
      ],
      'search',
    );
    expect(r.runModel).toBe('ops-runs-it');
    expect(r.reasons.join(' ')).toContain('Team checkout, its owner, has nobody but its manager');
  });

  it('keeps shared on-call where the SRE team has an SRE for the owner', () => {
    const r = recommend(patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.6 }));
    expect(r).toMatchObject({ runModel: 'you-and-sre-run-it', rotation: 'domain' });
  });

  it('treats a service with neither target nor demand as medium tier', () => {
    const r = recommend(cartOnly([...tinyOrg(), service('search', {})]), 'search');
    expect(r.rotation).toBe('domain');
    expect(r.reasons[0]).toContain('neither an availability target nor demand');
  });

  it('judges a service without a target by its demand', () => {
    const r = recommend([...tinyOrg(), service('search', { demand: 'high' })], 'search');
    expect(r.rotation).toBe('team');
    expect(r.reasons[0]).toContain('judged by its high demand');
  });
});

describe('recommendServices where there is nobody to share a domain rotation with (§12.6)', () => {
  it('keeps a team alone in its domain on its team rotation, and says why', () => {
    const r = recommend(
      patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 }),
      'cart',
      true,
    );
    expect(r.rotation).toBe('team');
    expect(r.reasons.join(' ')).toContain(
      "no other team of the payments domain works team shop's hours to share one with",
    );
  });

  it('keeps a team whose domain partner works on another continent on its team rotation', () => {
    const place = (docs: TestDoc[], team: string, zone: string): TestDoc[] => [
      ...docs,
      ...[0, 1, 2].map((i) => ({
        kind: 'Person',
        name: `${team}-dev-${i}`,
        spec: { team, role: 'developer', timezone: zone },
      })),
    ];
    const docs = place(
      place(
        [...patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 }), devTeam('checkout')],
        'checkout',
        'Australia/Sydney',
      ),
      'shop',
      'America/Los_Angeles',
    );
    // Shop's own developers state no zone: the three in Los Angeles place the team.
    expect(recommend(docs, 'cart', true).rotation).toBe('team');
    const near = place(
      place(
        [...patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 }), devTeam('checkout')],
        'checkout',
        'America/Vancouver',
      ),
      'shop',
      'America/Los_Angeles',
    );
    expect(recommend(near, 'cart', true).rotation).toBe('domain');
  });
});

describe('recommendServices for low targets (§12.2.2, §12.8.1)', () => {
  it('finds ops-runs-it acceptable for low targets and low demand already run by ops', () => {
    const r = recommend(
      [
        ...tinyOrg(),
        service('reports', { runModel: 'ops-runs-it', availabilityTarget: 99, demand: 'low' }),
      ],
      'reports',
    );
    expect(r).toMatchObject({ runModel: 'ops-runs-it', rotation: 'thin-layer' });
    expect(r.reasons.join(' ')).toContain('no runbooks yet');
  });

  it('organizes an unorganized low-target service with ops', () => {
    const r = recommend(
      [
        ...tinyOrg(),
        service('reports', {
          runModel: 'unorganized',
          availabilityTarget: 98,
          runbooks: ['https://wiki.example.com/reports'],
        }),
      ],
      'reports',
    );
    expect(r.runModel).toBe('ops-runs-it');
    expect(r.reasons.join(' ')).toContain('with its runbooks');
  });

  it('does not move a developer-run low-target service to ops: that move is unlikely', () => {
    const r = recommend([...tinyOrg(), service('faq', { availabilityTarget: 99 })], 'faq');
    expect(r).toMatchObject({ runModel: 'you-run-it', rotation: 'domain' });
    expect(r.reasons.join(' ')).toContain('is unlikely (§12.8.1)');
  });

  it('keeps a low-target service with high demand away from ops', () => {
    const r = recommend(
      [
        ...tinyOrg(),
        service('faq', { availabilityTarget: 99, demand: 'high', runModel: 'ops-runs-it' }),
      ],
      'faq',
    );
    expect(r.runModel).toBe('you-run-it');
    expect(r.reasons.join(' ')).toContain('Its demand is high');
  });
});

describe('recommendServices and the organization’s tiers', () => {
  it('takes the tiers from the product delivery organization, not from fixed numbers', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', {
      availabilityTiers: { high: 99.99, medium: 99.9 },
    });
    expect(recommend(docs).rotation).toBe('domain');
  });

  it('recommends the rotation of the service’s tier for any thresholds and target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 9000, max: 9998 }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 9000, max: 9999 }),
        (medium, gap, target) => {
          const high = Math.min(medium + gap, 9999);
          fc.pre(high > medium);
          const thresholds = { high: high / 100, medium: medium / 100 };
          const docs = cartOnly([
            ...patch(tinyOrg(), 'Organization', 'pd', { availabilityTiers: thresholds }),
            service('x', { availabilityTarget: target / 100, demand: 'medium' }),
          ]);
          const tier = tierOf(target / 100, thresholds);
          const r = recommend(docs, 'x');
          expect(r.rotation).toBe(tier === 'high' ? 'team' : 'domain');
        },
      ),
      { numRuns: 50 },
    );
  });
});
