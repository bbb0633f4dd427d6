import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { epochSeconds, type Service } from '../../model/index.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { formatMoney } from '../money/index.ts';
import { domainPartners } from '../sites/index.ts';
import { serviceLevel, tierThresholds } from '../spectrum/availability-tier.ts';
import { serviceRecommendations } from '../spectrum/recommend-services.ts';
import { incidentLoadFrom, ratioHours } from './incident-load.ts';
import { onCallCost } from './oncall-cost.ts';
import { KEPT_BY_OPERATIONS, LOW_KEPT_BY_BUILDERS, optimizedDesign } from './optimized-design.ts';

const base = [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'a', 'type: development\norganization: dev\ndomain: pay'),
  doc('Team', 'b', 'type: development\norganization: dev\ndomain: pay'),
  doc('Team', 'c', 'type: development\norganization: dev\ndomain: cat'),
  doc('Service', 'a-api', 'owner: a\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('Service', 'b-api', 'owner: b\nrunModel: you-run-it\navailabilityTarget: 99.7'),
  doc('Service', 'c-api', 'owner: c\nrunModel: you-run-it\navailabilityTarget: 99.0'),
  doc('Service', 'd-api', 'owner: c\nrunModel: you-run-it'),
  ...['p1', 'p2', 'p3'].map((p) => doc('Person', p, 'team: a\ntimezone: Europe/Berlin')),
  doc(
    'Rotation',
    'a-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [p1, p2, p3]\ncovers: { teams: [a] }',
  ),
];
const policy = doc(
  'CompensationPolicy',
  'standard',
  'currency: EUR\nstandbyPerHour: 5\nincidentPerHour: 40\ntimeOffPerStandbyHour: 0.1',
);

const hours = DEFAULT_BUSINESS_HOURS;

