import { givenSpec, isRecord } from '../given.ts';
import { inferenceAt, problemIn } from '../report.ts';
import { type CatalogEntity, entitiesOfKind, lookup, stringList } from './catalog.ts';
import { type BackstageContext, describeEntity } from './context.ts';
import { ANNOTATION_PREFIX } from './read-annotations.ts';

export type GroupKind = 'Team' | 'Organization';

/** Backstage `spec.type`s of groups that are teams; the rest of the known types are units above teams. */
const TEAM_TYPES: ReadonlySet<string> = new Set(['team', 'squad']);
const ORGANIZATION_TYPES: ReadonlySet<string> = new Set([
  'organization',
  'org',
  'business-unit',
  'product-area',
  'department',
  'sub-department',
  'division',
  'tribe',
]);

/** The group hierarchy of a catalog, as whorunsit sees it. */
export interface GroupTree {
  readonly groups: readonly CatalogEntity[];
  /** Team or Organization, by group key. */
  readonly kinds: ReadonlyMap<string, GroupKind>;
  /** The parent group of each group that has one, by key. */
  readonly parents: ReadonlyMap<string, CatalogEntity>;
}

/** Decides what each Group is and who its parent is, reporting every decision not written down. */
export function readGroupTree(context: BackstageContext): GroupTree {
  const groups = entitiesOfKind(context.catalog, 'Group');
  const parents = groupParents(context, groups);
  const hasChildren = new Set<string>([...parents.values()].map((p) => p.key));
  for (const group of groups) {
    if (stringList(group.spec.children).length > 0) hasChildren.add(group.key);
  }
  const kinds = new Map<string, GroupKind>();
  for (const group of groups)
    kinds.set(group.key, groupKind(context, group, hasChildren.has(group.key)));
  return { groups, kinds, parents };
}

function groupKind(
  context: BackstageContext,
  group: CatalogEntity,
  hasChildren: boolean,
): GroupKind {
  const { findings } = context;
  const annotations = isRecord(group.metadata.annotations) ? group.metadata.annotations : {};
  const control = annotations[`${ANNOTATION_PREFIX}kind`];
  if (control !== undefined) {
    if (control === 'Team' || control === 'Organization') return control;
    findings.problems.push(
      problemIn(
        group.doc,
        ['metadata', 'annotations', `${ANNOTATION_PREFIX}kind`],
        'invalid-value',
        `expected "Team" or "Organization", found ${JSON.stringify(control)}`,
      ),
    );
  }
  const asTeam = givenSpec(context.given, 'Team', group.slug) !== undefined;
  const asOrganization = givenSpec(context.given, 'Organization', group.slug) !== undefined;
  const type = typeof group.spec.type === 'string' ? group.spec.type.toLowerCase() : undefined;
  const byType: GroupKind | undefined =
    type === undefined
      ? undefined
      : TEAM_TYPES.has(type)
        ? 'Team'
        : ORGANIZATION_TYPES.has(type)
          ? 'Organization'
          : undefined;
  if (asTeam !== asOrganization) {
    const kind: GroupKind = asTeam ? 'Team' : 'Organization';
    if (kind !== byType) {
      findings.inferences.push(
        inferenceAt(
          group.doc,
          ['spec', 'type'],
          'inferred',
          `${describeEntity(group)} taken as ${article(kind)} ${kind}: a whorunsit ${kind} document has its name`,
          { subject: { kind, name: group.slug } },
        ),
      );
    }
    return kind;
  }
  if (byType) return byType;
  const kind: GroupKind = hasChildren ? 'Organization' : 'Team';
  findings.inferences.push(
    inferenceAt(
      group.doc,
      ['spec', 'type'],
      'inferred',
      `${describeEntity(group)} taken as ${article(kind)} ${kind}: its type ${type === undefined ? 'is not given' : `"${type}" is not one whorunsit knows`} and it has ${hasChildren ? 'child groups' : 'no child groups'}`,
      { subject: { kind, name: group.slug } },
    ),
  );
  return kind;
}

function groupParents(
  context: BackstageContext,
  groups: readonly CatalogEntity[],
): Map<string, CatalogEntity> {
  const { catalog, findings } = context;
  const listedBy = new Map<string, CatalogEntity>();
  for (const group of groups) {
    for (const child of stringList(group.spec.children)) {
      const found = lookup(catalog, child, { kind: 'group', namespace: group.namespace });
      if (found && !listedBy.has(found.key)) listedBy.set(found.key, group);
    }
  }
  const parents = new Map<string, CatalogEntity>();
  for (const group of groups) {
    const declared = group.spec.parent;
    if (typeof declared === 'string') {
      const parent = lookup(catalog, declared, { kind: 'group', namespace: group.namespace });
      if (!parent) {
        findings.inferences.push(
          inferenceAt(
            group.doc,
            ['spec', 'parent'],
            'unattached',
            `${describeEntity(group)} names parent "${declared}", which is not a Group in the catalog; it is read without a parent`,
          ),
        );
        continue;
      }
      parents.set(group.key, parent);
      const children = parent.spec.children;
      const listed = stringList(children).some(
        (c) =>
          lookup(catalog, c, { kind: 'group', namespace: parent.namespace })?.key === group.key,
      );
      if (Array.isArray(children) && !listed) {
        findings.inferences.push(
          inferenceAt(
            group.doc,
            ['spec', 'parent'],
            'inconsistent',
            `${describeEntity(group)} names ${parent.name} as its parent, but ${parent.name} does not list it among its children; the parent written in ${group.name} is used`,
          ),
        );
      }
      continue;
    }
    const lister = listedBy.get(group.key);
    if (lister) {
      parents.set(group.key, lister);
      findings.inferences.push(
        inferenceAt(
          group.doc,
          ['metadata', 'name'],
          'inferred',
          `${describeEntity(group)} has no parent; taken as ${lister.name}, which lists it among its children`,
        ),
      );
    }
  }
  return parents;
}

/** The nearest group above `group` that is an organization, if any; safe against loops. */
export function organizationAbove(
  tree: GroupTree,
  group: CatalogEntity,
): CatalogEntity | undefined {
  const seen = new Set<string>([group.key]);
  let current = tree.parents.get(group.key);
  while (current && !seen.has(current.key)) {
    if (tree.kinds.get(current.key) === 'Organization') return current;
    seen.add(current.key);
    current = tree.parents.get(current.key);
  }
  return undefined;
}

export function article(word: string): string {
  return /^[AEIOUaeiou]/.test(word) ? 'an' : 'a';
}
