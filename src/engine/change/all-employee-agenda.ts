import type { CompiledModel, Organization, Person } from '../../model/index.ts';
import {
  isSreEngineerRole,
  organizationOpenPositions,
  organizationPeople,
  personDisplayName,
} from '../../model/index.ts';
import { CAREER_LADDER, TRANSITION_CRITERIA } from '../people/career-ladder.ts';
import { roleLabel } from '../people/role-names.ts';
import { KPI_ROOTS } from '../spectrum/sre-team-home.ts';
import type { ModelChange } from './model-changes.ts';
import { organizationTeams } from './organization-members.ts';
import { plural } from './plural.ts';
import { POSITIONING_FOCUS } from './positioning.ts';

/** One item of the all-employee meeting agenda (§12.12), filled from the target model. */
export interface AgendaItem {
  readonly order: number;
  readonly item: string;
  /** What the model says for this item. */
  readonly facts: readonly string[];
  /** What the model cannot say and the head of SRE must prepare; null when nothing is open. */
  readonly open: string | null;
}

function describePerson(model: CompiledModel, p: Person): string {
  const level = p.spec.level ? `${p.spec.level} ` : '';
  const role = p.spec.role ? roleLabel(p.spec.role) : 'role not set';
  return `${personDisplayName(model, p.name)} (${level}${role}${p.spec.team ? `, ${p.spec.team}` : ''})`;
}

/**
 * The sample agenda of the all-employee meeting that kicks off a new SRE organization (§12.12),
 * in the chapter's order, each item filled with the target model's facts: its head, teams,
 * roles, people in key roles, head count and open positions by team, KPIs, rotations. Items the
 * model cannot fill are marked open, never invented.
 */
