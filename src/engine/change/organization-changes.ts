import type { CompiledModel, Organization, Team } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';

export interface FieldChange {
  readonly field: string;
  readonly from: string | number | null;
  readonly to: string | number | null;
}

/** One change of the organization chart (§12.12, dimension 2). */
export type OrganizationChange =
  | {
      readonly change: 'organization-created';
      readonly organization: string;
      readonly type: Organization['spec']['type'];
      readonly parent: string | null;
      readonly head: string | null;
      /** A new SRE organization: it needs a new head and an all-employee meeting (§12.8.2, §12.12). */
      readonly newSreOrganization: boolean;
    }
  | {
      readonly change: 'organization-removed';
      readonly organization: string;
      readonly type: Organization['spec']['type'];
    }
  | {
      readonly change: 'organization-changed';
      readonly organization: string;
      readonly fields: readonly FieldChange[];
    }
  | {
      readonly change: 'team-created';
      readonly team: string;
      readonly type: Team['spec']['type'];
      readonly organization: string;
    }
  | {
      readonly change: 'team-removed';
      readonly team: string;
      readonly type: Team['spec']['type'];
      readonly organization: string;
    }
  | {
      readonly change: 'team-moved';
      readonly team: string;
      readonly fromOrganization: string;
      readonly toOrganization: string;
    }
  | {
      readonly change: 'team-changed';
      readonly team: string;
      readonly fields: readonly FieldChange[];
    };

type Value = string | number | null;

function budgetOf(org: Organization): Value {
  const b = org.spec.budget;
  return b ? `${b.amount} ${b.currency} per ${b.period}` : null;
}

const ORGANIZATION_FIELDS: readonly [string, (o: Organization) => Value][] = [
  ['type', (o) => o.spec.type],
  ['head', (o) => o.spec.head ?? null],
  ['positioning', (o) => o.spec.positioning ?? null],
  ['costCenter', (o) => o.spec.costCenter ?? null],
  ['budget', budgetOf],
  ['headcountLimit', (o) => o.spec.headcountLimit ?? null],
  ['currentModel', (o) => o.spec.currentModel ?? null],
  ['targetModel', (o) => o.spec.targetModel ?? null],
];

// `organization` is reported as a move, not as a field change.
const TEAM_FIELDS: readonly [string, (t: Team) => Value][] = [
  ['type', (t) => t.spec.type],
  ['manager', (t) => t.spec.manager ?? null],
  ['domain', (t) => t.spec.domain ?? null],
  ['productLine', (t) => t.spec.productLine ?? null],
  ['setup', (t) => t.spec.setup ?? null],
  [
    'supports',
    (t) =>
      t.spec.supports === undefined
        ? null
        : t.spec.supports
            .map(normalizeSupport)
            .map((s) => s.team)
            .join(', '),
  ],
];

function fieldChanges<T>(fields: readonly [string, (e: T) => Value][], a: T, b: T): FieldChange[] {
  return fields
    .map(([field, get]) => ({ field, from: get(a), to: get(b) }))
    .filter((c) => c.from !== c.to);
}

/** Whether the target has an SRE organization that today's model does not (§12.8.2). */
export function isNewSreOrganization(today: CompiledModel, org: Organization): boolean {
  return org.spec.type === 'sre' && today.organizations.get(org.name)?.spec.type !== 'sre';
}

/**
 * Organizations and teams created, removed, moved or changed between today and the target
 * (§12.12). The parent of an organization counts as a field: moving an organization is rare.
 */
export function organizationChanges(
  today: CompiledModel,
  target: CompiledModel,
): readonly OrganizationChange[] {
  const changes: OrganizationChange[] = [];
  for (const org of target.organizations.values()) {
    const before = today.organizations.get(org.name);
    if (!before) {
      changes.push({
        change: 'organization-created',
        organization: org.name,
        type: org.spec.type,
        parent: org.spec.parent ?? null,
        head: org.spec.head ?? null,
        newSreOrganization: isNewSreOrganization(today, org),
      });
      continue;
    }
    const fields = fieldChanges(
      [...ORGANIZATION_FIELDS, ['parent', (o: Organization) => o.spec.parent ?? null]],
      before,
      org,
    );
    if (fields.length > 0) {
      changes.push({ change: 'organization-changed', organization: org.name, fields });
    }
  }
  for (const org of today.organizations.values()) {
    if (!target.organizations.has(org.name)) {
      changes.push({ change: 'organization-removed', organization: org.name, type: org.spec.type });
    }
  }
  for (const team of target.teams.values()) {
    const before = today.teams.get(team.name);
    if (!before) {
      changes.push({
        change: 'team-created',
        team: team.name,
        type: team.spec.type,
        organization: team.spec.organization,
      });
      continue;
    }
    if (before.spec.organization !== team.spec.organization) {
      changes.push({
        change: 'team-moved',
        team: team.name,
        fromOrganization: before.spec.organization,
        toOrganization: team.spec.organization,
      });
    }
    const fields = fieldChanges(TEAM_FIELDS, before, team);
    if (fields.length > 0) changes.push({ change: 'team-changed', team: team.name, fields });
  }
  for (const team of today.teams.values()) {
    if (!target.teams.has(team.name)) {
      changes.push({
        change: 'team-removed',
        team: team.name,
        type: team.spec.type,
        organization: team.spec.organization,
      });
    }
  }
  return changes;
}