describe('optimizedDesign (§12.6)', () => {
  it('keeps the high tier on its round-the-clock rotation, puts medium and low on domain rotations where the domain has teams to share one, else on team rotations', () => {
    const design = optimizedDesign(modelFrom(...base), hours);
    expect(
      design.rotations.map((r) => [r.name, r.type, r.coverage, r.services, r.peopleNeeded]),
    ).toEqual([
      ['a-oncall', 'team', '24x7', ['a-api'], 8],
      ['domain:pay', 'domain', '8x5', ['b-api'], 2],
      ['team:c', 'team', '8x5', ['c-api', 'd-api'], 2],
    ]);
    expect(design.notes).toEqual([
      'no availability target, treated as medium tier: d-api',
      'low tier with the medium tiers, on a domain or team rotation: the organization has no operations team',
      // The fixture's team c names nobody: the rotation it gets is a shortfall, said as one.
      'more people than its team has: team c has 0 people who can be on call, team:c needs 2 by the sizing rule (2 short)',
    ]);
  });

  it('says where a team rotation it adds needs more people than the team has, and prices the targets lowered instead', () => {
    // Team c: one developer, a manager and an open position; its high-tier service has no rotation.
    const c = [
      doc('Person', 'c1', 'team: c\nrole: developer\ntimezone: Europe/Berlin'),
      doc('Person', 'cm', 'team: c\nrole: manager\ntimezone: Europe/Berlin'),
      doc('Person', 'co', 'team: c\nrole: developer\nopenPosition: true'),
      doc('Service', 'c-hi', 'owner: c\nrunModel: you-run-it\navailabilityTarget: 99.95'),
    ];
    const model = modelFrom(...base, ...c, policy);
    const design = optimizedDesign(model, hours);
    const teamC = design.rotations.find((r) => r.name === 'team:c');
    expect([teamC?.coverage, teamC?.peopleNeeded, teamC?.team]).toEqual([
      '24x7',
      8,
      { name: 'c', people: 1, joining: 0 },
    ]);
    expect(design.notes).toContain(
      'more people than its team has: team c has 1 person who can be on call, team:c needs 8 by the sizing rule (7 short)',
    );
    expect(design.shortOfPeople).toEqual(['c-hi']);
    const result = onCallCost(model);
    if (!result.ok) throw new Error(result.message);
    const alternative = result.cost.lowerTargets;
    expect(alternative?.services).toEqual(['c-hi']);
    // At the medium tier team c, with no partner in its domain, keeps an office-hours rotation.
    expect(
      alternative?.optimized.rotations
        .filter((r) => r.services.includes('c-hi'))
        .map((r) => [r.name, r.coverage, r.peopleNeeded]),
    ).toEqual([['team:c', '8x5', 2]]);
    expect(alternative?.vsCurrent.peopleNeeded).toEqual({
      design: alternative?.optimized.peopleNeeded,
      against: result.cost.current.peopleNeeded,
    });
    expect(result.cost.optimized.notes.at(-1)).toMatch(
      /^or lower the targets \(§12\.6, §12\.8\): with c-hi at the medium tier, on team:c 8x5 \(c-hi\) instead of a team rotation round the clock, the design needs \d+ people/,
    );

    // Eight developers staff it: no shortfall, no alternative.
    const eight = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      doc('Person', `c${n + 1}`, 'team: c\nrole: developer\ntimezone: Europe/Berlin'),
    );
    const staffed = modelFrom(...base, ...c, ...eight, policy);
    expect(optimizedDesign(staffed, hours).shortOfPeople).toEqual([]);
    const priced = onCallCost(staffed);
    expect(priced.ok && priced.cost.lowerTargets).toBeNull();
  });

  it('designs a service by the tier the recommendations read: no target and high demand is a high tier', () => {
    // b-api states no target but high demand: `serviceLevel` makes it high, as for the
    // recommendations, which ask for a team rotation; by its target alone it was medium and went
    // on the domain rotation in office hours.
    const demand = base.map((d) =>
      d.includes('b-api')
        ? doc('Service', 'b-api', 'owner: b\nrunModel: you-run-it\ndemand: high')
        : d,
    );
    const model = modelFrom(...demand);
    const advice = serviceRecommendations(model).get('b-api');
    expect([
      advice?.rotation,
      serviceLevel(model.services.get('b-api') as Service, tierThresholds(model)),
    ]).toEqual(['team', 'high']);
    const design = optimizedDesign(model, hours);
    expect(
      design.rotations
        .filter((r) => r.services.includes('b-api'))
        .map((r) => [r.name, r.type, r.coverage]),
    ).toEqual([['team:b', 'team', '24x7']]);
    expect(design.notes).toContain(
      'no availability target, high demand: treated as high tier: b-api',
    );
    expect(design.notes.join('\n')).not.toContain('treated as medium tier: b-api');
  });

  it('shares a domain rotation only among teams of the domain at one site: a team on another continent keeps its own', () => {
    const sydney = ['q1', 'q2'].map((p) => doc('Person', p, 'team: b\ntimezone: Australia/Sydney'));
    const bDay = doc(
      'Rotation',
      'b-day',
      'type: team\ncoverage: "8x5"\ntimezone: Australia/Sydney\nmembers: [q1, q2]\ncovers: { teams: [b] }',
    );
    const alone = optimizedDesign(modelFrom(...base, ...sydney, bDay), hours);
    expect(alone.rotations.find((r) => r.services.includes('b-api'))?.name).toBe('b-day');
    expect(alone.rotations.some((r) => r.type === 'domain')).toBe(false);
    // A third team of the domain in Sydney: one domain rotation per site.
    const withPartner = optimizedDesign(
      modelFrom(
        ...base,
        ...sydney,
        bDay,
        doc('Team', 'e', 'type: development\norganization: dev\ndomain: pay'),
        doc('Person', 'q3', 'team: e\ntimezone: Australia/Sydney'),
        doc('Service', 'e-api', 'owner: e\nrunModel: you-run-it\navailabilityTarget: 99.5'),
      ),
      hours,
    );
    const site = withPartner.rotations.find((r) => r.services.includes('b-api'))?.name;
    expect(site).toMatch(/^domain:pay@/);
    expect(withPartner.rotations.find((r) => r.name === site)?.services).toEqual([
      'b-api',
      'e-api',
    ]);
  });

  it('takes a model that states no domain as one domain, as the head count does: its teams at one site share a rotation', () => {
    const noDomain = base.map((d) => d.replace(/\n\s*domain: \w+/, ''));
    const model = modelFrom(...noDomain);
    expect(domainPartners(model, 'b').map((t) => t.name)).toEqual(['a', 'c']);
    const design = optimizedDesign(model, hours);
    expect(design.rotations.map((r) => [r.name, r.services])).toEqual([
      ['a-oncall', ['a-api']],
      ['domain:pd', ['b-api', 'c-api', 'd-api']],
    ]);
    // Where some teams state a domain, a team without one has nobody to share with.
    const mixed = modelFrom(...noDomain.slice(0, 2), base[2] as string, ...noDomain.slice(3));
    expect(domainPartners(mixed, 'b')).toEqual([]);
  });

  it("extends a high-tier service's office-hours team rotation round the clock: same name, same members", () => {
    const model = modelFrom(
      ...base.slice(0, -1),
      doc(
        'Rotation',
        'a-day',
        'type: team\ncoverage: "8x7"\nmembers: [p1, p2, p3]\ncovers: { teams: [a] }',
      ),
    );
    const design = optimizedDesign(model, hours);
    expect(design.rotations.filter((r) => r.services.includes('a-api'))).toMatchObject([
      {
        name: 'a-day',
        type: 'team',
        coverage: '24x7',
        members: 3,
        keeps: 'a-day',
        peopleNeeded: 8,
      },
    ]);
    expect(design.notes[0]).toBe(
      'extend a-day from 8x7 to 24x7 for a-api: its 3 members, 8 needed by the sizing rule (5 more)',
    );
  });

  it("gives a service SRE runs alone with no round-the-clock cover the SRE team's rotation", () => {
    const model = modelFrom(
      ...base,
      doc('Organization', 'sre', 'type: sre\nparent: pd'),
      doc('Team', 'core', 'type: sre\norganization: sre'),
      doc(
        'Service',
        'e-api',
        'owner: b\nrunModel: sre-runs-it\nsreTeam: core\navailabilityTarget: 99.99',
      ),
    );
    expect(
      optimizedDesign(model, hours).rotations.find((r) => r.name === 'team:core')?.services,
    ).toEqual(['e-api']);
  });

  it('replaces round-the-clock rotations that protect no high tier by a thin layer, from two of them', () => {
    const rotation = (name: string, team: string) =>
      doc(
        'Rotation',
        name,
        `type: team\ncoverage: "24x7"\nmembers: [p1, p2, p3]\ncovers: { teams: [${team}] }`,
      );
    const one = optimizedDesign(modelFrom(...base, rotation('b-oncall', 'b')), hours);
    expect(one.rotations.map((r) => r.name)).toEqual(['a-oncall', 'b-oncall', 'team:c']);
    const two = optimizedDesign(
      modelFrom(...base, rotation('b-oncall', 'b'), rotation('c-oncall', 'c')),
      hours,
    );
    expect(two.rotations.map((r) => [r.name, r.coverage])).toEqual([
      ['thin-layer', '24x7'],
      ['a-oncall', '24x7'],
      ['domain:pay', '8x5'],
      ['team:c', '8x5'],
    ]);
  });

  it('keeps a high tier operations run on their round-the-clock rotation when the model accepts it (whorunsit/ignore: ops-run-high-target)', () => {
    // hospital-group's ehr-core: a vendor's record system clinical IT fronts round the clock;
    // team c builds nothing of it, so a team rotation of c's developers is no design to sign.
    const ops = [
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2', 'o3'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc(
        'Rotation',
        'ops-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [o1, o2, o3]\ncovers: { services: [ehr] }',
      ),
      [
        'apiVersion: whorunsit/v1',
        'kind: Service',
        'metadata:',
        '  name: ehr',
        '  annotations: { whorunsit/ignore: ops-run-high-target }',
        'spec: { owner: c, runModel: ops-runs-it, availabilityTarget: 99.95 }',
        '',
      ].join('\n'),
    ];
    const design = optimizedDesign(modelFrom(...base, ...ops), hours);
    const on = design.rotations
      .filter((r) => r.type !== 'thin-layer' && r.services.includes('ehr'))
      .map((r) => [r.name, r.coverage]);
    expect(on).toEqual([['ops-24x7', '24x7']]);
    expect(design.notes.join('\n')).not.toContain('ehr (team:c)');
  });

  it('keeps a bought medium tier with operations, on their office-hours rotation behind the thin layer, never on its developers’ domain rotation', () => {
    // energy-utility's billing system: bought, run by IT operations round the clock; team b owns
    // its integration only. "You build it, you run it" needs a team that builds it (§12.2).
    const ops = [
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2', 'o3'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc('Person', 'q1', 'team: b\ntimezone: Europe/Berlin'),
      doc(
        'Service',
        'billing',
        'owner: b\nrunModel: ops-runs-it\nbought: true\navailabilityTarget: 99.7\ndemand: high',
      ),
      doc(
        'Rotation',
        'ops-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [o1, o2, o3]\ncovers: { services: [billing] }',
      ),
      doc('Team', 'noc', 'type: thin-layer\norganization: it'),
      ...['n1', 'n2'].map((p) => doc('Person', p, 'team: noc\ntimezone: Europe/Berlin')),
      doc(
        'Rotation',
        'noc-24x7',
        'type: thin-layer\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [n1, n2]\ncovers: { services: [a-api] }',
      ),
    ];
    const design = optimizedDesign(modelFrom(...base, ...ops), hours);
    const on = design.rotations
      .filter((r) => r.type !== 'thin-layer' && r.services.includes('billing'))
      .map((r) => [r.name, r.coverage]);
    expect(on).toEqual([['operations:run', '8x5']]);
    expect(design.rotations.find((r) => r.type === 'thin-layer')?.services).toContain('billing');
    expect(design.notes.join('\n')).toContain(
      `${KEPT_BY_OPERATIONS}: billing (bought from another company; b owns its integration)`,
    );
    expect(design.notes.join('\n')).not.toContain('run by their developers');
    // Without `bought` its developers take it, as before: the flag is what decides.
    const built = optimizedDesign(
      modelFrom(...base, ...ops.map((d) => d.replace(/^\s*bought: true\n/m, ''))),
      hours,
    );
    expect(
      built.rotations
        .filter((r) => r.type !== 'thin-layer' && r.services.includes('billing'))
        .map((r) => r.name),
    ).toEqual(['domain:pay']);
  });

  it('keeps a medium tier with operations when its owner team has nobody to build it', () => {
    // Team c lists only its manager: nobody who builds the ledger, so nobody to hand it to.
    const ops = [
      doc('Person', 'c-lead', 'team: c\nrole: manager\ntimezone: Europe/Berlin'),
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc('Service', 'ledger', 'owner: c\nrunModel: ops-runs-it\navailabilityTarget: 99.7'),
      doc(
        'Rotation',
        'ops-day',
        'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nmembers: [o1, o2]\ncovers: { services: [ledger] }',
      ),
    ];
    const design = optimizedDesign(modelFrom(...base, ...ops), hours);
    expect(
      design.rotations
        .filter((r) => r.type !== 'thin-layer' && r.services.includes('ledger'))
        .map((r) => r.name),
    ).toEqual(['ops-day']);
    expect(design.notes.join('\n')).toContain('ledger (team c has no developers)');
  });

  it('does not leave a service it hands to its developers on the operations’ office-hours rotation', () => {
    // hospital-group's lab-results-feed: its partner team's services are on clinical IT's day
    // desk too, which made the day desk look like the domain's rotation "in all but its type";
    // the notes said its developers run it while the design kept it with operations.
    const ops = [
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc('Service', 'b-ops', 'owner: b\nrunModel: ops-runs-it\navailabilityTarget: 99.7'),
      doc(
        'Rotation',
        'ops-day',
        'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nmembers: [o1, o2]\ncovers: { services: [a-api, b-ops] }',
      ),
    ];
    const design = optimizedDesign(modelFrom(...base, ...ops), hours);
    const on = design.rotations
      .filter((r) => r.type !== 'thin-layer' && r.services.includes('b-ops'))
      .map((r) => r.name);
    expect(on).toEqual(['domain:pay']);
    expect(design.notes).toContain(
      'run by their developers on a domain or team rotation, not by operations (above low targets and demand, §12.2.2): b-ops',
    );
  });

  it('puts a high tier with no round-the-clock rotation on its team’s own round-the-clock rotation rather than a new one', () => {
    // hospital-group's hl7-interface-engine, handed from operations to integration, whose
    // developers already share fhir-oncall (24x7, eight with the SREs): a second team rotation
    // of the same five developers, "3 short", was no design to sign.
    const b = [
      ...['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'].map((p) =>
        doc('Person', p, 'team: b\ntimezone: Europe/Berlin'),
      ),
      doc(
        'Rotation',
        'b-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [q1, q2, q3, q4, q5, q6, q7, q8]\ncovers: { services: [b-gw] }',
      ),
      doc('Service', 'b-gw', 'owner: b\nrunModel: you-run-it\navailabilityTarget: 99.95'),
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2', 'o3'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc(
        'Rotation',
        'ops-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [o1, o2, o3]\ncovers: { services: [b-engine] }',
      ),
      doc('Service', 'b-engine', 'owner: b\nrunModel: ops-runs-it\navailabilityTarget: 99.95'),
    ];
    const design = optimizedDesign(modelFrom(...base, ...b), hours);
    const on = design.rotations
      .filter((r) => r.type !== 'thin-layer' && r.services.includes('b-engine'))
      .map((r) => r.name);
    expect(on).toEqual(['b-24x7']);
    expect(design.rotations.map((r) => r.name)).not.toContain('team:b');
    expect(design.notes.join('\n')).toContain('b-engine (b-24x7)');
    expect(design.shortOfPeople).toEqual([]);
  });

  it('puts a medium tier it hands to its developers on their round-the-clock team rotation where the design keeps one, so it keeps its nights', () => {
    // hospital-group's lab-results-feed (99.9 %, high demand), on clinical IT's 24x7 pager
    // today: handed to integration, it went to an office-hours domain rotation with no thin
    // layer behind it, while integration's own pager stays round the clock.
    const b = [
      ...['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'].map((p) =>
        doc('Person', p, 'team: b\ntimezone: Europe/Berlin'),
      ),
      doc(
        'Rotation',
        'b-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [q1, q2, q3, q4, q5, q6, q7, q8]\ncovers: { services: [b-gw] }',
      ),
      doc('Service', 'b-gw', 'owner: b\nrunModel: you-run-it\navailabilityTarget: 99.95'),
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2', 'o3'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc(
        'Rotation',
        'ops-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [o1, o2, o3]\ncovers: { services: [b-lab] }',
      ),
      doc(
        'Service',
        'b-lab',
        'owner: b\nrunModel: ops-runs-it\navailabilityTarget: 99.7\ndemand: high',
      ),
    ];
    const design = optimizedDesign(modelFrom(...base, ...b), hours);
    const on = design.rotations
      .filter((r) => r.type !== 'thin-layer' && r.services.includes('b-lab'))
      .map((r) => [r.name, r.coverage]);
    expect(on).toEqual([['b-24x7', '24x7']]);
    expect(design.notes).toContain(
      'run by their developers on a domain or team rotation, not by operations (above low targets and demand, §12.2.2): b-lab',
    );
  });

  it('decides who may run a service as the recommendations do (§12.2.2): by demand without a target, and not operations above low', () => {
    const ops = [
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2', 'o3'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc(
        'Rotation',
        'ops-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [o1, o2, o3]\ncovers: { services: [a-api, b-ops] }',
      ),
      // Operations run the high tier round the clock today; b-ops (medium) rides on it.
      doc('Service', 'b-ops', 'owner: b\nrunModel: ops-runs-it\navailabilityTarget: 99.7'),
      // No target: low demand is a low tier, which operations may run but which its developers
      // keep (§12.8.1, as the recommendations say); high demand is no low tier.
      doc('Service', 'quiet', 'owner: c\nrunModel: you-run-it\ndemand: low'),
      doc(
        'Service',
        'busy',
        'owner: c\nrunModel: you-run-it\navailabilityTarget: 99.0\ndemand: high',
      ),
    ];
    const design = optimizedDesign(modelFrom(...base, ...ops), hours);
    const on = (service: string) =>
      design.rotations
        .filter((r) => r.type !== 'thin-layer' && r.services.includes(service))
        .map((r) => r.name);
    // Handed to its developers' office-hours rotation, b-ops keeps a thin layer at night: the
    // operations' rotation it rode on round the clock is no longer kept for it.
    expect(on('b-ops')).toEqual(['domain:pay']);
    expect(design.rotations[0]).toMatchObject({ name: 'thin-layer', coverage: '24x7' });
    expect(design.rotations.map((r) => r.name)).not.toContain('ops-24x7');
    expect(on('quiet')).toEqual(['team:c']);
    expect(on('busy')).toEqual(['team:c']);
    expect(design.notes).toContain(`${LOW_KEPT_BY_BUILDERS}: c-api, quiet`);
    expect(design.notes).toContain(
      'run by their developers on a domain or team rotation, not by operations (above low targets and demand, §12.2.2): b-ops',
    );
    expect(design.notes).toContain(
      'no availability target, low demand: treated as low tier: quiet',
    );
  });

  it('keeps no round-the-clock rotation for low tiers alone, and says what each change does against today', () => {
    // Operations stand by round the clock for one low-tier service: §12.2.2 gives it to them in
    // office hours; eight people on a 24x7 rotation are not kept for it.
    const ops = [
      doc('Organization', 'it', 'type: operations\nparent: pd'),
      doc('Team', 'run', 'type: operations\norganization: it'),
      ...['o1', 'o2', 'o3'].map((p) => doc('Person', p, 'team: run\ntimezone: Europe/Berlin')),
      doc('Service', 'archive', 'owner: c\nrunModel: ops-runs-it\navailabilityTarget: 99.0'),
      doc(
        'Rotation',
        'ops-24x7',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [o1, o2, o3]\ncovers: { services: [archive] }',
      ),
    ];
    const model = modelFrom(...base, ...ops, policy);
    const design = optimizedDesign(model, hours);
    expect(design.rotations.filter((r) => r.services.includes('archive'))).toMatchObject([
      { name: 'operations:run', coverage: '8x5' },
    ]);
    expect(design.notes).toContain(
      'not kept: ops-24x7: round the clock for low tiers only (archive), which go to operations in office hours or share a domain rotation (§12.2.2, §12.6)',
    );
    const result = onCallCost(model);
    if (!result.ok) throw new Error(result.message);
    const { changes, vsCurrent } = result.cost;
    expect(changes.map((c) => c.note)).toEqual([
      // 5 EUR × 128 h outside business hours a week × 365.25/84 weeks a month
      'not kept: ops-24x7: round the clock for low tiers only (archive), which go to operations in office hours or share a domain rotation (§12.2.2, §12.6); against today: 8 fewer people needed (0 instead of 8) and 2,782.86 EUR less standby pay per month',
      'add domain:pay (8x5) for b-api; against today: 2 more people needed and the same standby pay',
      // c-api (low tier) stays with its developers, as its recommendation says (§12.8.1).
      'add team:c (8x5) for c-api, d-api; against today: 2 more people needed and the same standby pay',
      'add operations:run (8x5) for archive; against today: 2 more people needed and the same standby pay',
      // archive's 2 h a month, 128/168 of it outside business hours, at 40 EUR an hour
      'incident work outside business hours: 1.52 h per month instead of 3.05 h, paid wherever a rotation of the design covers a service outside business hours; against today: 60.95 EUR less incident pay per month',
    ]);
    expect(changes.reduce((n, c) => n + c.people, 0)).toBe(vsCurrent.people);
    expect(changes.reduce((n, c) => n + c.pay.minor, 0)).toBe(-vsCurrent.money.minor);
  });

  it('keeps a follow-the-sun rotation as it is, priced per site', () => {
    const zones = ['Australia/Sydney', 'Europe/Berlin', 'America/Los_Angeles'];
    const people = zones.flatMap((zone, i) =>
      [0, 1, 2, 3].map((k) => doc('Person', `s${i}${k}`, `team: a\ntimezone: ${zone}`)),
    );
    const members = zones.flatMap((_, i) => [0, 1, 2, 3].map((k) => `s${i}${k}`));
    const model = modelFrom(
      ...base.slice(0, -1),
      ...people,
      doc(
        'Rotation',
        'global',
        `type: team\ncoverage: "24x7"\nmembers: [${members.join(', ')}]\ncovers: { teams: [a] }`,
      ),
      policy,
    );
    const result = onCallCost(model);
    if (!result.ok) throw new Error(result.message);
    const [global] = result.cost.optimized.rotations;
    expect(global).toMatchObject({ name: 'global', peopleNeeded: 12 });
    expect(global?.relay?.parts).toHaveLength(3);
    // Nobody stands by at night: each office from 09:00 for its part of the day.
    expect(result.cost.current.peopleOnCallAtNight).toBe(0);
    expect(global?.standbyHoursPerMonth.outside).toBeLessThan(
      result.cost.teamRotationPerTeam.rotations[0]?.standbyHoursPerMonth.outside ?? 0,
    );
  });
});

