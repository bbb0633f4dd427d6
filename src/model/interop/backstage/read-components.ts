import { type DraftBuilder, newDraft, type Origin, setField } from '../draft.ts';
import { givenSpec } from '../given.ts';
import { inferenceAt, newFindings, problemIn } from '../report.ts';
import { toSlug } from '../to-slug.ts';
import { type CatalogEntity, entitiesOfKind, lookup } from './catalog.ts';
import { type BackstageContext, describeEntity } from './context.ts';
import { entityMetadata, noteRenamed } from './entity-metadata.ts';
import { parseEntityRef } from './entity-ref.ts';
import type { GroupTree } from './group-tree.ts';
import type { Membership } from './memberships.ts';
import { readAnnotations } from './read-annotations.ts';

/** Component types that are built but not run, so they are no services (Backstage's well-known `library`). */
export const NOT_RUN_COMPONENT_TYPES = ['library', 'documentation'] as const;

export interface ServiceDraft {
  readonly draft: DraftBuilder;
  readonly component: CatalogEntity;
  /** The Team group that owns the service, when the owner resolved to one. */
  readonly ownerTeam?: CatalogEntity | undefined;
}

/**
 * Components become Services: the owner (a Group, or the team of a User), the domain of the
 * Component's System and the System as product line. Libraries are not run, so they are left
 * out, and said so.
 */
export function readComponents(
  context: BackstageContext,
  tree: GroupTree,
  memberships: ReadonlyMap<string, readonly Membership[]>,
): ServiceDraft[] {
  const { findings } = context;
  const out: ServiceDraft[] = [];
  for (const component of entitiesOfKind(context.catalog, 'Component')) {
    const annotations = readAnnotations(component, 'Service', findings);
    const control = annotations.controls.get('service')?.value;
    const type = typeof component.spec.type === 'string' ? component.spec.type : undefined;
    if (
      control === 'false' ||
      (control !== 'true' &&
        type !== undefined &&
        (NOT_RUN_COMPONENT_TYPES as readonly string[]).includes(type))
    ) {
      findings.inferences.push(
        inferenceAt(
          component.doc,
          control === 'false'
            ? ['metadata', 'annotations', 'whorunsit.dev/service']
            : ['spec', 'type'],
          'ignored',
          control === 'false'
            ? `${describeEntity(component)} is not a service: its annotation whorunsit.dev/service is "false"`
            : `${describeEntity(component)} is not a service: a ${type} is built, not run (annotate it whorunsit.dev/service: "true" if it runs)`,
        ),
      );
      continue;
    }
    const anchor: Origin = { doc: component.doc, path: ['metadata', 'name'] };
    const draft = newDraft('backstage', 'Service', component.slug, anchor);
    const subject = { kind: 'Service', name: component.slug };
    noteRenamed(context, component, 'Service');
    Object.assign(draft.metadata, entityMetadata(component));
    for (const [field, { value, origin }] of annotations.fields)
      setField(draft, { section: 'spec', field }, value, origin);
    const given = givenSpec(context.given, 'Service', component.slug) ?? {};
    const has = (field: string) => annotations.fields.has(field) || given[field] !== undefined;
    // What the catalog states is read even when a whorunsit document replaces it, so the
    // replacement is reported; what would only be inferred for it is left out.
    const quiet: BackstageContext = { ...context, findings: newFindings() };
    const about = (field: string) => (given[field] !== undefined ? quiet : context);

    let ownerTeam: CatalogEntity | undefined;
    if (!annotations.fields.has('owner')) {
      ownerTeam = readOwner(about('owner'), { component, draft, tree, memberships });
    }
    const owner = given.owner ?? draft.spec.owner;
    if (given.owner !== undefined || annotations.fields.has('owner')) {
      ownerTeam = tree.groups.find((g) => g.slug === owner);
    }
    readSystem(about('productLine'), {
      component,
      draft,
      has: (field) => annotations.fields.has(field),
    });
    if (!has('runModel')) {
      const withSre = has('sreTeam');
      setField(
        draft,
        { section: 'spec', field: 'runModel' },
        withSre ? 'you-and-sre-run-it' : 'you-run-it',
      );
      findings.inferences.push(
        inferenceAt(
          component.doc,
          ['metadata', 'name'],
          'inferred',
          withSre
            ? `Service ${component.slug}: runModel taken as you-and-sre-run-it: it names an SRE team and the catalog does not say who runs it (§12.4)`
            : `Service ${component.slug}: runModel taken as you-run-it: the catalog names the team that builds it and not who runs it, so its owners are taken to run it (§12.3)`,
          { subject, field: 'runModel' },
        ),
      );
    }
    out.push({ draft, component, ownerTeam });
  }
  return out;
}

