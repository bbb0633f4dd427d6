import type { CompiledModel } from '../../model/index.ts';
import {
  isOutsideCompany,
  isSreRunModel,
  organizationPeople,
  personDisplayName,
} from '../../model/index.ts';
import { lineManager } from '../people/line-manager.ts';
import type { ModelChange } from './model-changes.ts';
import type { MoveCheck } from './move-evidence.ts';
import { productDeliveryOrganization } from './organization-members.ts';
import { plural } from './plural.ts';
import type { ReportingChange } from './reporting-changes.ts';
import type { RoleChange } from './role-changes.ts';

export type RolloutStepId =
  | 'leadership-agreement'
  | 'line-managers-meeting'
  | 'private-conversations'
  | 'presentation'
  | 'reporting-line-transitions'
  | 'sre-organization-kickoff'
  | 'run-model-changes';

export interface RolloutStep {
  readonly order: number;
  readonly step: RolloutStepId;
  readonly section: string;
  readonly title: string;
  /** Who holds the step; null when the model names no one. */
  readonly lead: string | null;
  readonly participants: readonly string[];
  /** What happens, one line per conversation, meeting or service. */
  readonly items: readonly string[];
  readonly notes: readonly string[];
}

export interface RolloutInput {
  readonly today: CompiledModel;
  readonly target: CompiledModel;
  readonly modelChanges: readonly ModelChange[];
  /** The moves to SRE checked against the error budget evidence (§12.5). */
  readonly moveChecks: readonly MoveCheck[];
  readonly organizationChangeCount: number;
  readonly reportingChanges: readonly ReportingChange[];
  readonly roleChanges: readonly RoleChange[];
  /** New SRE organizations of the target, each kicked off by an all-employee meeting. */
  readonly newSreOrganizations: readonly string[];
}

function unique(names: readonly (string | null | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => typeof n === 'string'))];
}

function describeRole(change: RoleChange): string {
  const show = (r: RoleChange['from']) =>
    r.role === null ? 'no role' : r.level === null ? r.role : `${r.level} ${r.role}`;
  const verdict = change.readiness ? `; criteria: ${change.readiness.verdict}` : '';
  return `role ${show(change.from)} → ${show(change.to)}${verdict}`;
}

/**
 * The rollout in the chapter's order (§12.10.3): agreement in the leadership team; one short
 * meeting with the current and future line managers; private conversations of each affected
 * person with their current manager; the presentation by the head of product delivery or a
 * C-level executive. Then the remaining meetings of each reporting-line change (§12.12.2), the
 * all-employee meeting of each new SRE organization (§12.12) and the run model moves.
 */
