import { describe, expect, it } from 'vitest';
import { doc, modelOf, type TestDocument } from '../../../test/support/short-model.ts';
import { changePlan } from './change-plan.ts';

const shared: TestDocument[] = [
  doc.org('pd', { type: 'product-delivery', head: 'ceo' }),
  doc.org('dev', { type: 'development', parent: 'pd', head: 'vp' }),
  doc.team('shop', { type: 'development', organization: 'dev', manager: 'em' }),
  doc.team('cart', { type: 'development', organization: 'dev', manager: 'em' }),
  doc.person('ceo', { role: 'manager' }),
  doc.person('vp', { role: 'manager' }),
  doc.person('em', { team: 'shop', role: 'manager' }),
  doc.person('bo', { team: 'cart', role: 'developer' }),
];

const today = modelOf([
  ...shared,
  doc.person('ana', {
    team: 'shop',
    role: 'developer',
    experienceYears: 4,
    srePracticeMonths: 6,
  }),
  doc.person('cy', { team: 'cart', role: 'developer' }),
  doc.service('web', { owner: 'shop', runModel: 'you-run-it' }),
  doc.service('cart-api', { owner: 'cart', runModel: 'you-run-it' }),
  doc.service('legacy', { owner: 'cart', runModel: 'ops-runs-it' }),
]);

const target = modelOf([
  ...shared,
  doc.org('sre', {
    type: 'sre',
    parent: 'pd',
    head: 'hd',
    positioning: 'partner',
    headcountLimit: 4,
  }),
  {
    kind: 'Team',
    name: 'core',
    displayName: 'SRE Core',
    spec: { type: 'sre', organization: 'sre', manager: 'hd', supports: ['cart'] },
  },
  doc.person('hd', { team: 'core', role: 'manager', displayName: 'Hana Dee', location: 'Lisbon' }),
  doc.person('ana', {
    team: 'core',
    role: 'sre',
    level: 'junior',
    experienceYears: 4,
    srePracticeMonths: 6,
  }),
  doc.person('seat', { team: 'core', role: 'sre', level: 'senior', openPosition: true }),
  { kind: 'ErrorBudgetPolicy', name: 'std', spec: { handback: { depletedPeriods: 2, outOf: 3 } } },
  {
    kind: 'Rotation',
    name: 'sre-oncall',
    spec: { type: 'team', coverage: '24x7', members: ['ana', 'hd'] },
  },
  doc.service('web', { owner: 'shop', runModel: 'you-run-it' }),
  doc.service('cart-api', {
    owner: 'cart',
    runModel: 'sre-runs-it',
    sreTeam: 'core',
    errorBudgetPolicy: 'std',
  }),
  doc.service('legacy', { owner: 'cart', runModel: 'sre-runs-it', sreTeam: 'core' }),
  doc.service('search', { owner: 'shop', runModel: 'you-run-it' }),
]);

const plan = changePlan(today, target);