function readOwner(
  context: BackstageContext,
  at: {
    component: CatalogEntity;
    draft: DraftBuilder;
    tree: GroupTree;
    memberships: ReadonlyMap<string, readonly Membership[]>;
  },
): CatalogEntity | undefined {
  const { catalog, findings } = context;
  const { component, draft, tree } = at;
  const ref = component.spec.owner;
  if (typeof ref !== 'string') return undefined; // validation reports the missing owner
  const path = ['spec', 'owner'];
  const origin: Origin = { doc: component.doc, path };
  const subject = { kind: 'Service', name: component.slug };
  const parsed = parseEntityRef(ref, { kind: 'group', namespace: component.namespace });
  let owner = lookup(catalog, ref, { kind: 'group', namespace: component.namespace });
  let bareUser = false;
  if (!owner && parsed && !ref.includes(':')) {
    // Bare names default to Groups; catalogs still use them for Users (`owner: guest`).
    owner = lookup(catalog, ref, { kind: 'user', namespace: component.namespace });
    bareUser = owner !== undefined;
  }
  if (!owner) {
    const slug = parsed ? toSlug(parsed.name) : undefined;
    if (slug) setField(draft, { section: 'spec', field: 'owner' }, slug, origin);
    return undefined; // the reference check reports an owner that is not defined
  }
  const kind = owner.kind.toLowerCase();
  if (kind === 'group') {
    if (tree.kinds.get(owner.key) === 'Team') {
      setField(draft, { section: 'spec', field: 'owner' }, owner.slug, origin);
      return owner;
    }
    findings.problems.push(
      problemIn(
        component.doc,
        path,
        'invalid-value',
        `expected the development team that owns ${component.name}, found ${owner.name}, which is an organization; give the team as annotation whorunsit.dev/owner or in a whorunsit Service document`,
      ),
    );
    return undefined;
  }
  if (kind === 'user') {
    const teams = (at.memberships.get(owner.key) ?? []).filter(
      (m) => tree.kinds.get(m.group.key) === 'Team',
    );
    const team = teams[0]?.group;
    if (!team) {
      findings.problems.push(
        problemIn(
          component.doc,
          path,
          'invalid-value',
          `expected the team that owns ${component.name}, found User ${owner.name}, who is a member of no team; give the team as annotation whorunsit.dev/owner`,
        ),
      );
      return undefined;
    }
    setField(draft, { section: 'spec', field: 'owner' }, team.slug, origin);
    findings.inferences.push(
      inferenceAt(
        component.doc,
        path,
        'inferred',
        `Service ${component.slug}: owner taken as ${team.slug}: the catalog's owner ${bareUser ? `"${ref}" is no Group but a User` : `is User ${owner.name}`}, a member of ${team.name}${teams.length > 1 ? ` (the first of ${teams.map((t) => t.group.name).join(', ')})` : ''}`,
        { subject, field: 'owner' },
      ),
    );
    return team;
  }
  findings.problems.push(
    problemIn(
      component.doc,
      path,
      'invalid-value',
      `expected a Group or User as owner of ${component.name}, found ${owner.kind} ${owner.name}`,
    ),
  );
  return undefined;
}

/** The System of a component, its own or the one of the component it is part of. */
function systemOf(
  context: BackstageContext,
  component: CatalogEntity,
): { ref: string; via?: CatalogEntity; doc: CatalogEntity } | undefined {
  const seen = new Set<string>();
  let current: CatalogEntity | undefined = component;
  while (current && !seen.has(current.key)) {
    seen.add(current.key);
    if (typeof current.spec.system === 'string') {
      return current === component
        ? { ref: current.spec.system, doc: current }
        : { ref: current.spec.system, via: current, doc: current };
    }
    const parent: unknown = current.spec.subcomponentOf;
    current =
      typeof parent === 'string'
        ? lookup(context.catalog, parent, { kind: 'component', namespace: current.namespace })
        : undefined;
  }
  return undefined;
}

function readSystem(
  context: BackstageContext,
  at: { component: CatalogEntity; draft: DraftBuilder; has: (field: string) => boolean },
): void {
  const { catalog, findings } = context;
  const { component, draft, has } = at;
  const found = systemOf(context, component);
  if (!found) return;
  const subject = { kind: 'Service', name: component.slug };
  const systemPath = ['spec', 'system'];
  const system = lookup(catalog, found.ref, { kind: 'system', namespace: found.doc.namespace });
  const parsed = parseEntityRef(found.ref, { kind: 'system', namespace: found.doc.namespace });
  const systemSlug = system?.slug ?? (parsed ? toSlug(parsed.name) : undefined);
  if (found.via) {
    findings.inferences.push(
      inferenceAt(
        component.doc,
        ['spec', 'subcomponentOf'],
        'inferred',
        `Service ${component.slug}: system taken as ${found.ref}, the system of ${found.via.name}, which it is part of`,
        { subject, field: 'productLine' },
      ),
    );
  }
  if (!has('productLine') && systemSlug) {
    setField(draft, { section: 'spec', field: 'productLine' }, systemSlug, {
      doc: found.doc.doc,
      path: systemPath,
    });
  }
  if (!system) {
    findings.inferences.push(
      inferenceAt(
        found.doc.doc,
        systemPath,
        'unattached',
        `${describeEntity(found.doc)} is part of system "${found.ref}", which is not in the catalog; its domain is unknown`,
      ),
    );
    return;
  }
  const domainRef = system.spec.domain;
  if (has('domain') || typeof domainRef !== 'string') return;
  const domain = lookup(catalog, domainRef, { kind: 'domain', namespace: system.namespace });
  const domainParsed = parseEntityRef(domainRef, { kind: 'domain', namespace: system.namespace });
  const domainSlug = domain?.slug ?? (domainParsed ? toSlug(domainParsed.name) : undefined);
  if (domainSlug)
    setField(draft, { section: 'spec', field: 'domain' }, domainSlug, {
      doc: system.doc,
      path: ['spec', 'domain'],
    });
}