describe('onCallCost', () => {
  const result = onCallCost(modelFrom(...base, policy));
  if (!result.ok) throw new Error(result.message);
  const { cost } = result;

  it('says why salaries are not in the monthly cost by what the model has (§12.9.5)', () => {
    expect(cost.assumptions).toContain(
      'base salary uplift, time off and the within-budget bonus are not in the monthly cost (no salaries in the model); time off is shown in hours',
    );
    const banded = onCallCost(
      modelFrom(
        ...base,
        policy,
        doc('SalaryBand', 'dev', 'role: developer\nannual: 70000\ncurrency: EUR'),
      ),
    );
    if (!banded.ok) throw new Error(banded.message);
    const said = banded.cost.assumptions.find((a) => a.startsWith('base salary uplift'));
    expect(said).not.toContain('no salaries in the model');
    expect(said).toContain("the model's 1 salary band is not applied to it");
  });

  it('prices a team rotation for every team: three 24x7 rotations, one person on call at a time', () => {
    const baseline = cost.teamRotationPerTeam;
    // 5 EUR × 128 off-hours a week × 365.25/84 weeks = 2,782.86 EUR per rotation
    expect(baseline.rotations.map((r) => formatMoney(r.standbyCost))).toEqual([
      '2782.86',
      '2782.86',
      '2782.86',
    ]);
    expect(baseline.peopleOnCallAtOnce).toBe(3);
    expect(baseline.peopleOnCallAtNight).toBe(3);
    expect(baseline.peopleNeeded).toBe(24);
    // 2 assumed incident hours × 128/168 off-hours × 40 EUR = 60.95 EUR for each of 4 services
    expect(formatMoney(baseline.cost.incidents)).toBe('243.80');
    expect(formatMoney(baseline.monthlyCost)).toBe('8592.38');
  });

  it('prices the optimized design: the high tier keeps its nights, the rest needs no standby', () => {
    const optimized = cost.optimized;
    expect(optimized.rotations.map((r) => [r.name, formatMoney(r.standbyCost)])).toEqual([
      ['a-oncall', '2782.86'],
      ['domain:pay', '0.00'], // 8x5 lies inside business hours
      ['team:c', '0.00'],
    ]);
    expect(optimized.peopleOnCallAtNight).toBe(1);
    expect(formatMoney(optimized.monthlyCost)).toBe('2843.81');
  });

  it('compares with today in money and people, and calls nothing a saving that is not one', () => {
    // Today covers only a-api; the design adds office-hours rotations for the other three.
    expect(cost.vsCurrent).toMatchObject({
      verdict: 'needs-more-people',
      people: 4,
      peopleNeeded: { design: 12, against: 8 },
    });
    expect(formatMoney(cost.savingVsCurrent.amount)).toBe('0.00');
    expect(formatMoney(cost.saving.amount)).toBe('5748.57');
    expect(cost.saving.percent).toBe(66.9);
  });

  it('splits standby hours inside and outside business hours per month', () => {
    const [rotation] = cost.current.rotations;
    expect(rotation?.standbyHoursPerMonth.inside).toBeCloseTo(40 * 4.348214, 3);
    expect(rotation?.standbyHoursPerMonth.outside).toBeCloseTo(128 * 4.348214, 3);
    expect(rotation?.standbyHoursPerMonth.weekend).toBeCloseTo(48 * 4.348214, 3);
    expect(rotation?.timeOffHoursPerMonth).toBeCloseTo(0.1 * 128 * 4.348214, 3);
  });

  it("prices today's rotations and names the services none covers", () => {
    expect(cost.current.rotations.map((r) => [r.name, r.members, r.services])).toEqual([
      ['a-oncall', 3, ['a-api']],
    ]);
    expect(cost.current.notes).toEqual(['no rotation covers b-api, c-api, d-api']);
    expect(formatMoney(cost.current.cost.incidents)).toBe('60.95');
  });

  it('states its assumptions, the incident one included', () => {
    expect(cost.incidentSource).toBe('assumption');
    expect(cost.assumptions.join('\n')).toContain('2 hours of incident work per service a month');
  });

  it('refuses a model without a compensation policy, and an unknown policy name', () => {
    expect(onCallCost(modelFrom(...base))).toMatchObject({
      ok: false,
      code: 'no-compensation-policy',
    });
    expect(onCallCost(modelFrom(...base, policy), { policy: 'gold' })).toMatchObject({
      ok: false,
      code: 'unknown-policy',
    });
  });
});

