import type { ParsedDocument } from '../../parse-documents.ts';
import { type Draft, type DraftBuilder, newDraft, type Origin, setField } from '../draft.ts';
import { type Given, givenSpec } from '../given.ts';
import { type Findings, inferenceAt, newFindings } from '../report.ts';
import { type CatalogEntity, entitiesOfKind, indexCatalog } from './catalog.ts';
import type { BackstageContext } from './context.ts';
import { entityMetadata, noteRenamed } from './entity-metadata.ts';
import { type GroupTree, organizationAbove, readGroupTree } from './group-tree.ts';
import { type Membership, readMemberships } from './memberships.ts';
import { readAnnotations } from './read-annotations.ts';
import { readComponents, type ServiceDraft } from './read-components.ts';

/**
 * Reads a Backstage catalog (`backstage.io/v1alpha1`) into whorunsit drafts: Groups become
 * Organizations and Teams, Users People, Components Services (with the domain and product line
 * of their System). Values the catalog lacks come from `whorunsit.dev/<field>` annotations, from
 * the user's whorunsit documents (`given`), or from a rule that is reported as an inference.
 */
export function readBackstage(
  docs: readonly ParsedDocument[],
  given: Given,
  findings: Findings,
): Draft[] {
  const catalog = indexCatalog(docs, findings);
  const context: BackstageContext = { catalog, given, findings };
  const tree = readGroupTree(context);
  const memberships = readMemberships(context);
  const services = readComponents(context, tree, memberships);
  const teams = readTeams(context, tree, services);
  const organizations = readOrganizations(context, tree, teams);
  const people = readPeople(context, tree, memberships);
  return [
    ...organizations,
    ...teams.map((t) => t.draft),
    ...people,
    ...services.map((s) => s.draft),
  ];
}

interface TeamDraft {
  readonly draft: DraftBuilder;
  readonly group: CatalogEntity;
}

function readTeams(
  context: BackstageContext,
  tree: GroupTree,
  services: readonly ServiceDraft[],
): TeamDraft[] {
  const { findings } = context;
  const out: TeamDraft[] = [];
  for (const group of tree.groups) {
    if (tree.kinds.get(group.key) !== 'Team') continue;
    const draft = groupDraft(context, group, 'Team');
    const given = givenSpec(context.given, 'Team', group.slug) ?? {};
    const has = (field: string) => draft.spec[field] !== undefined || given[field] !== undefined;
    const subject = { kind: 'Team', name: group.slug };
    // The catalog's parent is read even when a whorunsit document replaces it, so the
    // replacement is reported; its inferences are not, as the user's value stands.
    const notes = given.organization === undefined ? findings : newFindings();
    if (draft.spec.organization === undefined) {
      const organization = organizationAbove(tree, group);
      const parent = tree.parents.get(group.key);
      if (organization) {
        const origin: Origin =
          parent === organization && typeof group.spec.parent === 'string'
            ? { doc: group.doc, path: ['spec', 'parent'] }
            : { doc: group.doc, path: ['metadata', 'name'] };
        setField(draft, { section: 'spec', field: 'organization' }, organization.slug, origin);
        if (parent !== organization) {
          notes.inferences.push(
            inferenceAt(
              group.doc,
              ['spec', 'parent'],
              'inferred',
              `Team ${group.slug}: organization taken as ${organization.slug}, the nearest organization above it`,
              { subject, field: 'organization' },
            ),
          );
        }
      } else {
        notes.inferences.push(
          inferenceAt(
            group.doc,
            ['metadata', 'name'],
            'unattached',
            `Team ${group.slug} is in no organization group; give one as annotation whorunsit.dev/organization or in a whorunsit Team document`,
            { subject, field: 'organization' },
          ),
        );
      }
    }
    const owned = services.filter((s) => s.ownerTeam?.key === group.key).map((s) => s.draft);
    if (!has('type')) {
      setField(draft, { section: 'spec', field: 'type' }, 'development');
      findings.inferences.push(
        inferenceAt(
          group.doc,
          ['metadata', 'name'],
          'inferred',
          owned.length > 0
            ? `Team ${group.slug}: type taken as development because it owns components (${owned.map((s) => s.name).join(', ')})`
            : `Team ${group.slug}: type taken as development: it owns no components and nothing in the catalog says otherwise`,
          { subject, field: 'type' },
        ),
      );
    }
    for (const field of ['domain', 'productLine'] as const) {
      if (has(field)) continue;
      const values = new Set(owned.map((s) => s.spec[field]));
      const only = [...values][0];
      if (values.size !== 1 || typeof only !== 'string') continue;
      setField(draft, { section: 'spec', field }, only);
      findings.inferences.push(
        inferenceAt(
          group.doc,
          ['metadata', 'name'],
          'inferred',
          `Team ${group.slug}: ${field} taken as ${only}, the ${field === 'domain' ? 'domain' : 'system'} of every service it owns`,
          { subject, field },
        ),
      );
    }
    out.push({ draft, group });
  }
  return out;
}