export function allEmployeeAgenda(options: {
  readonly target: CompiledModel;
  readonly organization: Organization;
  readonly modelChanges: readonly ModelChange[];
}): readonly AgendaItem[] {
  const { target: model, organization: org } = options;
  const teams = organizationTeams(model, org);
  const teamNames = new Set(teams.map((t) => t.name));
  const people = organizationPeople(model, org);
  const open = organizationOpenPositions(model, org);
  const all = [...people, ...open];
  const services = [...model.services.values()].filter(
    (s) => s.spec.sreTeam !== undefined && teamNames.has(s.spec.sreTeam),
  );
  const head = org.spec.head === undefined ? undefined : model.people.get(org.spec.head);
  const keyPeople = [
    ...(head && !head.spec.openPosition ? [head] : []),
    ...people.filter(
      (p) =>
        p !== head &&
        (teams.some((t) => t.spec.manager === p.name) ||
          p.spec.level === 'principal' ||
          p.spec.role === 'sre-infrastructure-po'),
    ),
  ];
  const items: Omit<AgendaItem, 'order'>[] = [];
  const add = (item: string, facts: readonly string[], missing: string | null = null) =>
    items.push({
      item,
      facts,
      open: facts.length === 0 && missing === null ? 'not in the model' : missing,
    });

  add(
    'Introduce themselves',
    head && !head.spec.openPosition
      ? [`${describePerson(model, head)}, head of ${org.metadata.displayName ?? org.name}`]
      : [],
    head?.spec.openPosition ? `the head of ${org.name} is an open position` : null,
  );
  const positioning = org.spec.positioning;
  add(
    'Introduce the vision for the SRE organization',
    positioning
      ? [
          `SRE as ${POSITIONING_FOCUS[positioning].label}: focus on ${POSITIONING_FOCUS[positioning].focus}; strategy: ${POSITIONING_FOCUS[positioning].strategy} (§12.8.4)`,
        ]
      : [],
    positioning ? null : 'positioning is not set (§12.8.4)',
  );
  add(
    'Introduce the teams within the SRE organization',
    teams.map((t) => {
      const members = people.filter((p) => p.spec.team === t.name).length;
      const supports = (t.spec.supports ?? []).map((s) => (typeof s === 'string' ? s : s.team));
      return `${t.metadata.displayName ?? t.name} (${t.spec.type}): ${t.spec.manager ? `manager ${personDisplayName(model, t.spec.manager)}, ` : ''}${plural(members, 'person')}${supports.length > 0 ? `, supports ${supports.join(', ')}` : ''}`;
    }),
  );
  const byModel = (runModel: string) => services.filter((s) => s.spec.runModel === runModel);
  const offerings = [...model.offerings.values()].filter((o) => o.spec.provider === org.name);
  const prices = [...model.transferPrices.values()].filter((t) => t.spec.provider === org.name);
  add('Introduce the working mode with other departments', [
    ...(byModel('you-and-sre-run-it').length > 0
      ? [
          `Shared on-call with the developers (you-and-sre-run-it, §12.4): ${byModel(
            'you-and-sre-run-it',
          )
            .map((s) => `${s.name} (${s.spec.owner})`)
            .join(', ')}`,
        ]
      : []),
    ...(byModel('sre-runs-it').length > 0
      ? [
          `SRE runs it (sre-runs-it, §12.5): ${byModel('sre-runs-it')
            .map((s) => `${s.name} (${s.spec.owner})`)
            .join(', ')}`,
        ]
      : []),
    ...offerings.map((o) => `Offering ${o.name}: ${o.spec.type}, priced by ${o.spec.priceModel}`),
    ...prices.map(
      (t) =>
        `Transfer price to ${t.spec.consumer}: ${t.spec.hourlyRate} ${t.spec.currency} per SRE support hour (§12.4.7)`,
    ),
  ]);
  const policies = [
    ...new Set(services.map((s) => s.spec.errorBudgetPolicy).filter((p) => p !== undefined)),
  ];
  add(
    'Introduce the freedom and responsibility split for the teams',
    policies.map((name) => {
      const policy = model.errorBudgetPolicies.get(name);
      const covered = services.filter((s) => s.spec.errorBudgetPolicy === name).map((s) => s.name);
      const terms = [
        policy?.spec.handback
          ? `SRE hands back after ${policy.spec.handback.depletedPeriods} of ${policy.spec.handback.outOf} periods with the budget depleted`
          : undefined,
        policy?.spec.takeover
          ? `takes over again after ${plural(policy.spec.takeover.withinBudgetPeriods, 'period')} within budget`
          : undefined,
        policy?.spec.freezeWhenDepleted ? 'feature freeze when the budget is depleted' : undefined,
      ].filter((t) => t !== undefined);
      return `Error budget policy ${name} (${covered.join(', ')})${terms.length > 0 ? `: ${terms.join('; ')}` : ''}`;
    }),
    policies.length === 0 ? 'no error budget policy governs the services SRE runs' : null,
  );
  add('Introduce the organizational KPIs for the SRE organization', [
    `KPI root: ${KPI_ROOTS.sre.root} (§12.4.8); ${plural(services.length, 'supported service')}`,
    ...KPI_ROOTS.sre.examples,
  ]);
  const roles = [...new Set(all.map((p) => p.spec.role).filter((r) => r !== undefined))];
  add(
    'Introduce the roles in the SRE organization',
    roles.map((role) => {
      const holders = people.filter((p) => p.spec.role === role).length;
      const seats = open.filter((p) => p.spec.role === role).length;
      return `${roleLabel(role)}: ${plural(holders, 'person')}${seats > 0 ? `, ${plural(seats, 'open position')}` : ''}`;
    }),
  );
  add(
    'Introduce people in the key roles',
    keyPeople.map((p) => describePerson(model, p)),
  );
  add(
    'Introduce the SRE career path',
    CAREER_LADDER.map(
      (l) =>
        `${l.title}: ${l.scopeDescription} At least ${plural(l.minExperienceYears, 'year')} of experience; ${plural(
          people.filter((p) => isSreEngineerRole(p.spec.role) && p.spec.level === l.level).length,
          'person',
        )} today`,
    ),
  );
  const limit = org.spec.headcountLimit;
  add(
    'Introduce the envisioned head count of the organization',
    [
      `${plural(people.length, 'person')} in place and ${plural(open.length, 'open position')}${limit !== undefined ? ` of a head count of ${limit}` : ''}`,
    ],
    limit === undefined ? 'headcountLimit is not set' : null,
  );
  const unassigned = limit === undefined ? 0 : Math.max(0, limit - people.length - open.length);
  add('Introduce the open positions by team', [
    ...teams.map((t) => {
      const seats = open.filter((p) => p.spec.team === t.name);
      return `${t.metadata.displayName ?? t.name}: ${
        seats.length === 0
          ? 'no open positions'
          : seats
              .map(
                (p) =>
                  `${p.spec.level ? `${p.spec.level} ` : ''}${p.spec.role ? roleLabel(p.spec.role) : 'role not set'}`,
              )
              .join(', ')
      }`;
    }),
    ...(unassigned > 0
      ? [`${plural(unassigned, 'position')} within the head count not yet assigned to a team`]
      : []),
  ]);
  add('Encourage everyone to suggest suitable people they know for the open positions', [
    `${plural(open.length + unassigned, 'open position')}`,
  ]);
  add(
    'Introduce the way the key people can be contacted by anyone',
    keyPeople.map(
      (p) =>
        `${personDisplayName(model, p.name)}${p.spec.location ? `, ${p.spec.location}` : ''}${p.spec.timezone ? ` (${p.spec.timezone})` : ''}`,
    ),
    'contact channels are not in the model',
  );
  const seniors = people.filter((p) => isSreEngineerRole(p.spec.role) && p.spec.level === 'senior');
  add(
    'Introduce standing meetings: all-employee meetings, SRE CoP',
    seniors.length > 0
      ? [
          `The SRE CoP is driven by the senior SREs (§12.10): ${seniors.map((p) => personDisplayName(model, p.name)).join(', ')}`,
        ]
      : [],
    'the schedule of standing meetings is not in the model',
  );
  add(
    'Introduce SRE publications: blog, availability newsletter',
    [],
    'publications are not in the model',
  );
  add(
    'Introduce immediate new initiatives: set the purpose, appoint the initiative leader, define success hypotheses',
    options.modelChanges
      .filter((c) => services.some((s) => s.name === c.service))
      .map((c) => `Move ${c.service} from ${c.from} to ${c.to}`),
    'initiative leaders and success hypotheses are not in the model',
  );
  const members = new Set(all.map((p) => p.name));
  const rotations = [...model.rotations.values()].filter((r) =>
    r.spec.members.some((m) => members.has(m)),
  );
  add(
    'Talk about the envisioned on-call practice',
    rotations.map(
      (r) =>
        `${r.name}: ${r.spec.type} rotation, ${r.spec.coverage}, ${plural(r.spec.members.length, 'member')}, shifts of ${r.spec.shiftLength} handed off ${r.spec.handoff} ${r.spec.timezone}`,
    ),
  );
  add(
    'Talk about docking SRE onto the regulatory compliance',
    [],
    'regulatory requirements are not in the model',
  );
  add(
    'Introduce the employee performance review process',
    [
      `Promotions follow the transition criteria of §12.10.2: ${TRANSITION_CRITERIA.length} criteria`,
    ],
    'the review process itself is not in the model',
  );
  add(
    'Introduce the key supporting people from other departments: HR, procurement, workers council, legal',
    [],
    'supporting people are not in the model',
  );
  const openTopics = items.filter((i) => i.open !== null).map((i) => `${i.item}: ${i.open}`);
  items.push({ item: 'List open topics', facts: openTopics, open: null });
  items.push({
    item: 'Open the stage for questions and answer all of them thoroughly',
    facts: [],
    open: null,
  });
  return items.map((item, i) => ({ order: i + 1, ...item }));
}