describe('incidentLoadFrom', () => {
  const model = modelFrom(...base, policy);
  const s = (iso: string) =>
    epochSeconds(DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toSeconds());
  const incidents = [
    // Saturday 10:00–12:00: off business hours, inside the 8x7 window.
    {
      id: '1',
      service: 'a-api',
      startedAt: s('2026-03-14T09:50'),
      detectedAt: s('2026-03-14T10:00'),
      resolvedAt: s('2026-03-14T12:00'),
    },
    // Tuesday 20:00–21:00: off business hours, outside the 8x7 window.
    {
      id: '2',
      service: 'a-api',
      startedAt: s('2026-03-17T20:00'),
      detectedAt: null,
      resolvedAt: s('2026-03-17T21:00'),
    },
    // Wednesday 10:00–11:00: inside business hours, never paid.
    {
      id: '3',
      service: 'a-api',
      startedAt: s('2026-03-18T10:00'),
      detectedAt: null,
      resolvedAt: s('2026-03-18T11:00'),
    },
  ];

  it("splits incident work by business hours and coverage window in the rotation's zone", () => {
    const load = incidentLoadFrom({ model, incidents, businessHours: DEFAULT_BUSINESS_HOURS });
    const a = load.byService.get('a-api');
    expect(load.months).toBe(1);
    expect(
      [a?.['24x7'], a?.['8x7'], a?.['8x5']].map((r) => (r ? ratioHours(r) : undefined)),
    ).toEqual([3, 2, 0]);
  });

  it('prices incident hours from data instead of the assumption', () => {
    const result = onCallCost(model, { incidents });
    if (!result.ok) throw new Error(result.message);
    expect(result.cost.incidentSource).toBe('incidents');
    expect(formatMoney(result.cost.teamRotationPerTeam.cost.incidents)).toBe('120.00');
    expect(formatMoney(result.cost.current.cost.incidents)).toBe('120.00');
  });

  it('averages over every calendar month the data spans', () => {
    const later = [
      ...incidents,
      {
        id: '4',
        service: 'b-api',
        startedAt: s('2026-05-02T10:00'),
        detectedAt: null,
        resolvedAt: s('2026-05-02T11:00'),
      },
    ];
    const load = incidentLoadFrom({
      model,
      incidents: later,
      businessHours: DEFAULT_BUSINESS_HOURS,
    });
    expect(load.months).toBe(3);
    expect(
      ratioHours(load.byService.get('a-api')?.['24x7'] ?? { numerator: 0, denominator: 1 }),
    ).toBe(1);
  });
});