function readOrganizations(
  context: BackstageContext,
  tree: GroupTree,
  teams: readonly TeamDraft[],
): DraftBuilder[] {
  const { findings } = context;
  const out: DraftBuilder[] = [];
  for (const group of tree.groups) {
    if (tree.kinds.get(group.key) !== 'Organization') continue;
    const draft = groupDraft(context, group, 'Organization');
    const given = givenSpec(context.given, 'Organization', group.slug) ?? {};
    const has = (field: string) => draft.spec[field] !== undefined || given[field] !== undefined;
    const subject = { kind: 'Organization', name: group.slug };
    const above = organizationAbove(tree, group);
    if (above && draft.spec.parent === undefined) {
      const direct = tree.parents.get(group.key) === above && typeof group.spec.parent === 'string';
      setField(
        draft,
        { section: 'spec', field: 'parent' },
        above.slug,
        direct ? { doc: group.doc, path: ['spec', 'parent'] } : undefined,
      );
    }
    if (!has('type')) {
      const type = organizationType(tree, group, teams, context.given);
      setField(draft, { section: 'spec', field: 'type' }, type.type);
      findings.inferences.push(
        inferenceAt(
          group.doc,
          ['spec', 'type'],
          'inferred',
          `Organization ${group.slug}: type taken as ${type.type}: ${type.reason}`,
          { subject, field: 'type' },
        ),
      );
    }
    out.push(draft);
  }
  return out;
}

/** §12.2: an organization is named for the teams in it; the top one delivers the product. */
function organizationType(
  tree: GroupTree,
  group: CatalogEntity,
  teams: readonly TeamDraft[],
  given: Given,
): { type: string; reason: string } {
  if (!organizationAbove(tree, group)) {
    return { type: 'product-delivery', reason: 'it is the top of the catalog’s group tree' };
  }
  const below = teams.filter((t) => isBelow(tree, t.group, group));
  const types = below.map((t) =>
    String(givenSpec(given, 'Team', t.group.slug)?.type ?? t.draft.spec.type),
  );
  const names = below.map((t) => t.group.slug).join(', ');
  if (types.length > 0 && types.every((t) => t === 'sre' || t === 'sre-infrastructure')) {
    return { type: 'sre', reason: `all its teams (${names}) are SRE teams` };
  }
  if (types.length > 0 && types.every((t) => t === 'operations' || t === 'thin-layer')) {
    return { type: 'operations', reason: `all its teams (${names}) are operations teams` };
  }
  return types.length > 0
    ? { type: 'development', reason: `its teams (${names}) are not all SRE or operations teams` }
    : { type: 'development', reason: 'it has no teams, and nothing in the catalog says otherwise' };
}

function isBelow(tree: GroupTree, group: CatalogEntity, ancestor: CatalogEntity): boolean {
  const seen = new Set<string>();
  let current = tree.parents.get(group.key);
  while (current && !seen.has(current.key)) {
    if (current.key === ancestor.key) return true;
    seen.add(current.key);
    current = tree.parents.get(current.key);
  }
  return false;
}

function readPeople(
  context: BackstageContext,
  tree: GroupTree,
  memberships: ReadonlyMap<string, readonly Membership[]>,
): DraftBuilder[] {
  const { findings } = context;
  const out: DraftBuilder[] = [];
  for (const user of entitiesOfKind(context.catalog, 'User')) {
    const draft = newDraft('backstage', 'Person', user.slug, {
      doc: user.doc,
      path: ['metadata', 'name'],
    });
    noteRenamed(context, user, 'Person');
    Object.assign(draft.metadata, entityMetadata(user));
    const annotations = readAnnotations(user, 'Person', findings);
    for (const [field, { value, origin }] of annotations.fields)
      setField(draft, { section: 'spec', field }, value, origin);
    const given = givenSpec(context.given, 'Person', user.slug) ?? {};
    const has = (field: string) => draft.spec[field] !== undefined || given[field] !== undefined;
    const profile = user.spec.profile as Record<string, unknown> | undefined;
    if (
      !has('displayName') &&
      typeof profile?.displayName === 'string' &&
      profile.displayName !== ''
    ) {
      setField(draft, { section: 'spec', field: 'displayName' }, profile.displayName, {
        doc: user.doc,
        path: ['spec', 'profile', 'displayName'],
      });
    }
    if (draft.spec.team === undefined) {
      const notes = given.team === undefined ? findings : newFindings();
      const teams = (memberships.get(user.key) ?? []).filter(
        (m) => tree.kinds.get(m.group.key) === 'Team',
      );
      const first = teams[0];
      if (first) {
        setField(draft, { section: 'spec', field: 'team' }, first.group.slug, first.at);
        if (teams.length > 1) {
          notes.inferences.push(
            inferenceAt(
              first.at.doc,
              first.at.path,
              'inferred',
              `Person ${user.slug}: team taken as ${first.group.slug}, the first of the teams ${user.name} is a member of (${teams.map((t) => t.group.name).join(', ')}); a person has one team in whorunsit`,
              { subject: { kind: 'Person', name: user.slug }, field: 'team' },
            ),
          );
        }
      }
    }
    out.push(draft);
  }
  return out;
}

function groupDraft(
  context: BackstageContext,
  group: CatalogEntity,
  kind: 'Team' | 'Organization',
): DraftBuilder {
  const draft = newDraft('backstage', kind, group.slug, {
    doc: group.doc,
    path: ['metadata', 'name'],
  });
  noteRenamed(context, group, kind);
  Object.assign(draft.metadata, entityMetadata(group));
  const annotations = readAnnotations(group, kind, context.findings);
  for (const [field, { value, origin }] of annotations.fields)
    setField(draft, { section: 'spec', field }, value, origin);
  return draft;
}
