import { inferenceAt } from '../report.ts';
import { type CatalogEntity, entitiesOfKind, lookup, stringList } from './catalog.ts';
import { type BackstageContext, describeEntity } from './context.ts';

/** A group a user belongs to, and where the catalog says so. */
export interface Membership {
  readonly group: CatalogEntity;
  /** The document and path stating it: the user's `memberOf` item or the group's `members` item. */
  readonly at: { readonly doc: CatalogEntity['doc']; readonly path: readonly PropertyKey[] };
}

/**
 * The groups of each user, by user key, from both sides Backstage allows: `User.spec.memberOf`
 * and `Group.spec.members`. A membership in a group the catalog lacks is reported and skipped.
 */
export function readMemberships(context: BackstageContext): Map<string, Membership[]> {
  const { catalog, findings } = context;
  const memberships = new Map<string, Membership[]>();
  const add = (user: CatalogEntity, membership: Membership) => {
    const list = memberships.get(user.key) ?? [];
    if (!list.some((m) => m.group.key === membership.group.key)) list.push(membership);
    memberships.set(user.key, list);
  };
  for (const user of entitiesOfKind(catalog, 'User')) {
    const memberOf = user.spec.memberOf;
    stringList(memberOf).forEach((ref, i) => {
      const path = Array.isArray(memberOf) ? ['spec', 'memberOf', i] : ['spec', 'memberOf'];
      const group = lookup(catalog, ref, { kind: 'group', namespace: user.namespace });
      if (group && group.kind.toLowerCase() === 'group')
        add(user, { group, at: { doc: user.doc, path } });
      else {
        findings.inferences.push(
          inferenceAt(
            user.doc,
            path,
            'unattached',
            `${describeEntity(user)} is a member of "${ref}", which is not a Group in the catalog; that membership is not used`,
          ),
        );
      }
    });
  }
  for (const group of entitiesOfKind(catalog, 'Group')) {
    const members = group.spec.members;
    stringList(members).forEach((ref, i) => {
      const path = Array.isArray(members) ? ['spec', 'members', i] : ['spec', 'members'];
      const user = lookup(catalog, ref, { kind: 'user', namespace: group.namespace });
      if (user && user.kind.toLowerCase() === 'user')
        add(user, { group, at: { doc: group.doc, path } });
      else {
        findings.inferences.push(
          inferenceAt(
            group.doc,
            path,
            'unattached',
            `${describeEntity(group)} lists member "${ref}", which is not a User in the catalog; that membership is not used`,
          ),
        );
      }
    });
  }
  return memberships;
}