export function rollout(input: RolloutInput): readonly RolloutStep[] {
  const { today, target, reportingChanges, roleChanges } = input;
  const steps: Omit<RolloutStep, 'order'>[] = [];
  const name = (n: string) => personDisplayName(target.people.has(n) ? target : today, n);

  // The leadership team is the company's: the head of another company's organization (a
  // contractor's account manager, a vendor) is not in it (§12.10.3).
  const heads = (model: CompiledModel) =>
    [...model.organizations.values()]
      .filter((o) => !isOutsideCompany(model, o.name))
      .map((o) => o.spec.head);
  const leadership = unique([...heads(today), ...heads(target)]).filter(
    (n) => !target.people.get(n)?.spec.openPosition,
  );
  steps.push({
    step: 'leadership-agreement',
    section: '§12.10.3',
    title: 'Reach a strong agreement in the leadership team',
    lead: null,
    participants: leadership,
    items: [
      `Agree on the target: ${plural(input.modelChanges.length, 'service')} change run model, ${plural(input.organizationChangeCount, 'organization change')}, ${plural(reportingChanges.length, 'reporting-line change')}, ${plural(roleChanges.length, 'role change')}`,
    ],
    notes: [
      'The SRE coaches sense the level of agreement. If it is weak, do not communicate further: bring the decision back for debate until the agreement is strong.',
      ...roleChanges
        .filter((c) => c.readiness !== null && c.readiness.verdict !== 'meets')
        .map(
          (c) =>
            `${name(c.person)}: the criteria for the new role are ${c.readiness?.verdict === 'unknown' ? 'not all known: record the missing evidence' : 'not met: reconsider the role or level'} before the conversations (§12.9.4, §12.10.2)`,
        ),
    ],
  });

  const reportingByPerson = new Map(reportingChanges.map((c) => [c.person, c]));
  const roleByPerson = new Map(roleChanges.map((c) => [c.person, c]));
  const affected = unique([
    ...reportingChanges.map((c) => c.person),
    ...roleChanges.map((c) => c.person),
  ]);
  // The current line manager by the same rule as the reporting-line changes (§12.12.2).
  const currentManager = (person: string): string | null => {
    const p = today.people.get(person);
    return p ? (lineManager(today, p)?.manager ?? null) : null;
  };
  const managers = unique([
    ...reportingChanges.flatMap((c) => [c.fromManager, c.toManager]),
    ...roleChanges.map((c) => currentManager(c.person)),
  ]);
  steps.push({
    step: 'line-managers-meeting',
    section: '§12.10.3',
    title: 'One short meeting with the current and future line managers',
    lead: null,
    participants: managers,
    items:
      affected.length === 0
        ? ['No reporting-line or role changes: no line managers to inform']
        : [
            `Inform the line managers of the ${plural(affected.length, 'affected person')} before anyone else`,
          ],
    notes: [],
  });

  steps.push({
    step: 'private-conversations',
    section: '§12.10.3, §12.12.2',
    title: 'Private conversations: each affected person with their current line manager',
    lead: null,
    participants: unique([...affected, ...affected.map(currentManager)]),
    items: affected.map((person) => {
      const reporting = reportingByPerson.get(person);
      const role = roleByPerson.get(person);
      const manager = currentManager(person);
      const topics = [
        reporting
          ? `new line manager ${reporting.toManager === null ? 'none' : name(reporting.toManager)}`
          : undefined,
        role ? describeRole(role) : undefined,
      ].filter((t): t is string => t !== undefined);
      const who = manager === null ? 'no current line manager: HR' : name(manager);
      return `${name(person)} with ${who}: ${topics.join('; ')}${reporting ? ' (meeting 1 of 3)' : ''}`;
    }),
    notes: [],
  });

  const pd = productDeliveryOrganization(target) ?? productDeliveryOrganization(today);
  const presenter = pd?.spec.head ?? null;
  const runModels = [...target.services.values()].reduce<Record<string, number>>((acc, s) => {
    acc[s.spec.runModel] = (acc[s.spec.runModel] ?? 0) + 1;
    return acc;
  }, {});
  steps.push({
    step: 'presentation',
    section: '§12.10.3',
    title: 'Presentation by the head of the product delivery organization or a C-level executive',
    lead: presenter,
    participants: unique([...affected, ...managers]),
    items: [
      'The business goals supported by SRE',
      `The reasons for the chosen setup: ${Object.entries(runModels)
        .map(([m, n]) => `${plural(n, 'service')} ${m}`)
        .join(', ')}`,
      `What it means for everyone in the meeting: ${plural(reportingChanges.length, 'new line manager')}, ${plural(roleChanges.length, 'new role')}`,
      'How the rollout is planned to unfold: the steps below',
    ],
    notes: [
      ...(presenter === null
        ? ['The model names no head of product delivery: a C-level executive presents']
        : []),
      'Afterwards the presenter, the leadership team, HR and the SRE coaches answer questions on careers, transition plans, remuneration and packages.',
    ],
  });

  if (reportingChanges.length > 0) {
    steps.push({
      step: 'reporting-line-transitions',
      section: '§12.12.2',
      title: 'Move each person to the new line manager in three meetings',
      lead: null,
      participants: unique(reportingChanges.flatMap((c) => [c.person, c.fromManager, c.toManager])),
      items: reportingChanges.map(
        (c) =>
          `${name(c.person)}: ${c.meetings
            .map((m) => `${m.order}) ${m.participants.map(name).join(' + ')}`)
            .join(', ')}`,
      ),
      notes: [
        'Meeting 1 is the private conversation above; meetings 2 and 3 follow the presentation.',
        ...reportingChanges.flatMap((c) => c.notes.map((n) => `${name(c.person)}: ${n}`)),
      ],
    });
  }

  for (const orgName of input.newSreOrganizations) {
    const org = target.organizations.get(orgName);
    if (!org) continue;
    steps.push({
      step: 'sre-organization-kickoff',
      section: '§12.12',
      title: `All-employee meeting of the new ${org.metadata.displayName ?? org.name} organization`,
      lead: org.spec.head ?? null,
      participants: organizationPeople(target, org).map((p) => p.name),
      items: ['Run the agenda of the all-employee meeting (below)'],
      notes: org.spec.head === undefined ? ['The model names no head of this organization'] : [],
    });
  }

  if (input.modelChanges.length > 0) {
    const checks = new Map(input.moveChecks.map((m) => [m.service, m]));
    steps.push({
      step: 'run-model-changes',
      section: '§12.8.1, §12.12',
      title: 'Move services to their target run model',
      lead: null,
      participants: [],
      items: input.modelChanges.map((c) => `${c.service}: ${c.from} → ${c.to} (${c.transition})`),
      notes: input.modelChanges.flatMap((c) => {
        const notes: string[] = [];
        if (c.transition === 'unlikely' || c.transition === 'no-reason') {
          notes.push(
            `${c.service}: the chapter rates ${c.from} → ${c.to} "${c.transition}": reconsider`,
          );
        }
        const service = target.services.get(c.service);
        if (c.to === 'sre-runs-it' && service?.spec.errorBudgetPolicy === undefined) {
          notes.push(
            `${c.service}: SRE runs it only under a signed error budget policy (§12.5); none is set`,
          );
        }
        if (isSreRunModel(c.to) && service?.spec.sreTeam === undefined) {
          notes.push(`${c.service}: no sreTeam is set to run it with or for the developers`);
        }
        // §12.5: no move its error budget policy would hand straight back, and no first
        // takeover before the service meets the policy's takeover rule.
        const check = checks.get(c.service);
        const held = check?.verdict === 'handed-back' || check?.verdict === 'not-eligible';
        if (held && check?.advice) {
          notes.push(`${c.service}: do not move it yet. ${check.advice}`);
        }
        return notes;
      }),
    });
  }
  return steps.map((s, i) => ({ order: i + 1, ...s }));
}