describe('changePlan', () => {
  it('classifies each run model change by the transition matrix (§12.8.1)', () => {
    expect(plan.modelChanges).toEqual([
      { service: 'cart-api', from: 'you-run-it', to: 'sre-runs-it', transition: 'possible' },
      { service: 'legacy', from: 'ops-runs-it', to: 'sre-runs-it', transition: 'possible' },
    ]);
    expect(plan.addedServices).toEqual([{ service: 'search', runModel: 'you-run-it' }]);
    expect(plan.removedServices).toEqual([]);
  });

  it('reports the new SRE organization and its team', () => {
    expect(plan.organizationChanges).toEqual([
      {
        change: 'organization-created',
        organization: 'sre',
        type: 'sre',
        parent: 'pd',
        head: 'hd',
        newSreOrganization: true,
      },
      { change: 'team-created', team: 'core', type: 'sre', organization: 'sre' },
    ]);
  });

  it('moves every person whose manager changes through the three meetings in order (§12.12.2)', () => {
    expect(plan.reportingChanges).toEqual([
      {
        person: 'ana',
        fromManager: 'em',
        toManager: 'hd',
        fromTeam: 'shop',
        toTeam: 'core',
        meetings: [
          expect.objectContaining({ order: 1, participants: ['ana', 'em'] }),
          expect.objectContaining({ order: 2, participants: ['ana', 'em', 'hd'] }),
          expect.objectContaining({ order: 3, participants: ['ana', 'hd'] }),
        ],
        notes: ['the future line manager hd joins with the change'],
      },
    ]);
  });

  it('assigns the SRE role to a developer who practiced SRE, with the criteria of the new role', () => {
    expect(plan.roleChanges).toEqual([
      expect.objectContaining({
        person: 'ana',
        from: { role: 'developer', level: null },
        to: { role: 'sre', level: 'junior' },
        change: 'sre-role-assigned',
        readiness: expect.objectContaining({ verdict: 'meets' }),
      }),
    ]);
  });

  it('judges a new senior SRE by the transition criteria too, on evidence from either file', () => {
    const before = modelOf([
      ...shared,
      doc.person('ana', { team: 'shop', role: 'developer', experienceYears: 5 }),
    ]);
    const after = modelOf([
      ...shared,
      doc.person('ana', {
        team: 'shop',
        role: 'sre',
        level: 'senior',
        srePracticeMonths: 9,
        careerEvidence: { influenceBeyondScope: false },
      }),
    ]);
    const [change] = changePlan(before, after).roleChanges;
    const status = Object.fromEntries(
      (change?.readiness?.criteria ?? []).map((c) => [c.id, c.status]),
    );
    expect(status).toEqual({
      'sre-practice-before-role': 'met',
      'minimum-experience': 'met',
      'next-level-work': 'unknown',
      'influence-beyond-scope': 'unmet',
      communication: 'unknown',
      'supportive-feedback': 'unknown',
      'seeks-responsibility': 'unknown',
    });
    expect(change?.readiness?.verdict).toBe('does-not-meet');
  });

  it('lists who joins, who leaves and the open positions', () => {
    expect(plan.people.joining.map((p) => p.person)).toEqual(['hd']);
    expect(plan.people.leaving.map((p) => p.person)).toEqual(['cy']);
    expect(plan.people.openPositions).toEqual([
      { person: 'seat', team: 'core', role: 'sre', level: 'senior' },
    ]);
  });

  it('rolls out in the order of §12.10.3, then the reporting lines, the kickoff and the services', () => {
    expect(plan.rollout.map((s) => [s.order, s.step])).toEqual([
      [1, 'leadership-agreement'],
      [2, 'line-managers-meeting'],
      [3, 'private-conversations'],
      [4, 'presentation'],
      [5, 'reporting-line-transitions'],
      [6, 'sre-organization-kickoff'],
      [7, 'run-model-changes'],
    ]);
    const step = (id: string) => plan.rollout.find((s) => s.step === id);
    expect(step('leadership-agreement')?.participants).toEqual(['ceo', 'vp', 'hd']);
    expect(step('line-managers-meeting')?.participants).toEqual(['em', 'hd']);
    expect(step('private-conversations')?.items).toEqual([
      'ana with em: new line manager Hana Dee; role developer → junior sre; criteria: meets (meeting 1 of 3)',
    ]);
    expect(step('presentation')?.lead).toBe('ceo');
    expect(step('sre-organization-kickoff')?.lead).toBe('hd');
    expect(step('run-model-changes')?.notes).toEqual([
      'legacy: SRE runs it only under a signed error budget policy (§12.5); none is set',
    ]);
  });

  it('answers the nine categories of driving questions, leaving the regulatory ones open', () => {
    expect(plan.questions.map((c) => c.category)).toEqual([
      'Roles and Responsibilities',
      'Business Vision',
      'Leadership',
      'Career',
      'Organizational',
      'Budget',
      'Planning',
      'Regulatory',
      'Decision-making',
    ]);
    const regulatory = plan.questions.find((c) => c.category === 'Regulatory');
    expect(regulatory?.questions.every((q) => q.status === 'open')).toBe(true);
    const dedicated = plan.questions
      .flatMap((c) => c.questions)
      .find((q) => q.question === 'Should SRE become a new dedicated organizational unit?');
    expect(dedicated).toMatchObject({ status: 'answered', answer: ['Yes: sre'] });
  });

  it('plans nothing when today and the target are the same', () => {
    const same = changePlan(today, today);
    expect(same.modelChanges).toEqual([]);
    expect(same.organizationChanges).toEqual([]);
    expect(same.reportingChanges).toEqual([]);
    expect(same.roleChanges).toEqual([]);
    expect(same.sreOrganizationKickoffs).toEqual([]);
    expect(same.rollout.map((s) => s.step)).toEqual([
      'leadership-agreement',
      'line-managers-meeting',
      'private-conversations',
      'presentation',
    ]);
  });
});
