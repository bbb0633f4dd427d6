import { describe, expect, it } from 'vitest';
import { doc, modelOf, type TestDocument } from '../../../test/support/short-model.ts';
import { allEmployeeAgenda } from './all-employee-agenda.ts';

const sreOrg = (spec: Record<string, unknown>) =>
  doc.org('sre', { type: 'sre', parent: 'pd', ...spec });

function agendaOf(documents: TestDocument[], orgSpec: Record<string, unknown> = {}) {
  const model = modelOf([
    doc.org('pd', { type: 'product-delivery', head: 'ceo' }),
    doc.org('dev', { type: 'development', parent: 'pd' }),
    doc.team('shop', { type: 'development', organization: 'dev' }),
    doc.person('ceo'),
    sreOrg(orgSpec),
    ...documents,
  ]);
  const organization = model.organizations.get('sre');
  if (!organization) throw new Error('sre');
  return allEmployeeAgenda({ target: model, organization, modelChanges: [] });
}

const full = [
  {
    kind: 'Team',
    name: 'core',
    displayName: 'SRE Core',
    spec: { type: 'sre', organization: 'sre', manager: 'hd', supports: ['shop'] },
  },
  doc.team('infra', { type: 'sre-infrastructure', organization: 'sre' }),
  doc.person('hd', { team: 'core', role: 'manager', displayName: 'Hana Dee' }),
  doc.person('ana', { team: 'core', role: 'sre', level: 'senior' }),
  doc.person('seat', { team: 'core', role: 'sre', level: 'junior', openPosition: true }),
  doc.person('po', { team: 'infra', role: 'sre-infrastructure-po' }),
  { kind: 'ErrorBudgetPolicy', name: 'std', spec: { handback: { depletedPeriods: 2, outOf: 3 } } },
  doc.service('web', {
    owner: 'shop',
    runModel: 'sre-runs-it',
    sreTeam: 'core',
    errorBudgetPolicy: 'std',
  }),
  {
    kind: 'Rotation',
    name: 'sre-oncall',
    spec: { type: 'team', coverage: '24x7', members: ['ana', 'hd'] },
  },
] satisfies TestDocument[];

describe('allEmployeeAgenda', () => {
  const agenda = agendaOf(full, { head: 'hd', positioning: 'enabler', headcountLimit: 6 });
  const item = (start: string) => agenda.find((i) => i.item.startsWith(start));

  it('follows the 22 items of the sample agenda in the chapter’s order (§12.12)', () => {
    expect(agenda).toHaveLength(22);
    expect(agenda[0]?.item).toBe('Introduce themselves');
    expect(agenda.at(-2)?.item).toBe('List open topics');
    expect(agenda.map((i) => i.order)).toEqual(agenda.map((_, i) => i + 1));
  });

  it('fills the head, vision, teams, roles and key people from the model', () => {
    expect(item('Introduce themselves')?.facts).toEqual(['Hana Dee (Manager, core), head of sre']);
    expect(item('Introduce the vision')?.facts[0]).toContain('SRE as an enabler');
    expect(item('Introduce the teams')?.facts).toEqual([
      'SRE Core (sre): manager Hana Dee, 2 people, supports shop',
      'infra (sre-infrastructure): 1 person',
    ]);
    expect(item('Introduce the roles')?.facts).toEqual([
      'Manager: 1 person',
      'SRE: 1 person, 1 open position',
      'SRE Infrastructure PO: 1 person',
    ]);
    expect(item('Introduce people in the key roles')?.facts).toEqual([
      'Hana Dee (Manager, core)',
      'po (SRE Infrastructure PO, infra)',
    ]);
  });

  it('gives head count and open positions by team, with positions not yet placed', () => {
    expect(item('Introduce the envisioned head count')).toMatchObject({
      facts: ['3 people in place and 1 open position of a head count of 6'],
      open: null,
    });
    expect(item('Introduce the open positions by team')?.facts).toEqual([
      'SRE Core: junior SRE',
      'infra: no open positions',
      '2 positions within the head count not yet assigned to a team',
    ]);
  });

  it('fills KPIs, the responsibility split and the on-call practice', () => {
    expect(item('Introduce the organizational KPIs')?.facts[0]).toBe(
      'KPI root: reliability-user-experience (§12.4.8); 1 supported service',
    );
    expect(item('Introduce the freedom')?.facts).toEqual([
      'Error budget policy std (web): SRE hands back after 2 of 3 periods with the budget depleted',
    ]);
    expect(item('Talk about the envisioned on-call')?.facts[0]).toContain(
      'sre-oncall: team rotation, 24x7, 2 members',
    );
    expect(item('Introduce standing meetings')?.facts[0]).toContain('ana');
  });

  it('marks what the model cannot say as open and lists it as open topics', () => {
    expect(item('Introduce SRE publications')).toMatchObject({
      facts: [],
      open: 'publications are not in the model',
    });
    const topics = item('List open topics')?.facts ?? [];
    expect(topics).toContain(
      'Introduce SRE publications: blog, availability newsletter: publications are not in the model',
    );
    expect(topics.some((t) => t.startsWith('Introduce themselves'))).toBe(false);
  });

  it('leaves head, vision and head count open for a bare SRE organization', () => {
    const bare = agendaOf([]);
    const open = (start: string) => bare.find((i) => i.item.startsWith(start))?.open;
    expect(open('Introduce themselves')).toBe('not in the model');
    expect(open('Introduce the vision')).toBe('positioning is not set (§12.8.4)');
    expect(open('Introduce the teams')).toBe('not in the model');
    expect(open('Introduce the envisioned head count')).toBe('headcountLimit is not set');
    expect(open('Introduce the freedom')).toBe(
      'no error budget policy governs the services SRE runs',
    );
  });

  it('says when the head of SRE is still an open position', () => {
    const agenda = agendaOf(
      [
        doc.team('core', { type: 'sre', organization: 'sre' }),
        doc.person('hd', { team: 'core', role: 'manager', openPosition: true }),
      ],
      { head: 'hd' },
    );
    expect(agenda[0]).toMatchObject({ facts: [], open: 'the head of sre is an open position' });
  });
});
